// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.assessment;

import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.ControlId;
import dev.isms.core.UnknownIdException;
import dev.isms.core.assessment.spi.ScoringStrategy;
import dev.isms.core.requirement.Requirement;
import dev.isms.core.requirement.RequirementSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A gap assessment against a requirement set (ISO/IEC 27001 clauses 4 to 10) and a catalogue (Annex A): one
 * result per leaf clause and per control, the documented information held, and the questions asked of them:
 * prioritised gaps, roll-ups, the state of mandatory documented information.
 *
 * <pre>{@code
 * GapAssessment g = GapAssessment.builder(requirements, iso, LocalDate.of(2026, 3, 1))
 *         .clause("6.1.2", AssessmentResult.of(Conformity.PARTIALLY_CONFORMANT, 2))
 *         .control("8.5", AssessmentResult.of(Conformity.CONFORMANT, 4)).applicability(soa).build();
 * g.rollups(ScoringStrategies.average()).byAttribute(Attribute.CYBERSECURITY_CONCEPT);
 * }</pre>
 *
 * <p>A clause with sub-clauses is assessed through them, so results are given for leaf clauses (6.1.1, 6.1.2,
 * 6.1.3, but not 6.1). Everything not given a result is {@linkplain Conformity#NOT_ASSESSED not assessed}.
 * Instances are immutable and thread-safe.
 *
 * @since 0.2
 */
public final class GapAssessment {
    private final LocalDate date;
    private final MaturityScale scale;
    private final RequirementSet requirements;
    private final Catalog catalog;
    private final Map<ControlId, AssessmentResult> clauses;
    private final Map<ControlId, AssessmentResult> controls;
    private final List<DocumentedInformation> documents;

    GapAssessment(GapAssessmentBuilder b) {
        this.date = Objects.requireNonNull(b.date, "gap assessment date");
        this.scale = b.scale;
        this.requirements = b.requirements;
        this.catalog = b.catalog;
        this.clauses = b.clauseResults();
        this.controls = b.controlResults();
        this.documents = List.copyOf(b.documents);
    }

    /**
     * Starts an assessment.
     *
     * @param requirements the clauses assessed, such as ISO/IEC 27001:2022 clauses 4 to 10, not null
     * @param catalog the controls assessed, such as ISO/IEC 27002:2022, not null
     * @param date the day of the assessment, not null
     * @return a builder; the scale defaults to {@link MaturityScale#defaultScale()}
     */
    public static GapAssessmentBuilder builder(RequirementSet requirements, Catalog catalog, LocalDate date) {
        return new GapAssessmentBuilder(requirements, catalog, date);
    }

    /** {@return the day of the assessment} */
    public LocalDate date() {
        return date;
    }

    /** {@return the maturity scale} */
    public MaturityScale scale() {
        return scale;
    }

    /** {@return the requirement set assessed} */
    public RequirementSet requirements() {
        return requirements;
    }

    /** {@return the catalogue assessed} */
    public Catalog catalog() {
        return catalog;
    }

    /** {@return the result of every leaf clause, in requirement order} */
    public Map<ControlId, AssessmentResult> clauseResults() {
        return clauses;
    }

    /** {@return the result of every control, in catalogue order} */
    public Map<ControlId, AssessmentResult> controlResults() {
        return controls;
    }

    /** {@return the documented information held, in the order given} */
    public List<DocumentedInformation> documents() {
        return documents;
    }

    /**
     * Returns the result of a leaf clause.
     *
     * @param clause the clause's id, not null
     * @return the result
     * @throws UnknownIdException if the id is not a leaf clause of the requirement set
     */
    public AssessmentResult clause(ControlId clause) {
        AssessmentResult r = clauses.get(Objects.requireNonNull(clause, "clause"));
        if (r == null) {
            throw new UnknownIdException("leaf clause", clause.toString(), "requirement set " + requirements.id());
        }
        return r;
    }

    /**
     * Returns the result of a control.
     *
     * @param control the control's id, not null
     * @return the result
     * @throws UnknownIdException if the catalogue has no such control
     */
    public AssessmentResult control(ControlId control) {
        AssessmentResult r = controls.get(Objects.requireNonNull(control, "control"));
        if (r == null) {
            throw UnknownIdException.control(control.toString(), catalog.id());
        }
        return r;
    }

    /** {@return the gaps (not conformant, partially conformant, not assessed) in {@link Gap#PRIORITY} order} */
    public List<Gap> gaps() {
        List<Gap> out = new ArrayList<>();
        for (Requirement r : requirements.requirements()) {
            AssessmentResult a = clauses.get(r.id());
            if (a != null && (a.conformity().isGap() || a.conformity() == Conformity.NOT_ASSESSED)) {
                out.add(new Gap(Gap.Kind.CLAUSE, r.id(), r.title(), a));
            }
        }
        for (Control c : catalog.controls()) {
            AssessmentResult a = controls.get(c.id());
            if (a.conformity().isGap() || a.conformity() == Conformity.NOT_ASSESSED) {
                out.add(new Gap(Gap.Kind.CONTROL, c.id(), c.title(), a));
            }
        }
        out.sort(Gap.PRIORITY);
        return Collections.unmodifiableList(out);
    }

    /**
     * Returns the roll-ups under a scoring strategy.
     *
     * @param strategy the strategy, such as {@link ScoringStrategies#average()}, not null
     * @return the roll-ups, computed when asked for
     */
    public Rollups rollups(ScoringStrategy strategy) {
        return new Rollups(this, Objects.requireNonNull(strategy, "strategy"));
    }

    /**
     * Checks the documented information that the requirement set's clauses require, as of a day: a clause with no
     * document is missing, one with a document past its review day is out of date, otherwise present.
     *
     * @param asOf the day, not null
     * @return one check per clause requiring documented information, in requirement order
     */
    public List<DocumentCheck> documentedInformation(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        List<DocumentCheck> out = new ArrayList<>();
        for (Requirement r : requirements.documentedInformation()) {
            List<DocumentedInformation> held = new ArrayList<>();
            boolean stale = false;
            for (DocumentedInformation d : documents) {
                if (d.clause().equals(r.id())) {
                    held.add(d);
                    stale |= d.isOutOfDate(asOf);
                }
            }
            DocumentStatus s = held.isEmpty() ? DocumentStatus.MISSING
                    : stale ? DocumentStatus.OUT_OF_DATE : DocumentStatus.PRESENT;
            out.add(new DocumentCheck(r, s, held));
        }
        return Collections.unmodifiableList(out);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof GapAssessment)) {
            return false;
        }
        GapAssessment g = (GapAssessment) o;
        return date.equals(g.date) && scale.equals(g.scale) && requirements.equals(g.requirements)
                && catalog.equals(g.catalog) && clauses.equals(g.clauses) && controls.equals(g.controls)
                && documents.equals(g.documents);
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, scale, requirements.id(), catalog.id(), clauses, controls, documents);
    }

    /** {@return the date, the requirement set and the catalogue} */
    @Override
    public String toString() {
        return "GapAssessment[" + date + ", " + requirements.id() + " + " + catalog.id() + "]";
    }
}
