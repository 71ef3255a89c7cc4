package dev.isms.risk.internal;

import dev.isms.risk.RiskModelException;
import dev.isms.risk.RiskScore;
import dev.isms.risk.cvss.Cvss;
import dev.isms.risk.cvss.CvssException;
import dev.isms.risk.cvss.CvssVersion;
import dev.isms.risk.spi.RiskScorer;
import dev.isms.risk.spi.ScoringRequest;
import java.util.Locale;
import java.util.Optional;

/** The shared body of the two CVSS scorers, which differ only in the version they accept. */
public final class CvssScoring {
    /** The one parameter both CVSS scorers read. */
    public static final String VECTOR = "vector";

    private CvssScoring() {
    }

    /**
     * Scores a request's vector.
     *
     * @param scorer the scorer, for id, version and parameter names
     * @param version the CVSS version the scorer accepts
     * @param request the request
     * @return the score: value = base score, level = severity, rank = severity ordinal
     * @throws RiskModelException if the vector is missing, malformed or of another version
     */
    public static RiskScore score(RiskScorer scorer, CvssVersion version, ScoringRequest request) {
        String vector = Parameters.of(scorer, request).text(VECTOR);
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
        String level = cvss.severity().name();
        return new RiskScore(scorer.id(), scorer.version(), request.parameters(), Optional.empty(), cvss.baseScore(),
                level, cvss.severity().ordinal(), "CVSS " + version.text() + " base score " + cvss.baseScore()
                        + " (" + level.toLowerCase(Locale.ROOT) + ") of " + cvss.vector());
    }
}
