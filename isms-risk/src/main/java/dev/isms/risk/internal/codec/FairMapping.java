// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.codec;

import dev.isms.catalog.internal.codec.records.At;
import dev.isms.catalog.internal.codec.records.Keys;
import dev.isms.core.internal.Checks;
import dev.isms.risk.fair.BetaPert;
import dev.isms.risk.fair.Constant;
import dev.isms.risk.fair.Distribution;
import dev.isms.risk.fair.ExceedancePoint;
import dev.isms.risk.fair.FairResult;
import dev.isms.risk.fair.FairScenario;
import dev.isms.risk.fair.FairVulnerability;
import dev.isms.risk.fair.LogNormal;
import dev.isms.risk.fair.LossSummary;
import dev.isms.risk.fair.PertVariant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.DoubleFunction;

// Maps FAIR scenarios and results to their DTOs and back. A distribution is written by its type ("constant" with
// value, "pert" with min, mode, max, lambda and variant, "lognormal" with mu and sigma); the rules of a record (a
// PERT's order, a probability's range, a summary's monotone percentiles) are its own, reported at its pointer.
final class FairMapping {
    static final String SCENARIOS = "isms-fair-scenarios";
    static final String RESULT = "isms-fair-result";

    private FairMapping() {
    }

    static FairScenarioDto toDto(FairScenario s) {
        FairVulnerabilityDto v;
        if (s.vulnerability() instanceof FairVulnerability.Direct) {
            v = new FairVulnerabilityDto(toDto(((FairVulnerability.Direct) s.vulnerability()).probability()), null,
                    null);
        } else {
            FairVulnerability.Contest c = (FairVulnerability.Contest) s.vulnerability();
            v = new FairVulnerabilityDto(null, toDto(c.threatCapability()), toDto(c.resistanceStrength()));
        }
        return new FairScenarioDto(Checks.notBlank(s.name(), "name"), toDto(s.threatEventFrequency()), v,
                toDto(s.primaryLoss()), toDto(s.secondaryEventProbability()), toDto(s.secondaryLoss()));
    }

    private static DistributionDto toDto(Distribution d) {
        if (d instanceof Constant) {
            return new DistributionDto("constant", ((Constant) d).value(), null, null, null, null, null, null, null);
        }
        if (d instanceof BetaPert) {
            BetaPert p = (BetaPert) d;
            return new DistributionDto("pert", null, p.min(), p.mode(), p.max(), p.lambda(), Keys.key(p.variant()),
                    null, null);
        }
        LogNormal l = (LogNormal) d;
        return new DistributionDto("lognormal", null, null, null, null, null, null, l.mu(), l.sigma());
    }

    /** {@return the scenario}, or null after reporting its problems */
    static FairScenario toScenario(FairScenarioDto d, At at) {
        String name = at.name(d.name(), "name");
        Distribution tef = distribution(d.threatEventFrequency(), at, "threatEventFrequency");
        FairVulnerability v = d.vulnerability() == null ? null : vulnerability(d.vulnerability(),
                at.field("vulnerability"));
        Distribution primary = distribution(d.primaryLoss(), at, "primaryLoss");
        Distribution sep = distribution(d.secondaryEventProbability(), at, "secondaryEventProbability");
        Distribution secondary = distribution(d.secondaryLoss(), at, "secondaryLoss");
        if ((sep == null) != (secondary == null) && at.clean()) {
            at.add("must have both secondaryEventProbability and secondaryLoss, or neither");
        }
        if (!at.clean() || name == null || tef == null || v == null || primary == null) {
            return null;
        }
        return at.build(() -> sep == null ? FairScenario.of(name, tef, v, primary)
                : new FairScenario(name, tef, v, primary, sep, secondary));
    }

    private static FairVulnerability vulnerability(FairVulnerabilityDto d, At at) {
        boolean direct = d.probability() != null;
        if (direct == (d.threatCapability() != null || d.resistanceStrength() != null)) {
            at.add("must have either 'probability' or 'threatCapability' and 'resistanceStrength'");
            return null;
        }
        if (direct) {
            Distribution p = distribution(d.probability(), at, "probability");
            return p == null ? null : at.build(() -> FairVulnerability.direct(p));
        }
        Distribution tc = distribution(d.threatCapability(), at, "threatCapability");
        Distribution rs = distribution(d.resistanceStrength(), at, "resistanceStrength");
        if (tc == null || rs == null) {
            if (at.clean()) {
                at.add("must have both 'threatCapability' and 'resistanceStrength'");
            }
            return null;
        }
        return at.build(() -> FairVulnerability.contest(tc, rs));
    }

    /** {@return the distribution of a member}, null if absent or after reporting its problems */
    private static Distribution distribution(DistributionDto d, At parent, String member) {
        if (d == null) {
            return null;
        }
        At at = parent.field(member);
        String type = at.name(d.type(), "type");
        if (type == null) {
            return null;
        }
        switch (type) {
            case "constant":
                return only(at, d, "value") ? number(d.value(), at, "value", v -> Constant.of(v)) : null;
            case "lognormal":
                if (!only(at, d, "mu", "sigma")) {
                    return null;
                }
                Double mu = required(d.mu(), at, "mu");
                Double sigma = required(d.sigma(), at, "sigma");
                return mu == null || sigma == null ? null : at.build(() -> new LogNormal(mu, sigma));
            case "pert":
                return only(at, d, "min", "mode", "max", "lambda", "variant") ? pert(d, at) : null;
            default:
                at.field("type").add("must be one of constant, pert, lognormal but was " + Checks.quote(type));
                return null;
        }
    }

