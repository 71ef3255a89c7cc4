// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.hostile;

import dev.isms.core.hostile.Hostile;
import dev.isms.core.hostile.TextMutations;
import dev.isms.risk.RiskEngine;
import dev.isms.risk.RiskFixtures;
import dev.isms.risk.RiskModelException;
import dev.isms.risk.criteria.RiskBand;
import dev.isms.risk.criteria.RiskCriteria;
import dev.isms.risk.criteria.RiskMatrix;
import dev.isms.risk.criteria.Scale;
import dev.isms.risk.criteria.ScaleLevel;
import dev.isms.risk.method.OwaspRequest;
import dev.isms.risk.method.OwaspRiskRating;
import dev.isms.risk.spi.ScoringRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every built-in scorer's text parameters through {@link RiskEngine#score(String, ScoringRequest)}: valid parameter
 * maps mutated (a parameter removed, added, renamed, or its value mutated, swapped, or replaced by an extreme or
 * malformed number), with and without criteria: a score, or a {@link RiskModelException} with a bounded, log-safe
 * message; never another exception (a {@code ProviderException} would mean a built-in leaked an untyped one), never
 * a hang.
 */
class ScorerHostileProperties {
    private static final RiskEngine ENGINE = RiskEngine.standard();
    private static final RiskCriteria CRITERIA = RiskFixtures.criteria();
    private static final RiskCriteria MONEY = RiskCriteria.builder("eur", 1)
            .likelihood(Scale.of("likelihood", "Low", "High"))
            .consequence(new Scale("consequence (EUR/year)", List.of(ScaleLevel.of(1, "Minor", 0, 10_000),
                    ScaleLevel.of(2, "Major", 10_000, 1_000_000), ScaleLevel.of(3, "Severe", 1_000_000,
                            Double.POSITIVE_INFINITY))), RiskMatrix.ofProduct(2, 3, List.of(new RiskBand("Low", 1, 2),
                    new RiskBand("High", 3, 6))))
            .build();
    /** Values that break number and vocabulary parsing. */
    private static final List<String> EXTREMES = List.of("0", "-1", "1e308", "-1e308", "4.9e-324", "1e-320", "NaN",
            "Infinity", "-Infinity", "1e999", "2147483648", "-2147483649", "9223372036854775808", "0x1p3", "5d", "6f",
            "+3", " 3 ", "\uFF13", "\u0669\u0669", "", " ", "1,2", "1,2,3,4", "1,1e308,1e308", "0,0,0", "-1,0,1",
            "1e300,1e300,1e300", "1,1e200", "3,2,1", "1e6,1e6,1e6", "1000000", "10000000", "0.5,,1", ",", "1e-300,1,2");

    @Property(tries = 1000)
    void matrixScorerGivesAScoreOrARiskModelException(@ForAll("matrix") Map<String, String> p) {
        score("iso27005-matrix", p, CRITERIA);
    }

    @Property(tries = 1000)
    void owaspScorerGivesAScoreOrARiskModelException(@ForAll("owasp") Map<String, String> p) {
        score("owasp-rr", p, null);
    }

    @Property(tries = 1000)
    void nistScorerGivesAScoreOrARiskModelException(@ForAll("nist") Map<String, String> p) {
        score("nist-800-30", p, null);
    }

    @Property(tries = 1000)
    void cvss31ScorerGivesAScoreOrARiskModelException(@ForAll("cvss31") Map<String, String> p) {
        score("cvss-3.1", p, null);
    }

    @Property(tries = 1000)
    void cvss40ScorerGivesAScoreOrARiskModelException(@ForAll("cvss40") Map<String, String> p) {
        score("cvss-4.0", p, null);
    }

    @Property(tries = 1000)
    void fairScorerGivesAScoreOrARiskModelException(@ForAll("fair") Map<String, String> p) {
        score("fair", p, (p.hashCode() & 1) == 0 ? MONEY : null);
    }

    private static void score(String method, Map<String, String> p, RiskCriteria criteria) {
        ScoringRequest r = criteria == null ? ScoringRequest.of(p) : ScoringRequest.of(p, criteria);
        Hostile.attempt(method, p.toString(), RiskModelException.class, () -> ENGINE.score(method, r));
    }

