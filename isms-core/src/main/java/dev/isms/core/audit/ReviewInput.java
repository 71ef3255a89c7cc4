// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.audit;

import java.util.Locale;

/**
 * The topics a management review considers (ISO/IEC 27001:2022 clause 9.3.2), named in our own words; the
 * feedback on performance (item d) is split into its four parts.
 *
 * @since 0.2
 */
public enum ReviewInput {
    /** 9.3.2 a: status of actions from previous management reviews. */
    PREVIOUS_ACTIONS("a"),
    /** 9.3.2 b: changes in external and internal issues relevant to the ISMS. */
    ISSUE_CHANGES("b"),
    /** 9.3.2 c: changes in the needs and expectations of interested parties. */
    INTERESTED_PARTY_CHANGES("c"),
    /** 9.3.2 d 1: trends in nonconformities and corrective actions. */
    NONCONFORMITY_TRENDS("d 1"),
    /** 9.3.2 d 2: monitoring and measurement results. */
    MEASUREMENT_RESULTS("d 2"),
    /** 9.3.2 d 3: audit results. */
    AUDIT_RESULTS("d 3"),
    /** 9.3.2 d 4: fulfilment of information security objectives. */
    OBJECTIVES_FULFILMENT("d 4"),
    /** 9.3.2 e: feedback from interested parties. */
    INTERESTED_PARTY_FEEDBACK("e"),
    /** 9.3.2 f: results of risk assessment and status of the risk treatment plan. */
    RISK_ASSESSMENT_AND_TREATMENT("f"),
    /** 9.3.2 g: opportunities for continual improvement. */
    IMPROVEMENT_OPPORTUNITIES("g");

    private final String item;

    ReviewInput(String item) {
        this.item = item;
    }

    /** {@return the item of clause 9.3.2, such as {@code "9.3.2 d 1"}} */
    public String item() {
        return "9.3.2 " + item;
    }

    /** {@return the lower-case, hyphenated key used in files, such as {@code "audit-results"}} */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