    private static Distribution pert(DistributionDto d, At at) {
        Double min = required(d.min(), at, "min");
        Double mode = required(d.mode(), at, "mode");
        Double max = required(d.max(), at, "max");
        Double lambda = d.lambda() == null ? Double.valueOf(BetaPert.DEFAULT_LAMBDA) : required(d.lambda(), at,
                "lambda");
        PertVariant variant = d.variant() == null ? PertVariant.CLASSIC : at.key(PertVariant.class, d.variant(),
                "variant");
        if (min == null || mode == null || max == null || lambda == null || variant == null) {
            return null;
        }
        return at.build(() -> new BetaPert(min, mode, max, lambda, variant));
    }

    private static Distribution number(Double value, At at, String member, DoubleFunction<Distribution> make) {
        Double v = required(value, at, member);
        return v == null ? null : at.build(() -> make.apply(v));
    }

    private static Double required(Double value, At at, String member) {
        if (value == null) {
            at.field(member).add("is required but is missing or null");
            return null;
        }
        return NumberChecks.finite(value, at, member);
    }

    /** Reports each parameter present that the type does not take. */
    private static boolean only(At at, DistributionDto d, String... allowed) {
        List<String> ok = List.of(allowed);
        Object[] values = {d.value(), d.min(), d.mode(), d.max(), d.lambda(), d.variant(), d.mu(), d.sigma()};
        String[] names = {"value", "min", "mode", "max", "lambda", "variant", "mu", "sigma"};
        boolean clean = true;
        for (int i = 0; i < names.length; i++) {
            if (values[i] != null && !ok.contains(names[i])) {
                at.field(names[i]).add("is not a parameter of a " + Checks.quote(d.type()) + " distribution, which"
                        + " takes " + ok);
                clean = false;
            }
        }
        return clean;
    }

    static FairResultDto toDto(FairResult r) {
        List<LossSummaryDto> scenarios = new ArrayList<>(r.scenarios().size());
        for (LossSummary s : r.scenarios()) {
            scenarios.add(toDto(s));
        }
        return new FairResultDto(r.seed(), r.years(), toDto(r.portfolio()), scenarios);
    }

    private static LossSummaryDto toDto(LossSummary s) {
        List<PointDto> curve = new ArrayList<>(s.exceedanceCurve().size());
        for (ExceedancePoint p : s.exceedanceCurve()) {
            curve.add(new PointDto(p.loss(), p.probability()));
        }
        return new LossSummaryDto(s.mean(), s.min(), s.max(), s.p10(), s.p50(), s.p90(), s.p95(), s.p99(),
                s.appetiteExceedance(), curve.isEmpty() ? null : curve);
    }

    /** {@return the result}, or null after reporting its problems */
    static FairResult toResult(FairResultDto d, At at) {
        Integer years = NumberChecks.atLeast(d.years(), 1, at, "years");
        LossSummary portfolio = d.portfolio() == null ? null : summary(d.portfolio(), at.field("portfolio"));
        List<LossSummary> scenarios = each(d.scenarios(), at, "scenarios", FairMapping::summary);
        if (d.scenarios() != null && d.scenarios().isEmpty()) {
            at.field("scenarios").add("must list at least one scenario's summary");
        }
        if (!at.clean() || years == null || portfolio == null || d.seed() == null) {
            return null;
        }
        return at.build(() -> new FairResult(scenarios, portfolio, d.seed(), years));
    }

    private static LossSummary summary(LossSummaryDto d, At at) {
        Double[] values = {d.mean(), d.min(), d.max(), d.p10(), d.p50(), d.p90(), d.p95(), d.p99(),
            d.appetiteExceedance()};
        String[] names = {"mean", "min", "max", "p10", "p50", "p90", "p95", "p99", "appetiteExceedance"};
        double[] v = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            Double x = NumberChecks.finite(values[i], at, names[i]);
            v[i] = x == null ? Double.NaN : x;
        }
        List<ExceedancePoint> curve = each(d.exceedanceCurve(), at, "exceedanceCurve", (p, item) -> {
            Double loss = NumberChecks.finite(p.loss(), item, "loss");
            Double probability = NumberChecks.between(p.probability(), 0, 1, item, "probability");
            return loss == null || probability == null ? null : item.build(() -> new ExceedancePoint(loss,
                    probability));
        });
        if (!at.clean()) {
            return null;
        }
        return at.build(() -> new LossSummary(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], curve, v[8]));
    }

    /**
     * {@return the items of a list member mapped at their pointers}; equal items may repeat. A null item (which Bean
     * Validation reported) and an item that maps to null (whose problems are reported) are left out: the document
     * is refused either way.
     */
    private static <D, T> List<T> each(List<D> dtos, At at, String member, BiFunction<D, At, T> map) {
        List<T> out = new ArrayList<>();
        if (dtos != null) {
            At list = at.field(member);
            for (int i = 0; i < dtos.size(); i++) {
                T t = dtos.get(i) == null ? null : map.apply(dtos.get(i), list.index(i));
                if (t != null) {
                    out.add(t);
                }
            }
        }
        return out;
    }
}
