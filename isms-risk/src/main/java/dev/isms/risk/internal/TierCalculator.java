// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal;

import dev.isms.core.asset.AssetType;
import dev.isms.core.asset.ConsequenceCategory;
import dev.isms.risk.ControlEffect;
import dev.isms.risk.RiskProfile;
import dev.isms.risk.RiskScenario;
import dev.isms.risk.Tier;
import dev.isms.risk.TierAssessment;
import dev.isms.risk.criteria.RiskCriteria;
import dev.isms.risk.register.RiskTreatment;
import dev.isms.risk.register.TreatmentOption;
import dev.isms.risk.register.TreatmentStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Derives a scenario's four tiers from its inherent levels, control effectiveness, treatments and the criteria,
 * writing down each step, so residual risk is always computed and explained, never typed in.
 */
public final class TierCalculator {
    /** Room for a typical explanation of control effects, so its builder seldom grows. */
    private static final int EXPLANATION_CAPACITY = 160;

    private TierCalculator() {
    }

    /**
     * Computes a scenario's profile.
     *
     * @param s the scenario, whose levels fit the criteria
     * @param treatments the scenario's treatments
     * @param criteria the criteria
     * @param assetTypes the types of the affected assets, for the acceptance criteria
     * @return the profile
     */
    public static RiskProfile profile(RiskScenario s, List<RiskTreatment> treatments, RiskCriteria criteria,
            List<AssetType> assetTypes) {
        TierAssessment inherent = assess(Tier.INHERENT, s.likelihood(), s.consequences(), criteria,
                explanation("inherent: before any control"));
        TierAssessment current = reduce(Tier.CURRENT, inherent, s.existingControls(), criteria, "existing controls");
        List<ControlEffect> planned = new ArrayList<>();
        boolean avoided = false;
        for (RiskTreatment t : treatments) {
            if (t.status() != TreatmentStatus.CANCELLED) {
                planned.addAll(t.controls());
                avoided |= t.option() == TreatmentOption.AVOID;
            }
        }
        TierAssessment residual = avoided
                ? assess(Tier.RESIDUAL, 1, current.consequences(), criteria, explanation("residual: the activity is"
                        + " avoided, so the likelihood falls to the lowest level"))
                : reduce(Tier.RESIDUAL, current, planned, criteria, "planned treatment");
        return new RiskProfile(s.id(), List.of(inherent, current, residual, target(s, criteria, assetTypes)));
    }

    /** {@return a builder for an explanation of one fixed sentence, with room for the level} */
    private static StringBuilder explanation(String start) {
        return new StringBuilder(start.length() + 24).append(start);
    }

    /** Rates the levels and finishes the explanation with {@code " -> <level>"}. */
    private static TierAssessment assess(Tier tier, int likelihood, Map<ConsequenceCategory, Integer> consequences,
            RiskCriteria criteria, StringBuilder why) {
        int rank = 0;
        for (Map.Entry<ConsequenceCategory, Integer> e : consequences.entrySet()) {
            rank = Math.max(rank, criteria.level(likelihood, e.getKey(), e.getValue()));
        }
        String level = criteria.riskLevels().get(rank);
        return new TierAssessment(tier, OptionalInt.of(likelihood), consequences, rank, level,
                why.append(" -> ").append(level).toString());
    }

    private static TierAssessment reduce(Tier tier, TierAssessment from, List<ControlEffect> effects,
            RiskCriteria criteria, String what) {
        StringBuilder why = new StringBuilder(effects.isEmpty() ? 64 : EXPLANATION_CAPACITY)
                .append(tier == Tier.CURRENT ? "current: " : "residual: ");
        if (effects.isEmpty()) {
            why.append("no ").append(what).append(", unchanged");
            return assess(tier, from.likelihood().getAsInt(), from.consequences(), criteria, why);
        }
        why.append(what);
        int likelihood = reduced(from.likelihood().getAsInt(), effects, ControlEffect.Aspect.LIKELIHOOD, "likelihood",
                why);
        Map<ConsequenceCategory, Integer> consequences = new TreeMap<>();
        for (Map.Entry<ConsequenceCategory, Integer> e : from.consequences().entrySet()) {
            consequences.put(e.getKey(), reduced(e.getValue(), effects, ControlEffect.Aspect.CONSEQUENCE,
                    e.getKey().id(), why));
        }
        return assess(tier, likelihood, consequences, criteria, why);
    }

    /** Applies the combined effectiveness of the effects on one aspect to a level and explains it. */
    private static int reduced(int level, List<ControlEffect> effects, ControlEffect.Aspect aspect, String name,
            StringBuilder why) {
        double remaining = 1;
        boolean any = false;
        for (ControlEffect e : effects) {
            if (e.aspect() == aspect) {
                remaining *= 1 - e.effectiveness();
                any = true;
            }
        }
        if (!any) {
            return level;
        }
        double combined = 1 - remaining;
        int result = reduce(level, combined);
        why.append(" [").append(name).append(' ').append(level).append(" -> ").append(result)
                .append(": effectiveness ");
        appendTwoDecimals(why, combined).append(" of ");
        boolean first = true;
        for (ControlEffect e : effects) {
            if (e.aspect() == aspect) {
                why.append(first ? "" : ", ").append(e.control().catalogId()).append('#')
                        .append(e.control().controlId()).append(' ');
                appendTwoDecimals(why, e.effectiveness());
                first = false;
            }
        }
        why.append(']');
        return result;
    }

    /**
     * Lowers a level by a fraction of its distance to level 1.
     *
     * @param level the level, at least 1
     * @param effectiveness 0..1
     * @return {@code level - round(effectiveness * (level - 1))}, rounding halves up
     */
    public static int reduce(int level, double effectiveness) {
        return level - (int) Math.floor(effectiveness * (level - 1) + 0.5);
    }

    /**
     * Two decimals, rounding half up as {@code String.format("%.2f")} does (on the shortest decimal of the double),
     * without its cost: an effectiveness 0..1 not within a millionth of a tie is rounded in binary, anything else
     * exactly.
     *
     * @param d the number
     * @return its text, such as {@code 0.75}
     */
    static String format(double d) {
        return appendTwoDecimals(new StringBuilder(4), d).toString();
    }

    private static StringBuilder appendTwoDecimals(StringBuilder to, double d) {
        double x = d * 100;
        if (!(x >= 0 && x <= 100) || Math.abs(x - Math.floor(x) - 0.5) < 1e-6) {
            return to.append(BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP).toPlainString());
        }
        int n = (int) Math.floor(x + 0.5);
        return to.append((char) ('0' + n / 100)).append('.').append((char) ('0' + n / 10 % 10))
                .append((char) ('0' + n % 10));
    }

    private static TierAssessment target(RiskScenario s, RiskCriteria criteria, List<AssetType> assetTypes) {
        List<String> levels = criteria.riskLevels();
        if (s.targetLevel().isPresent()) {
            int rank = levels.indexOf(s.targetLevel().get());
            return new TierAssessment(Tier.TARGET, OptionalInt.empty(), Map.of(), rank, levels.get(rank),
                    "target: set by the risk owner");
        }
        int rank = levels.size() - 1;
        for (ConsequenceCategory c : s.consequences().keySet()) {
            rank = Math.min(rank, criteria.maxAcceptable(c));
            for (AssetType t : assetTypes) {
                rank = Math.min(rank, criteria.maxAcceptable(c, t));
            }
        }
        return new TierAssessment(Tier.TARGET, OptionalInt.empty(), Map.of(), rank, levels.get(rank),
                "target: the highest level the acceptance criteria " + criteria.reference() + " accept");
    }
}
