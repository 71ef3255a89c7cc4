// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

import static dev.isms.core.ControlType.CORRECTIVE;
import static dev.isms.core.ControlType.DETECTIVE;
import static dev.isms.core.ControlType.PREVENTIVE;
import static dev.isms.core.SecurityProperty.AVAILABILITY;
import static dev.isms.core.SecurityProperty.CONFIDENTIALITY;
import static dev.isms.core.SecurityProperty.INTEGRITY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ControlQueryTest {
    private final Catalog catalog = TestCatalogs.small();

    private static String ids(List<Control> controls) {
        return controls.stream().map(c -> c.id().toString()).collect(Collectors.joining(","));
    }

    @Test
    void emptyQueryMatchesEverything() {
        assertEquals("5.1,5.7,8.17,8.24", ids(catalog.query().list()));
        assertEquals(4, catalog.query().count());
    }

    @Test
    void combinesThemeAnyAllNotAndTitle() {
        ControlQuery q = catalog.query().theme(Theme.TECHNOLOGICAL).any(PREVENTIVE)
                .all(CONFIDENTIALITY, INTEGRITY).not(CORRECTIVE).titleContains("CRYPT");
        assertEquals("8.24", ids(q.list()));
        assertEquals(1, q.count());
        assertEquals(List.of(ControlId.parse("8.24")), q.ids());
        assertEquals("8.24", q.first().orElseThrow().id().toString());
        assertEquals(1, q.stream().count());
    }

    @Test
    void anyNeedsOneValueOfEachClause() {
        assertEquals("5.7,8.17", ids(catalog.query().any(DETECTIVE).list()));
        assertEquals("5.7,8.17", ids(catalog.query().any(DETECTIVE, CORRECTIVE).list()));
        assertEquals("5.7", ids(catalog.query().any(DETECTIVE).any(CORRECTIVE).list()));
        assertEquals("", ids(catalog.query().any().list()));
    }

    @Test
    void allAndNotCombineAcrossCalls() {
        assertEquals("5.1,5.7,8.24", ids(catalog.query().all(AVAILABILITY).list()));
        assertEquals("5.1,8.24", ids(catalog.query().all(AVAILABILITY).not(DETECTIVE).list()));
        assertEquals("8.17", ids(catalog.query().not(CONFIDENTIALITY).not(AVAILABILITY).list()));
    }

    @Test
    void themeCallsIntersect() {
        assertEquals("", ids(catalog.query().theme(Theme.ORGANIZATIONAL).theme(Theme.TECHNOLOGICAL).list()));
        assertEquals("5.1,5.7,8.17,8.24",
                ids(catalog.query().theme(Theme.ORGANIZATIONAL, Theme.TECHNOLOGICAL).list()));
    }

    @Test
    void collectionOverloadsMatchTheVarargsForms() {
        assertEquals(ids(catalog.query().theme(Theme.ORGANIZATIONAL, Theme.PEOPLE).any(DETECTIVE, CORRECTIVE)
                        .all(CONFIDENTIALITY, INTEGRITY).not(PREVENTIVE).list()),
                ids(catalog.query().theme(List.of(Theme.ORGANIZATIONAL, Theme.PEOPLE))
                        .any(List.of(DETECTIVE, CORRECTIVE)).all(Set.of(CONFIDENTIALITY, INTEGRITY))
                        .not(List.of(PREVENTIVE)).list()));
        assertEquals("5.7,8.17", ids(catalog.query().any(List.of(DETECTIVE)).list()));
        assertEquals("", ids(catalog.query().any(List.of()).list()));
        assertEquals("", ids(catalog.query().theme(List.of()).list()));
        assertEquals("8.17", ids(catalog.query().not(List.of(CONFIDENTIALITY, AVAILABILITY)).list()));
        assertThrows(NullPointerException.class, () -> catalog.query().any(Arrays.asList(DETECTIVE, null)));
    }

    @Test
    void controlsWithoutThemeNeverMatchAThemeFilter() {
        Catalog plain = Catalog.builder("p", "P").control(Control.of("1", "One")).build();
        assertEquals(0, plain.query().theme(Theme.values()).count());
        assertEquals(1, plain.query().count());
    }

    @Test
    void titleFiltersIgnoreCaseAndCombine() {
        assertEquals("5.1", ids(catalog.query().titleContains("policies").titleContains("SECURITY").list()));
        assertEquals("", ids(catalog.query().titleContains("policies").titleContains("crypto").list()));
    }

    @Test
    void groupFilterIncludesSubGroups() {
        Catalog c = Catalog.builder("g", "G").group(ControlGroup.of("A.5", "Domain", "domain"))
                .group(ControlGroup.of("A.5.1", "Objective", "objective", "A.5"))
                .group(ControlGroup.of("A.6", "Other", "domain"))
                .control(Control.of("A.5.1.1", "One").withGroup("A.5.1"))
                .control(Control.of("A.6.1.1", "Two").withGroup("A.6")).build();
        assertEquals("A.5.1.1", ids(c.query().inGroup("A.5").list()));
        assertEquals("A.5.1.1", ids(c.query().inGroup("A.5.1").list()));
        assertEquals("", ids(c.query().inGroup("A.5").inGroup("A.6").list()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.query().inGroup("A.9"));
        assertTrue(e.getMessage().contains("'A.9'"));
    }

    @Test
    void matchingAddsAnArbitraryPredicate() {
        assertEquals("8.17", ids(catalog.query().matching(c -> c.id().depth() == 2)
                .matching(c -> c.title().startsWith("Clock")).list()));
    }

    @Test
    void successivePredicatesMustAllHold() {
        assertEquals("5.1,8.17,8.24", ids(catalog.query().matching(c -> c.title().contains("y")).list()));
        assertEquals("8.17,8.24", ids(catalog.query().matching(c -> c.theme().equals(Optional.of(Theme.TECHNOLOGICAL)))
                .matching(c -> c.title().contains("y")).list()));
    }

    @Test
    void queriesAreImmutable() {
        ControlQuery base = catalog.query();
        base.theme(Theme.PEOPLE);
        assertEquals(4, base.count());
        assertEquals(Optional.empty(), catalog.query().theme(Theme.PEOPLE).first());
    }

    @Test
    void rejectsNullValues() {
        assertThrows(NullPointerException.class, () -> catalog.query().any((AttributeValue) null));
        assertThrows(NullPointerException.class, () -> catalog.query().theme((Theme) null));
        assertThrows(NullPointerException.class, () -> catalog.query().titleContains(null));
    }

    @Test
    void statisticsCoverTheMatches() {
        CatalogStatistics s = catalog.query().theme(Theme.TECHNOLOGICAL).statistics();
        assertEquals(2, s.total());
        assertEquals(1, s.count(PREVENTIVE));
        assertEquals(2, s.count(Theme.TECHNOLOGICAL));
        assertEquals(0, s.count(Theme.ORGANIZATIONAL));
    }
}
