// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.cvss;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

// The CVSS v4.0 MacroVector scoring of FIRST's reference calculator (cvss_score.js), written for Java.
/**
 * Computes CVSS v4.0 scores: the MacroVector (EQ1..EQ6) of the effective metric values, its score from
 * FIRST's lookup table, lowered by the mean proportional severity distance to the next lower MacroVectors and
 * rounded half up to one decimal after the same {@code 1e-6} lift as the reference calculator.
 *
 * <p>The floating-point steps (level differences, sums, divisions, the order of the terms) follow the reference
 * implementation one for one, so that ties at {@code x.x5} round the same way.
 */
public final class Cvss40Calculator {
    /** The eleven base metrics. */
    private static final List<String> BASE_METRICS = List.of(
            "AV", "AC", "AT", "PR", "UI", "VC", "VI", "VA", "SC", "SI", "SA");
    /** The metrics whose severity distance is measured, in the reference order. */
    private static final List<String> DISTANCE_METRICS = List.of(
            "AV", "PR", "UI", "AC", "AT", "VC", "VI", "VA", "SC", "SI", "SA", "CR", "IR", "AR");
    /** The step by which depths are scaled. */
    private static final double STEP = 0.1;
    /** The lift applied before rounding, as in the reference calculator's {@code Math.pow(10, -6)}. */
    private static final double EPSILON = 1e-6;

    private Cvss40Calculator() {
    }

    /**
     * Scores a parsed vector, all groups included (CVSS-B, -BT, -BE or -BTE).
     *
     * @param defined the defined metrics of a valid CVSS v4.0 vector
     * @return the score, 0.0..10.0 with one decimal
     */
    public static double score(Map<String, String> defined) {
        return round(unrounded(defined));
    }

    /**
     * Scores the base metrics of a parsed vector alone (CVSS-B), ignoring threat and environmental metrics.
     *
     * @param defined the defined metrics of a valid CVSS v4.0 vector
     * @return the CVSS-B score, 0.0..10.0 with one decimal
     */
    public static double baseScore(Map<String, String> defined) {
        Map<String, String> base = new HashMap<>();
        BASE_METRICS.forEach(name -> base.put(name, defined.get(name)));
        return score(base);
    }

    /**
     * Rounds half up to one decimal after lifting the value by {@code 1e-6}, as the reference calculator does: the
     * interpolation can land one floating-point step below an {@code x.x5} tie (5.6499999999999995 for 5.65), which
     * a plain half-up rounding would send the wrong way.
     */
    static double round(double value) {
        return Math.round((value + EPSILON) * 10) / 10.0;
    }

    /** The score before rounding, clamped to 0..10. */
    static double unrounded(Map<String, String> defined) {
        Map<String, String> m = effective(defined);
        if (List.of("VC", "VI", "VA", "SC", "SI", "SA").stream().allMatch(name -> "N".equals(m.get(name)))) {
            return 0.0;
        }
        int[] eq = levels(m);
        double value = Cvss40Tables.score(macroVector(eq)).orElseThrow();
        double[] distances = distances(m, eq);
        double[] available = {
            value - lower(eq, 0), value - lower(eq, 1), value - lowerEq3Eq6(eq), value - lower(eq, 3),
            value - lower(eq, 4)};
        double[] proportions = {
            (distances[0] + distances[1] + distances[2]) / (Cvss40Tables.EQ1_DEPTH[eq[0]] * STEP),
            (distances[3] + distances[4]) / (Cvss40Tables.EQ2_DEPTH[eq[1]] * STEP),
            (distances[5] + distances[6] + distances[7] + distances[11] + distances[12] + distances[13])
                    / (Cvss40Tables.EQ3_EQ6_DEPTH[eq[2]][eq[5]] * STEP),
            (distances[8] + distances[9] + distances[10]) / (Cvss40Tables.EQ4_DEPTH[eq[3]] * STEP),
            0.0};
        int existing = 0;
        double sum = 0.0;
        for (int i = 0; i < available.length; i++) {
            if (!Double.isNaN(available[i])) {
                existing++;
                sum += available[i] * proportions[i];
            }
        }
        double mean = existing == 0 ? 0.0 : sum / existing;
        return Math.min(10.0, Math.max(0.0, value - mean));
    }

    /**
     * Computes the MacroVector of a parsed vector, all groups included.
     *
     * @param defined the defined metrics of a valid CVSS v4.0 vector
     * @return six digits, EQ1 to EQ6, for example {@code 000200}
     */
    public static String macroVector(Map<String, String> defined) {
        return macroVector(levels(effective(defined)));
    }

    private static String macroVector(int[] eq) {
        StringBuilder digits = new StringBuilder(6);
        for (int level : eq) {
            digits.append(level);
        }
        return digits.toString();
    }

