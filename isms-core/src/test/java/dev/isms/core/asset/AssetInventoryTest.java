// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.asset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.isms.core.UnknownIdException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AssetInventoryTest {
    private final Asset db = Asset.builder("A-1", "Database", AssetType.INFORMATION).build();
    private final Asset web = Asset.builder("A-2", "Web shop", AssetType.SOFTWARE).build();

    @Test
    void findsAndReplacesAssets() {
        AssetInventory i = AssetInventory.of(db, web);
        assertEquals(2, i.size());
        assertEquals(Optional.of(db), i.find("A-1"));
        assertEquals(web, i.require("A-2"));
        Asset renamed = Asset.builder("A-1", "Customer database", AssetType.INFORMATION).build();
        AssetInventory j = i.with(renamed);
        assertEquals(List.of(renamed, web), j.assets());
        assertEquals(List.of(db, web), i.assets());
        assertEquals(i, AssetInventory.of(List.of(db, web)));
        assertEquals(i.hashCode(), AssetInventory.of(List.of(db, web)).hashCode());
        assertEquals("AssetInventory[2 assets]", i.toString());
    }

    @Test
    void inventoriesWithOtherAssetsDiffer() {
        AssetInventory i = AssetInventory.of(db, web);
        assertNotEquals(i, AssetInventory.of(db));
        assertNotEquals(i, i.with(Asset.builder("A-1", "Customer database", AssetType.INFORMATION).build()));
        assertNotEquals(i, i.toString());
    }

    @Test
    void rejectsDuplicatesAndUnknownIds() {
        assertEquals("asset ids must be unique but 'A-1' appears twice",
                assertThrows(IllegalArgumentException.class, () -> AssetInventory.of(db, db)).getMessage());
        assertEquals("unknown asset id 'A-9' in the asset inventory (1 assets)",
                assertThrows(UnknownIdException.class, () -> AssetInventory.of(db).require("A-9")).getMessage());
    }
}
