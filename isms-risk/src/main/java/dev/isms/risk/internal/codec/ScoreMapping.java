// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.codec;

import dev.isms.catalog.internal.codec.records.At;
import dev.isms.catalog.internal.codec.records.Keys;
import dev.isms.core.internal.Checks;
import dev.isms.risk.RiskScore;
import dev.isms.risk.Tier;
import dev.isms.risk.TierScore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

// Maps a scenario's stored scores (TierScore: the tier and the RiskScore with its method, version, parameters,
// criteria reference, value, level, rank and explanation) to ScoreDto and back.
final class ScoreMapping {
    private ScoreMapping() {
    }

    static List<ScoreDto> toDtos(List<TierScore> scores) {
        if (scores.isEmpty()) {
            return null;
        }
        List<ScoreDto> out = new ArrayList<>(scores.size());
        for (TierScore t : scores) {
            RiskScore s = t.score();
            out.add(new ScoreDto(Keys.key(t.tier()), s.methodId(), s.methodVersion(), s.parameters().isEmpty() ? null
                    : s.parameters(), s.criteria().orElse(null), s.value(), s.level(), s.rank(), s.explanation()));
        }
        return out;
    }

    /** {@return the scores}, or null after reporting a problem of one of them, a second score of a tier by a method */
    static List<TierScore> toScores(List<ScoreDto> dtos, At at) {
        if (dtos == null) {
            return List.of();
        }
        At list = at.field("scores");
        List<TierScore> out = new ArrayList<>(dtos.size());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < dtos.size(); i++) {
            At item = list.index(i);
            // a null item: Bean Validation reported it, so the document is refused
            TierScore s = dtos.get(i) == null ? null : toScore(dtos.get(i), item);
            if (s == null) {
                continue;
            }
            Integer first = seen.putIfAbsent(s.tier() + "\u0000" + s.score().methodId(), i);
            if (first != null) {
                item.add("repeats the score of tier " + Keys.key(s.tier()) + " by method " + Checks.quote(
                        s.score().methodId()) + " (first at " + list.index(first).pointer() + "); a scenario keeps"
                        + " one per tier and method");
            } else {
                out.add(s);
            }
        }
        return list.clean() ? out : null;
    }

    private static TierScore toScore(ScoreDto d, At at) {
        Tier tier = at.key(Tier.class, d.tier(), "tier");
        String method = at.name(d.methodId(), "methodId");
        String version = at.name(d.methodVersion(), "methodVersion");
        String criteria = at.name(d.criteria(), "criteria");
        Double value = NumberChecks.finite(d.value(), at, "value");
        String level = at.name(d.level(), "level");
        Integer rank = NumberChecks.atLeast(d.rank(), 0, at, "rank");
        String explanation = at.text(d.explanation(), "explanation");
        if (d.parameters() != null) {
            d.parameters().forEach((k, v) -> {
                if (v == null) {
                    at.field("parameters").field(k).add("must be a string, not null");
                }
            });
        }
        if (!at.clean() || tier == null || method == null || version == null || value == null || level == null
                || rank == null || explanation == null) {
            return null;
        }
        Map<String, String> parameters = d.parameters() == null ? Map.of() : d.parameters();
        return at.build(() -> new TierScore(tier, new RiskScore(method, version, parameters,
                Optional.ofNullable(criteria), value, level, rank, explanation)));
    }
}
