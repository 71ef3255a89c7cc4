// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal;

import dev.isms.risk.RiskModelException;
import dev.isms.risk.RiskScore;
import dev.isms.risk.cvss.Cvss;
import dev.isms.risk.cvss.Cvss31;
import dev.isms.risk.cvss.Cvss40;
import dev.isms.risk.cvss.CvssException;
import dev.isms.risk.cvss.CvssSeverity;
import dev.isms.risk.cvss.CvssVersion;
import dev.isms.risk.spi.RiskScorer;
import dev.isms.risk.spi.ScoringRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The shared body of the two CVSS scorers, which differ only in the version they accept. */
public final class CvssScoring {
    /** The vector parameter both CVSS scorers read. */
    public static final String VECTOR = "vector";
    /** The optional parameter choosing the score: {@code base} (default) or {@code full}. */
    public static final String SCORE = "score";

    private CvssScoring() {
    }

    /**
     * Scores a request's vector.
     *
     * @param scorer the scorer, for id, version and parameter names
     * @param version the CVSS version the scorer accepts
     * @param request the request
     * @return the score: value = the base score, or with {@code score=full} the environmental score (3.1, which
     *         includes the temporal metrics) or the CVSS-BTE score (4.0); level = its severity, rank = its ordinal
     * @throws RiskModelException if the vector is missing, malformed or of another version
     */
    public static RiskScore score(RiskScorer scorer, CvssVersion version, ScoringRequest request) {
        Parameters p = Parameters.of(scorer, request);
        String vector = p.text(VECTOR);
        boolean full = p.has(SCORE) && p.choice(SCORE, List.of("BASE", "FULL")) == 1;
        Cvss cvss;
        try {
            cvss = Cvss.parse(vector);
        } catch (CvssException e) {
            throw new RiskModelException(scorer.id() + ": parameter 'vector' is not a valid CVSS vector: "
                    + e.getMessage(), e);
        }
        if (cvss.version() != version) {
            throw new RiskModelException(scorer.id() + ": parameter 'vector' must be a " + version.text()
                    + " vector but was '" + vector + "'");
        }
        double value = cvss.baseScore();
        String which = "base score";
        if (full && cvss instanceof Cvss31) {
            value = ((Cvss31) cvss).environmentalScore();
            which = "environmental score";
        } else if (full) {
            value = ((Cvss40) cvss).score();
            which = ((Cvss40) cvss).nomenclature() + " score";
        }
        CvssSeverity severity = CvssSeverity.of(value);
        String level = severity.name();
        return new RiskScore(scorer.id(), scorer.version(), request.parameters(), Optional.empty(), value, level,
                severity.ordinal(), "CVSS " + version.text() + " " + which + " " + value + " ("
                        + level.toLowerCase(Locale.ROOT) + ") of " + cvss.vector());
    }
}
