// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.spi;

/**
 * A typed request for one scoring method: the inputs as Java values (levels, a parsed CVSS vector, a FAIR scenario),
 * turned into the text parameters the method's {@link RiskScorer} reads and a score records.
 *
 * <p>The built-in methods have one each in {@code dev.isms.risk.method} ({@code MatrixRequest},
 * {@code CvssRequest}, {@code OwaspRequest}, {@code Nist80030Request}, {@code FairRequest}); a plug-in may offer
 * its own. {@code RiskEngine.score(request)} scores it with the method it names.
 *
 * @since 0.2
 */
public interface MethodRequest {

    /** {@return the id of the method that scores this request, such as {@code "iso27005-matrix"}} */
    String methodId();

    /**
     * {@return the request as text parameters (and criteria, when the method uses them), exactly what a stored score
     * records; the same typed request always gives an equal request}
     */
    ScoringRequest toScoringRequest();
}
