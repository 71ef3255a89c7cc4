// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.asset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.isms.core.Evidence;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AssetEventTest {
    private static final LocalDate D = LocalDate.of(2026, 2, 1);

    @Test
    void carriesANoteAndEvidence() {
        Evidence e = Evidence.of("Erasure certificate 77", "dms://77", D);
        AssetEvent a = AssetEvent.of(AssetState.DISPOSED, D).withNote("Shredded").withEvidence(e);
        assertEquals(Optional.of("Shredded"), a.note());
        assertEquals(Optional.of(e), a.evidence());
    }

    @Test
    void rejectsABlankNote() {
        assertEquals("asset event note must not be blank but was ''", assertThrows(IllegalArgumentException.class,
                () -> AssetEvent.of(AssetState.IN_USE, D).withNote("")).getMessage());
        assertThrows(NullPointerException.class, () -> AssetEvent.of(null, D));
    }
}
