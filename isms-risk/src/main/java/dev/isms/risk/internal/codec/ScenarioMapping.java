// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.codec;

import dev.isms.catalog.internal.codec.records.At;
import dev.isms.core.asset.ConsequenceCategory;
import dev.isms.risk.ControlEffect;
import dev.isms.risk.RiskScenario;
import dev.isms.risk.ScenarioBasis;
import dev.isms.risk.TierScore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

// Maps a RiskScenario to ScenarioDto and back: the basis by the members present (asset, threat and vulnerability,
// or risk source and event), consequences by category id, controls in place and stored scores.
final class ScenarioMapping {
    static final String FORMAT = "isms-risk-scenarios";

    private ScenarioMapping() {
    }

    static ScenarioDto toDto(RiskScenario s) {
        BasisDto basis;
        if (s.basis() instanceof ScenarioBasis.AssetBased) {
            ScenarioBasis.AssetBased b = (ScenarioBasis.AssetBased) s.basis();
            basis = new BasisDto(b.assetId(), b.threatId(), b.vulnerabilityId(), null, null);
        } else {
            ScenarioBasis.EventBased b = (ScenarioBasis.EventBased) s.basis();
            basis = new BasisDto(null, null, null, b.riskSourceId(), b.event());
        }
        Map<String, Integer> consequences = new LinkedHashMap<>();
        s.consequences().forEach((k, v) -> consequences.put(k.id(), v));
        return new ScenarioDto(s.id(), s.title(), basis, s.affectedAssets().isEmpty() ? null : s.affectedAssets(),
                s.likelihood(), consequences, EffectMapping.toDtos(s.existingControls()), s.owner().orElse(null),
                s.targetLevel().orElse(null), ScoreMapping.toDtos(s.scores()));
    }

    /** {@return the scenario}, or null after reporting every problem at its pointer */
    static RiskScenario toScenario(ScenarioDto d, At at, ControlCheck controls) {
        String id = at.name(d.id(), "id");
        String title = at.name(d.title(), "title");
        ScenarioBasis basis = d.basis() == null ? null : basis(d.basis(), at.field("basis"));
        List<String> assets = at.names(d.affectedAssets(), "affectedAssets");
        Integer likelihood = NumberChecks.atLeast(d.likelihood(), 1, at, "likelihood");
        Map<ConsequenceCategory, Integer> consequences = consequences(d.consequences(), at);
        List<ControlEffect> existing = EffectMapping.toEffects(d.existingControls(), at, "existingControls",
                controls);
        String owner = at.name(d.owner(), "owner");
        String target = at.name(d.targetLevel(), "targetLevel");
        List<TierScore> scores = ScoreMapping.toScores(d.scores(), at);
        if (!at.clean() || id == null || title == null || basis == null || likelihood == null
                || consequences == null) {
            return null;
        }
        return at.build(() -> new RiskScenario(id, title, basis, assets, likelihood, consequences, existing,
                Optional.ofNullable(owner), Optional.ofNullable(target), scores));
    }

    private static ScenarioBasis basis(BasisDto d, At at) {
        boolean asset = d.assetId() != null || d.threatId() != null || d.vulnerabilityId() != null;
        boolean event = d.riskSourceId() != null || d.event() != null;
        if (asset == event) {
            at.add("must have either assetId, threatId and vulnerabilityId (asset-based) or riskSourceId and event"
                    + " (event-based)" + (asset ? ", not both" : ""));
            return null;
        }
        if (asset) {
            String assetId = required(d.assetId(), at, "assetId");
            String threatId = required(d.threatId(), at, "threatId");
            String vulnerabilityId = required(d.vulnerabilityId(), at, "vulnerabilityId");
            return at.clean() ? at.build(() -> ScenarioBasis.assetBased(assetId, threatId, vulnerabilityId)) : null;
        }
        String source = required(d.riskSourceId(), at, "riskSourceId");
        String eventText = required(d.event(), at, "event");
        return at.clean() ? at.build(() -> ScenarioBasis.eventBased(source, eventText)) : null;
    }

    private static String required(String value, At at, String member) {
        if (value == null) {
            at.field(member).add("is required but is missing or null");
            return null;
        }
        return at.name(value, member);
    }

    private static Map<ConsequenceCategory, Integer> consequences(Map<String, Integer> dto, At at) {
        if (dto == null) {
            return null;
        }
        At map = at.field("consequences");
        if (dto.isEmpty()) {
            map.add("must give a consequence level in at least one category");
            return null;
        }
        Map<ConsequenceCategory, Integer> out = new TreeMap<>();
        dto.forEach((k, v) -> {
            ConsequenceCategory c = map.field(k).build(() -> ConsequenceCategory.of(k));
            Integer level = NumberChecks.atLeast(v, 1, map, k);
            if (c != null && level != null) {
                out.put(c, level);
            }
        });
        return map.clean() ? out : null;
    }
}
