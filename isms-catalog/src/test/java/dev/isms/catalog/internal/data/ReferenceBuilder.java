// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.data;

import dev.isms.catalog.Standard;
import dev.isms.catalog.internal.csv.CsvRow;
import dev.isms.catalog.internal.csv.CsvTable;
import dev.isms.core.Attribute;
import dev.isms.core.AttributeValue;
import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.ControlAttributes;
import dev.isms.core.ControlGroup;
import dev.isms.core.ControlId;
import dev.isms.core.Theme;
import dev.isms.core.mapping.Mapping;
import dev.isms.core.mapping.MappingSet;
import dev.isms.core.mapping.Relationship;
import dev.isms.core.requirement.Requirement;
import dev.isms.core.requirement.RequirementSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns the reference CSV tables into core objects; every cell is checked strictly (the converter's first half). */
final class ReferenceBuilder {
    private static final String[] ATTRIBUTE_COLUMNS = {"control_types", "properties", "concepts", "capabilities",
        "domains"};

    private ReferenceBuilder() {
    }

    static Catalog iso27002(CsvTable t, Map<String, String> metadata) {
        Catalog.Builder b = Catalog.builder("iso27002:2022", "ISO/IEC 27002:2022 Information security,"
                + " cybersecurity and privacy protection — Information security controls")
                .edition("2022").publisher("ISO/IEC");
        b.metadata(metadata);
        for (Theme theme : Theme.values()) {
            b.group(ControlGroup.of(Integer.toString(theme.clause()), theme.label() + " controls", "theme"));
        }
        for (CsvRow row : t.rows()) {
            List<AttributeValue> values = new ArrayList<>();
            Attribute[] attributes = Attribute.values();
            for (int i = 0; i < attributes.length; i++) {
                String cell = t.get(row, ATTRIBUTE_COLUMNS[i]);
                for (String tag : cell.isEmpty() ? new String[0] : cell.split("\\|", -1)) {
                    values.add(exactTag(attributes[i], tag, row));
                }
            }
            b.control(Control.of(t.get(row, "id"), t.get(row, "title"), Theme.parse(t.get(row, "theme")),
                    ControlAttributes.of(values)));
        }
        return b.build();
    }

    private static AttributeValue exactTag(Attribute attribute, String tag, CsvRow row) {
        for (AttributeValue v : attribute.vocabulary()) {
            if (v.tagName().equals(tag)) {
                return v;
            }
        }
        throw new IllegalArgumentException("line " + row.line() + ": " + attribute.label()
                + " must be a tag name of the vocabulary but was '" + tag + "'");
    }

    static Catalog iso27001(CsvTable controls, CsvTable headings, Map<String, String> metadata) {
        Catalog.Builder b = Catalog.builder("iso27001:2013", "ISO/IEC 27001:2013 Annex A").edition("2013")
                .publisher("ISO/IEC");
        b.metadata(metadata);
        for (CsvRow row : headings.rows()) {
            String id = headings.get(row, "id");
            String level = headings.get(row, "level");
            String title = headings.get(row, "title");
            switch (level) {
                case "domain" -> b.group(ControlGroup.of(id, title, "domain"));
                case "objective" -> b.group(ControlGroup.of(id, title, "objective", parentOf(id)));
                default -> throw new IllegalArgumentException("line " + row.line()
                        + ": level must be domain or objective but was '" + level + "'");
            }
        }
        Catalog groupsOnly = b.build();
        for (CsvRow row : controls.rows()) {
            String id = controls.get(row, "id");
            String objective = parentOf(id);
            String domain = parentOf(objective);
            String expected = domain + " " + groupsOnly.group(domain).orElseThrow().title();
            if (!expected.equals(controls.get(row, "domain"))) {
                throw new IllegalArgumentException("line " + row.line() + ": domain must be '" + expected
                        + "' but was '" + controls.get(row, "domain") + "'");
            }
            b.control(Control.of(id, controls.get(row, "title")).withGroup(objective));
        }
        return b.build();
    }

    private static String parentOf(String id) {
        return id.substring(0, id.lastIndexOf('.'));
    }

    static RequirementSet requirements(CsvTable t, Map<String, String> metadata) {
        List<Requirement> clauses = new ArrayList<>();
        for (CsvRow row : t.rows()) {
            ControlId id = ControlId.parse(t.get(row, "id"));
            String flag = t.get(row, "requires_documented_information");
            if (!flag.equals("yes") && !flag.equals("no")) {
                throw new IllegalArgumentException("line " + row.line()
                        + ": requires_documented_information must be yes or no but was '" + flag + "'");
            }
            Requirement.Builder r = Requirement.builder(id, t.get(row, "title"))
                    .documentedInformation(flag.equals("yes"));
            id.parent().ifPresent(r::parent);
            optional(t.get(row, "documented_information_note")).ifPresent(r::documentedInformationNote);
            optional(t.get(row, "amd1_2024_change")).ifPresent(r::amendment);
            clauses.add(r.build());
        }
        return RequirementSet.of("iso27001:2022", "ISO/IEC 27001:2022 Information security, cybersecurity and"
                + " privacy protection — Information security management systems — Requirements", "2022", metadata,
                clauses);
    }

    static MappingSet mapping(CsvTable t, Map<String, String> metadata) {
        List<Mapping> mappings = new ArrayList<>();
        for (CsvRow row : t.rows()) {
            String from = t.get(row, "control_2013");
            if (!from.isEmpty()) {
                mappings.add(Mapping.of(from, t.get(row, "control_2022"), Relationship.INTERSECTS_WITH));
            }
        }
        return MappingSet.of("iso27001-2013-to-iso27002-2022", "iso27001:2013", "iso27002:2022", metadata,
                mappings);
    }

    static List<String> newControls(CsvTable t) {
        List<String> out = new ArrayList<>();
        for (CsvRow row : t.rows()) {
            if (t.get(row, "control_2013").isEmpty()) {
                out.add(t.get(row, "control_2022"));
            }
        }
        return out;
    }

    static List<Standard> standards(CsvTable t) {
        List<Standard> out = new ArrayList<>();
        for (CsvRow row : t.rows()) {
            Optional<String> note = optional(t.get(row, "status_note"));
            String part = t.get(row, "part");
            Standard.Builder b = Standard.builder(Integer.parseInt(t.get(row, "number")),
                    Integer.parseInt(t.get(row, "edition_year")), t.get(row, "title"), t.get(row, "kind"))
                    .publisher(publisherOf(note));
            if (!part.isEmpty()) {
                b.part(Integer.parseInt(part));
            }
            optional(t.get(row, "prefix")).ifPresent(b::prefix);
            note.ifPresent(b::note);
            out.add(b.build());
        }
        return out;
    }

    /**
     * Derives the publisher from a register note: the reference table marks the standards ISO publishes alone with
     * a note starting {@code "ISO, not ISO/IEC"}; all others are ISO/IEC.
     */
    static String publisherOf(Optional<String> note) {
        return note.isPresent() && note.get().startsWith("ISO, not ISO/IEC") ? "ISO" : "ISO/IEC";
    }

    private static Optional<String> optional(String cell) {
        return cell.isEmpty() ? Optional.empty() : Optional.of(cell);
    }
}