    /** Resolves Not Defined: E to A, CR/IR/AR to H, and each base metric to its modified metric when defined. */
    private static Map<String, String> effective(Map<String, String> defined) {
        Map<String, String> m = new HashMap<>();
        for (String name : BASE_METRICS) {
            m.put(name, defined.getOrDefault("M" + name, defined.get(name)));
        }
        m.put("E", defined.getOrDefault("E", "A"));
        for (String name : List.of("CR", "IR", "AR")) {
            m.put(name, defined.getOrDefault(name, "H"));
        }
        return m;
    }

    private static int[] levels(Map<String, String> m) {
        boolean avN = is(m, "AV", "N");
        boolean prN = is(m, "PR", "N");
        boolean uiN = is(m, "UI", "N");
        int eq1 = avN && prN && uiN ? 0 : (avN || prN || uiN) && !is(m, "AV", "P") ? 1 : 2;
        int eq2 = is(m, "AC", "L") && is(m, "AT", "N") ? 0 : 1;
        int eq3 = is(m, "VC", "H") && is(m, "VI", "H") ? 0
                : is(m, "VC", "H") || is(m, "VI", "H") || is(m, "VA", "H") ? 1 : 2;
        int eq4 = is(m, "SI", "S") || is(m, "SA", "S") ? 0
                : is(m, "SC", "H") || is(m, "SI", "H") || is(m, "SA", "H") ? 1 : 2;
        int eq5 = is(m, "E", "A") ? 0 : is(m, "E", "P") ? 1 : 2;
        int eq6 = is(m, "CR", "H") && is(m, "VC", "H") || is(m, "IR", "H") && is(m, "VI", "H")
                || is(m, "AR", "H") && is(m, "VA", "H") ? 0 : 1;
        return new int[] {eq1, eq2, eq3, eq4, eq5, eq6};
    }

    private static boolean is(Map<String, String> m, String name, String value) {
        return value.equals(m.get(name));
    }

    /** The score of the MacroVector one level lower in one EQ, NaN when there is none. */
    private static double lower(int[] eq, int index) {
        int[] next = eq.clone();
        next[index]++;
        return scoreOrNaN(next);
    }

    /** EQ3 and EQ6 are lowered together: 11 to 21, 01 to 11, 10 to 11, 00 to the higher of 01 and 10. */
    private static double lowerEq3Eq6(int[] eq) {
        if (eq[2] == 0 && eq[5] == 0) {
            double left = lower(eq, 5);
            double right = lower(eq, 2);
            return left > right ? left : right;
        }
        if (eq[2] == 1 && eq[5] == 0) {
            return lower(eq, 5);
        }
        if (eq[2] == 2) {
            int[] next = eq.clone();
            next[2]++;
            next[5]++;
            return scoreOrNaN(next);
        }
        return lower(eq, 2);
    }

    private static double scoreOrNaN(int[] eq) {
        OptionalDouble score = Cvss40Tables.score(macroVector(eq));
        return score.isPresent() ? score.getAsDouble() : Double.NaN;
    }

    /**
     * The severity distances of the vector from the first highest-severity vector of its MacroVector that it does
     * not exceed in any metric (the last one tried if none qualifies, as in the reference), in
     * {@link #DISTANCE_METRICS} order.
     */
    private static double[] distances(Map<String, String> m, int[] eq) {
        double[] distances = new double[DISTANCE_METRICS.size()];
        for (Map<String, String> max : maxVectors(eq)) {
            boolean fits = true;
            for (int i = 0; i < distances.length; i++) {
                String name = DISTANCE_METRICS.get(i);
                distances[i] = SeverityLevels.level(name, m.get(name)) - SeverityLevels.level(name, max.get(name));
                fits &= distances[i] >= 0;
            }
            if (fits) {
                break;
            }
        }
        return distances;
    }

    /** The highest-severity vectors of a MacroVector, composed EQ by EQ in the reference's order. */
    private static List<Map<String, String>> maxVectors(int[] eq) {
        List<Map<String, String>> vectors = new ArrayList<>();
        for (Map<String, String> eq1 : Cvss40Tables.EQ1_MAX.get(eq[0])) {
            for (Map<String, String> eq2 : Cvss40Tables.EQ2_MAX.get(eq[1])) {
                for (Map<String, String> eq3 : Cvss40Tables.EQ3_EQ6_MAX.get(eq[2]).get(eq[5])) {
                    for (Map<String, String> eq4 : Cvss40Tables.EQ4_MAX.get(eq[3])) {
                        for (Map<String, String> eq5 : Cvss40Tables.EQ5_MAX.get(eq[4])) {
                            Map<String, String> vector = new HashMap<>(eq1);
                            vector.putAll(eq2);
                            vector.putAll(eq3);
                            vector.putAll(eq4);
                            vector.putAll(eq5);
                            vectors.add(vector);
                        }
                    }
                }
            }
        }
        return vectors;
    }
}
