// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.soa;

import dev.isms.core.ControlId;
import java.util.Objects;

/**
 * One difference between two versions of a Statement of Applicability, for one control.
 *
 * @param control the control's id
 * @param kind what changed
 * @param before the older value as text (a key such as {@code "excluded"}, a justification, reasons separated by
 *        {@code ", "}); empty if there was none
 * @param after the newer value as text; empty if there is none
 * @since 0.2
 */
public record SoaChange(ControlId control, Kind kind, String before, String after) {

    /**
     * Validates the components.
     *
     * @param control the control's id, not null
     * @param kind the kind, not null
     * @param before the older value, not null
     * @param after the newer value, not null
     */
    public SoaChange {
        Objects.requireNonNull(control, "SoA change control");
        Objects.requireNonNull(kind, "SoA change kind");
        Objects.requireNonNull(before, "SoA change before");
        Objects.requireNonNull(after, "SoA change after");
    }

    /** What changed between two versions of a statement. */
    public enum Kind {
        /** The control is listed only in the newer version (its catalogue gained it). */
        ADDED,
        /** The control is listed only in the older version. */
        REMOVED,
        /** The control became applicable. */
        INCLUDED,
        /** The control became excluded. */
        EXCLUDED,
        /** The control needs a decision again. */
        UNDECIDED,
        /** The inclusion reasons changed. */
        REASONS_CHANGED,
        /** The free-text justification changed. */
        JUSTIFICATION_CHANGED,
        /** The implementation status changed. */
        STATUS_CHANGED
    }
}
