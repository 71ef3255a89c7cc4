// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.register;

import dev.isms.risk.RiskProfile;
import dev.isms.risk.RiskScenario;
import dev.isms.risk.Tier;
import dev.isms.risk.TierAssessment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Computes {@link RegisterDiff}s in one pass over each register, with constant-time look-ups of the other's
 * scenarios, treatments and acceptances; kept apart so {@link RiskRegister} stays a plain value with queries.
 */
final class RegisterDiffs {
    private RegisterDiffs() {
    }

    static RegisterDiff between(RiskRegister from, RiskRegister to) {
        Objects.requireNonNull(from, "other");
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> modified = new ArrayList<>();
        List<RegisterDiff.LevelChange> changes = new ArrayList<>();
        for (RiskScenario s : to.scenarios()) {
            if (!from.scenarios.containsKey(s.id())) {
                added.add(s.id());
            }
        }
        Map<String, RiskProfile> fromProfiles = from.profiles();
        Map<String, RiskProfile> toProfiles = to.profiles();
        for (RiskScenario old : from.scenarios()) {
            RiskScenario now = to.scenarios.get(old.id());
            if (now == null) {
                removed.add(old.id());
                continue;
            }
            if (!old.equals(now) || !from.treatmentsFor(old.id()).equals(to.treatmentsFor(old.id()))
                    || !Objects.equals(from.acceptances.get(old.id()), to.acceptances.get(old.id()))) {
                modified.add(old.id());
            }
            RiskProfile a = fromProfiles.get(old.id());
            RiskProfile b = toProfiles.get(old.id());
            if (a != b) {
                levelChanges(old.id(), a, b, changes);
            }
        }
        return new RegisterDiff(from.version(), to.version(), added, removed, modified, changes);
    }

    private static void levelChanges(String id, RiskProfile a, RiskProfile b, List<RegisterDiff.LevelChange> out) {
        for (Tier t : Tier.values()) {
            TierAssessment x = a.tier(t);
            TierAssessment y = b.tier(t);
            if (!x.level().equals(y.level())) {
                out.add(new RegisterDiff.LevelChange(id, t, x.level(), y.level()));
            }
        }
    }
}
