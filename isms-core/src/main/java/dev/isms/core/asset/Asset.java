// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.asset;

import dev.isms.core.Evidence;
import dev.isms.core.internal.Checks;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An asset: something of value to the organisation that the ISMS protects (ISO/IEC 27005:2022 clause 7.2), with
 * its owner, classification, values, handling (label, acceptable use, location, custodian, maintenance) and
 * lifecycle (ISO/IEC 27002:2022 controls 5.9 to 5.14, 6.7, 7.9, 7.10, 7.13, 7.14).
 *
 * <pre>{@code
 * Asset db = Asset.builder("A-1", "Customer database", AssetType.INFORMATION)
 *         .owner("Head of Sales").classification("Confidential")
 *         .value(ConsequenceCategory.CONFIDENTIALITY, 5).value(ConsequenceCategory.of("legal"), 4).build();
 * Asset laptop = Asset.builder("A-7", "Laptop 0042", AssetType.HARDWARE).owner("IT").custodian("J. Doe")
 *         .location(AssetLocation.of(AssetLocation.Kind.REMOTE_WORK, "home office"))
 *         .lifecycle(AssetLifecycle.start(AssetState.IN_USE, LocalDate.of(2025, 1, 6))).build();
 * laptop.moveTo(AssetState.RETURNED, LocalDate.of(2026, 3, 31));
 * }</pre>
 *
 * @param id the asset's id, unique in its inventory; not blank
 * @param name a readable name, not blank
 * @param type primary or supporting kind
 * @param owner the accountable owner, or empty
 * @param classification the information classification label, or empty
 * @param values the asset's value per consequence category, as a level of the consequence scale (1 lowest);
 *        sorted by category, unmodifiable
 * @param handling label, acceptable use, location, custodian and maintenance interval (since 0.2)
 * @param lifecycle the lifecycle history, empty if not tracked (since 0.2)
 * @since 0.1
 */
