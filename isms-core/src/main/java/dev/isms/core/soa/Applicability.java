// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.soa;

import java.util.Locale;

/**
 * Whether a control of the catalogue applies to the organisation, as a Statement of Applicability records it.
 *
 * @since 0.2
 */
public enum Applicability {
    /** The control is necessary and included; at least one {@link InclusionReason} says why. */
    APPLICABLE,
    /** The control is excluded; a justification says why (ISO/IEC 27001:2022 clause 6.1.3 d). */
    EXCLUDED,
    /** Needs a decision: allowed in a draft, never in an approved statement. */
    UNDECIDED;

    /** {@return the lower-case key used in files and reports, such as {@code "applicable"}} */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
