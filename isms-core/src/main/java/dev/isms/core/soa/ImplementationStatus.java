// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.soa;

import dev.isms.core.applied.AppliedControlStatus;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a control is implemented, as the Statement of Applicability states it (clause 6.1.3 d asks "whether
 * they are implemented or not").
 *
 * @since 0.2
 */
public enum ImplementationStatus {
    /** Nothing realises the control. */
    NOT_IMPLEMENTED,
    /** What realises it is planned or in progress; nothing operates yet. */
    PLANNED,
    /** Partly realised: some of what realises it operates, or it operates degraded. */
    PARTIALLY_IMPLEMENTED,
    /** Fully realised: everything that realises it is implemented. */
    IMPLEMENTED;

    /** {@return the lower-case, hyphenated key used in files, such as {@code "partially-implemented"}} */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Derives a control's status from the statuses of the applied controls that realise it. Retired applied
     * controls are ignored. Then: none left, not implemented; all implemented, implemented; none operating (all
     * planned or in progress), planned; otherwise (a mix, or any degraded), partially implemented.
     *
     * @param statuses the applied controls' statuses, not null
     * @return the derived status
     */
    public static ImplementationStatus derive(Collection<AppliedControlStatus> statuses) {
        Set<AppliedControlStatus> seen = EnumSet.noneOf(AppliedControlStatus.class);
        seen.addAll(statuses);
        seen.remove(AppliedControlStatus.RETIRED);
        if (seen.isEmpty()) {
            return NOT_IMPLEMENTED;
        }
        if (seen.equals(EnumSet.of(AppliedControlStatus.IMPLEMENTED))) {
            return IMPLEMENTED;
        }
        boolean operating = seen.contains(AppliedControlStatus.IMPLEMENTED)
                || seen.contains(AppliedControlStatus.DEGRADED);
        return operating ? PARTIALLY_IMPLEMENTED : PLANNED;
    }

    /**
     * Combines the statuses of several controls into one, as when several controls merge into one: none, not
     * implemented; all equal, that status; only not implemented and planned, planned; otherwise partially
     * implemented.
     *
     * @param statuses the statuses, not null
     * @return the combined status
     */
    public static ImplementationStatus combine(Collection<ImplementationStatus> statuses) {
        Set<ImplementationStatus> seen = EnumSet.noneOf(ImplementationStatus.class);
        seen.addAll(statuses);
        if (seen.isEmpty()) {
            return NOT_IMPLEMENTED;
        }
        if (seen.size() == 1) {
            return seen.iterator().next();
        }
        return EnumSet.of(NOT_IMPLEMENTED, PLANNED).containsAll(seen) ? PLANNED : PARTIALLY_IMPLEMENTED;
    }
}
