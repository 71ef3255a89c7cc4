// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.codec;

import dev.isms.catalog.internal.codec.records.At;
import dev.isms.catalog.internal.codec.records.Keys;
import dev.isms.core.asset.AssetType;
import dev.isms.core.asset.ConsequenceCategory;
import dev.isms.core.internal.Checks;
import dev.isms.risk.criteria.AcceptanceCriteria;
import dev.isms.risk.criteria.RiskCriteria;
import dev.isms.risk.criteria.RiskMatrix;
import dev.isms.risk.criteria.Scale;
import dev.isms.risk.criteria.ScaleLevel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

// Maps RiskCriteria (scales, matrices, acceptance) to CriteriaDto and back, checking each value at its pointer; the
// rules that tie the parts together (matrix sizes, shared risk levels) are the criteria's own, reported at the
// criteria's pointer. Writing refuses a name the reader would refuse (a control character, a lone surrogate), which
// the criteria types themselves allow.
final class CriteriaMapping {
    static final String FORMAT = "isms-risk-criteria";

    private CriteriaMapping() {
    }

    static CriteriaDto toDto(RiskCriteria c) {
        Map<String, CategoryDto> categories = new LinkedHashMap<>();
        c.categoryScales().forEach((k, s) -> categories.put(k.id(), new CategoryDto(toDto(s),
                MatrixMapping.toDto(c.matrix(k)))));
        AcceptanceCriteria a = c.acceptance();
        Map<String, String> perCategory = new LinkedHashMap<>();
        a.perCategory().forEach((k, v) -> perCategory.put(k.id(), v));
        Map<String, String> perType = new LinkedHashMap<>();
        a.perAssetType().forEach((k, v) -> perType.put(k.key(), v));
        return new CriteriaDto(Checks.notBlank(c.id(), "criteria id"), c.version(), toDto(c.likelihood()), toDto(c.consequence()),
                MatrixMapping.toDto(c.matrix()), categories.isEmpty() ? null : categories,
                new AcceptanceCriteriaDto(a.defaultLevel(), perCategory.isEmpty() ? null : perCategory,
                        perType.isEmpty() ? null : perType));
    }

    private static ScaleDto toDto(Scale s) {
        List<LevelDto> levels = new ArrayList<>(s.size());
        for (ScaleLevel l : s.levels()) {
            Double upper = l.upper().isPresent() && l.upper().getAsDouble() != Double.POSITIVE_INFINITY
                    ? l.upper().getAsDouble() : null;
            levels.add(new LevelDto(Checks.notBlank(l.name(), "scale level name"), l.lower().isPresent() ? l.lower().getAsDouble() : null, upper));
        }
        return new ScaleDto(Checks.notBlank(s.name(), "scale name"), levels);
    }

    /** {@return the criteria}, or null after reporting every problem at its pointer */
    static RiskCriteria toCriteria(CriteriaDto d, At at) {
        String id = at.name(d.id(), "id");
        Integer version = NumberChecks.atLeast(d.version(), 1, at, "version");
        Scale likelihood = d.likelihood() == null ? null : scale(d.likelihood(), at.field("likelihood"));
        Scale consequence = d.consequence() == null ? null : scale(d.consequence(), at.field("consequence"));
        RiskMatrix matrix = d.matrix() == null ? null : MatrixMapping.toMatrix(d.matrix(), at.field("matrix"),
                size(likelihood), size(consequence));
        RiskCriteria.Builder b = RiskCriteria.builder(id, version == null ? 1 : version);
        At categories = at.field("categories");
        if (d.categories() != null) {
            d.categories().forEach((key, c) -> category(key, c, categories.field(key), likelihood, b));
        }
        List<String> levels = matrix == null ? null : matrix.levels();
        AcceptanceCriteria acceptance = d.acceptance() == null ? null : acceptance(d.acceptance(),
                at.field("acceptance"), levels);
        if (!at.clean() || id == null || version == null || likelihood == null || consequence == null
                || matrix == null) {
            return null;
        }
        b.likelihood(likelihood).consequence(consequence, matrix);
        if (acceptance != null) {
            b.acceptance(acceptance);
        }
        return at.build(b::build);
    }

