// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.certification;

import java.util.Locale;

/**
 * Where a certificate stands in the ISO/IEC 27001:2013 to 2022 transition (IAF MD 26:2023) on a day.
 *
 * @since 0.2
 */
public enum TransitionStatus {
    /** Not an ISO/IEC 27001:2013 certificate. */
    NOT_AFFECTED,
    /** A 2013 certificate without a transition audit, on or before 2025-10-31: it must transition by then. */
    TRANSITION_REQUIRED,
    /** A 2013 certificate whose transition audit was held. */
    TRANSITIONED,
    /** A 2013 certificate without a transition audit, after 2025-10-31: it expired or was withdrawn then. */
    ENDED;

    /** {@return the lower-case, hyphenated key used in files, such as {@code "transition-required"}} */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
