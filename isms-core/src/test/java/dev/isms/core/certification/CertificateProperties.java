// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * No sequence of audits and renewals reaches an invalid certificate; deadlines agree with the audits held and come in
 * date order.
 */
class CertificateProperties {

    /** An operation: record an audit of a kind, or (kind empty) renew; on a day after the issue day. */
    record Op(CertificationAuditKind kind, boolean renew, int days) {
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        return Combinators.combine(Arbitraries.of(CertificationAuditKind.class), Arbitraries.of(true, false, false,
                false), Arbitraries.integers().between(-200, 1200)).as(Op::new).list().ofMaxSize(20);
    }

    @Provide
    Arbitrary<String> editions() {
        return Arbitraries.of("2013", "2022");
    }

    @Property(tries = 300)
    void everyReachableCertificateIsValidAndItsDeadlinesAgreeWithItsAudits(@ForAll("ops") List<Op> ops,
            @ForAll("editions") String edition) {
        Certificate c = Certificate.builder("C", "ISO/IEC 27001", edition, LocalDate.of(2023, 3, 1)).scope("s")
                .body("b").build();
        for (Op op : ops) {
            LocalDate day = c.issued().plusDays(op.days());
            try {
                c = op.renew() ? c.renew(day) : c.record(CertificationAudit.of(op.kind(), day));
            } catch (IllegalArgumentException | IllegalStateException refused) {
                // refused: c is unchanged
            }
            assertEquals(c, new Certificate(c.number(), c.standard(), c.edition(), c.scope(), c.body(), c.issued(),
                    c.expires(), c.previousExpiry(), c.audits()));
            assertTrue(c.expires().isAfter(c.issued()));
            assertTrue(!c.effectiveExpiry().isAfter(c.expires()));
            List<Deadline> deadlines = c.deadlines(day);
            for (int i = 0; i < deadlines.size(); i++) {
                assertEquals(c.held(deadlines.get(i).kind()), deadlines.get(i).held());
                assertTrue(i == 0 || !deadlines.get(i).dueBy().isBefore(deadlines.get(i - 1).dueBy()),
                        deadlines::toString);
            }
        }
    }
}
