// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.asset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AssetTest {

    @Test
    void buildsWithValuesPerCategory() {
        Asset a = Asset.builder("A-1", "Customer database", AssetType.INFORMATION).owner("Sales")
                .classification("Confidential").value(ConsequenceCategory.of("legal"), 4)
                .value(ConsequenceCategory.CONFIDENTIALITY, 5).build();
        assertEquals(Optional.of("Sales"), a.owner());
        assertEquals(Optional.of(5), a.value(ConsequenceCategory.CONFIDENTIALITY));
        assertEquals(Optional.empty(), a.value(ConsequenceCategory.AVAILABILITY));
        assertEquals(List.of(ConsequenceCategory.CONFIDENTIALITY, ConsequenceCategory.of("legal")),
                List.copyOf(a.values().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> a.values().clear());
        assertEquals("A-1 Customer database (information)", a.toString());
    }

    @Test
    void rejectsBlankPartsAndValuesBelowOne() {
        assertEquals("asset 'A-1' value for integrity must be >= 1 but was 0", assertThrows(
                IllegalArgumentException.class, () -> Asset.builder("A-1", "x", AssetType.HARDWARE)
                        .value(ConsequenceCategory.INTEGRITY, 0).build()).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Asset.builder(" ", "x", AssetType.HARDWARE).build());
        assertThrows(IllegalArgumentException.class, () -> Asset.builder("A", "x", AssetType.HARDWARE).owner(""));
        assertThrows(NullPointerException.class, () -> new Asset("A", "x", null, Optional.empty(), Optional.empty(),
                Map.of()));
    }
}
