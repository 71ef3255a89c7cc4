// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.cvss;

import java.util.Map;

// The per-metric severity levels of FIRST's CVSS v4.0 calculator (AV_levels, PR_levels, ...), used for distances.
/**
 * The severity level of each metric value; 0.0 is the most severe, each step less severe adds 0.1.
 */
final class SeverityLevels {
    /** Levels by metric, then value, exactly the reference's decimal literals. */
    private static final Map<String, Map<String, Double>> LEVELS = Map.ofEntries(
            Map.entry("AV", Map.of("N", 0.0, "A", 0.1, "L", 0.2, "P", 0.3)),
            Map.entry("PR", Map.of("N", 0.0, "L", 0.1, "H", 0.2)),
            Map.entry("UI", Map.of("N", 0.0, "P", 0.1, "A", 0.2)),
            Map.entry("AC", Map.of("L", 0.0, "H", 0.1)),
            Map.entry("AT", Map.of("N", 0.0, "P", 0.1)),
            Map.entry("VC", Map.of("H", 0.0, "L", 0.1, "N", 0.2)),
            Map.entry("VI", Map.of("H", 0.0, "L", 0.1, "N", 0.2)),
            Map.entry("VA", Map.of("H", 0.0, "L", 0.1, "N", 0.2)),
            Map.entry("SC", Map.of("H", 0.1, "L", 0.2, "N", 0.3)),
            Map.entry("SI", Map.of("S", 0.0, "H", 0.1, "L", 0.2, "N", 0.3)),
            Map.entry("SA", Map.of("S", 0.0, "H", 0.1, "L", 0.2, "N", 0.3)),
            Map.entry("CR", Map.of("H", 0.0, "M", 0.1, "L", 0.2)),
            Map.entry("IR", Map.of("H", 0.0, "M", 0.1, "L", 0.2)),
            Map.entry("AR", Map.of("H", 0.0, "M", 0.1, "L", 0.2)));

    private SeverityLevels() {
    }

    static double level(String metric, String value) {
        Double level = LEVELS.get(metric).get(value);
        if (level == null) {
            throw new IllegalStateException("no CVSS 4.0 severity level for " + metric + ":" + value);
        }
        return level;
    }
}