    private static int size(Scale s) {
        return s == null ? 0 : s.size();
    }

    private static void category(String key, CategoryDto d, At at, Scale likelihood, RiskCriteria.Builder b) {
        ConsequenceCategory category = at.build(() -> ConsequenceCategory.of(key));
        Scale scale = d.scale() == null ? null : scale(d.scale(), at.field("scale"));
        RiskMatrix matrix = d.matrix() == null ? null : MatrixMapping.toMatrix(d.matrix(), at.field("matrix"),
                size(likelihood), size(scale));
        if (category != null && scale != null && matrix != null) {
            b.consequence(category, scale, matrix);
        }
    }

    private static Scale scale(ScaleDto d, At at) {
        String name = at.name(d.name(), "name");
        List<ScaleLevel> levels = new ArrayList<>();
        At list = at.field("levels");
        List<LevelDto> dtos = d.levels() == null ? List.of() : d.levels();
        for (int i = 0; i < dtos.size(); i++) {
            At item = list.index(i);
            LevelDto l = dtos.get(i);
            if (l == null) {
                continue; // a null item: Bean Validation reported it, so the document is refused
            }
            String levelName = item.name(l.name(), "name");
            Double lower = NumberChecks.finite(l.lower(), item, "lower");
            Double upper = NumberChecks.finite(l.upper(), item, "upper");
            if (l.lower() == null && l.upper() != null) {
                item.field("upper").add("must come with 'lower': a level's range has both bounds, or 'lower' alone"
                        + " for one without an upper bound");
            }
            if (item.clean() && levelName != null) {
                int value = i + 1;
                levels.add(item.build(() -> lower == null ? ScaleLevel.of(value, levelName) : ScaleLevel.of(value,
                        levelName, lower, upper == null ? Double.POSITIVE_INFINITY : upper)));
            }
        }
        return at.clean() && name != null ? at.build(() -> new Scale(name, levels)) : null;
    }

    private static AcceptanceCriteria acceptance(AcceptanceCriteriaDto d, At at, List<String> levels) {
        String defaultLevel = level(d.defaultLevel(), at, "defaultLevel", levels);
        Map<ConsequenceCategory, String> perCategory = new TreeMap<>();
        if (d.perCategory() != null) {
            At map = at.field("perCategory");
            d.perCategory().forEach((k, v) -> {
                ConsequenceCategory c = map.field(k).build(() -> ConsequenceCategory.of(k));
                String level = level(v, map, k, levels);
                if (c != null && level != null) {
                    perCategory.put(c, level);
                }
            });
        }
        Map<AssetType, String> perType = new EnumMap<>(AssetType.class);
        if (d.perAssetType() != null) {
            At map = at.field("perAssetType");
            d.perAssetType().forEach((k, v) -> {
                AssetType t = Keys.find(AssetType.class, k);
                if (t == null) {
                    map.field(k).add("must be an asset type, one of " + Keys.all(AssetType.class) + ", but was "
                            + Checks.quote(k));
                }
                String level = level(v, map, k, levels);
                if (t != null && level != null) {
                    perType.put(t, level);
                }
            });
        }
        return at.clean() && defaultLevel != null ? at.build(() -> new AcceptanceCriteria(defaultLevel, perCategory,
                perType)) : null;
    }

    /**
     * {@return the level names for a message, each quoted (bounded, escaped), at most about 400 characters, then how
     * many were left out}: the names are the document's own values.
     */
    static String quoted(List<String> levels) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < levels.size(); i++) {
            if (b.length() > 400) {
                return b.append("… and ").append(levels.size() - i).append(" more]").toString();
            }
            b.append(i == 0 ? "" : ", ").append(Checks.quote(levels.get(i)));
        }
        return b.append(']').toString();
    }

    /** {@return a risk level name}, checked against the matrix's levels when they are known */
    private static String level(String value, At at, String member, List<String> levels) {
        String name = at.name(value, member);
        if (name != null && levels != null && !levels.contains(name)) {
            at.field(member).add("must be one of the risk levels " + quoted(levels) + " but was " + Checks.quote(name));
            return null;
        }
        return name;
    }
}
