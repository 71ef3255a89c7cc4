// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.method;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.risk.RiskEngine;
import dev.isms.risk.RiskModelException;
import dev.isms.risk.RiskScore;
import dev.isms.risk.spi.ScoringRequest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

class FairScorerProperties {
    private static final int MAX_MESSAGE = 1_000;
    private static final List<String> HOSTILE = List.of("NaN", "Infinity", "-Infinity", "nan", "", " ", "-", "5d",
            "6f", "0x1p3", "+3", "３", "٩٩", "1e999", "-1e999", "1\n", "\u0000", "9".repeat(400),
            "0." + "0".repeat(400) + "1", "1e-99999", " 1", "1_0", ".5");
    private static final double[] EXTREMES = {0, 4.9e-324, 1e-320, 1e-300, 1e-5, 1, 1e5, 1e50, 1e99, 1e100, 1e101,
        1e150, 1e200, 1e300, 1e308, Double.MAX_VALUE};
    private final RiskEngine engine = RiskEngine.standard();

    private static Arbitrary<Double> magnitudes() {
        return Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.doubles().between(0, 10)),
                Tuple.of(2, Arbitraries.doubles().between(0, 1e7)),
                Tuple.of(2, Arbitraries.of(Arrays.stream(EXTREMES).boxed().toList())),
                Tuple.of(1, Arbitraries.doubles().between(-1e308, Double.MAX_VALUE)));
    }

    private static Arbitrary<String> sorted(Arbitrary<Double> values, int count) {
        return values.list().ofSize(count).map(list -> list.stream().sorted().map(String::valueOf)
                .collect(Collectors.joining(",")));
    }

    private static Arbitrary<String> hostile(int count) {
        return Arbitraries.oneOf(Arbitraries.of(HOSTILE), magnitudes().map(String::valueOf),
                Combinators.combine(Arbitraries.of(HOSTILE), sorted(magnitudes(), count - 1))
                        .as((h, rest) -> rest + "," + h),
                sorted(magnitudes(), count + 1), magnitudes().list().ofSize(count)
                        .map(l -> l.stream().map(String::valueOf).collect(Collectors.joining(","))));
    }

    private static Arbitrary<String> estimate(Arbitrary<Double> values, int count) {
        return Arbitraries.frequencyOf(Tuple.of(12, sorted(values, count)), Tuple.of(1, hostile(count)));
    }

    private static Arbitrary<String> plain(String... values) {
        return Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.of(values)),
                Tuple.of(2, Arbitraries.oneOf(Arbitraries.of(HOSTILE), magnitudes().map(String::valueOf))));
    }

    @Provide
    Arbitrary<Map<String, String>> requests() {
        Arbitrary<Double> probabilities = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.doubles().between(0, 1)),
                Tuple.of(1, Arbitraries.of(DoubleStream.of(0, 1e-300, 1, 0.5).boxed().toList())));
        Arbitrary<String> pert = estimate(magnitudes(), 3);
        Arbitrary<String> interval = estimate(magnitudes(), 2);
        Arbitrary<String> probability = estimate(probabilities, 3);
        Arbitrary<String> years = plain("1", "2", "10", "100");
        Arbitrary<String> seed = plain("7", "-7", "0", "9223372036854775807");
        Arbitrary<Integer> shape = Arbitraries.integers().between(0, 15);
        return Combinators.combine(pert, probability, pert, interval, shape, years, seed, plain("0", "1e6", "1e300"))
                .as((tef, v, loss, lognormal, s, y, sd, appetite) -> {
                    Map<String, String> m = new HashMap<>(Map.of("tef", tef, "vulnerability", v, "years", y,
                            "seed", sd));
                    m.put((s & 1) == 0 ? "loss" : "loss.lognormal90", (s & 1) == 0 ? loss : lognormal);
                    if ((s & 2) != 0) {
                        m.put("appetite", appetite);
                    }
                    if ((s & 4) != 0) {
                        m.put("secondary.probability", v);
                        m.put("secondary.loss", loss);
                    }
                    if (s == 15) {
                        m.put("loss", loss);
                    }
                    return m;
                });
    }

    @Property(tries = 1_000)
    void hostileParametersGiveAScoreOrABoundedRiskModelException(@ForAll("requests") Map<String, String> p) {
        try {
            RiskScore s = engine.score(FairScorer.ID, ScoringRequest.of(p));
            assertTrue(Double.isFinite(s.value()) && s.value() >= 0, s::toString);
            Statistics.collect("score");
        } catch (RiskModelException e) {
            assertFalse(e.getMessage().isBlank());
            assertTrue(e.getMessage().length() <= MAX_MESSAGE, e::getMessage);
            Statistics.collect("RiskModelException");
        }
    }
}
