// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.requirement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.core.ControlId;
import dev.isms.core.UnknownIdException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequirementSetTest {
    private static final Requirement PLANNING = Requirement.of("6", "Planning");
    private static final Requirement ACTIONS = Requirement.of("6.1", "Actions to address risks and opportunities");
    private static final Requirement ASSESSMENT = Requirement.builder("6.1.2",
            "Information security risk assessment").parent("6.1").documentedInformation(true)
            .documentedInformationNote("risk assessment process").build();
    private static final Requirement CONTEXT = Requirement.builder("4.1",
            "Understanding the organization and its context").amendment("climate change").build();
    private final RequirementSet set = RequirementSet.of("test:req", "Requirements", "2022",
            List.of(CONTEXT, PLANNING, ACTIONS, ASSESSMENT));

    @Test
    void navigatesTheTree() {
        assertEquals(List.of(CONTEXT, PLANNING), set.roots());
        assertEquals(List.of(ACTIONS), set.children("6"));
        assertEquals(List.of(ASSESSMENT), set.children("6.1"));
        assertEquals(List.of(), set.children("6.1.2"));
        assertEquals(Optional.of(ASSESSMENT), set.find("6.1.2"));
        assertEquals(Optional.empty(), set.find("11"));
        assertEquals(Optional.empty(), set.find("not an id"));
    }

    @Test
    void looksUpByTypedId() {
        ControlId id = ControlId.parse("6.1");
        assertEquals(Optional.of(ACTIONS), set.find(id));
        assertEquals(ACTIONS, set.require(id));
        assertEquals(List.of(ASSESSMENT), set.children(id));
        assertEquals(Optional.empty(), set.find(ControlId.parse("6.2")));
        assertEquals("unknown clause id '6.2' in requirement set 'test:req'", assertThrows(UnknownIdException.class,
                () -> set.require(ControlId.parse("6.2"))).getMessage());
    }

    @Test
    void listsDocumentedInformationAndAmendments() {
        assertEquals(List.of(ASSESSMENT), set.documentedInformation());
        assertEquals(List.of(CONTEXT), set.amended());
    }

    @Test
    void requireNamesUnknownClauses() {
        UnknownIdException e = assertThrows(UnknownIdException.class, () -> set.require("11"));
        assertEquals("clause", e.kind());
        assertEquals("11", e.id());
        assertEquals("unknown clause id '11' in requirement set 'test:req'", e.getMessage());
        assertThrows(UnknownIdException.class, () -> set.children("12"));
    }

    @Test
    void rejectsOrphansAndDuplicates() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RequirementSet.of("r", "R", "1", List.of(ASSESSMENT)));
        assertTrue(e.getMessage().contains("clause 6.1.2 names parent 6.1, which is not a clause listed before it"));
        IllegalArgumentException d = assertThrows(IllegalArgumentException.class,
                () -> RequirementSet.of("r", "R", "1", List.of(PLANNING, PLANNING)));
        assertTrue(d.getMessage().contains("duplicate clause id 6"));
        List<Requirement> many = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            many.add(PLANNING);
        }
        IllegalArgumentException bounded = assertThrows(IllegalArgumentException.class,
                () -> RequirementSet.of("r", "R", "1", many));
        assertTrue(bounded.getMessage().endsWith("… and 979 more"), bounded.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RequirementSet.of(" ", "R", "1", List.of()));
    }

    @Test
    void equalityAndText() {
        assertEquals(set, RequirementSet.of("test:req", "Requirements", "2022", set.requirements()));
        assertEquals(set.hashCode(), RequirementSet.of("test:req", "Requirements", "2022",
                set.requirements()).hashCode());
        assertNotEquals(set, RequirementSet.of("test:req", "Requirements", "2023", set.requirements()));
        assertEquals("RequirementSet[test:req, 4 clauses]", set.toString());
        assertThrows(UnsupportedOperationException.class, () -> set.requirements().clear());
    }
}
