// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.method;

import dev.isms.core.TextParseException;
import dev.isms.risk.internal.method.OwaspVector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A risk rated with the OWASP Risk Rating Methodology (owasp.org, "OWASP Risk Rating Methodology", repeatable
 * method): the likelihood is the average of the eight likelihood factors, the impact the average of the four
 * business impact factors when they are known and otherwise of the four technical ones; each 0..9 score is LOW
 * (0 to &lt;3), MEDIUM (3 to &lt;6) or HIGH (6 to 9), and the two levels give the overall risk severity.
 *
 * <p>The text form is the OWASP calculator vector, such as
 * {@code SL:5/M:2/O:7/S:1/ED:3/EE:6/A:9/ID:2/LC:9/LI:7/LAV:5/LAC:8/FD:1/RD:2/NC:1/PV:5}; the business part
 * {@code FD/RD/NC/PV} is left out when unknown. {@link #parse(String)} reads what {@link #toString()} writes.
 *
 * @param likelihoodFactors the eight likelihood factors, not null
 * @param technicalImpact the four technical impact factors, not null
 * @param businessImpact the four business impact factors, or empty when the business impact is not known
 * @since 0.1
 */
public record OwaspRiskRating(OwaspLikelihoodFactors likelihoodFactors, OwaspTechnicalImpact technicalImpact,
        Optional<OwaspBusinessImpact> businessImpact) {

    /** The likelihood and impact levels of the methodology's step 4, lowest first. */
    public enum Level {
        /** A score from 0 to less than 3. */
        LOW,
        /** A score from 3 to less than 6. */
        MEDIUM,
        /** A score from 6 to 9. */
        HIGH
    }

    /** The overall risk severities of the methodology's step 4, lowest first. */
    public enum Severity {
        /** Low likelihood and low impact. */
        NOTE,
        /** The second lowest severity. */
        LOW,
        /** The middle severity. */
        MEDIUM,
        /** The second highest severity. */
        HIGH,
        /** High likelihood and high impact. */
        CRITICAL
    }

    /** "Overall Risk Severity" table of the methodology's step 4, {@code [likelihood][impact]}. */
    private static final List<List<Severity>> SEVERITY = List.of(
            List.of(Severity.NOTE, Severity.LOW, Severity.MEDIUM),     // likelihood LOW
            List.of(Severity.LOW, Severity.MEDIUM, Severity.HIGH),     // likelihood MEDIUM
            List.of(Severity.MEDIUM, Severity.HIGH, Severity.CRITICAL)); // likelihood HIGH

    /**
     * Validates the components.
     *
     * @param likelihoodFactors not null
     * @param technicalImpact not null
     * @param businessImpact not null; empty when unknown
     */
    public OwaspRiskRating {
        Objects.requireNonNull(likelihoodFactors, "likelihoodFactors");
        Objects.requireNonNull(technicalImpact, "technicalImpact");
        Objects.requireNonNull(businessImpact, "businessImpact");
    }

    /**
     * Rates a risk whose business impact is not known, so the technical impact is used.
     *
     * @param likelihood the likelihood factors, not null
     * @param technical the technical impact factors, not null
     * @return the rating
     */
    public static OwaspRiskRating of(OwaspLikelihoodFactors likelihood, OwaspTechnicalImpact technical) {
        return new OwaspRiskRating(likelihood, technical, Optional.empty());
    }

    /**
     * Rates a risk whose business impact is known, so it is used instead of the technical impact.
     *
     * @param likelihood the likelihood factors, not null
     * @param technical the technical impact factors, not null
     * @param business the business impact factors, not null
     * @return the rating
     */
    public static OwaspRiskRating of(OwaspLikelihoodFactors likelihood, OwaspTechnicalImpact technical,
            OwaspBusinessImpact business) {
        return new OwaspRiskRating(likelihood, technical, Optional.of(business));
    }

    /**
     * Reads the OWASP calculator vector: the twelve likelihood and technical impact ratings {@code SL, M, O, S,
     * ED, EE, A, ID, LC, LI, LAV, LAC} and optionally all four business ratings {@code FD, RD, NC, PV}, each 0..9,
     * in any order, optionally in parentheses.
     *
     * @param vector such as {@code (SL:5/M:2/O:7/S:1/ED:3/EE:6/A:9/ID:2/LC:9/LI:7/LAV:5/LAC:8)}, not null
     * @return the rating
     * @throws TextParseException if a part is malformed, unknown or repeated, a rating is outside 0..9, a
     *         mandatory rating is missing, or only some business ratings are given; its error index is the offending
     *         part's (the text's length for a missing rating)
     */
    public static OwaspRiskRating parse(String vector) {
        Map<String, Integer> v = OwaspVector.parse(vector);
        List<String> missing = new ArrayList<>();
        for (String key : OwaspVector.LIKELIHOOD) {
            if (!v.containsKey(key)) {
                missing.add(key);
            }
        }
        for (String key : OwaspVector.TECHNICAL) {
            if (!v.containsKey(key)) {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            throw new TextParseException(OwaspVector.WHAT, vector, vector.length(), "must give " + missing);
        }
        long business = OwaspVector.BUSINESS.stream().filter(v::containsKey).count();
        if (business != 0 && business != OwaspVector.BUSINESS.size()) {
            throw new TextParseException(OwaspVector.WHAT, vector, vector.length(), "must give all or none of "
                    + OwaspVector.BUSINESS);
        }
        return from(v);
    }

    /** Builds a rating from checked ratings by abbreviation; business factors are used if FD is present. */
    static OwaspRiskRating from(Map<String, Integer> v) {
        OwaspLikelihoodFactors l = new OwaspLikelihoodFactors(v.get("SL"), v.get("M"), v.get("O"), v.get("S"),
                v.get("ED"), v.get("EE"), v.get("A"), v.get("ID"));
        OwaspTechnicalImpact t = new OwaspTechnicalImpact(v.get("LC"), v.get("LI"), v.get("LAV"), v.get("LAC"));
        if (!v.containsKey("FD")) {
            return of(l, t);
        }
        return of(l, t, new OwaspBusinessImpact(v.get("FD"), v.get("RD"), v.get("NC"), v.get("PV")));
    }

    /** {@return the overall likelihood, the average of the eight likelihood factors, 0..9} */
    public double likelihood() {
        return likelihoodFactors.score();
    }

    /** {@return the impact used for the severity: the business impact if known, else the technical, 0..9} */
    public double impact() {
        return businessImpact.map(OwaspBusinessImpact::score).orElse(technicalImpact.score());
    }

    /** {@return the likelihood's level} */
    public Level likelihoodLevel() {
        return level(likelihood());
    }

    /** {@return the impact's level} */
    public Level impactLevel() {
        return level(impact());
    }

    /** {@return the overall risk severity from the likelihood and impact levels} */
    public Severity severity() {
        return severity(likelihoodLevel(), impactLevel());
    }

    /**
     * Classifies a likelihood or impact score: 0 to &lt;3 LOW, 3 to &lt;6 MEDIUM, 6 to 9 HIGH.
     *
     * @param score 0..9
     * @return the level
     * @throws IllegalArgumentException if the score is not within 0..9
     */
    public static Level level(double score) {
        if (!(score >= OwaspVector.MIN && score <= OwaspVector.MAX)) {
            throw new IllegalArgumentException("OWASP score must be 0..9 but was " + score);
        }
        return score < 3 ? Level.LOW : score < 6 ? Level.MEDIUM : Level.HIGH;
    }

    /**
     * Looks up the overall risk severity in the methodology's "Overall Risk Severity" table.
     *
     * @param likelihood the likelihood level, not null
     * @param impact the impact level, not null
     * @return the severity, from NOTE (both LOW) to CRITICAL (both HIGH)
     */
    public static Severity severity(Level likelihood, Level impact) {
        return SEVERITY.get(likelihood.ordinal()).get(impact.ordinal());
    }

    /** {@return the OWASP calculator vector, with the business part only when it is known} */
    @Override
    public String toString() {
        String s = OwaspVector.format(OwaspVector.LIKELIHOOD, likelihoodFactors.values()) + "/"
                + OwaspVector.format(OwaspVector.TECHNICAL, technicalImpact.values());
        return businessImpact.map(b -> s + "/" + OwaspVector.format(OwaspVector.BUSINESS, b.values())).orElse(s);
    }
}
