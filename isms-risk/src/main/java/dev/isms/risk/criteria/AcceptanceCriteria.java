// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.criteria;

import dev.isms.core.asset.AssetType;
import dev.isms.core.asset.ConsequenceCategory;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Risk acceptance criteria (ISO/IEC 27001:2022 clause 6.1.2 a): the highest risk level that may be accepted,
 * by default, per consequence category and per asset type. Where several apply, the strictest (lowest) wins.
 *
 * @param defaultLevel the highest acceptable risk level's name when nothing more specific applies; not blank
 * @param perCategory stricter or looser levels for some consequence categories; unmodifiable
 * @param perAssetType levels for some asset types; unmodifiable
 * @since 0.1
 */
public record AcceptanceCriteria(String defaultLevel, Map<ConsequenceCategory, String> perCategory,
        Map<AssetType, String> perAssetType) {

    /**
     * Validates and copies the components.
     *
     * @param defaultLevel not blank
     * @param perCategory not null, no null keys or values
     * @param perAssetType not null, no null keys or values
     */
    public AcceptanceCriteria {
        Objects.requireNonNull(defaultLevel, "defaultLevel");
        if (defaultLevel.isBlank()) {
            throw new IllegalArgumentException("acceptance defaultLevel must not be blank");
        }
        perCategory = Collections.unmodifiableMap(new TreeMap<>(perCategory));
        perAssetType = perAssetType.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(perAssetType));
    }

    /**
     * Accepts risks up to one level everywhere.
     *
     * @param level the highest acceptable level's name
     * @return the criteria
     */
    public static AcceptanceCriteria upTo(String level) {
        return new AcceptanceCriteria(level, Map.of(), Map.of());
    }

    /**
     * Returns a copy with a level for one consequence category.
     *
     * @param category the category, not null
     * @param level the highest acceptable level's name, not null
     * @return the new criteria
     */
    public AcceptanceCriteria with(ConsequenceCategory category, String level) {
        Map<ConsequenceCategory, String> m = new TreeMap<>(perCategory);
        m.put(Objects.requireNonNull(category, "category"), Objects.requireNonNull(level, "level"));
        return new AcceptanceCriteria(defaultLevel, m, perAssetType);
    }

    /**
     * Returns a copy with a level for one asset type.
     *
     * @param type the asset type, not null
     * @param level the highest acceptable level's name, not null
     * @return the new criteria
     */
    public AcceptanceCriteria with(AssetType type, String level) {
        Map<AssetType, String> m = new EnumMap<>(AssetType.class);
        m.putAll(perAssetType);
        m.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(level, "level"));
        return new AcceptanceCriteria(defaultLevel, perCategory, m);
    }
}
