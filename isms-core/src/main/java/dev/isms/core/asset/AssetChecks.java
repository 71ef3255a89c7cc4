// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.asset;

import dev.isms.core.internal.Checks;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The checks an asset manager runs daily over an inventory, each returning the assets at fault with the reason:
 * <ul>
 *   <li>{@link #withoutOwner()}: assets not disposed that have no owner;</li>
 *   <li>{@link #notReturned(Collection, LocalDate)}: assets whose custodian left before the day and that are not
 *       recorded as returned or disposed (an untracked asset counts as not returned; a requested one does not);</li>
 *   <li>{@link #disposedWithoutErasureEvidence()}: disposed assets whose disposal step has no evidence;</li>
 *   <li>{@link #maintenanceOverdue(LocalDate)}: assets in use with a maintenance interval whose last maintenance
 *       (or, if never maintained, first day in use) plus the interval lies before the day. Untracked assets have no
 *       days to count from and are not checked.</li>
 * </ul>
 * Instances are immutable and thread-safe.
 *
 * @since 0.2
 */
public final class AssetChecks {
    private final AssetInventory inventory;

    private AssetChecks(AssetInventory inventory) {
        this.inventory = inventory;
    }

    /**
     * Creates the checks of an inventory.
     *
     * @param inventory the inventory, not null
     * @return the checks
     */
    public static AssetChecks of(AssetInventory inventory) {
        return new AssetChecks(Objects.requireNonNull(inventory, "inventory"));
    }

    /** {@return the assets, not disposed, that have no owner} */
    public List<AssetIssue> withoutOwner() {
        List<AssetIssue> out = new ArrayList<>();
        for (Asset a : inventory.assets()) {
            if (a.owner().isEmpty() && a.state().orElse(null) != AssetState.DISPOSED) {
                out.add(new AssetIssue(a, AssetIssue.Kind.NO_OWNER, "asset has no owner"));
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Lists the assets of leavers that are not returned.
     *
     * @param leavers the leavers, not null
     * @param asOf the day of the check, not null
     * @return the issues, in inventory order
     */
    public List<AssetIssue> notReturned(Collection<Leaver> leavers, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        List<AssetIssue> out = new ArrayList<>();
        for (Asset a : inventory.assets()) {
            Optional<String> custodian = a.handling().custodian();
            AssetState s = a.state().orElse(null);
            if (custodian.isEmpty() || s == AssetState.REQUESTED || s == AssetState.RETURNED
                    || s == AssetState.DISPOSED) {
                continue;
            }
            for (Leaver l : leavers) {
                if (l.person().equals(custodian.get()) && l.lastDay().isBefore(asOf)) {
                    out.add(new AssetIssue(a, AssetIssue.Kind.NOT_RETURNED, "custodian " + Checks.quote(l.person())
                            + " left on " + l.lastDay() + " and the asset is " + (s == null ? "not recorded as"
                                    + " returned" : s.key())));
                    break;
                }
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** {@return the disposed assets with no secure-erasure evidence} */
    public List<AssetIssue> disposedWithoutErasureEvidence() {
        List<AssetIssue> out = new ArrayList<>();
        for (Asset a : inventory.assets()) {
            if (a.state().orElse(null) == AssetState.DISPOSED && a.lifecycle().erasureEvidence().isEmpty()) {
                out.add(new AssetIssue(a, AssetIssue.Kind.NO_ERASURE_EVIDENCE, "disposed on "
                        + a.lifecycle().since().orElseThrow() + " without secure-erasure evidence"));
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Lists the assets whose maintenance is overdue.
     *
     * @param asOf the day of the check, not null
     * @return the issues, in inventory order
     */
    public List<AssetIssue> maintenanceOverdue(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        List<AssetIssue> out = new ArrayList<>();
        for (Asset a : inventory.assets()) {
            Optional<Period> every = a.handling().maintenanceInterval();
            if (every.isEmpty() || a.state().orElse(null) != AssetState.IN_USE) {
                continue;
            }
            Optional<LocalDate> maintained = a.lifecycle().lastEntered(AssetState.IN_MAINTENANCE);
            LocalDate base = maintained.orElseGet(() -> firstInUse(a));
            LocalDate due = base.plus(every.get());
            if (due.isBefore(asOf)) {
                out.add(new AssetIssue(a, AssetIssue.Kind.MAINTENANCE_OVERDUE, "maintenance every " + every.get()
                        + " was due on " + due + (maintained.isPresent() ? " (last maintained " : " (in use since ")
                        + base + ")"));
            }
        }
        return Collections.unmodifiableList(out);
    }

    private static LocalDate firstInUse(Asset a) {
        for (AssetEvent e : a.lifecycle().history()) {
            if (e.state() == AssetState.IN_USE) {
                return e.date();
            }
        }
        throw new IllegalStateException("asset " + Checks.quote(a.id()) + " is in use without an in-use step");
    }

    /**
     * Runs every check.
     *
     * @param leavers the leavers, not null
     * @param asOf the day of the check, not null
     * @return the issues: owners, returns, erasure, maintenance, each in inventory order
     */
    public List<AssetIssue> all(Collection<Leaver> leavers, LocalDate asOf) {
        List<AssetIssue> out = new ArrayList<>(withoutOwner());
        out.addAll(notReturned(leavers, asOf));
        out.addAll(disposedWithoutErasureEvidence());
        out.addAll(maintenanceOverdue(asOf));
        return Collections.unmodifiableList(out);
    }
}
