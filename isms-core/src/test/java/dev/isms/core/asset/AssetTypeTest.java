// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.asset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.core.TextParseException;
import org.junit.jupiter.api.Test;

class AssetTypeTest {

    @Test
    void primaryAssetsAreInformationAndProcesses() {
        assertTrue(AssetType.INFORMATION.isPrimary());
        assertTrue(AssetType.BUSINESS_PROCESS.isPrimary());
        assertFalse(AssetType.CLOUD_SERVICE.isPrimary());
    }

    @Test
    void parsesKeysAndNames() {
        for (AssetType t : AssetType.values()) {
            assertSame(t, AssetType.parse(t.key()));
            assertSame(t, AssetType.parse(t.name()));
        }
        assertEquals("cloud-service", AssetType.CLOUD_SERVICE.key());
        assertTrue(assertThrows(TextParseException.class, () -> AssetType.parse("laptop")).getMessage()
                .contains("but was 'laptop'"));
    }
}
