// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

import static dev.isms.core.ControlType.CORRECTIVE;
import static dev.isms.core.ControlType.DETECTIVE;
import static dev.isms.core.ControlType.PREVENTIVE;
import static dev.isms.core.CybersecurityConcept.DETECT;
import static dev.isms.core.CybersecurityConcept.IDENTIFY;
import static dev.isms.core.CybersecurityConcept.PROTECT;
import static dev.isms.core.CybersecurityConcept.RESPOND;
import static dev.isms.core.SecurityProperty.AVAILABILITY;
import static dev.isms.core.SecurityProperty.CONFIDENTIALITY;
import static dev.isms.core.SecurityProperty.INTEGRITY;

import dev.isms.core.mapping.Mapping;
import dev.isms.core.mapping.MappingSet;
import dev.isms.core.mapping.Relationship;
import dev.isms.core.requirement.Requirement;
import dev.isms.core.requirement.RequirementSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Small hand-built catalogues, requirements and a mapping for the management-system tests of core (core cannot
 * see the built-ins of isms-catalog; the tests against those live in isms-catalog's test sources).
 */
public final class LifecycleFixtures {
    /** The 2022-style fixture's id. */
    public static final String CATALOG = "test:2022";
    /** The 2013-style fixture's id. */
    public static final String CATALOG_2013 = "test:2013";

    private LifecycleFixtures() {
    }

    /** {@return eight ISO/IEC 27002:2022-style controls in four themes: 5.1, 5.7 (new), 5.36, 6.3, 7.10, 8.8, 8.17, 8.24} */
    public static Catalog catalog() {
        Catalog.Builder b = Catalog.builder(CATALOG, "Test 2022").edition("2022");
        for (Theme t : Theme.values()) {
            b.group(ControlGroup.of(Integer.toString(t.clause()), t.label(), "theme"));
        }
        return b.control(Control.of("5.1", "Policies", Theme.ORGANIZATIONAL, ControlAttributes.of(PREVENTIVE,
                        CONFIDENTIALITY, IDENTIFY)))
                .control(Control.of("5.7", "Threat intelligence", Theme.ORGANIZATIONAL, ControlAttributes.of(PREVENTIVE,
                        DETECTIVE, CORRECTIVE, CONFIDENTIALITY, IDENTIFY, DETECT, RESPOND)))
                .control(Control.of("5.36", "Compliance", Theme.ORGANIZATIONAL, ControlAttributes.of(PREVENTIVE,
                        INTEGRITY, IDENTIFY, PROTECT)))
                .control(Control.of("6.3", "Awareness", Theme.PEOPLE, ControlAttributes.of(PREVENTIVE, CONFIDENTIALITY,
                        PROTECT)))
                .control(Control.of("7.10", "Storage media", Theme.PHYSICAL, ControlAttributes.of(PREVENTIVE,
                        CONFIDENTIALITY, AVAILABILITY, PROTECT)))
                .control(Control.of("8.8", "Vulnerabilities", Theme.TECHNOLOGICAL, ControlAttributes.of(PREVENTIVE,
                        AVAILABILITY, IDENTIFY, PROTECT)))
                .control(Control.of("8.17", "Clock synchronization", Theme.TECHNOLOGICAL, ControlAttributes.of(DETECTIVE,
                        INTEGRITY, PROTECT, DETECT)))
                .control(Control.of("8.24", "Cryptography", Theme.TECHNOLOGICAL, ControlAttributes.of(PREVENTIVE,
                        CONFIDENTIALITY, PROTECT)))
                .build();
    }

    /** {@return ten ISO/IEC 27001:2013-style controls without themes or attributes} */
    public static Catalog catalog2013() {
        return Catalog.builder(CATALOG_2013, "Test 2013").edition("2013")
                .control(Control.of("A.5.1.1", "Policies")).control(Control.of("A.5.1.2", "Policy review"))
                .control(Control.of("A.7.2.2", "Awareness")).control(Control.of("A.8.3.1", "Removable media"))
                .control(Control.of("A.8.3.2", "Disposal of media")).control(Control.of("A.10.1.1", "Crypto policy"))
                .control(Control.of("A.10.1.2", "Key management")).control(Control.of("A.12.4.4", "Clocks"))
                .control(Control.of("A.12.6.1", "Vulnerabilities")).control(Control.of("A.18.2.3", "Compliance review"))
                .build();
    }

    /** {@return the 2013 fixture to the 2022 fixture, shaped like the official table: A.18.2.3 maps to two, 5.7 is new} */
    public static MappingSet mapping() {
        String[][] rows = {{"A.5.1.1", "5.1"}, {"A.5.1.2", "5.1"}, {"A.18.2.3", "5.36"}, {"A.7.2.2", "6.3"},
            {"A.8.3.1", "7.10"}, {"A.8.3.2", "7.10"}, {"A.12.6.1", "8.8"}, {"A.18.2.3", "8.8"}, {"A.12.4.4", "8.17"},
            {"A.10.1.1", "8.24"}, {"A.10.1.2", "8.24"}};
        List<Mapping> out = new ArrayList<>();
        for (String[] r : rows) {
            out.add(Mapping.of(r[0], r[1], Relationship.INTERSECTS_WITH));
        }
        return MappingSet.of("test-2013-to-2022", CATALOG_2013, CATALOG, out);
    }

    /**
     * {@return clauses 4, 4.3, 6, 6.1, 6.1.2, 6.1.3, 9, 9.2, 9.2.1, 9.2.2 (leaves 4.3, 6.1.2, 6.1.3, 9.2.1, 9.2.2;
     * 4.3, 6.1.2, 6.1.3, 9.2.2 require documented information)}
     */
    public static RequirementSet requirements() {
        return RequirementSet.of("test:27001", "Test requirements", "2022", List.of(Requirement.of("4", "Context"),
                documented("4.3", "Scope"), Requirement.of("6", "Planning"), Requirement.of("6.1", "Risks"),
                documented("6.1.2", "Risk assessment"), documented("6.1.3", "Risk treatment"),
                Requirement.of("9", "Performance evaluation"), Requirement.of("9.2", "Internal audit"),
                Requirement.of("9.2.1", "General"), documented("9.2.2", "Audit programme")));
    }

    private static Requirement documented(String id, String title) {
        ControlId cid = ControlId.parse(id);
        return new Requirement(cid, title, cid.parent(), true, Optional.of("Keep it"), Optional.empty());
    }

    /**
     * {@return a reference to a control of the 2022 fixture}
     *
     * @param id the control id
     */
    public static ControlRef ref(String id) {
        return ControlRef.of(CATALOG, id);
    }
}
