// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.asset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AssetIssueTest {

    @Test
    void rejectsABlankReason() {
        Asset a = Asset.builder("A-1", "Laptop", AssetType.HARDWARE).build();
        assertEquals("asset issue reason must not be blank but was ''", assertThrows(IllegalArgumentException.class,
                () -> new AssetIssue(a, AssetIssue.Kind.NO_OWNER, "")).getMessage());
        assertThrows(NullPointerException.class, () -> new AssetIssue(a, null, "x"));
    }
}
