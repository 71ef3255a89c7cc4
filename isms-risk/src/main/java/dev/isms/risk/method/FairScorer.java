// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.method;

import dev.isms.risk.RiskModelException;
import dev.isms.risk.RiskScore;
import dev.isms.risk.criteria.RiskCriteria;
import dev.isms.risk.criteria.Scale;
import dev.isms.risk.criteria.ScaleLevel;
import dev.isms.risk.fair.Distribution;
import dev.isms.risk.fair.FairScenario;
import dev.isms.risk.fair.FairSimulation;
import dev.isms.risk.fair.FairVulnerability;
import dev.isms.risk.fair.LossSummary;
import dev.isms.risk.internal.Numbers;
import dev.isms.risk.internal.Parameters;
import dev.isms.risk.internal.fair.ScenarioBounds;
import dev.isms.risk.spi.RiskScorer;
import dev.isms.risk.spi.ScoringRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Open FAIR as a risk method ({@code fair}): one scenario simulated with {@link FairSimulation} from a fixed seed,
 * so the score can be recomputed bit for bit. The value is the mean annual loss (annualised loss exposure).
 *
 * <p>Parameters: {@code tef} (threat events per year, at least 0), {@code vulnerability} (probability 0..1) and
 * {@code loss} (primary loss per event, at least 0), each a beta-PERT {@code "min,mode,max"}; optionally
 * {@code loss.lognormal90} {@code "low,high"} instead of {@code loss}, {@code secondary.probability} and
 * {@code secondary.loss} (PERT, both or neither), {@code years} (1..{@value FairSimulation#MAX_YEARS}, default
 * {@value FairSimulation#DEFAULT_YEARS}; a request holds about 80 bytes per year, so at most about 80 MB),
 * {@code appetite} (a loss per year), and the mandatory {@code seed} (an integer).
 *
 * <p>Numbers are plain ASCII decimals: an optional {@code '-'}, digits, optionally {@code '.'} and digits,
 * optionally an exponent such as {@code e6} ({@code 0.5}, {@code 40000}, {@code 2.5e6}); {@code years} and
 * {@code seed} are integers (digits, optionally after {@code '-'}). Lists separate numbers by commas, with spaces
 * allowed next to a comma only. Anything else ({@code "+3"}, {@code " 3"}, {@code "５"}, {@code "5d"},
 * {@code "0x1p3"}, {@code "NaN"}) is rejected, as are estimates whose losses could exceed
 * {@link FairScenario#MAX_LOSS} (see {@link FairScenario}).
 *
 * <p>Level: with risk criteria whose consequence scale has numeric ranges, the consequence level holding the mean
 * annual loss (by {@link Scale#levelFor(double)}: a loss below the first range is the first level, at or above the
 * last range's end the last level); otherwise, with an appetite, {@code WITHIN_APPETITE} or
 * {@code EXCEEDS_APPETITE} (the P90 annual loss against the appetite); otherwise {@code QUANTITATIVE}. Stateless
 * and thread-safe; for many scenarios, a portfolio or progress reporting use {@link FairSimulation} directly.
 *
 * @since 0.1
 */
public final class FairScorer implements RiskScorer {
    /** The method id. */
    public static final String ID = "fair";

    private static final String PERT = "a PERT 'min,mode,max' (three plain decimal numbers such as 0.5,2,1e3)";
    private static final String INTERVAL = "a 90 % interval 'low,high' (two plain decimal numbers such as"
            + " 1000,2.5e6), 0 < low < high";
    private static final Distribution ZERO = Distribution.constant(0);

    /** Creates the scorer (also used by {@link java.util.ServiceLoader}). */
    public FairScorer() {
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

    @Override
    public Set<String> parameterNames() {
        return Set.of("tef", "vulnerability", "loss", "loss.lognormal90", "secondary.probability", "secondary.loss",
                "years", "appetite", "seed");
    }

    @Override
    public RiskScore score(ScoringRequest request) {
        Parameters p = Parameters.of(this, request);
        FairScenario scenario = scenario(p);
        FairSimulation.Builder b = FairSimulation.builder().scenario(scenario)
                .years(p.has("years") ? p.integer("years", 1, FairSimulation.MAX_YEARS) : FairSimulation.DEFAULT_YEARS);
        if (p.has("appetite")) {
            b.appetite(p.decimal("appetite", 0, Double.MAX_VALUE));
        }
        long seed = p.longInteger("seed", Numbers.INTEGER);
        LossSummary s = b.build().run(seed).scenario(0);
        return level(request, p, s);
    }

    private static FairScenario scenario(Parameters p) {
        if (p.has("loss") == p.has("loss.lognormal90")) {
            throw new RiskModelException(ID + ": give exactly one of the parameters 'loss' and 'loss.lognormal90'");
        }
        String lossName = p.has("loss") ? "loss" : "loss.lognormal90";
        Distribution loss = p.has("loss") ? p.parsedWithReason("loss", nonNegative(), PERT + ", at least 0")
                : p.parsedWithReason("loss.lognormal90", FairScorer::logNormal, INTERVAL);
        Distribution tef = p.parsedWithReason("tef", nonNegative(), PERT + " of events per year, at least 0");
        Distribution v = p.parsedWithReason("vulnerability", probability(), PERT + " within 0..1");
        Distribution slef = ZERO;
        Distribution sl = ZERO;
        if (p.has("secondary.probability") || p.has("secondary.loss")) {
            slef = p.parsedWithReason("secondary.probability", probability(), PERT + " within 0..1");
            sl = p.parsedWithReason("secondary.loss", nonNegative(), PERT + ", at least 0");
        }
        FairVulnerability vulnerability = FairVulnerability.direct(v);
        try {
            ScenarioBounds.check(List.of("tef", "vulnerability", lossName, "secondary.probability", "secondary.loss"),
                    tef, vulnerability, loss, slef, sl);
            return FairScenario.of("scenario", tef, vulnerability, loss).withSecondaryLoss(slef, sl);
        } catch (IllegalArgumentException e) {
            throw new RiskModelException(ID + ": " + e.getMessage(), e);
        }
    }

    private RiskScore level(ScoringRequest request, Parameters p, LossSummary s) {
        String why = String.format(Locale.ROOT, "Open FAIR, %s: mean annual loss %.2f, P50 %.2f, P90 %.2f, P99 %.2f",
                request.parameters().getOrDefault("years", Integer.toString(FairSimulation.DEFAULT_YEARS))
                        + " simulated years", s.mean(), s.p50(), s.p90(), s.p99());
        Optional<RiskCriteria> criteria = request.criteria();
        if (criteria.isPresent() && criteria.get().consequence().isRanged()) {
            ScaleLevel l = criteria.get().consequence().levelFor(s.mean());
            return new RiskScore(ID, version(), request.parameters(), Optional.of(criteria.get().reference()),
                    s.mean(), l.name(), l.value() - 1, why + "; consequence level " + l.name());
        }
        if (p.has("appetite")) {
            boolean within = s.p90() <= p.decimal("appetite", 0, Double.MAX_VALUE);
            return new RiskScore(ID, version(), request.parameters(), Optional.empty(), s.mean(),
                    within ? "WITHIN_APPETITE" : "EXCEEDS_APPETITE", within ? 0 : 1, why
                            + String.format(Locale.ROOT, "; P(annual loss > appetite) = %.4f", s.appetiteExceedance()));
        }
        return new RiskScore(ID, version(), request.parameters(), Optional.empty(), s.mean(), "QUANTITATIVE", 0, why);
    }

    private static Distribution pert(String text) {
        double[] v = Numbers.parseDecimals(text, 3);
        return Distribution.pert(v[0], v[1], v[2]);
    }

    private static Distribution logNormal(String text) {
        double[] v = Numbers.parseDecimals(text, 2);
        return Distribution.logNormal90(v[0], v[1]);
    }

    private static Function<String, Distribution> nonNegative() {
        return text -> {
            Distribution d = pert(text);
            if (d.lowerBound() < 0) {
                throw new IllegalArgumentException("negative lower bound " + d.lowerBound());
            }
            return d;
        };
    }

    private static Function<String, Distribution> probability() {
        return text -> {
            Distribution d = pert(text);
            if (d.lowerBound() < 0 || d.upperBound() > 1) {
                throw new IllegalArgumentException("support leaves [0, 1]");
            }
            return d;
        };
    }
}
