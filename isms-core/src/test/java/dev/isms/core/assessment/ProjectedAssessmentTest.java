// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.core.Control;
import dev.isms.core.ControlId;
import dev.isms.core.LifecycleFixtures;
import dev.isms.core.UnknownIdException;
import dev.isms.core.mapping.Mapping;
import dev.isms.core.mapping.MappingSet;
import dev.isms.core.mapping.Relationship;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Projection of the {@link GapAssessmentTest} fixture onto made-up outcomes, through clauses and an Annex A bridge. */
class ProjectedAssessmentTest {
    private static final GapAssessment G = GapAssessmentTest.assessment();
    private static final MappingSet BRIDGE = bridge();
    private static final MappingSet OUTCOMES = MappingSet.of("outcomes", "test:csf", "test:27001", List.of(
            row("OUT-1", "4.3"), row("OUT-1", "A.5.1"),
            row("OUT-2", "6.1.2"), row("OUT-2", "A.8.24"),
            row("OUT-3", "9.2"),
            row("OUT-4", "A.7.10"),
            row("OUT-5", "A.8.17"),
            row("OUT-6", "A.5.1"), row("OUT-6", "A.8.17"),
            Mapping.of("OUT-7", "A.5.1", Relationship.NO_RELATIONSHIP),
            row("OUT-8", "A.5.7"), row("OUT-8", "A.7.10"),
            row("OUT-9", "6.1"), row("OUT-9", "6.1.2")));

    private static Mapping row(String source, String target) {
        return Mapping.of(source, target, Relationship.SUBSET_OF);
    }

    private static MappingSet bridge() {
        List<Mapping> rows = new ArrayList<>();
        for (Control c : LifecycleFixtures.catalog().controls()) {
            rows.add(Mapping.of(ControlId.parse("A." + c.id()), c.id(), Relationship.EQUAL));
        }
        return MappingSet.of("annex-a", "test:27001", LifecycleFixtures.CATALOG, rows);
    }

    private static ControlId id(String s) {
        return ControlId.parse(s);
    }

    private static List<String> basis(ProjectedResult r) {
        return r.basis().stream().map(b -> b.kind() + " " + b.id() + " as " + b.mappedAs() + " "
                + b.relationship().key() + " " + b.result().conformity().key()).toList();
    }

    @Test
    void derivesEachOutcomeFromTheClausesAndControlsItReaches() {
        ProjectedAssessment p = ProjectedAssessment.from(G, OUTCOMES, BRIDGE);
        assertEquals(List.of("OUT-1 conformant", "OUT-2 partially-conformant", "OUT-3 not-conformant",
                "OUT-4 not-applicable", "OUT-5 not-assessed", "OUT-6 partially-conformant", "OUT-7 not-assessed",
                "OUT-8 not-conformant", "OUT-9 partially-conformant"), p.results().stream()
                .map(r -> r.id() + " " + r.conformity().key()).toList());
        assertEquals(List.of("CLAUSE 4.3 as 4.3 subset-of conformant", "CONTROL 5.1 as A.5.1 subset-of conformant"),
                basis(p.require(id("OUT-1"))));
        assertEquals(2, p.count(Conformity.NOT_ASSESSED));
        assertEquals("test:csf", p.catalogId());
        assertEquals("outcomes", p.mappingId());
        assertEquals(G, p.assessment());
    }

    @Test
    void aClauseWithSubClausesCountsEachLeafOnce() {
        ProjectedAssessment p = ProjectedAssessment.from(G, OUTCOMES, BRIDGE);
        assertEquals(List.of("CLAUSE 9.2.1 as 9.2 subset-of not-assessed", "CLAUSE 9.2.2 as 9.2 subset-of"
                + " not-conformant"), basis(p.require(id("OUT-3"))));
        assertEquals(List.of("CLAUSE 6.1.2 as 6.1 subset-of partially-conformant", "CLAUSE 6.1.3 as 6.1 subset-of"
                + " not-assessed"), basis(p.require(id("OUT-9"))));
        assertEquals(List.of(), p.require(id("OUT-7")).basis(), "a no-relationship row reaches nothing");
    }

