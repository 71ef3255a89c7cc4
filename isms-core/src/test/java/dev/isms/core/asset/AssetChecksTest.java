// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.asset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.isms.core.Evidence;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssetChecksTest {
    private static final LocalDate D = LocalDate.of(2026, 1, 5);

    private static Asset.Builder laptop(String id) {
        return Asset.builder(id, "Laptop " + id, AssetType.HARDWARE).owner("IT");
    }

    private static List<String> ids(List<AssetIssue> issues) {
        return issues.stream().map(i -> i.asset().id()).toList();
    }

    @Test
    void findsAssetsWithoutOwnerExceptDisposedOnes() {
        AssetInventory inv = AssetInventory.of(laptop("A-1").build(),
                Asset.builder("A-2", "Unowned", AssetType.SOFTWARE).build(),
                Asset.builder("A-3", "Gone", AssetType.HARDWARE).lifecycle(AssetLifecycle.start(AssetState.IN_USE, D)
                        .moveTo(AssetState.DISPOSED, D)).build());
        List<AssetIssue> issues = AssetChecks.of(inv).withoutOwner();
        assertEquals(List.of("A-2"), ids(issues));
        assertEquals(AssetIssue.Kind.NO_OWNER, issues.get(0).kind());
    }

    @Test
    void findsLeaversAssetsNotReturnedAfterTheirLastDay() {
        AssetLifecycle inUse = AssetLifecycle.start(AssetState.IN_USE, D);
        AssetInventory inv = AssetInventory.of(
                laptop("A-1").custodian("J. Doe").lifecycle(inUse).build(),
                laptop("A-2").custodian("J. Doe").lifecycle(inUse.moveTo(AssetState.RETURNED, D.plusMonths(2)))
                        .build(),
                laptop("A-3").custodian("J. Doe").build(),
                laptop("A-4").custodian("M. Roe").lifecycle(inUse).build(),
                laptop("A-5").custodian("J. Doe").lifecycle(AssetLifecycle.start(AssetState.REQUESTED, D)).build());
        List<Leaver> leavers = List.of(new Leaver("J. Doe", D.plusMonths(2)));
        AssetChecks checks = AssetChecks.of(inv);
        assertEquals(List.of(), checks.notReturned(leavers, D.plusMonths(2)));
        List<AssetIssue> issues = checks.notReturned(leavers, D.plusMonths(2).plusDays(1));
        assertEquals(List.of("A-1", "A-3"), ids(issues));
        assertEquals("custodian 'J. Doe' left on 2026-03-05 and the asset is in-use", issues.get(0).reason());
        assertEquals("custodian 'J. Doe' left on 2026-03-05 and the asset is not recorded as returned",
                issues.get(1).reason());
    }

    @Test
    void findsDisposalsWithoutErasureEvidence() {
        AssetLifecycle disposed = AssetLifecycle.start(AssetState.IN_USE, D).moveTo(AssetState.DISPOSED,
                D.plusDays(9));
        AssetInventory inv = AssetInventory.of(laptop("A-1").lifecycle(disposed).build(),
                laptop("A-2").lifecycle(disposed.withErasureEvidence(Evidence.of("Certificate", "dms", D.plusDays(9))))
                        .build());
        List<AssetIssue> issues = AssetChecks.of(inv).disposedWithoutErasureEvidence();
        assertEquals(List.of("A-1"), ids(issues));
        assertEquals("disposed on 2026-01-14 without secure-erasure evidence", issues.get(0).reason());
    }

    @Test
    void findsOverdueMaintenanceFromTheLastMaintenanceOrTheFirstDayInUse() {
        AssetLifecycle maintained = AssetLifecycle.start(AssetState.IN_USE, D).moveTo(AssetState.IN_MAINTENANCE,
                D.plusMonths(5)).moveTo(AssetState.IN_USE, D.plusMonths(5).plusDays(1));
        AssetInventory inv = AssetInventory.of(
                laptop("A-1").maintenanceEvery(Period.ofMonths(6)).lifecycle(AssetLifecycle.start(AssetState.IN_USE,
                        D)).build(),
                laptop("A-2").maintenanceEvery(Period.ofMonths(6)).lifecycle(maintained).build(),
                laptop("A-3").maintenanceEvery(Period.ofMonths(6)).build(),
                laptop("A-4").lifecycle(AssetLifecycle.start(AssetState.IN_USE, D)).build());
        AssetChecks checks = AssetChecks.of(inv);
        assertEquals(List.of(), checks.maintenanceOverdue(D.plusMonths(6)));
        List<AssetIssue> issues = checks.maintenanceOverdue(D.plusMonths(6).plusDays(1));
        assertEquals(List.of("A-1"), ids(issues));
        assertEquals("maintenance every P6M was due on 2026-07-05 (in use since 2026-01-05)", issues.get(0).reason());
        List<AssetIssue> later = checks.maintenanceOverdue(D.plusMonths(11).plusDays(1));
        assertEquals(List.of("A-1", "A-2"), ids(later));
        assertEquals("maintenance every P6M was due on 2026-12-05 (last maintained 2026-06-05)",
                later.get(1).reason());
    }

    @Test
    void runsEveryCheckAtOnce() {
        AssetInventory inv = AssetInventory.of(Asset.builder("A-1", "Orphan", AssetType.HARDWARE).custodian("J. Doe")
                .build());
        List<AssetIssue> all = AssetChecks.of(inv).all(List.of(new Leaver("J. Doe", D)), D.plusDays(1));
        assertEquals(List.of(AssetIssue.Kind.NO_OWNER, AssetIssue.Kind.NOT_RETURNED), all.stream()
                .map(AssetIssue::kind).toList());
    }
}
