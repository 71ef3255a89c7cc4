// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.method;

import dev.isms.risk.RiskModelException;
import dev.isms.risk.RiskScore;
import dev.isms.risk.internal.Parameters;
import dev.isms.risk.internal.method.OwaspVector;
import dev.isms.risk.spi.RiskScorer;
import dev.isms.risk.spi.ScoringRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The OWASP Risk Rating Methodology ({@code owasp-rr}) as a {@link RiskScorer}; the arithmetic is
 * {@link OwaspRiskRating}'s.
 *
 * <p>Parameters, named by the OWASP calculator vector's abbreviations, each an integer 0..9: likelihood
 * {@code SL} (skill level), {@code M} (motive), {@code O} (opportunity), {@code S} (size), {@code ED} (ease of
 * discovery), {@code EE} (ease of exploit), {@code A} (awareness), {@code ID} (intrusion detection); technical
 * impact {@code LC}, {@code LI}, {@code LAV}, {@code LAC} (loss of confidentiality, integrity, availability,
 * accountability); all mandatory. Business impact {@code FD} (financial damage), {@code RD} (reputation damage),
 * {@code NC} (non-compliance), {@code PV} (privacy violation): all four or none; when given, the business impact
 * is used instead of the technical impact. No criteria are needed.
 *
 * <p>The score's level is the overall severity's name ({@code NOTE, LOW, MEDIUM, HIGH, CRITICAL}); its value and
 * rank are the severity's rank, 0 for NOTE to 4 for CRITICAL. The explanation gives the likelihood and impact
 * averages and their levels. Thread-safe and stateless.
 *
 * @since 0.1
 */
public final class OwaspScorer implements RiskScorer {
    /** The method id. */
    public static final String ID = "owasp-rr";
    /** The implementation version. */
    public static final String VERSION = "1";

    private static final Set<String> NAMES = Set.copyOf(OwaspVector.ALL);

    /** Creates the scorer (also used by {@link java.util.ServiceLoader}). */
    public OwaspScorer() {
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

    /**
     * {@return the sixteen factor abbreviations {@code SL, M, O, S, ED, EE, A, ID, LC, LI, LAV, LAC, FD, RD, NC,
     * PV}}
     */
    @Override
    public Set<String> parameterNames() {
        return NAMES;
    }

    @Override
    public RiskScore score(ScoringRequest request) {
        Parameters p = Parameters.of(this, request);
        Map<String, Integer> ratings = new HashMap<>();
        read(p, OwaspVector.LIKELIHOOD, ratings);
        read(p, OwaspVector.TECHNICAL, ratings);
        List<String> business = new ArrayList<>();
        for (String name : OwaspVector.BUSINESS) {
            if (p.has(name)) {
                business.add(name);
            }
        }
        if (!business.isEmpty() && business.size() != OwaspVector.BUSINESS.size()) {
            throw new RiskModelException(ID + ": business impact parameters " + OwaspVector.BUSINESS
                    + " must be given all or none but only " + business + " were given");
        }
        read(p, business, ratings);
        OwaspRiskRating r = OwaspRiskRating.from(ratings);
        int rank = r.severity().ordinal();
        return new RiskScore(ID, VERSION, request.parameters(), Optional.empty(), rank, r.severity().name(), rank,
                explain(r));
    }

    private static void read(Parameters p, List<String> names, Map<String, Integer> into) {
        for (String name : names) {
            into.put(name, p.integer(name, OwaspVector.MIN, OwaspVector.MAX));
        }
    }

    private static String explain(OwaspRiskRating r) {
        String technical = "technical impact " + number(r.technicalImpact().score()) + " "
                + OwaspRiskRating.level(r.technicalImpact().score());
        String impact = r.businessImpact().map(b -> technical + "; business impact " + number(b.score()) + " "
                + OwaspRiskRating.level(b.score()) + " (used)").orElse(technical + " (used; business impact unknown)");
        return "likelihood " + number(r.likelihood()) + " " + r.likelihoodLevel() + "; " + impact
                + "; overall severity " + r.severity();
    }

    private static String number(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
