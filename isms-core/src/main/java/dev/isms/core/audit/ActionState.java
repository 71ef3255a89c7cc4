// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.audit;

import java.util.Locale;

/**
 * Where a corrective action stands (ISO/IEC 27001:2022 clause 10.2). The moves are: open, then analysed (root
 * cause and action determined), then implemented, then either closed (reviewed effective) or open again (reviewed
 * not effective). Corrections may be recorded while open or analysed.
 *
 * @since 0.2
 */
public enum ActionState {
    /** Raised; the cause is not yet determined. */
    OPEN,
    /** Root cause and corrective action determined. */
    ANALYSED,
    /** The corrective action is implemented; its effectiveness is to be reviewed. */
    IMPLEMENTED,
    /** Reviewed effective and closed. */
    CLOSED;

    /** {@return the lower-case key used in files, such as {@code "analysed"}} */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
