// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.cvss;

import dev.isms.risk.internal.cvss.Grammars;
import java.util.Map;
import java.util.Objects;

/**
 * A parsed CVSS vector with its scores: a {@link Cvss31} or a {@link Cvss40}.
 *
 * <p>Scores are FIRST's, to the last decimal: v3.1 with the equations of the specification and the integer Roundup
 * of its Appendix A; v4.0 with the MacroVector lookup table and severity-distance interpolation of FIRST's reference
 * calculator, rounded half up to one decimal as it does.
 *
 * <pre>{@code
 * Cvss cvss = Cvss.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
 * cvss.baseScore();   // 9.8
 * cvss.severity();    // CRITICAL
 * }</pre>
 *
 * @since 0.1
 */
public sealed interface Cvss permits Cvss31, Cvss40 {

    /**
     * Parses a CVSS v3.1 or v4.0 vector string, chosen by its {@code CVSS:3.1/} or {@code CVSS:4.0/} prefix.
     *
     * <p>Metrics may appear in any order; each at most once; every base metric is mandatory; optional metrics may be
     * given as {@code X} (Not Defined), which is the same as leaving them out. Names and values are case-sensitive.
     *
     * @param vector the vector string, not null
     * @return the parsed vector with its scores
     * @throws CvssException if the text is empty, has another prefix or version, or has an unknown, duplicate,
     *         missing or malformed metric or a value its metric does not allow
     */
    static Cvss parse(String vector) {
        Objects.requireNonNull(vector, "vector");
        if (vector.equals("CVSS:3.1") || vector.startsWith("CVSS:3.1/")) {
            return Cvss31.parse(vector);
        }
        if (vector.equals("CVSS:4.0") || vector.startsWith("CVSS:4.0/")) {
            return Cvss40.parse(vector);
        }
        throw Grammars.unsupported(vector);
    }

    /**
     * {@return the CVSS version of this vector}
     */
    CvssVersion version();

    /**
     * {@return the base score, 0.0..10.0 with one decimal}
     */
    double baseScore();

    /**
     * {@return the qualitative severity of the base score}
     */
    default CvssSeverity severity() {
        return CvssSeverity.of(baseScore());
    }

    /**
     * Returns the canonical vector string: the prefix, then every defined metric in specification order; optional
     * metrics that are Not Defined ({@code X}) are left out.
     *
     * @return the canonical vector, which {@link #parse(String)} reads back into an equal value
     */
    String vector();

    /**
     * Returns the value of one metric.
     *
     * @param name the metric abbreviation of this version, for example {@code AV} or {@code MSI}
     * @return the value abbreviation, {@code X} when an optional metric is not defined
     * @throws IllegalArgumentException if this CVSS version has no metric of that name
     */
    String metric(String name);

    /**
     * {@return the defined metrics (values other than {@code X}) in specification order, unmodifiable}
     */
    Map<String, String> metrics();
}
