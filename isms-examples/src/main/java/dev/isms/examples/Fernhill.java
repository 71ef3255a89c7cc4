// SPDX-License-Identifier: Apache-2.0
package dev.isms.examples;

import dev.isms.core.ControlId;
import dev.isms.core.ControlRef;
import dev.isms.core.asset.ConsequenceCategory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The fictional company of the end-to-end example: Fernhill People Ltd, a 150-person B2B HR and payroll SaaS
 * hosted on a public cloud. Its name, ISMS scope, the day the report is written (a fixed clock, so that the output
 * is the same on every run) and the shorthands the data classes share.
 */
final class Fernhill {
    static final String NAME = "Fernhill People Ltd";
    static final String SCOPE = """
            The development, operation and support of the Fernhill People HR and payroll SaaS platform (web and \
            mobile apps, payroll engine, customer data in AWS eu-west-1 and eu-central-1), by its 150 staff at the \
            Dublin head office, the Leeds support office and in remote work, under the Statement of \
            Applicability v1.0. Excluded: the corporate website (hosted by a marketing agency).""";
    /** The day of the report. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    /** A clock fixed at 09:00 UTC on {@link #TODAY}: every "as of today" question of the example uses it. */
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    /** The ISO/IEC 27002:2022 catalogue id. */
    static final String ISO = "iso27002:2022";
    static final ConsequenceCategory C = ConsequenceCategory.CONFIDENTIALITY;
    static final ConsequenceCategory I = ConsequenceCategory.INTEGRITY;
    static final ConsequenceCategory A = ConsequenceCategory.AVAILABILITY;
    /** Privacy consequences (GDPR): fines, notification, loss of customers' trust. */
    static final ConsequenceCategory PRIVACY = ConsequenceCategory.of("privacy");

    private Fernhill() {
    }

    static ControlRef iso(String id) {
        return ControlRef.of(ISO, id);
    }

    static ControlId id(String id) {
        return ControlId.parse(id);
    }
}
