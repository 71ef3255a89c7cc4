// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.cvss;

import static dev.isms.risk.internal.cvss.MetricSpec.mandatory;
import static dev.isms.risk.internal.cvss.MetricSpec.optional;

import dev.isms.core.internal.Checks;
import dev.isms.risk.cvss.CvssException;
import java.util.List;

// The metric tables of CVSS v3.1 (specification table 15) and v4.0 (specification table 23), in specification order.
/**
 * The grammars of the supported CVSS versions.
 */
public final class Grammars {
    /** CVSS v3.1: eight mandatory base metrics, then temporal and environmental metrics. */
    public static final VectorGrammar CVSS_3_1 = new VectorGrammar("3.1", List.of(
            mandatory("AV", "N", "A", "L", "P"), mandatory("AC", "L", "H"), mandatory("PR", "N", "L", "H"),
            mandatory("UI", "N", "R"), mandatory("S", "U", "C"), mandatory("C", "H", "L", "N"),
            mandatory("I", "H", "L", "N"), mandatory("A", "H", "L", "N"),
            optional("E", "X", "H", "F", "P", "U"), optional("RL", "X", "U", "W", "T", "O"),
            optional("RC", "X", "C", "R", "U"),
            optional("CR", "X", "H", "M", "L"), optional("IR", "X", "H", "M", "L"), optional("AR", "X", "H", "M", "L"),
            optional("MAV", "X", "N", "A", "L", "P"), optional("MAC", "X", "L", "H"),
            optional("MPR", "X", "N", "L", "H"), optional("MUI", "X", "N", "R"), optional("MS", "X", "U", "C"),
            optional("MC", "X", "N", "L", "H"), optional("MI", "X", "N", "L", "H"),
            optional("MA", "X", "N", "L", "H")));

    /** CVSS v4.0: eleven mandatory base metrics, then threat, environmental and supplemental metrics. */
    public static final VectorGrammar CVSS_4_0 = new VectorGrammar("4.0", List.of(
            mandatory("AV", "N", "A", "L", "P"), mandatory("AC", "L", "H"), mandatory("AT", "N", "P"),
            mandatory("PR", "N", "L", "H"), mandatory("UI", "N", "P", "A"),
            mandatory("VC", "H", "L", "N"), mandatory("VI", "H", "L", "N"), mandatory("VA", "H", "L", "N"),
            mandatory("SC", "H", "L", "N"), mandatory("SI", "H", "L", "N"), mandatory("SA", "H", "L", "N"),
            optional("E", "X", "A", "P", "U"),
            optional("CR", "X", "H", "M", "L"), optional("IR", "X", "H", "M", "L"), optional("AR", "X", "H", "M", "L"),
            optional("MAV", "X", "N", "A", "L", "P"), optional("MAC", "X", "L", "H"), optional("MAT", "X", "N", "P"),
            optional("MPR", "X", "N", "L", "H"), optional("MUI", "X", "N", "P", "A"),
            optional("MVC", "X", "H", "L", "N"), optional("MVI", "X", "H", "L", "N"),
            optional("MVA", "X", "H", "L", "N"), optional("MSC", "X", "H", "L", "N"),
            optional("MSI", "X", "S", "H", "L", "N"), optional("MSA", "X", "S", "H", "L", "N"),
            optional("S", "X", "N", "P"), optional("AU", "X", "N", "Y"), optional("R", "X", "A", "U", "I"),
            optional("V", "X", "D", "C"), optional("RE", "X", "L", "M", "H"),
            optional("U", "X", "Clear", "Green", "Amber", "Red")));

    private Grammars() {
    }

    /**
     * Builds the error for a text that starts with neither supported prefix.
     *
     * @param vector the rejected text, not null
     * @return the exception to throw, naming the empty input, the missing prefix or the unsupported version
     */
    public static CvssException unsupported(String vector) {
        if (vector.isEmpty()) {
            return new CvssException(vector, 0, "must not be empty");
        }
        if (vector.startsWith("CVSS:")) {
            int slash = vector.indexOf('/');
            String version = slash < 0 ? vector.substring(5) : vector.substring(5, slash);
            return new CvssException(vector, 5, "must start with 'CVSS:3.1/' or 'CVSS:4.0/' (unsupported CVSS"
                    + " version " + Checks.quote(version) + ")");
        }
        return new CvssException(vector, 0, "must start with 'CVSS:3.1/' or 'CVSS:4.0/'");
    }
}
