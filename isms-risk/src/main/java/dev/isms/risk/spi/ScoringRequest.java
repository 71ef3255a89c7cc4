// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.spi;

import dev.isms.risk.criteria.RiskCriteria;
import dev.isms.risk.internal.Parameters;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link RiskScorer} is asked to score: named parameters (as text, so scores can record and replay them)
 * and, for methods that use them, the organisation's risk criteria.
 *
 * @param parameters parameter name to value, sorted by name; unmodifiable
 * @param criteria the risk criteria, or empty
 * @since 0.1
 */
public record ScoringRequest(Map<String, String> parameters, Optional<RiskCriteria> criteria) {

    /**
     * Validates and copies the components.
     *
     * @param parameters not null, no null names or values
     * @param criteria not null
     */
    public ScoringRequest {
        parameters = Parameters.sorted(parameters);
        Objects.requireNonNull(criteria, "criteria");
    }

    /**
     * Creates a request without criteria.
     *
     * @param parameters the parameters, not null
     * @return the request
     */
    public static ScoringRequest of(Map<String, String> parameters) {
        return new ScoringRequest(parameters, Optional.empty());
    }

    /**
     * Creates a request with criteria.
     *
     * @param parameters the parameters, not null
     * @param criteria the criteria, not null
     * @return the request
     */
    public static ScoringRequest of(Map<String, String> parameters, RiskCriteria criteria) {
        return new ScoringRequest(parameters, Optional.of(criteria));
    }
}
