// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.risk.RiskScore;
import dev.isms.risk.internal.method.OwaspVector;
import dev.isms.risk.spi.ScoringRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class OwaspRiskRatingProperties {
    private static final List<String> ALL = OwaspVector.ALL;

    /** Sixteen ratings 0..9 in vector order; the last four are business factors. */
    @Provide
    Arbitrary<List<Integer>> ratings() {
        return Arbitraries.integers().between(0, 9).list().ofSize(ALL.size());
    }

    private static Map<String, Integer> map(List<Integer> ratings, boolean business) {
        Map<String, Integer> m = new HashMap<>();
        int n = business ? ALL.size() : ALL.size() - OwaspVector.BUSINESS.size();
        for (int i = 0; i < n; i++) {
            m.put(ALL.get(i), ratings.get(i));
        }
        return m;
    }

    @Property
    void raisingAnyFactorNeverLowersTheSeverity(@ForAll("ratings") List<Integer> ratings,
            @ForAll @IntRange(min = 0, max = 15) int factor, @ForAll boolean business) {
        if (!business && factor >= 12 || ratings.get(factor) == 9) {
            return;
        }
        OwaspRiskRating before = OwaspRiskRating.from(map(ratings, business));
        List<Integer> raised = new ArrayList<>(ratings);
        raised.set(factor, ratings.get(factor) + 1);
        OwaspRiskRating after = OwaspRiskRating.from(map(raised, business));
        assertTrue(after.severity().compareTo(before.severity()) >= 0, before + " -> " + after);
        assertTrue(after.likelihood() >= before.likelihood());
        assertTrue(after.impact() >= before.impact());
    }

    @Property
    void scoresStayWithinZeroToNine(@ForAll("ratings") List<Integer> ratings, @ForAll boolean business) {
        OwaspRiskRating r = OwaspRiskRating.from(map(ratings, business));
        assertTrue(r.likelihood() >= 0 && r.likelihood() <= 9);
        assertTrue(r.impact() >= 0 && r.impact() <= 9);
        assertEquals(business ? r.businessImpact().orElseThrow().score() : r.technicalImpact().score(), r.impact());
    }

    @Property
    void scorerAgreesWithTheTypedApi(@ForAll("ratings") List<Integer> ratings, @ForAll boolean business) {
        Map<String, Integer> m = map(ratings, business);
        Map<String, String> parameters = new HashMap<>();
        m.forEach((k, v) -> parameters.put(k, Integer.toString(v)));
        RiskScore s = new OwaspScorer().score(ScoringRequest.of(parameters));
        OwaspRiskRating r = OwaspRiskRating.from(m);
        assertEquals(r.severity().name(), s.level());
        assertEquals(r.severity().ordinal(), s.rank());
        assertEquals(r.severity().ordinal(), s.value());
    }

    @Property
    void parseReadsWhatToStringWrites(@ForAll("ratings") List<Integer> ratings, @ForAll boolean business) {
        OwaspRiskRating r = OwaspRiskRating.from(map(ratings, business));
        assertEquals(r, OwaspRiskRating.parse(r.toString()));
        assertEquals(r.hashCode(), OwaspRiskRating.parse(r.toString()).hashCode());
    }
}
