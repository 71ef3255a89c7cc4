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
import dev.isms.risk.internal.Parameters;
import dev.isms.risk.spi.RiskScorer;
import dev.isms.risk.spi.ScoringRequest;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Open FAIR as a risk method ({@code fair}): one scenario simulated with {@link FairSimulation} from a fixed seed,
 * so the score can be recomputed bit for bit. The value is the mean annual loss (annualised loss exposure).
 *
 * <p>Parameters: {@code tef} (threat events per year), {@code vulnerability} (probability 0..1) and {@code loss}
 * (primary loss per event), each a beta-PERT {@code "min,mode,max"}; optionally {@code loss.lognormal90}
 * {@code "low,high"} instead of {@code loss}, {@code secondary.probability} and {@code secondary.loss} (PERT),
 * {@code years} (default 10000), {@code appetite} (a loss per year), and the mandatory {@code seed}.
 *
 * <p>Level: with risk criteria whose consequence scale has numeric ranges, the consequence level holding the mean
 * annual loss; otherwise, with an appetite, {@code WITHIN_APPETITE} or {@code EXCEEDS_APPETITE} (the P90 annual
 * loss against the appetite); otherwise {@code QUANTITATIVE}. Stateless and thread-safe; for many scenarios, a
 * portfolio or progress reporting use {@link FairSimulation} directly.
 *
 * @since 0.1
 */
public final class FairScorer implements RiskScorer {
    /** The method id. */
    public static final String ID = "fair";

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
        if (p.has("loss") == p.has("loss.lognormal90")) {
            throw new RiskModelException(ID + ": give exactly one of the parameters 'loss' and 'loss.lognormal90'");
        }
        Distribution loss = p.has("loss") ? p.parsed("loss", FairScorer::pert, "a PERT 'min,mode,max'")
                : p.parsed("loss.lognormal90", FairScorer::logNormal, "a 90 % interval 'low,high'");
        Distribution tef = p.parsed("tef", FairScorer::pert, "a PERT 'min,mode,max' of events per year");
        FairVulnerability vulnerability = p.parsed("vulnerability", text -> FairVulnerability.direct(pert(text)),
                "a PERT 'min,mode,max' within 0..1");
        FairScenario scenario;
        try {
            scenario = FairScenario.of("scenario", tef, vulnerability, loss);
            if (p.has("secondary.probability") || p.has("secondary.loss")) {
                scenario = scenario.withSecondaryLoss(p.parsed("secondary.probability", FairScorer::pert,
                        "a PERT 'min,mode,max' within 0..1"), p.parsed("secondary.loss", FairScorer::pert,
                        "a PERT 'min,mode,max'"));
            }
        } catch (IllegalArgumentException e) {
            throw new RiskModelException(ID + ": " + e.getMessage(), e);
        }
        FairSimulation.Builder b = FairSimulation.builder().scenario(scenario)
                .years(p.has("years") ? p.integer("years", 1, 10_000_000) : FairSimulation.DEFAULT_YEARS);
        if (p.has("appetite")) {
            b.appetite(p.decimal("appetite", 0, Double.MAX_VALUE));
        }
        long seed = p.parsed("seed", Long::parseLong, "an integer");
        LossSummary s = b.build().run(seed).scenario(0);
        return level(request, p, s);
    }

    private RiskScore level(ScoringRequest request, Parameters p, LossSummary s) {
        String why = String.format(Locale.ROOT, "Open FAIR, %s: mean annual loss %.2f, P50 %.2f, P90 %.2f, P99 %.2f",
                request.parameters().getOrDefault("years", Integer.toString(FairSimulation.DEFAULT_YEARS))
                        + " simulated years", s.mean(), s.p50(), s.p90(), s.p99());
        Optional<RiskCriteria> criteria = request.criteria();
        if (criteria.isPresent() && criteria.get().consequence().level(1).lower().isPresent()) {
            Scale scale = criteria.get().consequence();
            ScaleLevel l = scale.levelFor(Math.min(s.mean(), scale.level(scale.size()).upper().getAsDouble()));
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
        double[] v = numbers(text, 3);
        return Distribution.pert(v[0], v[1], v[2]);
    }

    private static Distribution logNormal(String text) {
        double[] v = numbers(text, 2);
        return Distribution.logNormal90(v[0], v[1]);
    }

    private static double[] numbers(String text, int count) {
        String[] parts = text.split(",", -1);
        if (parts.length != count) {
            throw new IllegalArgumentException("expected " + count + " comma-separated numbers");
        }
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = Double.parseDouble(parts[i].trim());
        }
        return out;
    }
}