    @Test
    void countsExcludedControlsOutAndKeepsTheWeakestMaturity() {
        ProjectedAssessment p = ProjectedAssessment.from(G, OUTCOMES, BRIDGE);
        ProjectedResult r8 = p.require(id("OUT-8"));
        assertEquals(1, r8.counted());
        assertEquals(0, r8.conformant());
        assertEquals(OptionalInt.of(0), r8.maturity());
        assertEquals(OptionalInt.of(4), p.require(id("OUT-1")).maturity());
        assertEquals(2, p.require(id("OUT-1")).conformant());
        assertEquals(OptionalInt.empty(), p.require(id("OUT-5")).maturity());
    }

    @Test
    void aMappingOntoTheCatalogueNeedsNoBridge() {
        MappingSet direct = MappingSet.of("direct", "test:csf", LifecycleFixtures.CATALOG, List.of(
                row("OUT-1", "5.1"), row("OUT-1", "8.24")));
        ProjectedAssessment p = ProjectedAssessment.from(G, direct);
        assertEquals(Conformity.PARTIALLY_CONFORMANT, p.require(id("OUT-1")).conformity());
        MappingSet clauses = MappingSet.of("clauses", "test:csf", "test:27001", List.of(row("OUT-1", "4.3")));
        assertEquals(Conformity.CONFORMANT, ProjectedAssessment.from(G, clauses).require(id("OUT-1")).conformity());
    }

    @Test
    void findsAndRequiresOutcomes() {
        ProjectedAssessment p = ProjectedAssessment.from(G, OUTCOMES, BRIDGE);
        assertTrue(p.find(id("OUT-2")).isPresent());
        assertTrue(p.find(id("OUT-99")).isEmpty());
        UnknownIdException e = assertThrows(UnknownIdException.class, () -> p.require(id("OUT-99")));
        assertEquals("control", e.kind());
        assertTrue(e.getMessage().contains("'OUT-99'") && e.getMessage().contains("'outcomes'"), e.getMessage());
        assertEquals("ProjectedAssessment[test:csf via outcomes, 9 results]", p.toString());
        assertEquals(p, ProjectedAssessment.from(G, OUTCOMES, BRIDGE));
        assertEquals(p.hashCode(), ProjectedAssessment.from(G, OUTCOMES, BRIDGE).hashCode());
        assertNotEquals(p, ProjectedAssessment.from(G, MappingSet.of("outcomes", "test:csf", "test:27001",
                List.of(row("OUT-1", "4.3")))));
        assertNotEquals(p, p.toString());
    }

    @Test
    void rejectsATargetThatReachesNothingNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ProjectedAssessment.from(G, OUTCOMES));
        assertEquals("projection mapping 'outcomes' targets must each reach a clause of 'test:27001' or a control of"
                + " 'test:2022' but 5 reach nothing: [A.5.1, A.8.24, A.7.10, A.8.17, A.5.7]", e.getMessage());
        MappingSet many = MappingSet.of("many", "test:csf", "test:27001", List.of(row("X", "A.1"), row("X", "A.2"),
                row("X", "A.3"), row("X", "A.4"), row("X", "A.5"), row("X", "A.6")));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ProjectedAssessment.from(G, many, BRIDGE))
                .getMessage().endsWith("(through bridge 'annex-a') but 6 reach nothing: [A.1, A.2, A.3, A.4, A.5]"
                + " ..."));
    }

    @Test
    void rejectsAMappingOrBridgeThatDoesNotJoinTheAssessment() {
        MappingSet elsewhere = MappingSet.of("elsewhere", "test:csf", "other", List.of(row("X", "1")));
        assertEquals("projection mapping 'elsewhere' must target the assessment's requirement set 'test:27001' or"
                + " catalogue 'test:2022' (or come with a bridge to it) but targets 'other'",
                assertThrows(IllegalArgumentException.class, () -> ProjectedAssessment.from(G, elsewhere))
                        .getMessage());
        assertEquals("projection bridge 'annex-a:inverse' must map 'test:27001' to 'test:2022' but maps 'test:2022'"
                + " to 'test:27001'", assertThrows(IllegalArgumentException.class,
                () -> ProjectedAssessment.from(G, OUTCOMES, BRIDGE.inverse())).getMessage());
        assertThrows(NullPointerException.class, () -> ProjectedAssessment.from(G, OUTCOMES, null));
        assertThrows(NullPointerException.class, () -> ProjectedAssessment.from(null, OUTCOMES));
        assertThrows(NullPointerException.class, () -> ProjectedAssessment.from(G, OUTCOMES, BRIDGE)
                .count(null));
    }
}
