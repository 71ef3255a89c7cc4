// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.asset;

import dev.isms.core.internal.Checks;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An asset: something of value to the organisation that the ISMS protects (ISO/IEC 27005:2022 clause 7.2).
 *
 * <pre>{@code
 * Asset db = Asset.builder("A-1", "Customer database", AssetType.INFORMATION)
 *         .owner("Head of Sales").classification("Confidential")
 *         .value(ConsequenceCategory.CONFIDENTIALITY, 5).value(ConsequenceCategory.of("legal"), 4).build();
 * }</pre>
 *
 * @param id the asset's id, unique in its inventory; not blank
 * @param name a readable name, not blank
 * @param type primary or supporting kind
 * @param owner the accountable owner, or empty
 * @param classification the information classification label, or empty
 * @param values the asset's value per consequence category, as a level of the consequence scale (1 lowest);
 *        sorted by category, unmodifiable
 * @since 0.1
 */
public record Asset(String id, String name, AssetType type, Optional<String> owner, Optional<String> classification,
        Map<ConsequenceCategory, Integer> values) {

    /**
     * Validates the components and copies the values.
     *
     * @param id the id, not blank
     * @param name the name, not blank
     * @param type the type, not null
     * @param owner the owner, or empty; never blank when present
     * @param classification the classification, or empty; never blank when present
     * @param values value levels per category, each at least 1
     * @throws IllegalArgumentException if a text is blank or a value is below 1
     */
    public Asset {
        Checks.notBlank(id, "asset id");
        Checks.notBlank(name, "asset name");
        Objects.requireNonNull(type, "asset type");
        Objects.requireNonNull(owner, "asset owner");
        owner.ifPresent(o -> Checks.notBlank(o, "asset owner"));
        Objects.requireNonNull(classification, "asset classification");
        classification.ifPresent(c -> Checks.notBlank(c, "asset classification"));
        TreeMap<ConsequenceCategory, Integer> copy = new TreeMap<>();
        for (Map.Entry<ConsequenceCategory, Integer> e : values.entrySet()) {
            int v = Objects.requireNonNull(e.getValue(), "asset value");
            if (v < 1) {
                throw new IllegalArgumentException("asset " + Checks.quote(id) + " value for " + e.getKey()
                        + " must be >= 1 but was " + v);
            }
            copy.put(Objects.requireNonNull(e.getKey(), "consequence category"), v);
        }
        values = Collections.unmodifiableMap(copy);
    }

    /**
     * Starts an asset.
     *
     * @param id the id, not blank
     * @param name the name, not blank
     * @param type the type, not null
     * @return a builder
     */
    public static Builder builder(String id, String name, AssetType type) {
        return new Builder(id, name, type);
    }

    /**
     * Returns the value in one category.
     *
     * @param category the category, not null
     * @return the value level, or empty if the asset has no value in that category
     */
    public Optional<Integer> value(ConsequenceCategory category) {
        return Optional.ofNullable(values.get(Objects.requireNonNull(category, "category")));
    }

    /** Collects an {@link Asset}'s optional parts; {@link #build()} validates them. Not thread-safe. */
    public static final class Builder {
        private final String id;
        private final String name;
        private final AssetType type;
        private String owner;
        private String classification;
        private final Map<ConsequenceCategory, Integer> values = new TreeMap<>();

        private Builder(String id, String name, AssetType type) {
            this.id = id;
            this.name = name;
            this.type = type;
        }

        /**
         * Sets the owner.
         *
         * @param value the owner, not blank
         * @return this builder
         */
        public Builder owner(String value) {
            this.owner = Checks.notBlank(value, "asset owner");
            return this;
        }

        /**
         * Sets the classification.
         *
         * @param value such as {@code "Confidential"}, not blank
         * @return this builder
         */
        public Builder classification(String value) {
            this.classification = Checks.notBlank(value, "asset classification");
            return this;
        }

        /**
         * Sets the value in one category.
         *
         * @param category the category, not null
         * @param level the value level, at least 1
         * @return this builder
         */
        public Builder value(ConsequenceCategory category, int level) {
            values.put(Objects.requireNonNull(category, "category"), level);
            return this;
        }

        /**
         * {@return the asset}
         *
         * @throws IllegalArgumentException if a part is invalid
         */
        public Asset build() {
            return new Asset(id, name, type, Optional.ofNullable(owner), Optional.ofNullable(classification), values);
        }
    }

    /** {@return the id, the name and the type, such as {@code "A-1 Customer database (information)"}} */
    @Override
    public String toString() {
        return id + " " + name + " (" + type.key() + ")";
    }
}
