// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.assessment;

import java.util.Locale;

/**
 * The state of the documented information a clause of ISO/IEC 27001 requires, as of a day.
 *
 * @since 0.2
 */
public enum DocumentStatus {
    /** At least one document is held and none is past its review date. */
    PRESENT,
    /** No document is held. */
    MISSING,
    /** A document is held but one is past its next review date. */
    OUT_OF_DATE;

    /** {@return the lower-case, hyphenated key used in files, such as {@code "out-of-date"}} */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
