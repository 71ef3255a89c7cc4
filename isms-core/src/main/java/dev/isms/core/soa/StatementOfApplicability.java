// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.soa;

import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.ControlId;
import dev.isms.core.UnknownIdException;
import dev.isms.core.applied.AppliedControlSet;
import dev.isms.core.internal.Checks;
import dev.isms.core.internal.Values;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Statement of Applicability (ISO/IEC 27001:2022 clause 6.1.3 d): one entry per control of a catalogue,
 * exactly once, in catalogue order, saying whether it applies, why, and whether it is implemented.
 *
 * <pre>{@code
 * StatementOfApplicability soa = StatementOfApplicability.builder(iso, "1.0", LocalDate.of(2026, 3, 1))
 *         .include(ControlId.parse("8.5"), InclusionReason.RISK_TREATMENT, List.of("R-3"))
 *         .entry(SoaEntry.excluded(ControlId.parse("7.10"), "No removable media in use"))
 *         .appliedControls(applied).build();
 * soa.undecided();            // the controls still needing a decision
 * }</pre>
 *
 * <p>The builder checks every entry against the catalogue (unknown controls and repeats are errors) and lists
 * each control it was given no entry for as {@linkplain Applicability#UNDECIDED undecided}. A draft may hold
 * undecided entries; an {@linkplain #approval() approved} statement may not. Instances are immutable and
 * thread-safe.
 *
 * @since 0.2
 */
public final class StatementOfApplicability {
    private final String catalogId;
    private final String version;
    private final LocalDate date;
    private final Optional<Approval> approval;
    private final List<SoaEntry> entries;
    private final Map<ControlId, Integer> index;

    private StatementOfApplicability(String catalogId, String version, LocalDate date, Optional<Approval> approval,
            List<SoaEntry> entries) {
        this.catalogId = Checks.notBlank(catalogId, "statement of applicability catalogId");
        this.version = Checks.notBlank(version, "statement of applicability version");
        this.date = Objects.requireNonNull(date, "statement of applicability date");
        this.approval = Objects.requireNonNull(approval, "statement of applicability approval");
        this.entries = List.copyOf(entries);
        Map<ControlId, Integer> byId = new HashMap<>();
        for (int i = 0; i < this.entries.size(); i++) {
            byId.put(this.entries.get(i).control(), i);
        }
        this.index = Collections.unmodifiableMap(byId);
        approval.ifPresent(this::checkApprovable);
    }

    private void checkApprovable(Approval a) {
        String label = "statement of applicability " + Checks.quote(version) + " approval";
        Values.notBefore(a.date(), date, label + " date", "the statement's date");
        List<SoaEntry> open = undecided();
        if (!open.isEmpty()) {
            throw new IllegalArgumentException(label + " needs every control decided but " + open.size()
                    + " are undecided, the first " + open.get(0).control());
        }
    }

    /**
     * Starts a statement for a catalogue.
     *
     * @param catalog the catalogue whose controls it lists, not null
     * @param version the document version, such as {@code "1.0"}; a one-line text
     * @param date the day of this version, not null
     * @return a builder
     */
    public static Builder builder(Catalog catalog, String version, LocalDate date) {
        return new Builder(catalog, version, date);
    }

    /** {@return the id of the catalogue whose controls it lists, such as {@code "iso27002:2022"}} */
    public String catalogId() {
        return catalogId;
    }

    /** {@return the document version} */
    public String version() {
        return version;
    }

    /** {@return the day of this version} */
    public LocalDate date() {
        return date;
    }

    /** {@return the approval, or empty for a draft} */
    public Optional<Approval> approval() {
        return approval;
    }

    /** {@return true if not approved} */
    public boolean isDraft() {
        return approval.isEmpty();
    }

    /** {@return every entry, one per control, in catalogue order} */
    public List<SoaEntry> entries() {
        return entries;
    }

    /**
     * Finds the entry of a control.
     *
     * @param control the control's id, not null
     * @return the entry, or empty if the catalogue has no such control
     */
    public Optional<SoaEntry> find(ControlId control) {
        Integer i = index.get(Objects.requireNonNull(control, "control"));
        return i == null ? Optional.empty() : Optional.of(entries.get(i));
    }

    /**
     * Returns the entry of a control that must be listed.
     *
     * @param control the control's id, not null
     * @return the entry
     * @throws UnknownIdException naming the control and the statement if it is not listed
     */
    public SoaEntry require(ControlId control) {
        return find(control).orElseThrow(() -> new UnknownIdException("control", control.toString(),
                "statement of applicability " + Checks.quote(version) + " of catalogue " + Checks.quote(catalogId)));
    }

    /** {@return the applicable entries, in catalogue order} */
    public List<SoaEntry> applicable() {
        return select(Applicability.APPLICABLE);
    }

    /** {@return the excluded entries, in catalogue order} */
    public List<SoaEntry> excluded() {
        return select(Applicability.EXCLUDED);
    }

    /** {@return the entries needing a decision, in catalogue order} */
    public List<SoaEntry> undecided() {
        return select(Applicability.UNDECIDED);
    }

    private List<SoaEntry> select(Applicability a) {
        List<SoaEntry> out = new ArrayList<>();
        for (SoaEntry e : entries) {
            if (e.applicability() == a) {
                out.add(e);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Returns a copy with one entry replaced; the control must be listed.
     *
     * @param entry the new entry, not null
     * @return the copy, as a draft (a changed statement needs a new approval)
     * @throws UnknownIdException if the entry's control is not listed
     */
    public StatementOfApplicability withEntry(SoaEntry entry) {
        List<SoaEntry> copy = new ArrayList<>(entries);
        copy.set(index.get(require(entry.control()).control()), entry);
        return new StatementOfApplicability(catalogId, version, date, Optional.empty(), copy);
    }

    /**
     * Returns a copy whose derived implementation statuses are derived again from applied controls; explicit
     * statuses are kept.
     *
     * @param applied the applied controls, not null
     * @return the copy; approval is kept, since applicability and justifications do not change
     */
    public StatementOfApplicability withStatusesFrom(AppliedControlSet applied) {
        List<SoaEntry> copy = new ArrayList<>(entries.size());
        for (SoaEntry e : entries) {
            copy.add(derive(e, catalogId, applied));
        }
        return new StatementOfApplicability(catalogId, version, date, approval, copy);
    }

    static SoaEntry derive(SoaEntry e, String catalogId, AppliedControlSet applied) {
        return e.implementation().isExplicit() ? e
                : e.withImplementation(Implementation.derive(applied.realising(e.controlRef(catalogId))));
    }

    /**
     * Returns an approved copy under a new version.
     *
     * @param newVersion the version, such as {@code "1.0"}; a one-line text
     * @param by the approval, not before this statement's date
     * @return the approved statement
     * @throws IllegalArgumentException if an entry is undecided (the message names the count and the first) or
     *         the approval predates the statement
     */
    public StatementOfApplicability approve(String newVersion, Approval by) {
        return new StatementOfApplicability(catalogId, newVersion, date, Optional.of(by), entries);
    }

    /**
     * Compares this statement, as the older version, with a newer one.
     *
     * @param newer the newer version, of the same catalogue
     * @return the changes
     * @throws IllegalArgumentException if the catalogues differ
     */
    public SoaDiff diff(StatementOfApplicability newer) {
        return SoaDiff.of(this, newer);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof StatementOfApplicability)) {
            return false;
        }
        StatementOfApplicability s = (StatementOfApplicability) o;
        return catalogId.equals(s.catalogId) && version.equals(s.version) && date.equals(s.date)
                && approval.equals(s.approval) && entries.equals(s.entries);
    }

    @Override
    public int hashCode() {
        return Objects.hash(catalogId, version, date, approval, entries);
    }

    /** {@return the catalogue, version, size and draft state} */
    @Override
    public String toString() {
        return "StatementOfApplicability[" + catalogId + ", " + version + ", " + entries.size() + " controls, "
                + (isDraft() ? "draft" : "approved") + "]";
    }

    /**
     * Collects the entries of a {@link StatementOfApplicability}, checking each against the catalogue at once.
     * Not thread-safe; the statement it builds is immutable. Risk treatments (in {@code dev.isms.risk}) add
     * entries through {@link #include(ControlId, InclusionReason, Collection)}.
     */
    public static final class Builder {
        private final Catalog catalog;
        private final String version;
        private final LocalDate date;
        private final Map<ControlId, SoaEntry> entries = new LinkedHashMap<>();
        private AppliedControlSet applied;
        private Approval approval;

        private Builder(Catalog catalog, String version, LocalDate date) {
            this.catalog = Objects.requireNonNull(catalog, "catalog");
            this.version = version;
            this.date = date;
        }

        /**
         * Adds the entry of a control.
         *
         * @param entry the entry, not null
         * @return this builder
         * @throws IllegalArgumentException if the catalogue has no such control, or it already has an entry
         */
        public Builder entry(SoaEntry entry) {
            ControlId id = known(entry.control());
            if (entries.putIfAbsent(id, entry) != null) {
                throw new IllegalArgumentException("statement of applicability " + Checks.quote(version)
                        + " entries must list control " + id + " once but it was given twice");
            }
            return this;
        }

        /**
         * Adds entries.
         *
         * @param all the entries, not null
         * @return this builder
         * @throws IllegalArgumentException as {@link #entry(SoaEntry)}
         */
        public Builder entries(Collection<SoaEntry> all) {
            for (SoaEntry e : all) {
                entry(e);
            }
            return this;
        }

        /**
         * Includes a control for a reason and links risks, merging with what the control already has: the way a
         * draft is built from risk treatments, one treatment at a time.
         *
         * @param control the control's id, not null
         * @param reason the reason, not null
         * @param riskIds the scenario ids to link, not null; repeats are merged
         * @return this builder
         * @throws IllegalArgumentException if the catalogue has no such control
         * @throws IllegalStateException if the control was excluded
         */
        public Builder include(ControlId control, InclusionReason reason, Collection<String> riskIds) {
            ControlId id = known(control);
            SoaEntry current = entries.getOrDefault(id, SoaEntry.undecided(id));
            entries.put(id, current.include(reason, riskIds));
            return this;
        }

        /**
         * Includes a control because a legal, regulatory, contractual or business requirement asks for it, and
         * links that requirement, merging with what the control already has (other reasons, risks, requirements).
         *
         * <pre>{@code
         * b.includeFor(ControlId.parse("5.34"), InclusionReason.LEGAL_OR_REGULATORY, "GDPR Art. 32");
         * }</pre>
         *
         * @param control the control's id, not null
         * @param reason the reason, not null
         * @param requirement what asks for the control, such as {@code "GDPR Art. 32"} or a contract clause; a
         *        one-line text
         * @return this builder
         * @throws IllegalArgumentException if the catalogue has no such control or the requirement is blank
         * @throws IllegalStateException if the control was excluded
         */
        public Builder includeFor(ControlId control, InclusionReason reason, String requirement) {
            ControlId id = known(control);
            Checks.notBlank(requirement, "statement of applicability entry " + id + " requirement");
            SoaEntry current = entries.getOrDefault(id, SoaEntry.undecided(id)).include(reason, List.of());
            entries.put(id, current.toBuilder().requirements(List.of(requirement)).build());
            return this;
        }

        /**
         * Excludes a control with the justification that clause 6.1.3 d) asks for.
         *
         * @param control the control's id, not null
         * @param justification why the control is not needed; not blank
         * @return this builder
         * @throws IllegalArgumentException if the catalogue has no such control or the justification is blank
         * @throws IllegalStateException if the control was already included: a decision to include it (for a risk,
         *         a law or a contract) is not overridden silently
         */
        public Builder exclude(ControlId control, String justification) {
            ControlId id = known(control);
            SoaEntry current = entries.get(id);
            if (current != null && current.applicability() == Applicability.APPLICABLE) {
                throw new IllegalStateException("SoA entry " + id + " is applicable for " + current.reasons().stream()
                        .map(InclusionReason::key).sorted().toList() + "; it cannot be excluded without a new decision");
            }
            entries.put(id, SoaEntry.excluded(id, justification));
            return this;
        }

        private ControlId known(ControlId control) {
            if (!catalog.contains(Objects.requireNonNull(control, "control").toString())) {
                throw new IllegalArgumentException("statement of applicability " + Checks.quote(version)
                        + " entry control must be a control of catalogue " + Checks.quote(catalog.id()) + " but was "
                        + Checks.quote(control.toString()));
            }
            return control;
        }

        /**
         * Derives each entry's implementation status from applied controls when building (explicit statuses are
         * kept).
         *
         * @param set the applied controls, not null
         * @return this builder
         */
        public Builder appliedControls(AppliedControlSet set) {
            this.applied = Objects.requireNonNull(set, "applied controls");
            return this;
        }

        /**
         * Approves the statement; then no entry may be undecided.
         *
         * @param value the approval, not null
         * @return this builder
         */
        public Builder approval(Approval value) {
            this.approval = Objects.requireNonNull(value, "approval");
            return this;
        }

        /**
         * Builds the statement: every control of the catalogue once, in catalogue order; controls without an
         * entry are undecided.
         *
         * @return the statement
         * @throws IllegalArgumentException if the version is blank, or the statement is approved while an entry is
         *         undecided
         */
        public StatementOfApplicability build() {
            List<SoaEntry> all = new ArrayList<>(catalog.size());
            for (Control c : catalog.controls()) {
                SoaEntry e = entries.getOrDefault(c.id(), SoaEntry.undecided(c.id()));
                all.add(applied == null ? e : derive(e, catalog.id(), applied));
            }
            return new StatementOfApplicability(catalog.id(), version, date, Optional.ofNullable(approval), all);
        }
    }
}
