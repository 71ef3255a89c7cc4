// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.assessment;

import dev.isms.core.ControlId;
import dev.isms.core.UnknownIdException;
import dev.isms.core.internal.Checks;
import dev.isms.core.mapping.MappingSet;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A gap assessment seen through a mapping as the controls of another framework: an ISO/IEC 27001 assessment as
 * NIST CSF 2.0 outcomes, one {@link ProjectedResult} per source control of the mapping, each with the assessed
 * clauses and controls it rests on.
 *
 * <pre>{@code
 * ProjectedAssessment csf = ProjectedAssessment.from(assessment, Catalogs.nistCsf2ToIso27001_2022(),
 *         Catalogs.annexAToIso27002_2022());
 * csf.require(ControlId.parse("PR.DS-01")).conformity();   // PARTIALLY_CONFORMANT
 * }</pre>
 *
 * <p><b>What a mapping target reaches.</b> The mapping runs from the other framework to the assessed one. A target
 * in the assessment's requirement set (same catalogue id) is a clause: a leaf clause counts itself, a clause with
 * sub-clauses counts each of its leaf clauses. A target in the assessment's catalogue is a control. A target in
 * another catalogue reaches the controls a <em>bridge</em> mapping set gives it, such as
 * {@code dev.isms.catalog.Catalogs.annexAToIso27002_2022()} from ISO/IEC 27001 Annex A ({@code A.5.15}) to
 * ISO/IEC 27002 ({@code 5.15}); the relationship is then the row's composed with the bridge's. Rows with
 * {@code no-relationship} reach nothing. An item reached twice counts once (its first row). A target that reaches
 * nothing is an error: ids are never matched by cutting text. The conformity rules are those of
 * {@link ProjectedResult}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.2
 */
public final class ProjectedAssessment {
    private final String catalogId;
    private final String mappingId;
    private final GapAssessment assessment;
    private final Map<ControlId, ProjectedResult> results;

    private ProjectedAssessment(MappingSet mapping, GapAssessment assessment, Map<ControlId, ProjectedResult> out) {
        this.catalogId = mapping.sourceCatalogId();
        this.mappingId = mapping.id();
        this.assessment = assessment;
        this.results = Collections.unmodifiableMap(out);
    }

    /**
     * Projects an assessment through a mapping whose targets are the assessment's clauses or controls.
     *
     * @param assessment the gap assessment, not null
     * @param mapping from the other framework to the assessment's requirement set or catalogue, not null
     * @return the projection
     * @throws IllegalArgumentException if the mapping targets neither, or a target is not a clause or control
     */
    public static ProjectedAssessment from(GapAssessment assessment, MappingSet mapping) {
        return new Projector(assessment, mapping, null).run();
    }

    /**
     * Projects an assessment through a mapping and a bridge for the targets that are not the assessment's own ids.
     *
     * @param assessment the gap assessment, not null
     * @param mapping from the other framework to the assessment's requirement set (or another catalogue), not null
     * @param bridge from the mapping's target catalogue to the assessment's catalogue, not null
     * @return the projection
     * @throws IllegalArgumentException if the bridge does not join the mapping to the assessment's catalogue, or a
     *         target reaches no clause or control; the message names the first such targets and their count
     */
    public static ProjectedAssessment from(GapAssessment assessment, MappingSet mapping, MappingSet bridge) {
        return new Projector(assessment, mapping, Objects.requireNonNull(bridge, "bridge")).run();
    }

    static ProjectedAssessment of(MappingSet mapping, GapAssessment assessment, Map<ControlId, ProjectedResult> out) {
        return new ProjectedAssessment(mapping, assessment, out);
    }

    /** {@return the id of the framework projected onto: the mapping's source catalogue, e.g. {@code nist-csf:2.0}} */
    public String catalogId() {
        return catalogId;
    }

    /** {@return the id of the mapping set projected through} */
    public String mappingId() {
        return mappingId;
    }

    /** {@return the assessment projected} */
    public GapAssessment assessment() {
        return assessment;
    }

    /** {@return one result per source control of the mapping, in mapping order} */
    public List<ProjectedResult> results() {
        return List.copyOf(results.values());
    }

    /**
     * Finds the result of a control of the other framework.
     *
     * @param id such as {@code PR.DS-01}, not null
     * @return the result, or empty if the mapping has no row from it
     */
    public Optional<ProjectedResult> find(ControlId id) {
        return Optional.ofNullable(results.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Returns the result of a control of the other framework that the mapping maps.
     *
     * @param id such as {@code PR.DS-01}, not null
     * @return the result
     * @throws UnknownIdException if the mapping has no row from it
     */
    public ProjectedResult require(ControlId id) {
        return find(id).orElseThrow(() -> new UnknownIdException("control", id.toString(), "mapping set "
                + Checks.quote(mappingId) + " projected from catalogue " + Checks.quote(catalogId)));
    }

    /**
     * Counts the results of one conformity.
     *
     * @param conformity the conformity, not null
     * @return how many results have it
     */
    public int count(Conformity conformity) {
        Objects.requireNonNull(conformity, "conformity");
        return (int) results.values().stream().filter(r -> r.conformity() == conformity).count();
    }

    /** {@return the catalogue, the mapping and the number of results} */
    @Override
    public String toString() {
        return "ProjectedAssessment[" + catalogId + " via " + mappingId + ", " + results.size() + " results]";
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ProjectedAssessment)) {
            return false;
        }
        ProjectedAssessment p = (ProjectedAssessment) o;
        return catalogId.equals(p.catalogId) && mappingId.equals(p.mappingId) && assessment.equals(p.assessment)
                && results.equals(p.results);
    }

    @Override
    public int hashCode() {
        return Objects.hash(catalogId, mappingId, results);
    }
}
