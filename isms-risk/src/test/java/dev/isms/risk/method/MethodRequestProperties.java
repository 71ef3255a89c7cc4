// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.core.asset.ConsequenceCategory;
import dev.isms.risk.RiskEngine;
import dev.isms.risk.RiskFixtures;
import dev.isms.risk.RiskScore;
import dev.isms.risk.criteria.RiskCriteria;
import dev.isms.risk.cvss.Cvss;
import dev.isms.risk.method.Nist80030.Level;
import dev.isms.risk.spi.MethodRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every typed request of a built-in method: typed request → score → recompute gives an equal score. */
class MethodRequestProperties {
    private static final RiskEngine ENGINE = RiskEngine.standard();
    private static final RiskCriteria CRITERIA = RiskFixtures.criteria();

    @Property(tries = 300)
    void aTypedRequestsScoreIsReproducedByRecomputingIt(@ForAll("requests") MethodRequest request) {
        RiskScore s = ENGINE.score(request);
        assertEquals(request.methodId(), s.methodId());
        assertEquals(request.toScoringRequest().parameters(), s.parameters());
        assertEquals(s, ENGINE.recompute(s, CRITERIA));
        assertEquals(Optional.empty(), ENGINE.check(s, CRITERIA));
        assertTrue(ENGINE.verify(s, CRITERIA));
    }

    @Property(tries = 100)
    void theSameTypedRequestAlwaysGivesAnEqualTextRequest(@ForAll("requests") MethodRequest request) {
        assertEquals(request.toScoringRequest(), request.toScoringRequest());
    }

    @Provide
    Arbitrary<MethodRequest> requests() {
        return Arbitraries.oneOf(matrix(), owasp(), nist(), cvss());
    }

    private static Arbitrary<MethodRequest> matrix() {
        Arbitrary<Integer> level = Arbitraries.integers().between(1, 5);
        Arbitrary<Map<ConsequenceCategory, Integer>> consequences = Combinators.combine(level,
                Arbitraries.integers().between(1, 3), Arbitraries.of(true, false))
                .as((a, legal, both) -> both ? Map.of(RiskFixtures.A, a, RiskFixtures.LEGAL, legal)
                        : Map.of(RiskFixtures.C, a));
        return Combinators.combine(level, consequences).as((l, c) -> MatrixRequest.of(CRITERIA, l, c));
    }

    private static Arbitrary<MethodRequest> owasp() {
        Arbitrary<List<Integer>> ratings = Arbitraries.integers().between(0, 9).list().ofSize(16);
        return Combinators.combine(ratings, Arbitraries.of(true, false)).as((r, business) -> {
            OwaspLikelihoodFactors l = new OwaspLikelihoodFactors(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4),
                    r.get(5), r.get(6), r.get(7));
            OwaspTechnicalImpact t = new OwaspTechnicalImpact(r.get(8), r.get(9), r.get(10), r.get(11));
            return OwaspRequest.of(business ? OwaspRiskRating.of(l, t, new OwaspBusinessImpact(r.get(12), r.get(13),
                    r.get(14), r.get(15))) : OwaspRiskRating.of(l, t));
        });
    }

    private static Arbitrary<MethodRequest> nist() {
        Arbitrary<Level> level = Arbitraries.of(Level.class);
        return Combinators.combine(Arbitraries.of(true, false), level, level, level)
                .as((adversarial, e, a, i) -> new Nist80030Request(adversarial, e, a, i));
    }

    private static Arbitrary<MethodRequest> cvss() {
        Arbitrary<String> v31 = Combinators.combine(Arbitraries.of("N", "A", "L", "P"), Arbitraries.of("L", "H"),
                Arbitraries.of("N", "L", "H"), Arbitraries.of("U", "C"), Arbitraries.of("H", "L", "N"))
                .as((av, ac, pr, s, c) -> "CVSS:3.1/AV:" + av + "/AC:" + ac + "/PR:" + pr + "/UI:N/S:" + s + "/C:" + c
                        + "/I:L/A:N/E:F/CR:H");
        Arbitrary<String> v40 = Combinators.combine(Arbitraries.of("N", "A", "L", "P"), Arbitraries.of("L", "H"),
                Arbitraries.of("H", "L", "N"), Arbitraries.of("X", "A", "P", "U"))
                .as((av, ac, vc, e) -> "CVSS:4.0/AV:" + av + "/AC:" + ac + "/AT:N/PR:N/UI:N/VC:" + vc
                        + "/VI:L/VA:N/SC:N/SI:N/SA:N/E:" + e);
        return Combinators.combine(Arbitraries.oneOf(v31, v40), Arbitraries.of(true, false))
                .as((v, full) -> full ? CvssRequest.full(Cvss.parse(v)) : CvssRequest.of(Cvss.parse(v)));
    }
}
