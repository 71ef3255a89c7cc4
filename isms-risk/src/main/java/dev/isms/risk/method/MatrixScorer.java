// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.method;

import dev.isms.core.asset.ConsequenceCategory;
import dev.isms.core.internal.Checks;
import dev.isms.risk.RiskModelException;
import dev.isms.risk.RiskScore;
import dev.isms.risk.criteria.RiskCriteria;
import dev.isms.risk.internal.Parameters;
import dev.isms.risk.spi.RiskScorer;
import dev.isms.risk.spi.ScoringRequest;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The ISO/IEC 27005 risk matrix ({@code iso27005-matrix}): the risk level is the criteria's matrix cell for the
 * likelihood level and the consequence level, judged per consequence category; the scenario's level is the
 * highest over its categories.
 *
 * <p>Parameters: {@code likelihood} (1..n of the criteria's likelihood scale) and one or more
 * {@code consequence.<category>} (1..m of that category's consequence scale), for example
 * {@code consequence.confidentiality=4}. Needs {@link RiskCriteria}. The score's value is the rank of the level
 * (0 lowest) and its level the level's name.
 *
 * <p>For bulk scoring without building requests, {@link #level(RiskCriteria, int, ConsequenceCategory, int)} is a
 * single array look-up. Thread-safe and stateless.
 *
 * @since 0.1
 */
public final class MatrixScorer implements RiskScorer {
    /** The method id. */
    public static final String ID = "iso27005-matrix";
    /** The parameter holding the likelihood level. */
    public static final String LIKELIHOOD = "likelihood";
    /** The prefix of the parameters holding a consequence level per category. */
    public static final String CONSEQUENCE_PREFIX = "consequence.";

    /** Creates the scorer (also used by {@link java.util.ServiceLoader}). */
    public MatrixScorer() {
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
     * {@return {@code likelihood} and {@code consequence.confidentiality|integrity|availability}} Other
     * categories are accepted too: any {@code consequence.<category>} name is valid.
     */
    @Override
    public Set<String> parameterNames() {
        return Set.of(LIKELIHOOD, CONSEQUENCE_PREFIX + "confidentiality", CONSEQUENCE_PREFIX + "integrity",
                CONSEQUENCE_PREFIX + "availability");
    }

    @Override
    public RiskScore score(ScoringRequest request) {
        RiskCriteria criteria = request.criteria().orElseThrow(() -> new RiskModelException(ID
                + ": needs risk criteria but the request has none"));
        checkNames(request);
        Parameters p = Parameters.unchecked(ID, request);
        int likelihood = p.integer(LIKELIHOOD, 1, criteria.likelihood().size());
        int best = -1;
        StringBuilder why = new StringBuilder("likelihood ").append(criteria.likelihood().level(likelihood).name());
        for (Map.Entry<String, String> e : request.parameters().entrySet()) {
            if (!e.getKey().startsWith(CONSEQUENCE_PREFIX)) {
                continue;
            }
            ConsequenceCategory category = category(e.getKey());
            int max = criteria.consequence(category).size();
            int consequence = p.integer(e.getKey(), 1, max);
            int rank = criteria.level(likelihood, category, consequence);
            why.append("; ").append(category.id()).append(' ')
                    .append(criteria.consequence(category).level(consequence).name()).append(" -> ")
                    .append(criteria.riskLevels().get(rank));
            best = Math.max(best, rank);
        }
        if (best < 0) {
            throw new RiskModelException(ID + ": missing mandatory parameter 'consequence.<category>' (at least one)");
        }
        String level = criteria.riskLevels().get(best);
        return new RiskScore(ID, version(), request.parameters(), Optional.of(criteria.reference()), best,
                level, best, why.append("; highest: ").append(level).toString());
    }

    /**
     * Looks up one risk level without building a request: the fast path for bulk scoring.
     *
     * @param criteria the criteria, not null
     * @param likelihood the likelihood level
     * @param category the consequence category, not null
     * @param consequence the consequence level
     * @return the risk level's rank, 0 lowest
     * @throws IllegalArgumentException if a level is out of range
     */
    public static int level(RiskCriteria criteria, int likelihood, ConsequenceCategory category, int consequence) {
        return criteria.level(likelihood, category, consequence);
    }

    private static void checkNames(ScoringRequest request) {
        for (String name : request.parameters().keySet()) {
            if (!name.equals(LIKELIHOOD) && !name.startsWith(CONSEQUENCE_PREFIX)) {
                throw new RiskModelException(ID + ": unknown parameter " + Checks.quote(name) + "; known parameters are "
                        + "[likelihood, consequence.<category>]");
            }
        }
    }

    private static ConsequenceCategory category(String name) {
        try {
            return ConsequenceCategory.of(name.substring(CONSEQUENCE_PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new RiskModelException(ID + ": parameter " + Checks.quote(name) + " names no valid category: "
                    + e.getMessage(), e);
        }
    }
}
