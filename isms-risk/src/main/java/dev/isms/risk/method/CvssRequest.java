// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.method;

import dev.isms.risk.cvss.Cvss;
import dev.isms.risk.cvss.CvssVersion;
import dev.isms.risk.internal.CvssScoring;
import dev.isms.risk.spi.MethodRequest;
import dev.isms.risk.spi.ScoringRequest;
import java.util.Map;
import java.util.Objects;

/**
 * A typed request for CVSS scoring ({@link Cvss31Scorer} or {@link Cvss40Scorer}, chosen by the vector's version):
 * a parsed vector and which of its scores to use.
 *
 * <pre>{@code
 * RiskScore base = engine.score(CvssRequest.of(vulnerability.cvss().orElseThrow()));
 * RiskScore environmental = engine.score(CvssRequest.full(Cvss.parse("CVSS:3.1/AV:N/.../CR:H")));
 * }</pre>
 *
 * @param cvss the parsed vector, not null
 * @param score which score: the base score, or the full score with every metric of the vector
 * @since 0.2
 */
public record CvssRequest(Cvss cvss, Score score) implements MethodRequest {

    /** Which score of a vector a request asks for. */
    public enum Score {
        /** The base score (the default). */
        BASE,
        /** With every metric of the vector: the environmental score (3.1) or the CVSS-BTE score (4.0). */
        FULL
    }

    /**
     * Validates the components.
     *
     * @param cvss not null
     * @param score not null
     */
    public CvssRequest {
        Objects.requireNonNull(cvss, "cvss");
        Objects.requireNonNull(score, "score");
    }

    /**
     * Creates a request for a vector's base score.
     *
     * @param cvss the parsed vector, not null
     * @return the request
     */
    public static CvssRequest of(Cvss cvss) {
        return new CvssRequest(cvss, Score.BASE);
    }

    /**
     * Creates a request for a vector's full score: environmental (3.1) or CVSS-BTE (4.0).
     *
     * @param cvss the parsed vector, not null
     * @return the request
     */
    public static CvssRequest full(Cvss cvss) {
        return new CvssRequest(cvss, Score.FULL);
    }

    /** {@return {@value Cvss31Scorer#ID} or {@value Cvss40Scorer#ID}, by the vector's version} */
    @Override
    public String methodId() {
        return cvss.version() == CvssVersion.V3_1 ? Cvss31Scorer.ID : Cvss40Scorer.ID;
    }

    /** {@return {@code vector}, the canonical vector, and {@code score=full} for the full score} */
    @Override
    public ScoringRequest toScoringRequest() {
        return ScoringRequest.of(score == Score.BASE ? Map.of(CvssScoring.VECTOR, cvss.vector())
                : Map.of(CvssScoring.VECTOR, cvss.vector(), CvssScoring.SCORE, "full"));
    }
}
