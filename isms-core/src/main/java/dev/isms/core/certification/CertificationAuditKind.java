// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.certification;

import java.util.Locale;

/**
 * The audits of a certification cycle (ISO/IEC 17021-1:2015 clause 9.1.3), and the transition audit of IAF MD 26.
 *
 * @since 0.2
 */
public enum CertificationAuditKind {
    /** Initial audit, stage 1: readiness and documentation; before the certification decision. */
    STAGE_1,
    /** Initial audit, stage 2: implementation and effectiveness; before the certification decision. */
    STAGE_2,
    /** The first surveillance audit, no later than 12 months after the certification decision. */
    SURVEILLANCE_1,
    /** The second surveillance audit, in the second year after the certification decision. */
    SURVEILLANCE_2,
    /** The recertification audit, in the third year, before the certificate expires. */
    RECERTIFICATION,
    /** The audit moving an ISO/IEC 27001:2013 certificate to the 2022 edition (IAF MD 26), by 2025-10-31. */
    TRANSITION;

    /** {@return the lower-case, hyphenated key used in files, such as {@code "surveillance-1"}} */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
