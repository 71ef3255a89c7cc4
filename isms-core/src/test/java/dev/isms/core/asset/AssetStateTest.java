// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.asset;

import static dev.isms.core.asset.AssetState.DISPOSED;
import static dev.isms.core.asset.AssetState.IN_MAINTENANCE;
import static dev.isms.core.asset.AssetState.IN_USE;
import static dev.isms.core.asset.AssetState.REQUESTED;
import static dev.isms.core.asset.AssetState.RETURNED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.core.TextParseException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssetStateTest {

    @Test
    void allowsTheDocumentedMovesOnly() {
        assertEquals(Set.of(IN_USE), REQUESTED.next());
        assertEquals(Set.of(IN_MAINTENANCE, RETURNED, DISPOSED), IN_USE.next());
        assertEquals(Set.of(IN_USE, RETURNED, DISPOSED), IN_MAINTENANCE.next());
        assertEquals(Set.of(IN_USE, IN_MAINTENANCE, DISPOSED), RETURNED.next());
        assertEquals(Set.of(), DISPOSED.next());
        assertTrue(RETURNED.canMoveTo(IN_USE));
        assertFalse(REQUESTED.canMoveTo(DISPOSED));
        assertFalse(IN_USE.canMoveTo(REQUESTED));
    }

    @Test
    void startsRequestedOrInUse() {
        assertTrue(REQUESTED.isStart());
        assertTrue(IN_USE.isStart());
        assertFalse(RETURNED.isStart());
    }

    @Test
    void parsesKeysAndRejectsOthers() {
        for (AssetState s : AssetState.values()) {
            assertEquals(s, AssetState.parse(s.key()));
        }
        assertEquals("in-maintenance", IN_MAINTENANCE.key());
        assertEquals("lost", assertThrows(TextParseException.class, () -> AssetState.parse("lost")).parsedText());
    }
}