    @Provide
    Arbitrary<Map<String, String>> matrix() {
        return mutants(List.of(Map.of("likelihood", "4", "consequence.confidentiality", "3"),
                Map.of("likelihood", "5", "consequence.availability", "1", "consequence.legal", "2")));
    }

    @Provide
    Arbitrary<Map<String, String>> owasp() {
        return mutants(List.of(owasp("SL:5/M:2/O:7/S:1/ED:3/EE:6/A:9/ID:2/LC:9/LI:7/LAV:5/LAC:8"),
                owasp("SL:5/M:2/O:7/S:1/ED:3/EE:6/A:9/ID:2/LC:9/LI:7/LAV:5/LAC:8/FD:1/RD:2/NC:1/PV:5")));
    }

    /** {@return the text parameters of an OWASP rating: one per factor} */
    private static Map<String, String> owasp(String vector) {
        return OwaspRequest.of(OwaspRiskRating.parse(vector)).toScoringRequest().parameters();
    }

    @Provide
    Arbitrary<Map<String, String>> nist() {
        return mutants(List.of(Map.of("initiation", "High", "adverse-impact-likelihood", "Moderate", "impact", "Low"),
                Map.of("occurrence", "97", "adverse-impact-likelihood", "4", "impact", "50")));
    }

    @Provide
    Arbitrary<Map<String, String>> cvss31() {
        return mutants(List.of(Map.of("vector", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"),
                Map.of("vector", "CVSS:3.1/AV:N/AC:H/PR:L/UI:N/S:C/C:H/I:L/A:N/E:F/CR:H", "score", "full")));
    }

    @Provide
    Arbitrary<Map<String, String>> cvss40() {
        return mutants(List.of(Map.of("vector", "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"),
                Map.of("vector", "CVSS:4.0/AV:A/AC:H/AT:P/PR:L/UI:A/VC:L/VI:N/VA:L/SC:H/SI:L/SA:N/E:P", "score",
                        "full")));
    }

    @Provide
    Arbitrary<Map<String, String>> fair() {
        Map<String, String> lognormal = new LinkedHashMap<>();
        lognormal.put("tef", "0.5,1.5,4");
        lognormal.put("vulnerability", "0.05,0.15,0.4");
        lognormal.put("loss.lognormal90", "40000,900000");
        lognormal.put("years", "200");
        lognormal.put("seed", "7");
        Map<String, String> pert = new LinkedHashMap<>(lognormal);
        pert.remove("loss.lognormal90");
        pert.put("loss", "1000,5000,20000");
        pert.put("appetite", "100000");
        return mutants(List.of(lognormal, pert));
    }

    /** Parameter maps mutated one to three times. */
    private static Arbitrary<Map<String, String>> mutants(List<Map<String, String>> seeds) {
        return Arbitraries.randomValue(r -> {
            Map<String, String> m = new LinkedHashMap<>(seeds.get(r.nextInt(seeds.size())));
            int n = 1 + r.nextInt(3);
            for (int i = 0; i < n; i++) {
                mutate(m, r);
            }
            return m;
        });
    }

    private static void mutate(Map<String, String> m, Random r) {
        List<String> keys = new ArrayList<>(m.keySet());
        String key = keys.isEmpty() ? "x" : keys.get(r.nextInt(keys.size()));
        switch (r.nextInt(7)) {
            case 0 -> m.remove(key);
            case 1 -> m.put(r.nextBoolean() ? key + "x" : TextMutations.randomText(r), EXTREMES.get(r.nextInt(
                    EXTREMES.size())));
            case 2 -> {
                String v = m.remove(key);
                m.put(TextMutations.mutate(key, r), v == null ? "1" : v);
            }
            case 3 -> m.put(key, TextMutations.mutate(m.getOrDefault(key, ""), r));
            case 4 -> m.put(key, m.getOrDefault(keys.isEmpty() ? key : keys.get(r.nextInt(keys.size())), ""));
            case 5 -> m.put(key, element(m.getOrDefault(key, ""), r));
            default -> m.put(key, EXTREMES.get(r.nextInt(EXTREMES.size())));
        }
    }

    /** Replaces one element of a comma-separated value by an extreme. */
    private static String element(String value, Random r) {
        String[] parts = value.split(",", -1);
        parts[r.nextInt(parts.length)] = EXTREMES.get(r.nextInt(EXTREMES.size())).replace(",", "");
        return String.join(",", parts);
    }
}
