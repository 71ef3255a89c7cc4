// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.catalog.internal.csv.CsvRow;
import dev.isms.catalog.internal.csv.CsvTable;
import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.ControlGroup;
import dev.isms.core.ControlId;
import dev.isms.core.mapping.Mapping;
import dev.isms.core.mapping.MappingSet;
import dev.isms.core.mapping.Relationship;
import dev.isms.core.requirement.Requirement;
import dev.isms.core.requirement.RequirementSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Compares ISO/IEC 27001:2013 Annex A, the correspondence, the 2022 clauses and the register with the CSVs. */
class ReferenceFidelityTest {

    @Test
    void annexA2013MatchesControlsAndHeadings() {
        Catalog c = Catalogs.iso27001_2013();
        CsvTable controls = SharedData.table("iso27001-2013-annexA.csv");
        CsvTable headings = SharedData.table("iso27001-2013-annexA-headings.csv");
        assertEquals(114, controls.rows().size());
        assertEquals(114, c.size());
        assertEquals(49, headings.rows().size());
        assertEquals(49, c.groups().size());
        for (int i = 0; i < 114; i++) {
            CsvRow row = controls.rows().get(i);
            Control control = c.controls().get(i);
            String id = controls.get(row, "id");
            assertEquals(id, control.id().toString());
            assertEquals(controls.get(row, "title"), control.title(), id);
            String objective = id.substring(0, id.lastIndexOf('.'));
            assertEquals(objective, control.group().orElseThrow(), id);
            String domain = c.group(objective).orElseThrow().parent().orElseThrow();
            assertEquals(controls.get(row, "domain"), domain + " " + c.group(domain).orElseThrow().title(), id);
        }
        int domains = 0;
        for (int i = 0; i < 49; i++) {
            CsvRow row = headings.rows().get(i);
            ControlGroup g = c.groups().get(i);
            assertEquals(headings.get(row, "id"), g.id());
            assertEquals(headings.get(row, "title"), g.title());
            assertEquals(headings.get(row, "level"), g.kind());
            domains += g.parent().isEmpty() ? 1 : 0;
        }
        assertEquals(14, domains);
    }

    @Test
    void correspondenceHasEveryRowAndNoOther() {
        MappingSet m = Catalogs.mapping2013To2022();
        CsvTable t = SharedData.table("mapping-2013-2022.csv");
        assertEquals(126, t.rows().size());
        Set<List<String>> expected = new HashSet<>();
        int newControls = 0;
        for (CsvRow row : t.rows()) {
            if (t.get(row, "control_2013").isEmpty()) {
                newControls++;
                assertTrue(m.sourcesOf(t.get(row, "control_2022")).isEmpty());
            } else {
                expected.add(List.of(t.get(row, "control_2013"), t.get(row, "control_2022")));
            }
        }
        Set<List<String>> actual = new HashSet<>();
        for (Mapping x : m.mappings()) {
            actual.add(List.of(x.sourceId().toString(), x.targetId().toString()));
            assertEquals(Relationship.INTERSECTS_WITH, x.relationship());
        }
        assertEquals(11, newControls);
        assertEquals(126, m.mappings().size() + newControls);
        assertEquals(expected, actual);
        assertEquals(List.of(ControlId.parse("5.36"), ControlId.parse("8.8")), m.targetsOf("A.18.2.3"));
        assertEquals(List.of(ControlId.parse("A.5.1.1"), ControlId.parse("A.5.1.2")), m.sourcesOf("5.1"));
        assertEquals(11, m.targetsWithoutSource(Catalogs.iso27002_2022()).size());
    }

    @Test
    void clausesMatchTheirRows() {
        RequirementSet r = Catalogs.iso27001_2022Requirements();
        CsvTable t = SharedData.table("iso27001-2022-clauses.csv");
        assertEquals(41, t.rows().size());
        assertEquals(41, r.requirements().size());
        for (int i = 0; i < 41; i++) {
            CsvRow row = t.rows().get(i);
            Requirement q = r.requirements().get(i);
            String id = t.get(row, "id");
            assertEquals(id, q.id().toString());
            assertEquals(t.get(row, "title"), q.title(), id);
            assertEquals(t.get(row, "requires_documented_information").equals("yes"), q.documentedInformation(), id);
            assertEquals(optional(t.get(row, "documented_information_note")), q.documentedInformationNote(), id);
            assertEquals(optional(t.get(row, "amd1_2024_change")), q.amendment(), id);
            assertEquals(ControlId.parse(id).parent(), q.parent(), id);
        }
        List<String> documented = new ArrayList<>();
        r.documentedInformation().forEach(q -> documented.add(q.id().toString()));
        assertEquals(List.of("4.3", "5.2", "6.1.2", "6.1.3", "6.2", "7.2", "7.5.1", "8.1", "8.2", "8.3", "9.1",
                "9.2.2", "9.3.3", "10.2"), documented);
        assertEquals(2, r.amended().size());
        assertTrue(r.require("4.1").isAmended() && r.require("4.2").isAmended());
    }

    @Test
    void registerMatchesItsRows() {
        List<Standard> family = Catalogs.iso27000Family();
        CsvTable t = SharedData.table("iso27000-family.csv");
        assertEquals(46, t.rows().size());
        assertEquals(46, family.size());
        for (int i = 0; i < 46; i++) {
            CsvRow row = t.rows().get(i);
            Standard s = family.get(i);
            assertEquals(Integer.parseInt(t.get(row, "number")), s.number());
            String part = t.get(row, "part");
            assertEquals(part.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(part)), s.part());
            assertEquals(Integer.parseInt(t.get(row, "edition_year")), s.edition());
            assertEquals(optional(t.get(row, "prefix")), s.prefix());
            assertEquals(t.get(row, "title"), s.title());
            assertEquals(t.get(row, "kind"), s.kind());
            assertEquals(optional(t.get(row, "status_note")), s.note());
            assertEquals(s.number() == 27799 ? "ISO" : "ISO/IEC", s.publisher(), s.designation());
        }
        assertTrue(family.stream().anyMatch(s -> s.designation().equals("ISO/IEC 27005:2022")));
        assertTrue(family.stream().anyMatch(s -> s.designation().equals("ISO/IEC 27006-1:2024")));
    }

    private static Optional<String> optional(String cell) {
        return cell.isEmpty() ? Optional.empty() : Optional.of(cell);
    }
}
