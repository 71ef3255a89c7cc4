// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.register;

import dev.isms.risk.RiskProfile;
import dev.isms.risk.RiskScenario;
import dev.isms.risk.Tier;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Computes {@link RegisterDiff}s; kept apart so {@link RiskRegister} stays a plain value with queries. */
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
            if (from.scenario(s.id()).isEmpty()) {
                added.add(s.id());
            }
        }
        for (RiskScenario old : from.scenarios()) {
            Optional<RiskScenario> now = to.scenario(old.id());
            if (now.isEmpty()) {
                removed.add(old.id());
                continue;
            }
            if (!old.equals(now.get()) || !from.treatmentsFor(old.id()).equals(to.treatmentsFor(old.id()))
                    || !from.acceptance(old.id()).equals(to.acceptance(old.id()))) {
                modified.add(old.id());
            }
            RiskProfile a = from.profile(old.id());
            RiskProfile b = to.profile(old.id());
            for (Tier t : Tier.values()) {
                if (!a.tier(t).level().equals(b.tier(t).level())) {
                    changes.add(new RegisterDiff.LevelChange(old.id(), t, a.tier(t).level(), b.tier(t).level()));
                }
            }
        }
        return new RegisterDiff(from.version(), to.version(), added, removed, modified, changes);
    }
}
