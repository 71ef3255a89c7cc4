// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.certification;

import java.util.Locale;

/**
 * Whether a certificate is valid on a day.
 *
 * @since 0.2
 */
public enum CertificateStatus {
    /** Before the issue day. */
    NOT_YET_VALID,
    /** From the issue day to the effective expiry, both included. */
    VALID,
    /** After the effective expiry (for ISO/IEC 27001:2013, no later than 2025-10-31). */
    EXPIRED;

    /** {@return the lower-case, hyphenated key used in files, such as {@code "not-yet-valid"}} */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
