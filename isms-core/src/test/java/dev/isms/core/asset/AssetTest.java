// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.asset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.isms.core.Evidence;
import java.time.LocalDate;
import java.time.Period;
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

    @Test
    void theConstructorRejectsABlankOwnerOrClassificationAndAcceptsValueOne() {
        assertEquals("asset owner must not be blank but was ' '", assertThrows(IllegalArgumentException.class,
                () -> new Asset("A", "x", AssetType.HARDWARE, Optional.of(" "), Optional.empty(), Map.of()))
                .getMessage());
        assertEquals("asset classification must not be blank but was ''", assertThrows(
                IllegalArgumentException.class, () -> new Asset("A", "x", AssetType.HARDWARE, Optional.empty(),
                        Optional.of(""), Map.of())).getMessage());
        assertEquals(Map.of(ConsequenceCategory.INTEGRITY, 1), new Asset("A", "x", AssetType.HARDWARE,
                Optional.empty(), Optional.empty(), Map.of(ConsequenceCategory.INTEGRITY, 1)).values());
    }

    @Test
    void theSixPartConstructorOfVersion01StillBuildsAnUntrackedAssetWithoutHandling() {
        Asset a = new Asset("A", "x", AssetType.HARDWARE, Optional.empty(), Optional.empty(), Map.of());
        assertEquals(AssetHandling.none(), a.handling());
        assertEquals(AssetLifecycle.untracked(), a.lifecycle());
        assertEquals(Optional.empty(), a.state());
    }

    @Test
    void buildsHandlingAndLifecycle() {
        LocalDate d = LocalDate.of(2025, 1, 6);
        Asset a = Asset.builder("A-7", "Laptop 0042", AssetType.HARDWARE).owner("IT").classification("Internal")
                .label("INTERNAL").acceptableUse("Acceptable use policy AUP-2").custodian("J. Doe")
                .location(AssetLocation.of(AssetLocation.Kind.REMOTE_WORK, "Home office"))
                .maintenanceEvery(Period.ofYears(1)).lifecycle(AssetLifecycle.start(AssetState.IN_USE, d)).build();
        assertEquals(Optional.of("INTERNAL"), a.handling().label());
        assertEquals(Optional.of("J. Doe"), a.handling().custodian());
        assertEquals(Optional.of(AssetState.IN_USE), a.state());
        Asset returned = a.moveTo(AssetState.RETURNED, d.plusYears(1));
        assertEquals(Optional.of(AssetState.RETURNED), returned.state());
        assertEquals(Optional.of(AssetState.IN_USE), a.state());
        assertEquals(a.handling(), returned.handling());
    }

    @Test
    void lifecycleErrorsNameTheAsset() {
        LocalDate d = LocalDate.of(2025, 1, 6);
        Asset a = Asset.builder("A-7", "Laptop", AssetType.HARDWARE).build();
        assertEquals("asset 'A-7': asset lifecycle must start requested or in-use but was disposed",
                assertThrows(IllegalStateException.class, () -> a.moveTo(AssetState.DISPOSED, d)).getMessage());
        assertEquals("asset 'A-7': asset lifecycle erasure evidence needs a disposed asset but the state was"
                + " untracked", assertThrows(IllegalStateException.class, () -> a.withErasureEvidence(
                        Evidence.of("c", "d", d))).getMessage());
        Asset disposed = a.moveTo(AssetState.IN_USE, d).moveTo(AssetEvent.of(AssetState.DISPOSED, d));
        assertEquals(Optional.of(Evidence.of("c", "d", d)), disposed.withErasureEvidence(Evidence.of("c", "d", d))
                .lifecycle().erasureEvidence());
    }

    @Test
    void withOwnerWithHandlingAndWithLifecycleChangeOnePart() {
        Asset a = Asset.builder("A-1", "x", AssetType.HARDWARE).build();
        assertEquals(Optional.of("IT"), a.withOwner("IT").owner());
        Asset changed = a.withOwner("IT");
        assertEquals(a.handling(), changed.handling());
        assertEquals(a.lifecycle(), changed.lifecycle());
        assertEquals(a.values(), changed.values());
        AssetHandling handling = new AssetHandling(Optional.of("INTERNAL"), Optional.empty(), Optional.empty(),
                Optional.of("J. Doe"), Optional.of(Period.ofMonths(6)));
        assertEquals(new Asset(a.id(), a.name(), a.type(), a.owner(), a.classification(), a.values(), handling,
                a.lifecycle()), a.withHandling(handling));
        AssetLifecycle inUse = AssetLifecycle.start(AssetState.IN_USE, LocalDate.of(2025, 1, 6));
        assertEquals(new Asset(a.id(), a.name(), a.type(), a.owner(), a.classification(), a.values(), a.handling(),
                inUse), a.withLifecycle(inUse));
    }
}