public record Asset(String id, String name, AssetType type, Optional<String> owner, Optional<String> classification,
        Map<ConsequenceCategory, Integer> values, AssetHandling handling, AssetLifecycle lifecycle) {

    /**
     * Validates the components and copies the values.
     *
     * @param id the id, not blank
     * @param name the name, not blank
     * @param type the type, not null
     * @param owner the owner, or empty; never blank when present
     * @param classification the classification, or empty; never blank when present
     * @param values value levels per category, each at least 1
     * @param handling the handling, not null
     * @param lifecycle the lifecycle, not null
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
        Objects.requireNonNull(handling, "asset handling");
        Objects.requireNonNull(lifecycle, "asset lifecycle");
    }

    /**
     * Creates an asset with no handling and an untracked lifecycle (the 0.1 form).
     *
     * @param id the id, not blank
     * @param name the name, not blank
     * @param type the type, not null
     * @param owner the owner, or empty; never blank when present
     * @param classification the classification, or empty; never blank when present
     * @param values value levels per category, each at least 1
     * @throws IllegalArgumentException if a text is blank or a value is below 1
     */
    public Asset(String id, String name, AssetType type, Optional<String> owner, Optional<String> classification,
            Map<ConsequenceCategory, Integer> values) {
        this(id, name, type, owner, classification, values, AssetHandling.none(), AssetLifecycle.untracked());
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

    /** {@return the current lifecycle state, or empty if the lifecycle is not tracked} */
    public Optional<AssetState> state() {
        return lifecycle.state();
    }

    /**
     * Returns the asset after one more lifecycle step.
     *
     * @param step the step, not null
     * @return the asset in its new state
     * @throws IllegalStateException naming the asset if the move is not allowed from its state or goes back in time
     */
    public Asset moveTo(AssetEvent step) {
        try {
            return withLifecycle(lifecycle.moveTo(step));
        } catch (IllegalStateException e) {
            throw new IllegalStateException("asset " + Checks.quote(id) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Returns the asset after one more lifecycle step without note or evidence.
     *
     * @param state the state entered, not null
     * @param date the day, not null
     * @return the asset in its new state
     * @throws IllegalStateException naming the asset if the move is not allowed
     */
    public Asset moveTo(AssetState state, LocalDate date) {
        return moveTo(AssetEvent.of(state, date));
    }

    /**
     * Returns the disposed asset with secure-erasure evidence recorded.
     *
     * @param proof the evidence, not null
     * @return the asset
     * @throws IllegalStateException naming the asset if it is not disposed
     */
    public Asset withErasureEvidence(Evidence proof) {
        try {
            return withLifecycle(lifecycle.withErasureEvidence(proof));
        } catch (IllegalStateException e) {
            throw new IllegalStateException("asset " + Checks.quote(id) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Returns a copy with another lifecycle.
     *
     * @param newLifecycle the lifecycle, not null
     * @return the copy
     */
    public Asset withLifecycle(AssetLifecycle newLifecycle) {
        return new Asset(id, name, type, owner, classification, values, handling, newLifecycle);
    }

    /**
     * Returns a copy with other handling.
     *
     * @param newHandling the handling, not null
     * @return the copy
     */
    public Asset withHandling(AssetHandling newHandling) {
        return new Asset(id, name, type, owner, classification, values, newHandling, lifecycle);
    }

    /**
     * Returns a copy with another owner.
     *
     * @param newOwner the owner, not blank
     * @return the copy
     */
    public Asset withOwner(String newOwner) {
        return new Asset(id, name, type, Optional.of(newOwner), classification, values, handling, lifecycle);
    }

    /** Collects an {@link Asset}'s optional parts; {@link #build()} validates them. Not thread-safe. */
    public static final class Builder {
        private final String id;
        private final String name;
        private final AssetType type;
        private String owner;
        private String classification;
        private final Map<ConsequenceCategory, Integer> values = new TreeMap<>();
        private String label;
        private String acceptableUse;
        private AssetLocation location;
        private String custodian;
        private Period maintenanceInterval;
        private AssetLifecycle lifecycle = AssetLifecycle.untracked();

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
         * Sets the classification label applied to the asset (control 5.13).
         *
         * @param value such as {@code "CONFIDENTIAL - HR"}, not blank
         * @return this builder
         */
        public Builder label(String value) {
            this.label = Objects.requireNonNull(value, "label");
            return this;
        }

        /**
         * Sets the rules for acceptable use, or a reference to them (control 5.10).
         *
         * @param value the rules, not blank; may span lines
         * @return this builder
         */
        public Builder acceptableUse(String value) {
            this.acceptableUse = Objects.requireNonNull(value, "acceptableUse");
            return this;
        }

        /**
         * Sets the location.
         *
         * @param value the location, not null
         * @return this builder
         */
        public Builder location(AssetLocation value) {
            this.location = Objects.requireNonNull(value, "location");
            return this;
        }

        /**
         * Sets the custodian: who holds and looks after the asset for its owner.
         *
         * @param value the person, not blank
         * @return this builder
         */
        public Builder custodian(String value) {
            this.custodian = Objects.requireNonNull(value, "custodian");
            return this;
        }

        /**
         * Sets how often the asset must be maintained (control 7.13).
         *
         * @param interval the interval, positive
         * @return this builder
         */
        public Builder maintenanceEvery(Period interval) {
            this.maintenanceInterval = Objects.requireNonNull(interval, "interval");
            return this;
        }

        /**
         * Sets the lifecycle (default: not tracked).
         *
         * @param value the lifecycle, not null
         * @return this builder
         */
        public Builder lifecycle(AssetLifecycle value) {
            this.lifecycle = Objects.requireNonNull(value, "lifecycle");
            return this;
        }

        /**
         * {@return the asset}
         *
         * @throws IllegalArgumentException if a part is invalid
         */
        public Asset build() {
            AssetHandling h = new AssetHandling(Optional.ofNullable(label), Optional.ofNullable(acceptableUse),
                    Optional.ofNullable(location), Optional.ofNullable(custodian),
                    Optional.ofNullable(maintenanceInterval));
            return new Asset(id, name, type, Optional.ofNullable(owner), Optional.ofNullable(classification), values,
                    h, lifecycle);
        }
    }

    /** {@return the id, the name and the type, such as {@code "A-1 Customer database (information)"}} */
    @Override
    public String toString() {
        return id + " " + name + " (" + type.key() + ")";
    }
}
