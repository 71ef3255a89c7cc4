// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.spi;

import dev.isms.risk.RiskScore;
import java.util.Set;

/**
 * A risk scoring method, such as the ISO/IEC 27005 matrix, the OWASP Risk Rating Methodology or NIST SP 800-30.
 *
 * <p>Implementations are discovered with {@link java.util.ServiceLoader} (a module {@code provides
 * dev.isms.risk.spi.RiskScorer with ...}, or a {@code META-INF/services} entry) and selected by {@link #id()}, or
 * passed to {@code RiskEngine.builder().scorer(...)} directly. They must be stateless and thread-safe, and have a
 * public no-argument constructor when discovered.
 *
 * <p>A scorer reads its inputs from the request's named parameters, so that every {@link RiskScore} carries the
 * exact inputs and can be recomputed later: the same id, version, parameters and criteria must give an equal score.
 *
 * @since 0.1
 */
public interface RiskScorer {

    /**
     * {@return the method's id, unique among scorers, such as {@code "owasp-rr"}}
     */
    String id();

    /**
     * {@return the implementation's version; change it whenever the same inputs could give a different score}
     */
    String version();

    /**
     * {@return the names of the parameters the method reads; any other name in a request is an error} A method
     * whose names follow a pattern (the matrix's {@code consequence.<category>}) lists the common ones and
     * documents the pattern.
     */
    Set<String> parameterNames();

    /**
     * Scores one risk.
     *
     * @param request the parameters and, for methods that need them, the risk criteria; not null
     * @return the score, recording this method's id and version and the request's parameters
     * @throws dev.isms.risk.RiskModelException if a parameter is missing, unknown or out of range (the message
     *         names it, its value and the rule), or the method needs criteria and none were given
     */
    RiskScore score(ScoringRequest request);

    /**
     * {@return the priority deciding which of two scorers with the same id is used; higher wins, default 0}
     */
    default int priority() {
        return 0;
    }
}
