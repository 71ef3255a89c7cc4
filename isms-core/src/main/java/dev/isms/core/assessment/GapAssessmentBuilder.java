// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.assessment;

import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.ControlId;
import dev.isms.core.internal.Checks;
import dev.isms.core.requirement.Requirement;
import dev.isms.core.requirement.RequirementSet;
import dev.isms.core.soa.Applicability;
import dev.isms.core.soa.SoaEntry;
import dev.isms.core.soa.StatementOfApplicability;
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
 * Collects the results of a {@link GapAssessment}, checking each clause and control at once; {@link #build()}
 * checks maturities against the scale and results against the Statement of Applicability. Not thread-safe; the
 * assessment it builds is immutable. Obtain one with {@link GapAssessment#builder}.
 *
 * @since 0.2
 */
public final class GapAssessmentBuilder {
    private static final String LABEL = "gap assessment";

    final RequirementSet requirements;
    final Catalog catalog;
    final LocalDate date;
    MaturityScale scale = MaturityScale.defaultScale();
    private final Map<ControlId, AssessmentResult> clauses = new HashMap<>();
    private final Map<ControlId, AssessmentResult> controls = new HashMap<>();
    final List<DocumentedInformation> documents = new ArrayList<>();
    private StatementOfApplicability soa;

    GapAssessmentBuilder(RequirementSet requirements, Catalog catalog, LocalDate date) {
        this.requirements = Objects.requireNonNull(requirements, "requirements");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.date = Objects.requireNonNull(date, "date");
    }

    /**
     * Sets the maturity scale (default 0 to 5).
     *
     * @param value the scale, not null
     * @return this builder
     */
    public GapAssessmentBuilder scale(MaturityScale value) {
        this.scale = Objects.requireNonNull(value, "scale");
        return this;
    }

    /**
     * Records the result of a leaf clause.
     *
     * @param clause the clause's id, such as {@code "6.1.2"}, not null
     * @param result the result, not null; never not-applicable (clauses 4 to 10 are mandatory)
     * @return this builder
     * @throws IllegalArgumentException if the clause is unknown, has sub-clauses or already has a result, or the
     *         result is not applicable
     */
    public GapAssessmentBuilder clause(String clause, AssessmentResult result) {
        Requirement r = requirements.find(Objects.requireNonNull(clause, "clause")).orElseThrow(() ->
                new IllegalArgumentException(LABEL + " clause must be a clause of requirement set "
                        + Checks.quote(requirements.id()) + " but was " + Checks.quote(clause)));
        List<Requirement> children = requirements.children(clause);
        if (!children.isEmpty()) {
            throw new IllegalArgumentException(LABEL + " clause " + r.id() + " must be a leaf clause (assess its "
                    + children.size() + " sub-clauses, from " + children.get(0).id() + ") but has sub-clauses");
        }
        if (Objects.requireNonNull(result, "result").conformity() == Conformity.NOT_APPLICABLE) {
            throw new IllegalArgumentException(LABEL + " clause " + r.id() + " conformity must not be not-applicable"
                    + " (clauses 4 to 10 are mandatory) but was " + result.conformity().key());
        }
        put(clauses, r.id(), result, "clause");
        return this;
    }

    /**
     * Records the result of a control.
     *
     * @param control the control's id, such as {@code "8.5"}, not null
     * @param result the result, not null
     * @return this builder
     * @throws IllegalArgumentException if the catalogue has no such control or it already has a result
     */
    public GapAssessmentBuilder control(String control, AssessmentResult result) {
        Control c = catalog.find(Objects.requireNonNull(control, "control")).orElseThrow(() ->
                new IllegalArgumentException(LABEL + " control must be a control of catalogue "
                        + Checks.quote(catalog.id()) + " but was " + Checks.quote(control)));
        put(controls, c.id(), Objects.requireNonNull(result, "result"), "control");
        return this;
    }

    private static void put(Map<ControlId, AssessmentResult> into, ControlId id, AssessmentResult r, String kind) {
        if (into.putIfAbsent(id, r) != null) {
            throw new IllegalArgumentException(LABEL + " " + kind + " " + id + " must have one result but was given"
                    + " two");
        }
    }

    /**
     * Takes applicability from a Statement of Applicability of the same catalogue: an excluded control not given a
     * result is not applicable, with the exclusion's justification as its note. {@link #build()} rejects a result
     * that contradicts the statement.
     *
     * @param statement the statement, of this assessment's catalogue
     * @return this builder
     * @throws IllegalArgumentException if the statement is of another catalogue
     */
    public GapAssessmentBuilder applicability(StatementOfApplicability statement) {
        if (!statement.catalogId().equals(catalog.id())) {
            throw new IllegalArgumentException(LABEL + " applicability must come from a statement of catalogue "
                    + Checks.quote(catalog.id()) + " but was of " + Checks.quote(statement.catalogId()));
        }
        this.soa = statement;
        return this;
    }

    /**
     * Records documented information held.
     *
     * @param items the documents, not null; each names a clause of the requirement set
     * @return this builder
     * @throws IllegalArgumentException if a document names an unknown clause
     */
    public GapAssessmentBuilder documents(Collection<DocumentedInformation> items) {
        for (DocumentedInformation d : items) {
            if (requirements.find(d.clause().toString()).isEmpty()) {
                throw new IllegalArgumentException(LABEL + " documented information " + Checks.quote(d.title())
                        + " clause must be a clause of requirement set " + Checks.quote(requirements.id())
                        + " but was " + d.clause());
            }
            documents.add(d);
        }
        return this;
    }

    /**
     * Records documented information held.
     *
     * @param items the documents
     * @return this builder
     * @throws IllegalArgumentException if a document names an unknown clause
     */
    public GapAssessmentBuilder documents(DocumentedInformation... items) {
        return documents(List.of(items));
    }

    /**
     * {@return the assessment}
     *
     * @throws IllegalArgumentException if a maturity lies off the scale, or a control's result contradicts the
     *         Statement of Applicability (an excluded control assessed, an applicable one not applicable)
     */
    public GapAssessment build() {
        return new GapAssessment(this);
    }

    Map<ControlId, AssessmentResult> clauseResults() {
        Map<ControlId, AssessmentResult> out = new LinkedHashMap<>();
        for (Requirement r : requirements.requirements()) {
            if (requirements.children(r.id().toString()).isEmpty()) {
                out.put(r.id(), checked("clause", r.id(), clauses.getOrDefault(r.id(),
                        AssessmentResult.notAssessed())));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    Map<ControlId, AssessmentResult> controlResults() {
        Map<ControlId, AssessmentResult> out = new LinkedHashMap<>();
        for (Control c : catalog.controls()) {
            AssessmentResult given = controls.get(c.id());
            Optional<SoaEntry> entry = soa == null ? Optional.empty() : soa.find(c.id());
            AssessmentResult r = entry.isEmpty() ? given : againstSoa(c.id(), given, entry.get());
            out.put(c.id(), checked("control", c.id(), r == null ? AssessmentResult.notAssessed() : r));
        }
        return Collections.unmodifiableMap(out);
    }

    private AssessmentResult againstSoa(ControlId id, AssessmentResult given, SoaEntry e) {
        boolean excluded = e.applicability() == Applicability.EXCLUDED;
        if (given == null) {
            return excluded ? AssessmentResult.notApplicable("Excluded in the Statement of Applicability "
                    + soa.version() + ": " + e.justification().orElseThrow()) : null;
        }
        boolean notApplicable = given.conformity() == Conformity.NOT_APPLICABLE;
        if (excluded != notApplicable && given.conformity() != Conformity.NOT_ASSESSED) {
            throw new IllegalArgumentException(LABEL + " control " + id + " conformity must be "
                    + (excluded ? "not-applicable, as" : "applicable, as not") + " excluded in the Statement of"
                    + " Applicability " + Checks.quote(soa.version()) + ", but was " + given.conformity().key());
        }
        return given;
    }

    private AssessmentResult checked(String kind, ControlId id, AssessmentResult r) {
        if (r.maturity().isPresent() && !scale.contains(r.maturity().getAsInt())) {
            throw new IllegalArgumentException(LABEL + " " + kind + " " + id + " maturity must be " + scale.min()
                    + ".." + scale.max() + " but was " + r.maturity().getAsInt());
        }
        return r;
    }
}
