// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.register;

import dev.isms.core.Catalog;
import dev.isms.core.ControlRef;
import dev.isms.core.UnknownIdException;
import dev.isms.core.applied.AppliedControlSet;
import dev.isms.core.asset.AssetInventory;
import dev.isms.core.asset.AssetType;
import dev.isms.core.asset.AssetType;
import dev.isms.core.internal.Checks;
import dev.isms.core.soa.InclusionReason;
import dev.isms.risk.ControlEffect;
import dev.isms.risk.RiskEngine;
import dev.isms.risk.RiskModelException;
import dev.isms.risk.RiskProfile;
import dev.isms.risk.RiskScenario;
import dev.isms.risk.RiskScore;
import dev.isms.risk.RiskSource;
import dev.isms.risk.ScoreMismatch;
import dev.isms.risk.Threat;
import dev.isms.risk.Tier;
import dev.isms.risk.TierScore;
import dev.isms.risk.Vulnerability;
import dev.isms.risk.criteria.RiskCriteria;
import dev.isms.risk.internal.TierCalculator;
import dev.isms.risk.internal.TierCalculator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * An immutable, versioned risk register (ISO/IEC 27001:2022 clauses 6.1.2, 6.1.3, 8.2, 8.3): the criteria, the
 * assets, threats, vulnerabilities and risk sources, the scenarios with their stored scores and four-tier profiles,
 * treatments and acceptances, each indexed by id in insertion order.
 *
 * <pre>{@code
 * RiskRegister r = RiskRegister.builder(criteria).assets(inventory).threat(t).vulnerability(v)
 *         .catalog(Catalogs.iso27002_2022()).scenario(s).treatment(t1).build();
 * r.top(5, Tier.RESIDUAL);  r.heatMap(Tier.CURRENT);  r.requiringAttention(clock);  r.verify(engine);
 * RiskRegister next = r.apply(List.of(RegisterEdit.putTreatment(t2), RegisterEdit.removeScenario("R-9")));
 * }</pre>
 *
 * <p>Every change ({@link #apply(Collection)}, or one of the {@code withX} shortcuts built on it) validates the
 * result and returns a new register with the next version; {@link #diff(RiskRegister)} tells what changed. Look-ups
 * by id take constant time; building a register, applying a batch of edits and comparing two registers take time
 * linear in their size; the four tiers of the scenarios are derived on first use and kept. Two registers are
 * {@linkplain #equals(Object) equal} when their contents are, whatever their version numbers.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RiskRegister {
    // Package-private so that Draft (the next version's assembly) and RegisterDiffs read the indexes directly.
    final int version;
    final RiskCriteria criteria;
    final AssetInventory assets;
    final Map<String, Threat> threats;
    final Map<String, Vulnerability> vulnerabilities;
    final Map<String, RiskSource> sources;
    final Map<String, Catalog> catalogs;
    final Map<String, RiskScenario> scenarios;
    final Map<String, RiskTreatment> treatments;
    final Map<String, RiskAcceptance> acceptances;
    final Map<String, List<RiskTreatment>> treatmentsByScenario;
    /**
     * The scenarios' four-tier profiles by id, computed on first use (null until then) and kept: a benign race, as
     * two threads can only compute equal maps. A batch applied to a register whose profiles exist recomputes only
     * the touched scenarios'.
     */
    private volatile Map<String, RiskProfile> profiles;
    private final List<RiskScenario> scenarioList;
    private final List<RiskTreatment> treatmentList;
    private final List<RiskAcceptance> acceptanceList;
    /** The content hash, computed on first use (0 until then; a racy but idempotent cache, as String's). */
    private int hash;

    private RiskRegister(Draft d, RiskRegister previous) {
        this.version = d.version;
        this.criteria = d.criteria;
        this.assets = d.assets;
        this.threats = Collections.unmodifiableMap(d.threats);
        this.vulnerabilities = Collections.unmodifiableMap(d.vulnerabilities);
        this.sources = Collections.unmodifiableMap(d.sources);
        this.catalogs = Collections.unmodifiableMap(d.catalogs);
        this.scenarios = Collections.unmodifiableMap(d.scenarios);
        this.treatments = Collections.unmodifiableMap(d.treatments);
        this.acceptances = Collections.unmodifiableMap(d.acceptances);
        this.treatmentsByScenario = d.treatmentsByScenario();
        this.scenarioList = List.copyOf(scenarios.values());
        this.treatmentList = List.copyOf(treatments.values());
        this.acceptanceList = List.copyOf(acceptances.values());
        Map<String, RiskProfile> known = previous == null ? null : previous.profiles;
        this.profiles = known == null ? null : profiles(d.dirty, known);
    }

    /**
     * Computes the profiles of the dirty scenarios, reusing the others' from a previous version.
     *
     * @param dirty the scenarios to compute, or null for all
     * @param known the previous version's profiles, or null
     * @return the profiles by scenario id; unmodifiable
     */
    private Map<String, RiskProfile> profiles(Set<String> dirty, Map<String, RiskProfile> known) {
        Map<String, RiskProfile> out = new HashMap<>(scenarios.size() * 4 / 3 + 1);
        for (RiskScenario s : scenarioList) {
            RiskProfile p = dirty == null || dirty.contains(s.id()) ? null : known.get(s.id());
            if (p == null) {
                List<AssetType> types = new ArrayList<>(s.affectedAssets().size());
                for (String a : s.affectedAssets()) {
                    types.add(assets.require(a).type());
                }
                p = TierCalculator.profile(s, treatmentsFor(s.id()), criteria, types);
            }
            out.put(s.id(), p);
        }
        return Collections.unmodifiableMap(out);
    }

    /** {@return every scenario's profile, computed on first use} */
    Map<String, RiskProfile> profiles() {
        Map<String, RiskProfile> p = profiles;
        if (p == null) {
            p = profiles(null, null);
            profiles = p;
        }
        return p;
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
        return criteria;
    }

    /** {@return the assets} */
    public AssetInventory assets() {
        return assets;
    }

    /** {@return the threats in insertion order} */
    public List<Threat> threats() {
        return List.copyOf(threats.values());
    }

    /** {@return the vulnerabilities in insertion order} */
    public List<Vulnerability> vulnerabilities() {
        return List.copyOf(vulnerabilities.values());
    }

    /** {@return the risk sources in insertion order} */
    public List<RiskSource> sources() {
        return List.copyOf(sources.values());
    }

    /** {@return the catalogues control references resolve in, in insertion order} */
    public List<Catalog> catalogs() {
        return List.copyOf(catalogs.values());
    }

    /** {@return the scenarios in insertion order} */
    public List<RiskScenario> scenarios() {
        return scenarioList;
    }

    /** {@return the treatments in insertion order} */
    public List<RiskTreatment> treatments() {
        return treatmentList;
    }

    /** {@return the acceptances in insertion order} */
    public List<RiskAcceptance> acceptances() {
        return acceptanceList;
    }

    /**
     * Finds a threat.
     *
     * @param threatId the id, not null
     * @return the threat, or empty
     */
    public Optional<Threat> threat(String threatId) {
        return Optional.ofNullable(threats.get(Objects.requireNonNull(threatId, "threatId")));
    }

    /**
     * Finds a vulnerability.
     *
     * @param vulnerabilityId the id, not null
     * @return the vulnerability, or empty
     */
    public Optional<Vulnerability> vulnerability(String vulnerabilityId) {
        return Optional.ofNullable(vulnerabilities.get(Objects.requireNonNull(vulnerabilityId, "vulnerabilityId")));
    }

    /**
     * Finds a risk source.
     *
     * @param sourceId the id, not null
     * @return the source, or empty
     */
    public Optional<RiskSource> source(String sourceId) {
        return Optional.ofNullable(sources.get(Objects.requireNonNull(sourceId, "sourceId")));
    }

    /**
     * Finds a scenario.
     *
     * @param scenarioId the id, not null
     * @return the scenario, or empty
     */
    public Optional<RiskScenario> scenario(String scenarioId) {
        return Optional.ofNullable(scenarios.get(Objects.requireNonNull(scenarioId, "scenarioId")));
    }

    /**
     * Returns a scenario that must exist.
     *
     * @param scenarioId the id, not null
     * @return the scenario
     * @throws UnknownIdException if there is no such scenario
     */
    public RiskScenario requireScenario(String scenarioId) {
        return scenario(scenarioId).orElseThrow(() -> unknown(scenarioId));
    }

    private UnknownIdException unknown(String scenarioId) {
        return new UnknownIdException("scenario", scenarioId, "risk register version " + version);
    }

    /**
     * Finds a treatment.
     *
     * @param treatmentId the id, not null
     * @return the treatment, or empty
     */
    public Optional<RiskTreatment> treatment(String treatmentId) {
        return Optional.ofNullable(treatments.get(Objects.requireNonNull(treatmentId, "treatmentId")));
    }

    /**
     * Returns a scenario's four-tier profile.
     *
     * @param scenarioId the id, not null
     * @return the profile
     * @throws UnknownIdException if there is no such scenario
     */
    public RiskProfile profile(String scenarioId) {
        RiskProfile p = profiles().get(Objects.requireNonNull(scenarioId, "scenarioId"));
        if (p == null) {
            throw unknown(scenarioId);
        }
        return p;
    }

    /**
     * Returns the treatments of a scenario.
     *
     * @param scenarioId the id, not null
     * @return its treatments in insertion order; empty for an unknown scenario
     */
    public List<RiskTreatment> treatmentsFor(String scenarioId) {
        return treatmentsByScenario.getOrDefault(Objects.requireNonNull(scenarioId, "scenarioId"), List.of());
    }

    /**
     * Returns the acceptance of a scenario, valid or not.
     *
     * @param scenarioId the id, not null
     * @return the acceptance, or empty
     */
    public Optional<RiskAcceptance> acceptance(String scenarioId) {
        return Optional.ofNullable(acceptances.get(Objects.requireNonNull(scenarioId, "scenarioId")));
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
        for (RiskScenario s : top(scenarios.size(), Tier.RESIDUAL)) {
            if (!profiles().get(s.id()).meetsTarget() && !isAccepted(s.id(), today)) {
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
        int rank = criteria.riskLevels().indexOf(level);
        if (rank < 0) {
            throw new IllegalArgumentException("risk level must be one of " + criteria.riskLevels() + " but was "
                    + Checks.quote(level));
        }
        Map<String, RiskProfile> p = profiles();
        return select(s -> p.get(s.id()).tier(tier).rank() == rank);
    }

    private List<RiskScenario> select(Predicate<RiskScenario> condition) {
        List<RiskScenario> out = new ArrayList<>();
        for (RiskScenario s : scenarioList) {
            if (condition.test(s)) {
                out.add(s);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Lists the scenarios a person owns.
     *
     * @param owner the owner, not null
     * @return the scenarios in insertion order
     */
    public List<RiskScenario> ownedBy(String owner) {
        Objects.requireNonNull(owner, "owner");
        return select(s -> s.owner().isPresent() && s.owner().get().equals(owner));
    }

    /**
     * Lists the scenarios that affect an asset.
     *
     * @param assetId the asset id, not null
     * @return the scenarios in insertion order
     */
    public List<RiskScenario> affecting(String assetId) {
        Objects.requireNonNull(assetId, "assetId");
        return select(s -> s.affectedAssets().contains(assetId));
    }

    /**
     * Lists the scenarios that a control is in place for or planned for (by a treatment that is not cancelled).
     *
     * @param control the control, not null
     * @return the scenarios in insertion order
     */
    public List<RiskScenario> using(ControlRef control) {
        Objects.requireNonNull(control, "control");
        Set<String> planned = new HashSet<>();
        for (RiskTreatment t : treatmentList) {
            if (t.status() != TreatmentStatus.CANCELLED && uses(t.controls(), control)) {
                planned.add(t.scenarioId());
            }
        }
        return select(s -> planned.contains(s.id()) || uses(s.existingControls(), control));
    }

    private static boolean uses(List<ControlEffect> effects, ControlRef control) {
        for (ControlEffect e : effects) {
            if (e.control().equals(control)) {
                return true;
            }
        }
        return false;
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
        List<RiskScenario> sorted = new ArrayList<>(scenarioList);
        Map<String, RiskProfile> p = profiles();
        Comparator<RiskScenario> byTier = Comparator.comparingInt(s -> p.get(s.id()).tier(tier).rank());
        Comparator<RiskScenario> byInherent = Comparator.comparingInt(s -> p.get(s.id()).inherent().rank());
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
        return HeatMap.of(tier, criteria, profiles().values());
    }

    /**
     * Drafts a Statement of Applicability of a catalogue from this register (ISO/IEC 27001:2022 clause 6.1.3 d).
     * Each control chosen for a scenario becomes applicable with the {@link InclusionReason#RISK_TREATMENT} reason
     * and that scenario's id; every other control of the catalogue is undecided, needing a decision. A control is
     * chosen by a treatment that is not {@linkplain TreatmentStatus#CANCELLED cancelled} (directly, or through the
     * {@linkplain RiskTreatment#appliedControls() applied controls it names}: the controls they realise), or by an
     * applied control (not {@linkplain dev.isms.core.applied.AppliedControlStatus#RETIRED retired}) that treats a
     * scenario of this register; a retired applied control chooses nothing. An applied-control id that a treatment
     * names but {@code applied} lacks is returned in {@link SoaDraft#unknownAppliedControls()}. A chosen control of
     * another catalogue is mapped through the applied controls realising it onto the controls of this catalogue
     * they realise; one that no applied control maps, or an id the catalogue lacks, is returned in
     * {@link SoaDraft#unplaced()}, never dropped. Implementation statuses derive from the applied
     * controls.
     *
     * @param catalog the catalogue the statement lists, such as ISO/IEC 27002:2022, not null
     * @param applied the organisation's applied controls, not null
     * @param version the statement's version, a one-line text
     * @param date the statement's day, not null
     * @return the draft, the controls it could not place and the applied controls it could not find
     * @throws IllegalArgumentException if the version is blank
     */
    public SoaDraft draftSoa(Catalog catalog, AppliedControlSet applied, String version, LocalDate date) {
        return new SoaDrafter(catalog, applied).draft(this, version, date);
    }

    /**
     * Drafts a Statement of Applicability from the treatments alone, with no applied controls: as
     * {@link #draftSoa(Catalog, AppliedControlSet, String, LocalDate)} with an empty set, so every applied control a
     * treatment names is reported in {@link SoaDraft#unknownAppliedControls()}.
     *
     * @param catalog the catalogue the statement lists, not null
     * @param version the statement's version, a one-line text
     * @param date the statement's day, not null
     * @return the draft, the controls it could not place and the applied controls it could not find
     * @throws IllegalArgumentException if the version is blank
     */
    public SoaDraft draftSoa(Catalog catalog, String version, LocalDate date) {
        return draftSoa(catalog, AppliedControlSet.of(List.of()), version, date);
    }

    /**
     * Compares this register with an older (or newer) one, in time linear in their sizes.
     *
     * @param other the other register, not null
     * @return the differences from {@code other} to this
     */
    public RegisterDiff diff(RiskRegister other) {
        return RegisterDiffs.between(other, this);
    }

    /**
     * Recomputes every stored score of every scenario with the engine and this register's criteria.
     *
     * @param engine the engine, not null
     * @return the scores no longer reproduced, each with its scenario, tier and reason, in scenario order; empty when
     *         every stored score is reproduced exactly
     */
    public List<StaleScore> verify(RiskEngine engine) {
        Objects.requireNonNull(engine, "engine");
        List<StaleScore> out = new ArrayList<>();
        for (RiskScenario s : scenarioList) {
            for (TierScore t : s.scores()) {
                Optional<ScoreMismatch> m = engine.check(t.score(), criteria);
                if (m.isPresent()) {
                    out.add(new StaleScore(s.id(), t.tier(), m.get()));
                }
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Applies edits in order, validates the result once, and returns it as the next version.
     *
     * @param edits the edits, not null
     * @return the new register, version one more than this; {@code this} if there are no edits
     * @throws RiskModelException listing every problem: an edit naming a missing scenario, treatment, acceptance or
     *         score (at {@code edits[i]}), and every inconsistency of the result (unknown references, levels outside
     *         the criteria's scales, dangling treatments or acceptances)
     */
    public RiskRegister apply(Collection<? extends RegisterEdit> edits) {
        List<RegisterEdit> list = List.copyOf(edits);
        if (list.isEmpty()) {
            return this;
        }
        Draft d = new Draft(this);
        for (int i = 0; i < list.size(); i++) {
            d.apply(i, list.get(i));
        }
        d.validateTouched();
        d.throwProblems("risk register edit");
        return new RiskRegister(d, this);
    }

    /**
     * Applies edits in order, validates the result once, and returns it as the next version.
     *
     * @param edits the edits, not null
     * @return the new register; {@code this} if there are no edits
     * @throws RiskModelException as {@link #apply(Collection)}
     */
    public RiskRegister apply(RegisterEdit... edits) {
        return apply(List.of(edits));
    }

    /**
     * Returns the next version with a scenario added, or replaced (in its place) if its id exists.
     *
     * @param scenario the scenario, not null
     * @return the new register
     * @throws RiskModelException if the result is inconsistent
     */
    public RiskRegister withScenario(RiskScenario scenario) {
        return apply(RegisterEdit.putScenario(scenario));
    }

    /**
     * Returns the next version without a scenario, its treatments and its acceptance.
     *
     * @param scenarioId the id, not null
     * @return the new register
     * @throws UnknownIdException if there is no such scenario
     */
    public RiskRegister withoutScenario(String scenarioId) {
        requireScenario(scenarioId);
        return apply(RegisterEdit.removeScenario(scenarioId));
    }

    /**
     * Returns the next version with a treatment added, or replaced (in its place) if its id exists.
     *
     * @param treatment the treatment, not null
     * @return the new register
     * @throws RiskModelException if the treatment names an unknown scenario or control
     */
    public RiskRegister withTreatment(RiskTreatment treatment) {
        return apply(RegisterEdit.putTreatment(treatment));
    }

    /**
     * Returns the next version without a treatment.
     *
     * @param treatmentId the id, not null
     * @return the new register
     * @throws UnknownIdException if there is no such treatment
     */
    public RiskRegister withoutTreatment(String treatmentId) {
        if (treatment(treatmentId).isEmpty()) {
            throw new UnknownIdException("treatment", treatmentId, "risk register version " + version);
        }
        return apply(RegisterEdit.removeTreatment(treatmentId));
    }

    /**
     * Returns the next version with an acceptance recorded, replacing any earlier one of the same scenario.
     *
     * @param acceptance the acceptance, not null
     * @return the new register
     * @throws RiskModelException if the acceptance names an unknown scenario
     */
    public RiskRegister withAcceptance(RiskAcceptance acceptance) {
        return apply(RegisterEdit.putAcceptance(acceptance));
    }

    /**
     * Returns the next version with a score stored for a scenario at a tier, replacing the score the same method gave
     * that tier.
     *
     * @param scenarioId the scenario, not null
     * @param tier the tier the score assesses, not null
     * @param score the score, not null
     * @return the new register
     * @throws UnknownIdException if there is no such scenario
     */
    public RiskRegister withScore(String scenarioId, Tier tier, RiskScore score) {
        requireScenario(scenarioId);
        return apply(RegisterEdit.putScore(scenarioId, tier, score));
    }

    /**
     * Tells whether another register has the same content: criteria, assets, threats, vulnerabilities, risk
     * sources, catalogues, scenarios (with their scores), treatments and acceptances, each in the same order. The
     * version is not compared: a batch of edits and the same edits applied one by one give equal registers.
     *
     * @param o the other object
     * @return true if it is a register with the same content
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof RiskRegister)) {
            return false;
        }
        RiskRegister r = (RiskRegister) o;
        return hashCode() == r.hashCode() && scenarioList.equals(r.scenarioList)
                && treatmentList.equals(r.treatmentList) && acceptanceList.equals(r.acceptanceList)
                && sameOrder(threats, r.threats) && sameOrder(vulnerabilities, r.vulnerabilities)
                && sameOrder(sources, r.sources) && sameOrder(catalogs, r.catalogs) && assets.equals(r.assets)
                && criteria.equals(r.criteria);
    }

    private static boolean sameOrder(Map<String, ?> a, Map<String, ?> b) {
        return a == b || List.copyOf(a.values()).equals(List.copyOf(b.values()));
    }

    /** {@return a hash of the content, consistent with {@link #equals(Object)}; computed once} */
    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = Objects.hash(criteria, assets, List.copyOf(threats.values()), List.copyOf(vulnerabilities.values()),
                    List.copyOf(sources.values()), catalogs.keySet(), scenarioList, treatmentList, acceptanceList);
            hash = h;
        }
        return h;
    }

    /** {@return the version and size} */
    @Override
    public String toString() {
        return "RiskRegister[version " + version + ", " + scenarios.size() + " scenarios, criteria "
                + criteria.reference() + "]";
    }

    /**
     * Collects a register's parts; {@link #build()} validates them all at once. An id repeated within a part
     * (two threats {@code T-1}, two scenarios {@code R-2}, two acceptances of one scenario) is an error there, never
     * a silent replacement. Not thread-safe.
     */
    public static final class Builder {
        private final RiskCriteria criteria;
        private int version = 1;
        private AssetInventory assets = AssetInventory.of();
        private final Draft.Lists lists = new Draft.Lists();

        private Builder(RiskCriteria criteria) {
            this.criteria = criteria;
        }

        /**
         * Sets the version, for a reader restoring a stored register; a new register is version 1.
         *
         * @param value at least 1
         * @return this builder
         * @throws IllegalArgumentException if the value is below 1
         */
        public Builder version(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("register version must be >= 1 but was " + value);
            }
            this.version = value;
            return this;
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
         * @param values the threats, not null
         * @return this builder
         */
        public Builder threat(Threat... values) {
            return threats(List.of(values));
        }

        /**
         * Adds threats.
         *
         * @param values the threats, not null
         * @return this builder
         */
        public Builder threats(Collection<Threat> values) {
            lists.threats.addAll(List.copyOf(values));
            return this;
        }

        /**
         * Adds vulnerabilities.
         *
         * @param values the vulnerabilities, not null
         * @return this builder
         */
        public Builder vulnerability(Vulnerability... values) {
            return vulnerabilities(List.of(values));
        }

        /**
         * Adds vulnerabilities.
         *
         * @param values the vulnerabilities, not null
         * @return this builder
         */
        public Builder vulnerabilities(Collection<Vulnerability> values) {
            lists.vulnerabilities.addAll(List.copyOf(values));
            return this;
        }

        /**
         * Adds risk sources.
         *
         * @param values the sources, not null
         * @return this builder
         */
        public Builder source(RiskSource... values) {
            return sources(List.of(values));
        }

        /**
         * Adds risk sources.
         *
         * @param values the sources, not null
         * @return this builder
         */
        public Builder sources(Collection<RiskSource> values) {
            lists.sources.addAll(List.copyOf(values));
            return this;
        }

        /**
         * Adds catalogues that control references must resolve in.
         *
         * @param values the catalogues, not null
         * @return this builder
         */
        public Builder catalog(Catalog... values) {
            return catalogs(List.of(values));
        }

        /**
         * Adds catalogues that control references must resolve in.
         *
         * @param values the catalogues, not null
         * @return this builder
         */
        public Builder catalogs(Collection<Catalog> values) {
            lists.catalogs.addAll(List.copyOf(values));
            return this;
        }

        /**
         * Adds scenarios.
         *
         * @param values the scenarios, not null
         * @return this builder
         */
        public Builder scenario(RiskScenario... values) {
            return scenarios(List.of(values));
        }

        /**
         * Adds scenarios.
         *
         * @param values the scenarios, not null
         * @return this builder
         */
        public Builder scenarios(Collection<RiskScenario> values) {
            lists.scenarios.addAll(List.copyOf(values));
            return this;
        }

        /**
         * Adds treatments.
         *
         * @param values the treatments, not null
         * @return this builder
         */
        public Builder treatment(RiskTreatment... values) {
            return treatments(List.of(values));
        }

        /**
         * Adds treatments.
         *
         * @param values the treatments, not null
         * @return this builder
         */
        public Builder treatments(Collection<RiskTreatment> values) {
            lists.treatments.addAll(List.copyOf(values));
            return this;
        }

        /**
         * Adds acceptances, at most one per scenario.
         *
         * @param values the acceptances, not null
         * @return this builder
         */
        public Builder acceptance(RiskAcceptance... values) {
            return acceptances(List.of(values));
        }

        /**
         * Adds acceptances, at most one per scenario.
         *
         * @param values the acceptances, not null
         * @return this builder
         */
        public Builder acceptances(Collection<RiskAcceptance> values) {
            lists.acceptances.addAll(List.copyOf(values));
            return this;
        }

        /**
         * {@return the register}
         *
         * @throws RiskModelException listing every problem with its path ({@link RiskModelException#problems()}):
         *         repeated ids, unknown assets, threats, vulnerabilities, sources, catalogues or controls, levels
         *         outside the criteria's scales, treatments or acceptances of unknown scenarios
         */
        public RiskRegister build() {
            Draft d = new Draft(criteria, version, assets, lists.copy());
            d.validateAll();
            d.throwProblems("risk register");
            return new RiskRegister(d, null);
        }
    }
}
