// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.cvss;

import java.util.Map;

// The CVSS v3.1 equations of specification section 7 with the integer Roundup of Appendix A, kept out of the API.
/**
 * Computes CVSS v3.1 base, temporal and environmental scores.
 */
public final class Cvss31Calculator {

    /**
     * The three CVSS v3.1 scores of one vector.
     *
     * @param base the base score
     * @param temporal the temporal score (the base score when no temporal metric is defined)
     * @param environmental the environmental score
     */
    public record Scores(double base, double temporal, double environmental) {
    }

    private Cvss31Calculator() {
    }

    /**
     * Scores a parsed vector.
     *
     * @param defined the defined metrics of a valid CVSS v3.1 vector
     * @return the base, temporal and environmental scores
     */
    public static Scores score(Map<String, String> defined) {
        Metrics m = new Metrics(defined);
        boolean changed = "C".equals(m.get("S"));
        double iss = 1 - ((1 - cia(m.get("C"))) * (1 - cia(m.get("I"))) * (1 - cia(m.get("A"))));
        double impact = changed ? 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15) : 6.42 * iss;
        double exploitability = 8.22 * av(m.get("AV")) * ac(m.get("AC")) * pr(m.get("PR"), changed) * ui(m.get("UI"));
        double base = impact <= 0 ? 0.0 : roundUp(Math.min(scope(changed, impact + exploitability), 10));
        double temporal = roundUp(base * e(m.get("E")) * rl(m.get("RL")) * rc(m.get("RC")));
        return new Scores(base, temporal, environmental(m));
    }

    private static double environmental(Metrics m) {
        boolean changed = "C".equals(m.modified("S"));
        double miss = Math.min(1 - ((1 - req(m.get("CR")) * cia(m.modified("C")))
                * (1 - req(m.get("IR")) * cia(m.modified("I")))
                * (1 - req(m.get("AR")) * cia(m.modified("A")))), 0.915);
        double impact = changed
                ? 7.52 * (miss - 0.029) - 3.25 * Math.pow(miss * 0.9731 - 0.02, 13)
                : 6.42 * miss;
        if (impact <= 0) {
            return 0.0;
        }
        double exploitability = 8.22 * av(m.modified("AV")) * ac(m.modified("AC"))
                * pr(m.modified("PR"), changed) * ui(m.modified("UI"));
        double capped = roundUp(Math.min(scope(changed, impact + exploitability), 10));
        return roundUp(capped * e(m.get("E")) * rl(m.get("RL")) * rc(m.get("RC")));
    }

    /**
     * Rounds up to one decimal exactly as CVSS v3.1 Appendix A prescribes: through an integer of five decimals so
     * that binary floating-point noise such as {@code 4.000000000000001} does not round up to {@code 4.1}.
     *
     * @param value a non-negative value
     * @return the smallest one-decimal number that is equal to or higher than the value
     */
    public static double roundUp(double value) {
        long scaled = Math.round(value * 100_000);
        if (scaled % 10_000 == 0) {
            return scaled / 100_000.0;
        }
        return (Math.floorDiv(scaled, 10_000) + 1) / 10.0;
    }

    private static double scope(boolean changed, double sum) {
        return changed ? 1.08 * sum : sum;
    }

    private static double av(String v) {
        return switch (v) {
            case "N" -> 0.85;
            case "A" -> 0.62;
            case "L" -> 0.55;
            case "P" -> 0.2;
            default -> throw unexpected("AV", v);
        };
    }

    private static double ac(String v) {
        return switch (v) {
            case "L" -> 0.77;
            case "H" -> 0.44;
            default -> throw unexpected("AC", v);
        };
    }

    private static double pr(String v, boolean changed) {
        return switch (v) {
            case "N" -> 0.85;
            case "L" -> changed ? 0.68 : 0.62;
            case "H" -> changed ? 0.5 : 0.27;
            default -> throw unexpected("PR", v);
        };
    }

    private static double ui(String v) {
        return switch (v) {
            case "N" -> 0.85;
            case "R" -> 0.62;
            default -> throw unexpected("UI", v);
        };
    }

    private static double cia(String v) {
        return switch (v) {
            case "H" -> 0.56;
            case "L" -> 0.22;
            case "N" -> 0.0;
            default -> throw unexpected("C/I/A", v);
        };
    }

    private static double e(String v) {
        return switch (v) {
            case "X", "H" -> 1.0;
            case "F" -> 0.97;
            case "P" -> 0.94;
            case "U" -> 0.91;
            default -> throw unexpected("E", v);
        };
    }

    private static double rl(String v) {
        return switch (v) {
            case "X", "U" -> 1.0;
            case "W" -> 0.97;
            case "T" -> 0.96;
            case "O" -> 0.95;
            default -> throw unexpected("RL", v);
        };
    }

    private static double rc(String v) {
        return switch (v) {
            case "X", "C" -> 1.0;
            case "R" -> 0.96;
            case "U" -> 0.92;
            default -> throw unexpected("RC", v);
        };
    }

    private static double req(String v) {
        return switch (v) {
            case "X", "M" -> 1.0;
            case "H" -> 1.5;
            case "L" -> 0.5;
            default -> throw unexpected("CR/IR/AR", v);
        };
    }

    private static IllegalStateException unexpected(String metric, String value) {
        return new IllegalStateException("unexpected CVSS 3.1 " + metric + " value '" + value + "'");
    }

    /** Reads metric values with Not Defined resolved. */
    private record Metrics(Map<String, String> defined) {
        String get(String name) {
            return defined.getOrDefault(name, VectorGrammar.NOT_DEFINED);
        }

        /** The modified metric M{name} when defined, else the base metric. */
        String modified(String name) {
            return defined.getOrDefault("M" + name, get(name));
        }
    }
}
