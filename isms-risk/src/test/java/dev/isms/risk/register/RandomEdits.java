// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.register;

import dev.isms.core.asset.ConsequenceCategory;
import dev.isms.risk.ControlEffect;
import dev.isms.risk.RiskFixtures;
import dev.isms.risk.RiskScenario;
import dev.isms.risk.RiskScore;
import dev.isms.risk.ScenarioBasis;
import dev.isms.risk.Tier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Turns random numbers into a sequence of register edits that is valid at every step, by keeping a small model of
 * which scenarios, treatments, acceptances and scores exist (ids from small pools, so edits collide often).
 */
public final class RandomEdits {
    private static final String[] CONTROLS = {"5.15", "8.7", "8.8", "8.13"};
    private static final String[] METHODS = {"m-a", "m-b"};

    private final Set<String> scenarios = new LinkedHashSet<>();
    private final Map<String, String> treatments = new LinkedHashMap<>();
    private final Set<String> acceptances = new LinkedHashSet<>();
    private final Set<String> scores = new LinkedHashSet<>();

    RandomEdits(RiskRegister from) {
        for (RiskScenario s : from.scenarios()) {
            scenarios.add(s.id());
            s.scores().forEach(t -> scores.add(s.id() + "|" + t.tier() + "|" + t.score().methodId()));
        }
        from.treatments().forEach(t -> treatments.put(t.id(), t.scenarioId()));
        from.acceptances().forEach(a -> acceptances.add(a.scenarioId()));
    }

    /** {@return one valid edit per seed, each valid after the ones before it} */
    public static List<RegisterEdit> from(RiskRegister register, List<Long> seeds) {
        RandomEdits model = new RandomEdits(register);
        List<RegisterEdit> out = new ArrayList<>();
        for (long seed : seeds) {
            out.add(model.next(new SplittableRandom(seed)));
        }
        return out;
    }

    RegisterEdit next(SplittableRandom r) {
        int op = r.nextInt(8);
        if (scenarios.isEmpty() || op == 0) {
            RiskScenario s = scenario("R-" + r.nextInt(8), r);
            scenarios.add(s.id());
            scores.removeIf(k -> k.startsWith(s.id() + "|"));
            return RegisterEdit.putScenario(s);
        }
        String scenario = pick(scenarios, r);
        if (op == 1) {
            scenarios.remove(scenario);
            treatments.values().removeIf(scenario::equals);
            acceptances.remove(scenario);
            scores.removeIf(k -> k.startsWith(scenario + "|"));
            return RegisterEdit.removeScenario(scenario);
        }
        if (op == 2 || (op == 3 && treatments.isEmpty())) {
            String id = "T-" + r.nextInt(6);
            treatments.put(id, scenario);
            return RegisterEdit.putTreatment(RiskTreatment.builder(id, scenario, TreatmentOption.MODIFY)
                    .control(effect(r)).appliedControls(appliedControls(r))
                    .status(TreatmentStatus.values()[r.nextInt(5)]).build());
        }
        if (op == 3) {
            String id = pick(treatments.keySet(), r);
            treatments.remove(id);
            return RegisterEdit.removeTreatment(id);
        }
        if (op == 4 || (op == 5 && acceptances.isEmpty())) {
            acceptances.add(scenario);
            LocalDate day = LocalDate.of(2026, 1, 1).plusDays(r.nextInt(300));
            return RegisterEdit.putAcceptance(RiskAcceptance.of(scenario, "Owner " + r.nextInt(3), day, "ok",
                    day.plusDays(1 + r.nextInt(400))));
        }
        if (op == 5) {
            String id = pick(acceptances, r);
            acceptances.remove(id);
            return RegisterEdit.removeAcceptance(id);
        }
        if (op == 6 || scores.isEmpty()) {
            Tier tier = Tier.values()[r.nextInt(4)];
            String method = METHODS[r.nextInt(METHODS.length)];
            scores.add(scenario + "|" + tier + "|" + method);
            return RegisterEdit.putScore(scenario, tier, score(method, r.nextInt(5)));
        }
        String[] k = pick(scores, r).split("\\|");
        scores.remove(k[0] + "|" + k[1] + "|" + k[2]);
        return RegisterEdit.removeScore(k[0], Tier.valueOf(k[1]), k[2]);
    }

    /** Up to three distinct applied-control ids from a small pool, in random order. */
    static List<String> appliedControls(SplittableRandom r) {
        Set<String> ids = new LinkedHashSet<>();
        for (int i = r.nextInt(4); i > 0; i--) {
            ids.add("AC-" + r.nextInt(5));
        }
        return List.copyOf(ids);
    }

    static RiskScore score(String method, int rank) {
        return RiskScore.builder(method, "1").value(rank).level("L" + rank, rank).explanation("rank " + rank).build();
    }

    static RiskScenario scenario(String id, SplittableRandom r) {
        ScenarioBasis basis = r.nextBoolean() ? ScenarioBasis.assetBased(r.nextBoolean() ? "A-1" : "A-2", "T-1",
                "V-1") : ScenarioBasis.eventBased("S-1", "event " + r.nextInt(3));
        RiskScenario.Builder b = RiskScenario.builder(id, "Scenario " + id, basis).likelihood(1 + r.nextInt(5))
                .consequence(RiskFixtures.A, 1 + r.nextInt(5));
        if (r.nextBoolean()) {
            b.consequence(RiskFixtures.LEGAL, 1 + r.nextInt(3));
        }
        if (r.nextBoolean()) {
            b.consequence(ConsequenceCategory.CONFIDENTIALITY, 1 + r.nextInt(5));
        }
        if (r.nextBoolean()) {
            b.existing(effect(r));
        }
        if (r.nextBoolean()) {
            b.owner("Owner " + r.nextInt(3));
        }
        return b.build();
    }

    private static ControlEffect effect(SplittableRandom r) {
        return r.nextBoolean() ? ControlEffect.likelihood(RiskFixtures.ref(CONTROLS[r.nextInt(4)]), r.nextInt(5) / 4.0)
                : ControlEffect.consequence(RiskFixtures.ref(CONTROLS[r.nextInt(4)]), r.nextInt(5) / 4.0);
    }

    private static String pick(Set<String> values, SplittableRandom r) {
        return new ArrayList<>(values).get(r.nextInt(values.size()));
    }
}
