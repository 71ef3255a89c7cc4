// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.method;

import dev.isms.risk.RiskScore;
import dev.isms.risk.cvss.CvssVersion;
import dev.isms.risk.internal.CvssScoring;
import dev.isms.risk.spi.RiskScorer;
import dev.isms.risk.spi.ScoringRequest;
import java.util.Set;

/**
 * CVSS v3.1 scoring as a risk method ({@code cvss-3.1}), for vulnerability severity: the value is FIRST's base
 * score (0.0..10.0) of the {@code vector} parameter, or with {@code score=full} its environmental score (which includes the temporal metrics), and the level is that
 * score's severity (NONE..CRITICAL). Stateless and thread-safe.
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

    /**
     * {@return {@code vector}: a CVSS v3.1 vector string; {@code score} (optional): {@code base} (default) or
     * {@code full}, the score with all the vector's metrics}
     */
    @Override
    public Set<String> parameterNames() {
        return Set.of(CvssScoring.VECTOR, CvssScoring.SCORE);
    }

    @Override
    public RiskScore score(ScoringRequest request) {
        return CvssScoring.score(this, CvssVersion.V3_1, request);
    }
}
