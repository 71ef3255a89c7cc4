// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.risk.RiskScore;
import dev.isms.risk.method.Nist80030.Level;
import dev.isms.risk.spi.ScoringRequest;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class Nist80030Properties {

    @Property
    void raisingAnyInputNeverLowersTheRisk(@ForAll Level initiation, @ForAll Level adverse, @ForAll Level impact,
            @ForAll Level higher) {
        Level risk = Nist80030.risk(initiation, adverse, impact);
        if (higher.compareTo(initiation) >= 0) {
            assertTrue(Nist80030.risk(higher, adverse, impact).compareTo(risk) >= 0);
        }
        if (higher.compareTo(adverse) >= 0) {
            assertTrue(Nist80030.risk(initiation, higher, impact).compareTo(risk) >= 0);
        }
        if (higher.compareTo(impact) >= 0) {
            assertTrue(Nist80030.risk(initiation, adverse, higher).compareTo(risk) >= 0);
        }
    }

    @Property
    void riskNeverExceedsTheImpact(@ForAll Level likelihood, @ForAll Level impact) {
        assertTrue(Nist80030.risk(likelihood, impact).compareTo(impact) <= 0);
    }

    @Property
    void everyValueMapsToTheOneLevelWhoseRangeHoldsIt(@ForAll @IntRange(min = 0, max = 100) int value) {
        Level level = Level.fromSemiQuantitative(value);
        assertTrue(level.contains(value));
        for (Level other : Level.values()) {
            assertEquals(other == level, other.contains(value));
        }
        assertEquals(level, Level.parse(Integer.toString(value)));
    }

    @Property
    void parseReadsWhatToStringWrites(@ForAll Level level) {
        assertEquals(level, Level.parse(level.toString()));
        assertEquals(level, Level.fromSemiQuantitative(level.representativeValue()));
    }

    @Property
    void scorerAgreesWithTheTypedApiAndStaysWithinZeroToHundred(
            @ForAll @IntRange(min = 0, max = 100) int occurrence, @ForAll Level adverse,
            @ForAll @IntRange(min = 0, max = 100) int impact) {
        RiskScore s = new Nist80030Scorer().score(ScoringRequest.of(Map.of("occurrence", Integer.toString(occurrence),
                "adverse-impact-likelihood", adverse.name(), "impact", Integer.toString(impact))));
        Level risk = Nist80030.risk(Level.fromSemiQuantitative(occurrence), adverse,
                Level.fromSemiQuantitative(impact));
        assertEquals(risk.toString(), s.level());
        assertEquals(risk.representativeValue(), s.value());
        assertTrue(s.value() >= 0 && s.value() <= 100);
    }
}
