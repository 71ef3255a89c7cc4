// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.register;

import dev.isms.core.Catalog;
import dev.isms.core.ControlRef;
import dev.isms.core.UnknownIdException;
import dev.isms.core.asset.AssetInventory;
import dev.isms.core.asset.AssetType;
import dev.isms.risk.RiskModelException;
import dev.isms.risk.RiskProfile;
import dev.isms.risk.RiskScenario;
import dev.isms.risk.RiskSource;
import dev.isms.risk.Threat;
import dev.isms.risk.Tier;
import dev.isms.risk.Vulnerability;
import dev.isms.risk.criteria.RiskCriteria;
import dev.isms.risk.internal.RegisterValidator;
import dev.isms.risk.internal.TierCalculator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * An immutable, versioned risk register (ISO/IEC 27001:2022 clauses 6.1.2, 6.1.3, 8.2, 8.3): the criteria, the
 * assets, threats, vulnerabilities and risk sources, the scenarios with their four-tier profiles, treatments and
 * acceptances. Every change returns a new register with the next version; {@link #diff(RiskRegister)} tells
 * what changed.
 *
 * <pre>{@code
 * RiskRegister r = RiskRegister.builder(criteria).assets(inventory).threat(t).vulnerability(v)
 *         .catalog(Catalogs.iso27002_2022()).scenario(s).treatment(t1).build();
 * r.top(5, Tier.RESIDUAL);  r.heatMap(Tier.CURRENT);  r.requiringAttention(clock);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RiskRegister {
    private final int version;
    private final Builder parts;
    private final Map<String, RiskProfile> profiles = new LinkedHashMap<>();

    private RiskRegister(Builder b) {
        if (b.version < 1) {
            throw new IllegalArgumentException("register version must be >= 1 but was " + b.version);
        }
        this.version = b.version;
        this.parts = b.copy();
        new RegisterValidator(parts.criteria, parts.assets, parts.threats.keySet(), parts.vulnerabilities.keySet(),
                parts.sources.keySet(), parts.catalogs).validate(parts.scenarios, parts.treatments,
                parts.acceptances);
        for (RiskScenario s : parts.scenarios) {
            List<AssetType> types = new ArrayList<>();
            for (String a : s.affectedAssets()) {
                types.add(parts.assets.require(a).type());
            }
            profiles.put(s.id(), TierCalculator.profile(s, treatmentsFor(s.id()), parts.criteria, types));
        }
    }

    /**
     * Starts a register, version 1.
     *
     * @param criteria the risk criteria, not null
     * @return a builder
     */
    public static Builder builder(RiskCriteria criteria) {
        return new Builder(Objects.requireNonNull(criteria, "criteria"));
    }

    /** {@return the version, 1 for a new register and one more after each change} */
    public int version() {
        return version;
    }

    /** {@return the risk criteria} */
    public RiskCriteria criteria() {
        return parts.criteria;
    }

    /** {@return the assets} */
    public AssetInventory assets() {
        return parts.assets;
    }

    /** {@return the threats in insertion order} */
    public List<Threat> threats() {
        return List.copyOf(parts.threats.values());
    }

    /** {@return the vulnerabilities in insertion order} */
    public List<Vulnerability> vulnerabilities() {
        return List.copyOf(parts.vulnerabilities.values());
    }

    /** {@return the risk sources in insertion order} */
    public List<RiskSource> sources() {
        return List.copyOf(parts.sources.values());
    }

    /** {@return the scenarios in insertion order} */
    public List<RiskScenario> scenarios() {
        return Collections.unmodifiableList(parts.scenarios);
    }

    /** {@return the treatments in insertion order} */
    public List<RiskTreatment> treatments() {
        return Collections.unmodifiableList(parts.treatments);
    }

    /** {@return the acceptances in insertion order} */
    public List<RiskAcceptance> acceptances() {
        return Collections.unmodifiableList(parts.acceptances);
    }

    /**
     * Finds a scenario.
     *
     * @param scenarioId the id, not null
     * @return the scenario, or empty
     */
    public Optional<RiskScenario> scenario(String scenarioId) {
        for (RiskScenario s : parts.scenarios) {
            if (s.id().equals(scenarioId)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns a scenario's four-tier profile.
     *
     * @param scenarioId the id, not null
     * @return the profile
     * @throws UnknownIdException if there is no such scenario
     */
    public RiskProfile profile(String scenarioId) {
        RiskProfile p = profiles.get(Objects.requireNonNull(scenarioId, "scenarioId"));
        if (p == null) {
            throw new UnknownIdException("scenario", scenarioId, "risk register version " + version);
        }
        return p;
    }

    /**
     * Returns the treatments of a scenario.
     *
     * @param scenarioId the id, not null
     * @return its treatments in insertion order
     */
    public List<RiskTreatment> treatmentsFor(String scenarioId) {
        List<RiskTreatment> out = new ArrayList<>();
        for (RiskTreatment t : parts.treatments) {
            if (t.scenarioId().equals(scenarioId)) {
                out.add(t);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Returns the acceptance of a scenario, valid or not.
     *
     * @param scenarioId the id, not null
     * @return the acceptance, or empty
     */
    public Optional<RiskAcceptance> acceptance(String scenarioId) {
        for (RiskAcceptance a : parts.acceptances) {
            if (a.scenarioId().equals(scenarioId)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /**
     * Tells whether a scenario's risk is accepted on a day: it has an acceptance that has not expired.
     *
     * @param scenarioId the id, not null
     * @param day the day, not null
     * @return true if validly accepted
     */
    public boolean isAccepted(String scenarioId, LocalDate day) {
        Optional<RiskAcceptance> a = acceptance(scenarioId);
        return a.isPresent() && a.get().isValidOn(day);
    }

    /**
     * Lists the scenarios whose residual risk exceeds their target and that are not validly accepted today,
     * highest residual level first: what needs a decision.
     *
     * @param clock the clock giving today, not null
     * @return the scenarios
     */
    public List<RiskScenario> requiringAttention(Clock clock) {
        LocalDate today = LocalDate.now(clock);
        List<RiskScenario> out = new ArrayList<>();
        for (RiskScenario s : top(parts.scenarios.size(), Tier.RESIDUAL)) {
            if (!profile(s.id()).meetsTarget() && !isAccepted(s.id(), today)) {
                out.add(s);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Lists the scenarios at one risk level at one tier.
     *
     * @param tier the tier, not null
     * @param level a risk level name of the criteria
     * @return the scenarios in insertion order
     * @throws IllegalArgumentException if the level is not one of the criteria's
     */
    public List<RiskScenario> atLevel(Tier tier, String level) {
        int rank = rank(level);
        return select(s -> profiles.get(s.id()).tier(tier).rank() == rank);
    }

    private List<RiskScenario> select(Predicate<RiskScenario> condition) {
        List<RiskScenario> out = new ArrayList<>();
        for (RiskScenario s : parts.scenarios) {
            if (condition.test(s)) {
                out.add(s);
            }
        }
        return Collections.unmodifiableList(out);
    }

    private int rank(String level) {
        int rank = parts.criteria.riskLevels().indexOf(level);
        if (rank < 0) {
            throw new IllegalArgumentException("risk level must be one of " + parts.criteria.riskLevels()
                    + " but was '" + level + "'");
        }
        return rank;
    }

    /**
     * Lists the scenarios a person owns.
     *
     * @param owner the owner, not null
     * @return the scenarios in insertion order
     */
    public List<RiskScenario> ownedBy(String owner) {
        return select(s -> s.owner().isPresent() && s.owner().get().equals(owner));
    }

    /**
     * Lists the scenarios that affect an asset.
     *
     * @param assetId the asset id, not null
     * @return the scenarios in insertion order
     */
    public List<RiskScenario> affecting(String assetId) {
        return select(s -> s.affectedAssets().contains(assetId));
    }

    /**
     * Lists the scenarios that a control is in place for or planned for.
     *
     * @param control the control, not null
     * @return the scenarios in insertion order
     */
    public List<RiskScenario> using(ControlRef control) {
        return select(s -> s.existingControls().stream().anyMatch(e -> e.control().equals(control))
                || treatmentsFor(s.id()).stream().anyMatch(t -> t.status() != TreatmentStatus.CANCELLED
                        && t.controls().stream().anyMatch(e -> e.control().equals(control))));
    }

    /**
     * Returns the highest risks at a tier.
     *
     * @param n how many, at least 0
     * @param tier the tier, not null
     * @return up to n scenarios, highest rank first; ties by higher inherent rank, then id
     */
    public List<RiskScenario> top(int n, Tier tier) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0 but was " + n);
        }
        List<RiskScenario> sorted = new ArrayList<>(parts.scenarios);
        Comparator<RiskScenario> byTier = Comparator.comparingInt(s -> profiles.get(s.id()).tier(tier).rank());
        Comparator<RiskScenario> byInherent = Comparator.comparingInt(s -> profiles.get(s.id()).inherent().rank());
        sorted.sort(byTier.reversed().thenComparing(byInherent.reversed()).thenComparing(RiskScenario::id));
        return Collections.unmodifiableList(sorted.subList(0, Math.min(n, sorted.size())));
    }

    /**
     * Counts scenarios per likelihood × consequence cell at a tier.
     *
     * @param tier {@link Tier#INHERENT}, {@link Tier#CURRENT} or {@link Tier#RESIDUAL}
     * @return the heat map, sized by the likelihood scale and the largest consequence scale
     * @throws IllegalArgumentException for {@link Tier#TARGET}, which has no likelihood
     */
    public HeatMap heatMap(Tier tier) {
        return HeatMap.of(tier, parts.criteria, profiles.values());
    }

    /**
     * Compares this register with an older (or newer) one.
     *
     * @param other the other register, not null
     * @return the differences from {@code other} to this
     */
    public RegisterDiff diff(RiskRegister other) {
        return RegisterDiffs.between(other, this);
    }

    /**
     * Returns the next version with a scenario added, or replaced if its id exists.
     *
     * @param scenario the scenario, not null
     * @return the new register
     * @throws RiskModelException if the result is inconsistent
     */
    public RiskRegister withScenario(RiskScenario scenario) {
        Builder b = next();
        b.scenarios.removeIf(s -> s.id().equals(scenario.id()));
        return b.scenario(scenario).build();
    }

    /**
     * Returns the next version without a scenario, its treatments and its acceptance.
     *
     * @param scenarioId the id, not null
     * @return the new register
     * @throws UnknownIdException if there is no such scenario
     */
    public RiskRegister withoutScenario(String scenarioId) {
        profile(scenarioId);
        Builder b = next();
        b.scenarios.removeIf(s -> s.id().equals(scenarioId));
        b.treatments.removeIf(t -> t.scenarioId().equals(scenarioId));
        b.acceptances.removeIf(a -> a.scenarioId().equals(scenarioId));
        return b.build();
    }

    /**
     * Returns the next version with a treatment added, or replaced if its id exists.
     *
     * @param treatment the treatment, not null
     * @return the new register
     * @throws RiskModelException if the treatment names an unknown scenario or control
     */
    public RiskRegister withTreatment(RiskTreatment treatment) {
        Builder b = next();
        b.treatments.removeIf(t -> t.id().equals(treatment.id()));
        return b.treatment(treatment).build();
    }

    /**
     * Returns the next version with an acceptance recorded, replacing any earlier one of the same scenario.
     *
     * @param acceptance the acceptance, not null
     * @return the new register
     * @throws RiskModelException if the acceptance names an unknown scenario
     */
    public RiskRegister withAcceptance(RiskAcceptance acceptance) {
        Builder b = next();
        b.acceptances.removeIf(a -> a.scenarioId().equals(acceptance.scenarioId()));
        return b.acceptance(acceptance).build();
    }

    private Builder next() {
        Builder b = parts.copy();
        b.version = version + 1;
        return b;
    }

    /** {@return the version and size} */
    @Override
    public String toString() {
        return "RiskRegister[version " + version + ", " + parts.scenarios.size() + " scenarios, criteria "
                + parts.criteria.reference() + "]";
    }

    /** Collects a register's parts; {@link #build()} validates them all at once. Not thread-safe. */
    public static final class Builder {
        private final RiskCriteria criteria;
        private int version = 1;
        private AssetInventory assets = AssetInventory.of();
        private final Map<String, Threat> threats = new LinkedHashMap<>();
        private final Map<String, Vulnerability> vulnerabilities = new LinkedHashMap<>();
        private final Map<String, RiskSource> sources = new LinkedHashMap<>();
        private final Map<String, Catalog> catalogs = new LinkedHashMap<>();
        private final List<RiskScenario> scenarios = new ArrayList<>();
        private final List<RiskTreatment> treatments = new ArrayList<>();
        private final List<RiskAcceptance> acceptances = new ArrayList<>();

        private Builder(RiskCriteria criteria) {
            this.criteria = criteria;
        }

        private Builder copy() {
            Builder b = new Builder(criteria);
            b.version = version;
            b.assets = assets;
            b.threats.putAll(threats);
            b.vulnerabilities.putAll(vulnerabilities);
            b.sources.putAll(sources);
            b.catalogs.putAll(catalogs);
            b.scenarios.addAll(scenarios);
            b.treatments.addAll(treatments);
            b.acceptances.addAll(acceptances);
            return b;
        }

        /**
         * Sets the asset inventory.
         *
         * @param inventory the assets, not null
         * @return this builder
         */
        public Builder assets(AssetInventory inventory) {
            this.assets = Objects.requireNonNull(inventory, "inventory");
            return this;
        }

        /**
         * Adds threats.
         *
         * @param values the threats, not null; a repeated id replaces
         * @return this builder
         */
        public Builder threat(Threat... values) {
            for (Threat t : values) {
                threats.put(t.id(), t);
            }
            return this;
        }

        /**
         * Adds vulnerabilities.
         *
         * @param values the vulnerabilities, not null; a repeated id replaces
         * @return this builder
         */
        public Builder vulnerability(Vulnerability... values) {
            for (Vulnerability v : values) {
                vulnerabilities.put(v.id(), v);
            }
            return this;
        }

        /**
         * Adds risk sources.
         *
         * @param values the sources, not null; a repeated id replaces
         * @return this builder
         */
        public Builder source(RiskSource... values) {
            for (RiskSource s : values) {
                sources.put(s.id(), s);
            }
            return this;
        }

        /**
         * Adds catalogues that control references must resolve in.
         *
         * @param values the catalogues, not null
         * @return this builder
         */
        public Builder catalog(Catalog... values) {
            for (Catalog c : values) {
                catalogs.put(c.id(), c);
            }
            return this;
        }

        /**
         * Adds scenarios.
         *
         * @param values the scenarios, not null
         * @return this builder
         */
        public Builder scenario(RiskScenario... values) {
            scenarios.addAll(List.of(values));
            return this;
        }

        /**
         * Adds treatments.
         *
         * @param values the treatments, not null
         * @return this builder
         */
        public Builder treatment(RiskTreatment... values) {
            treatments.addAll(List.of(values));
            return this;
        }

        /**
         * Adds acceptances.
         *
         * @param values the acceptances, not null
         * @return this builder
         */
        public Builder acceptance(RiskAcceptance... values) {
            acceptances.addAll(List.of(values));
            return this;
        }

        /**
         * {@return the register}
         *
         * @throws RiskModelException listing every inconsistency: unknown assets, threats, vulnerabilities,
         *         sources, catalogues or controls, levels outside the criteria's scales, duplicate ids
         */
        public RiskRegister build() {
            return new RiskRegister(this);
        }
    }
}
