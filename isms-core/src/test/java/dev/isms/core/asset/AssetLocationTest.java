// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.asset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AssetLocationTest {

    @Test
    void everythingButThePremisesIsOffPremises() {
        assertFalse(AssetLocation.of(AssetLocation.Kind.ON_PREMISES, "HQ").isOffPremises());
        assertTrue(AssetLocation.of(AssetLocation.Kind.REMOTE_WORK, "Home office").isOffPremises());
        assertTrue(AssetLocation.of(AssetLocation.Kind.CLOUD, "eu-central-1").isOffPremises());
    }

    @Test
    void rejectsABlankPlace() {
        assertEquals("asset location place must not be blank but was ' '", assertThrows(
                IllegalArgumentException.class, () -> AssetLocation.of(AssetLocation.Kind.CLOUD, " ")).getMessage());
    }
}
