// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.method;

import dev.isms.core.TextParseException;
import dev.isms.core.internal.Checks;
import dev.isms.risk.RiskModelException;
import dev.isms.risk.RiskScore;
import dev.isms.risk.internal.Parameters;
import dev.isms.risk.method.Nist80030.Level;
import dev.isms.risk.spi.RiskScorer;
import dev.isms.risk.spi.ScoringRequest;
import java.util.Optional;
import java.util.Set;

/**
 * NIST SP 800-30 Rev. 1 ({@code nist-800-30}) as a {@link RiskScorer}: overall likelihood by Table G-5, level of
 * risk by Table I-2; the tables are {@link Nist80030}'s.
 *
 * <p>Parameters, each a level name ({@code Very Low, Low, Moderate, High, Very High}, any case, blanks,
 * {@code _} or {@code -} between words) or a semi-quantitative integer 0..100 mapped by its range:
 * <ul>
 * <li>exactly one of {@code initiation} (likelihood of adversarial threat event initiation, Table G-2) and
 * {@code occurrence} (likelihood of non-adversarial threat event occurrence, Table G-3);</li>
 * <li>{@code adverse-impact-likelihood}: likelihood that the threat event results in adverse impacts (Table G-4);
 * </li>
 * <li>{@code impact}: level of impact (Table H-3).</li>
 * </ul>
 * No criteria are needed.
 *
 * <p>The score's level is the level of risk in the published wording (such as {@code "Moderate"}), its rank the
 * level's position (0 Very Low to 4 Very High), and its value the level's representative semi-quantitative value
 * on the 0–100 scale, ten times Table I-3's 0–10 value: 0, 20, 50, 80 or 100. Thread-safe and stateless.
 *
 * @since 0.1
 */
public final class Nist80030Scorer implements RiskScorer {
    /** The method id. */
    public static final String ID = "nist-800-30";
    /** The implementation version. */
    public static final String VERSION = "1";
    /** The parameter holding the likelihood of adversarial threat event initiation (Table G-2). */
    public static final String INITIATION = "initiation";
    /** The parameter holding the likelihood of non-adversarial threat event occurrence (Table G-3). */
    public static final String OCCURRENCE = "occurrence";
    /** The parameter holding the likelihood that the threat event results in adverse impacts (Table G-4). */
    public static final String ADVERSE_IMPACT_LIKELIHOOD = "adverse-impact-likelihood";
    /** The parameter holding the level of impact (Table H-3). */
    public static final String IMPACT = "impact";

    private static final String RULE = "a level name [Very Low, Low, Moderate, High, Very High] or an integer 0..100";

    /** Creates the scorer (also used by {@link java.util.ServiceLoader}). */
    public Nist80030Scorer() {
        // stateless
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return VERSION;
    }

    /** {@return {@code initiation}, {@code occurrence}, {@code adverse-impact-likelihood} and {@code impact}} */
    @Override
    public Set<String> parameterNames() {
        return Set.of(INITIATION, OCCURRENCE, ADVERSE_IMPACT_LIKELIHOOD, IMPACT);
    }

    @Override
    public RiskScore score(ScoringRequest request) {
        Parameters p = Parameters.of(this, request);
        if (p.has(INITIATION) == p.has(OCCURRENCE)) {
            throw new RiskModelException(ID + ": exactly one of parameters '" + INITIATION + "' (adversarial) and '"
                    + OCCURRENCE + "' (non-adversarial) must be given but " + (p.has(INITIATION) ? "both were"
                    : "neither was"));
        }
        String first = p.has(INITIATION) ? INITIATION : OCCURRENCE;
        Level initiation = level(p, first);
        Level adverse = level(p, ADVERSE_IMPACT_LIKELIHOOD);
        Level impact = level(p, IMPACT);
        Level likelihood = Nist80030.overallLikelihood(initiation, adverse);
        Level risk = Nist80030.risk(likelihood, impact);
        String why = first + " " + initiation + ", adverse impact likelihood " + adverse + " -> overall likelihood "
                + likelihood + " (Table G-5); impact " + impact + " -> level of risk " + risk + " (Table I-2), "
                + risk.min() + "-" + risk.max() + " semi-quantitative (Table I-3)";
        return new RiskScore(ID, VERSION, request.parameters(), Optional.empty(), risk.representativeValue(),
                risk.toString(), risk.ordinal(), why);
    }

    private static Level level(Parameters p, String name) {
        String text = p.text(name);
        try {
            return Level.parse(text);
        } catch (TextParseException e) {
            throw new RiskModelException(ID + ": parameter '" + name + "' must be " + RULE + " but was "
                    + Checks.quote(text), e);
        }
    }
}
