// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.method;

import dev.isms.risk.internal.method.OwaspVector;
import dev.isms.risk.spi.MethodRequest;
import dev.isms.risk.spi.ScoringRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A typed request for the OWASP Risk Rating Methodology ({@link OwaspScorer}): a rating's sixteen (or twelve, when
 * the business impact is unknown) factors.
 *
 * <pre>{@code
 * RiskScore s = engine.score(OwaspRequest.of(OwaspRiskRating.parse("SL:6/M:7/O:7/S:9/ED:7/EE:5/A:6/ID:8/LC:9/...")));
 * }</pre>
 *
 * @param rating the rating, not null
 * @since 0.2
 */
public record OwaspRequest(OwaspRiskRating rating) implements MethodRequest {

    /**
     * Validates the component.
     *
     * @param rating not null
     */
    public OwaspRequest {
        Objects.requireNonNull(rating, "rating");
    }

    /**
     * Creates a request.
     *
     * @param rating the rating, not null
     * @return the request
     */
    public static OwaspRequest of(OwaspRiskRating rating) {
        return new OwaspRequest(rating);
    }

    /** {@return {@value OwaspScorer#ID}} */
    @Override
    public String methodId() {
        return OwaspScorer.ID;
    }

    /** {@return one parameter per factor, named by its abbreviation, valued 0..9} */
    @Override
    public ScoringRequest toScoringRequest() {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, OwaspVector.LIKELIHOOD, rating.likelihoodFactors().values());
        put(p, OwaspVector.TECHNICAL, rating.technicalImpact().values());
        rating.businessImpact().ifPresent(b -> put(p, OwaspVector.BUSINESS, b.values()));
        return ScoringRequest.of(p);
    }

    private static void put(Map<String, String> into, List<String> names, List<Integer> values) {
        for (int i = 0; i < names.size(); i++) {
            into.put(names.get(i), Integer.toString(values.get(i)));
        }
    }
}
