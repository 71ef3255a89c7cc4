package dev.isms.risk.method;

import dev.isms.risk.RiskScore;
import dev.isms.risk.cvss.CvssVersion;
import dev.isms.risk.internal.CvssScoring;
import dev.isms.risk.spi.RiskScorer;
import dev.isms.risk.spi.ScoringRequest;
import java.util.Set;

/**
 * CVSS v3.1 base scoring as a risk method ({@code cvss-3.1}), for vulnerability severity: the value is FIRST's
 * base score (0.0..10.0) of the {@code vector} parameter and the level its severity (NONE..CRITICAL). For the
 * other scores of a vector use {@link dev.isms.risk.cvss.Cvss} directly. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class Cvss31Scorer implements RiskScorer {
    /** The method id. */
    public static final String ID = "cvss-3.1";

    /** Creates the scorer (also used by {@link java.util.ServiceLoader}). */
    public Cvss31Scorer() {
        // stateless
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return "1";
    }

    /** {@return {@code vector}: a CVSS v3.1 vector string} */
    @Override
    public Set<String> parameterNames() {
        return Set.of(CvssScoring.VECTOR);
    }

    @Override
    public RiskScore score(ScoringRequest request) {
        return CvssScoring.score(this, CvssVersion.V3_1, request);
    }
}
