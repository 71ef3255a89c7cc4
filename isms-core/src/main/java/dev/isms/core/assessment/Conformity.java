// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.assessment;

import java.util.Locale;

/**
 * How far a requirement or a control is met, as a gap assessment finds it.
 *
 * @since 0.2
 */
public enum Conformity {
    /** Fully met. */
    CONFORMANT,
    /** Partly met. */
    PARTIALLY_CONFORMANT,
    /** Not met. */
    NOT_CONFORMANT,
    /** Not assessed yet. */
    NOT_ASSESSED,
    /** Does not apply (an excluded control); never allowed for clauses 4 to 10 of ISO/IEC 27001. */
    NOT_APPLICABLE;

    /** {@return true for a finding: conformant, partially conformant or not conformant} */
    public boolean isAssessed() {
        return this == CONFORMANT || this == PARTIALLY_CONFORMANT || this == NOT_CONFORMANT;
    }

    /** {@return true for a gap: partially conformant or not conformant} */
    public boolean isGap() {
        return this == PARTIALLY_CONFORMANT || this == NOT_CONFORMANT;
    }

    /** {@return the lower-case, hyphenated key used in files, such as {@code "not-assessed"}} */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
