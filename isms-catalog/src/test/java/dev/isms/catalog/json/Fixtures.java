// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.json;

import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.ControlAttributes;
import dev.isms.core.ControlGroup;
import dev.isms.core.ControlType;
import dev.isms.core.CybersecurityConcept;
import dev.isms.core.OperationalCapability;
import dev.isms.core.SecurityDomain;
import dev.isms.core.SecurityProperty;
import dev.isms.core.Theme;
import dev.isms.core.mapping.Mapping;
import dev.isms.core.mapping.MappingSet;
import dev.isms.core.mapping.Rationale;
import dev.isms.core.mapping.Relationship;
import dev.isms.core.requirement.Requirement;
import dev.isms.core.requirement.RequirementSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

// Small hand-built documents and values shared by the JSON tests.
final class Fixtures {
    private Fixtures() {
    }

    static Catalog catalog() {
        ControlAttributes policies = ControlAttributes.of(ControlType.PREVENTIVE, SecurityProperty.CONFIDENTIALITY,
                SecurityProperty.INTEGRITY, SecurityProperty.AVAILABILITY, CybersecurityConcept.IDENTIFY,
                OperationalCapability.GOVERNANCE, SecurityDomain.GOVERNANCE_AND_ECOSYSTEM, SecurityDomain.RESILIENCE);
        return Catalog.builder("iso27002:2022", "Information security controls").edition("2022")
                .publisher("ISO/IEC").metadata("source", "reference.csv").metadata("contentVersion", "1")
                .group(ControlGroup.of("5", "Organizational controls", "theme"))
                .group(ControlGroup.of("5.x", "Sub \"group\"", "objective", "5"))
                .control(Control.of("5.1", "Policies for information security", Theme.ORGANIZATIONAL, policies))
                .control(Control.of("5.2", "Roles", Theme.ORGANIZATIONAL, ControlAttributes.none())
                        .withGroup("5.x").withText("Line one\nline \"two\" — ünïcødé"))
                .control(Control.of("A.9", "No theme"))
                .build();
    }

    static String catalogJson(String controls) {
        return """
                {"format": "isms-catalog", "formatVersion": 1, "id": "t:1", "title": "T", "edition": "1",
                 "publisher": "P", "metadata": {"a": "b"},
                 "groups": [{"id": "5", "title": "Organizational controls", "kind": "theme"}],
                 "controls": [%s]}
                """.formatted(controls);
    }

    static String control(String id, String extra) {
        return "{\"id\": \"" + id + "\", \"title\": \"Title " + id + "\"" + extra + "}";
    }

    static MappingSet mappingSet() {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("source", "mapping.csv");
        metadata.put("note", "z before a");
        return MappingSet.of("m:2013-2022", "iso27001:2013", "iso27002:2022", metadata, List.of(
                Mapping.of("A.5.1.1", "5.1", Relationship.INTERSECTS_WITH).withRationale(Rationale.SEMANTIC)
                        .withStrength(7),
                Mapping.of("A.5.1.2", "5.1", Relationship.SUBSET_OF)));
    }

    static RequirementSet requirementSet() {
        return RequirementSet.of("iso27001:2022", "ISMS requirements", "2022", Map.of("source", "clauses.csv"),
                List.of(Requirement.of("4", "Context"),
                        Requirement.builder("4.1", "Understanding").parent("4").documentedInformation(true)
                                .documentedInformationNote("Scope").amendment("Amd 1:2024 added climate").build()));
    }
}
