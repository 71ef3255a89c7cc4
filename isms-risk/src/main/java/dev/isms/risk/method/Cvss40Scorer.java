// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.method;

import dev.isms.risk.RiskScore;
import dev.isms.risk.cvss.CvssVersion;
import dev.isms.risk.internal.CvssScoring;
import dev.isms.risk.spi.RiskScorer;
import dev.isms.risk.spi.ScoringRequest;
import java.util.Set;

/**
 * CVSS v4.0 scoring as a risk method ({@code cvss-4.0}), for vulnerability severity: the value is FIRST's base
 * score (0.0..10.0) of the {@code vector} parameter, or with {@code score=full} its CVSS-BTE score (threat and environmental metrics applied), and the level is that
 * score's severity (NONE..CRITICAL). Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class Cvss40Scorer implements RiskScorer {
    /** The method id. */
    public static final String ID = "cvss-4.0";

    /** Creates the scorer (also used by {@link java.util.ServiceLoader}). */
    public Cvss40Scorer() {
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
     * {@return {@code vector}: a CVSS v4.0 vector string; {@code score} (optional): {@code base} (default) or
     * {@code full}, the score with all the vector's metrics}
     */
    @Override
    public Set<String> parameterNames() {
        return Set.of(CvssScoring.VECTOR, CvssScoring.SCORE);
    }

    @Override
    public RiskScore score(ScoringRequest request) {
        return CvssScoring.score(this, CvssVersion.V4_0, request);
    }
}
