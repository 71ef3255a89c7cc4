// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.soa;

import java.util.Locale;

/**
 * Why a control is included in the Statement of Applicability; several may hold for one control. The five
 * reasons are those common SoA tools record (MONARC's SoA flags, CISO Assistant issue 2221).
 *
 * @since 0.2
 */
public enum InclusionReason {
    /** Chosen to treat a risk found by the risk assessment. */
    RISK_TREATMENT,
    /** Required by a law or a regulation. */
    LEGAL_OR_REGULATORY,
    /** Required by a contract (a customer, a supplier, an insurer). */
    CONTRACTUAL,
    /** Required by the business (a policy, a strategy, a certification target). */
    BUSINESS_REQUIREMENT,
    /** Adopted as good practice. */
    BEST_PRACTICE;

    /** {@return the lower-case, hyphenated key used in files, such as {@code "risk-treatment"}} */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
