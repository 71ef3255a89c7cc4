// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.method;

import dev.isms.core.asset.ConsequenceCategory;
import dev.isms.risk.RiskScenario;
import dev.isms.risk.criteria.RiskCriteria;
import dev.isms.risk.spi.MethodRequest;
import dev.isms.risk.spi.ScoringRequest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A typed request for the ISO/IEC 27005 risk matrix ({@link MatrixScorer}): the criteria, a likelihood level and a
 * consequence level per category, checked against the criteria's scales when the request is made.
 *
 * <pre>{@code
 * RiskScore s = engine.score(MatrixRequest.of(criteria, 4, Map.of(CONFIDENTIALITY, 5, AVAILABILITY, 3)));
 * RiskScore inherent = engine.score(MatrixRequest.from(criteria, scenario));
 * }</pre>
 *
 * @param criteria the risk criteria, not null
 * @param likelihood the likelihood level, 1..the criteria's likelihood levels
 * @param consequences the consequence level per category, at least one, each within that category's scale; sorted,
 *        unmodifiable
 * @since 0.2
 */
public record MatrixRequest(RiskCriteria criteria, int likelihood, Map<ConsequenceCategory, Integer> consequences)
        implements MethodRequest {

    /**
     * Validates the levels against the criteria and copies the consequences.
     *
     * @param criteria not null
     * @param likelihood 1..the criteria's likelihood levels
     * @param consequences at least one category, each level within its scale
     * @throws IllegalArgumentException naming the level, its range and the value
     */
    public MatrixRequest {
        Objects.requireNonNull(criteria, "criteria");
        if (likelihood < 1 || likelihood > criteria.likelihood().size()) {
            throw new IllegalArgumentException("matrix request likelihood must be 1.." + criteria.likelihood().size()
                    + " but was " + likelihood);
        }
        Map<ConsequenceCategory, Integer> sorted = new TreeMap<>();
        for (Map.Entry<ConsequenceCategory, Integer> e : consequences.entrySet()) {
            ConsequenceCategory c = Objects.requireNonNull(e.getKey(), "category");
            int level = Objects.requireNonNull(e.getValue(), "consequence");
            int max = criteria.consequence(c).size();
            if (level < 1 || level > max) {
                throw new IllegalArgumentException("matrix request consequence for " + c + " must be 1.." + max
                        + " but was " + level);
            }
            sorted.put(c, level);
        }
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("matrix request must have a consequence in at least one category");
        }
        consequences = Collections.unmodifiableMap(sorted);
    }

    /**
     * Creates a request.
     *
     * @param criteria the criteria, not null
     * @param likelihood 1..the criteria's likelihood levels
     * @param consequences the level per category, such as {@code Map.of(CONFIDENTIALITY, 5)}; at least one
     * @return the request
     * @throws IllegalArgumentException if a level is outside its scale
     */
    public static MatrixRequest of(RiskCriteria criteria, int likelihood,
            Map<ConsequenceCategory, Integer> consequences) {
        return new MatrixRequest(criteria, likelihood, consequences);
    }

    /**
     * Creates a request for a scenario's inherent levels.
     *
     * @param criteria the criteria, not null
     * @param scenario the scenario, not null
     * @return the request for its likelihood and consequences
     * @throws IllegalArgumentException if a level is outside the criteria's scales
     */
    public static MatrixRequest from(RiskCriteria criteria, RiskScenario scenario) {
        return new MatrixRequest(criteria, scenario.likelihood(), scenario.consequences());
    }

    /** {@return {@value MatrixScorer#ID}} */
    @Override
    public String methodId() {
        return MatrixScorer.ID;
    }

    /** {@return {@code likelihood} and one {@code consequence.<category>} per category, with the criteria} */
    @Override
    public ScoringRequest toScoringRequest() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put(MatrixScorer.LIKELIHOOD, Integer.toString(likelihood));
        consequences.forEach((c, level) -> p.put(MatrixScorer.CONSEQUENCE_PREFIX + c.id(), Integer.toString(level)));
        return ScoringRequest.of(p, criteria);
    }
}
