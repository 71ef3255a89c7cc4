// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec;

import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.ControlAttributes;
import dev.isms.core.ControlGroup;
import dev.isms.core.ControlId;
import dev.isms.core.TextParseException;
import dev.isms.core.Theme;
import dev.isms.core.internal.Checks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

// Maps a catalogue DTO onto dev.isms.core.Catalog, collecting every problem with its pointer, once, and back.
final class CatalogMapping {
    static final String FORMAT = "isms-catalog";
    private static final Pattern CATALOG_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.:_-]{0,99}");

    private CatalogMapping() {
    }

    /** {@return the catalogue}, or throws listing every problem found here and before */
    static Catalog toCatalog(CatalogDto dto, Problems problems) {
        header(dto, problems);
        List<ControlGroup> groups = groups(dto.groups() == null ? List.of() : dto.groups(), problems);
        Map<String, ControlGroup> groupIds = new HashMap<>();
        for (ControlGroup g : groups) {
            groupIds.put(g.id(), g);
        }
        List<Control> controls = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        List<ControlDto> all = dto.controls() == null ? List.of() : dto.controls();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) != null) {
                Control c = control(all.get(i), Pointers.index("/controls", i), groupIds, seen, problems);
                if (c != null) {
                    controls.add(c);
                }
            }
        }
        return Builds.document(() -> Catalog.builder(dto.id(), dto.title()).edition(dto.edition())
                .publisher(dto.publisher()).metadata(dto.metadata() == null ? Map.of() : dto.metadata())
                .groups(groups).controls(controls).build(), problems);
    }

    private static void header(CatalogDto dto, Problems problems) {
        if (dto.id() != null && !CATALOG_ID.matcher(dto.id()).matches()) {
            problems.add("/id", "must be 1..100 letters, digits and '.', ':', '-', '_' (not first) but was "
                    + Checks.quote(dto.id()));
        }
        Fields.oneLine(dto.title(), "/title", problems);
        Fields.oneLine(dto.edition(), "/edition", problems);
        Fields.oneLine(dto.publisher(), "/publisher", problems);
        Fields.metadata(dto.metadata(), problems);
    }

    private static List<ControlGroup> groups(List<GroupDto> dtos, Problems problems) {
        List<ControlGroup> out = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < dtos.size(); i++) {
            GroupDto g = dtos.get(i);
            String at = Pointers.index("/groups", i);
            if (g == null) {
                continue;
            }
            int before = problems.size();
            Fields.oneLine(g.id(), Pointers.field(at, "id"), problems);
            Fields.oneLine(g.title(), Pointers.field(at, "title"), problems);
            Fields.oneLine(g.kind(), Pointers.field(at, "kind"), problems);
            Fields.oneLine(g.parent(), Pointers.field(at, "parent"), problems);
            if (problems.size() > before || g.id() == null) {
                continue;
            }
            String first = seen.putIfAbsent(g.id(), Pointers.field(at, "id"));
            if (first != null) {
                problems.add(Pointers.field(at, "id"), "duplicate group id " + Checks.quote(g.id()) + " (first at "
                        + first + ")");
            } else if (g.parent() != null && (!seen.containsKey(g.parent()) || g.parent().equals(g.id()))) {
                problems.add(Pointers.field(at, "parent"), "unknown parent group " + Checks.quote(g.parent())
                        + "; a parent must be a group listed before its children");
            } else if (g.title() != null && g.kind() != null) {
                out.add(g.parent() == null ? ControlGroup.of(g.id(), g.title(), g.kind())
                        : ControlGroup.of(g.id(), g.title(), g.kind(), g.parent()));
            }
        }
        return out;
    }

    private static Control control(ControlDto c, String at, Map<String, ControlGroup> groups,
            Map<String, String> seen, Problems problems) {
        int before = problems.size();
        ControlId id = Builds.controlId(c.id(), Pointers.field(at, "id"), problems);
        if (id != null) {
            String first = seen.putIfAbsent(id.toString(), Pointers.field(at, "id"));
            if (first != null) {
                problems.add(Pointers.field(at, "id"), "duplicate control id '" + id + "' (first at " + first + ")");
            }
        }
        Fields.oneLine(c.title(), Pointers.field(at, "title"), problems);
        Fields.freeText(c.text(), Pointers.field(at, "text"), problems);
        Theme theme = theme(c.theme(), Pointers.field(at, "theme"), problems);
        int beforeGroup = problems.size();
        Fields.oneLine(c.group(), Pointers.field(at, "group"), problems);
        if (problems.size() == beforeGroup && c.group() != null && !groups.containsKey(c.group())) {
            problems.add(Pointers.field(at, "group"), "unknown group " + Checks.quote(c.group())
                    + "; it must be the id of one of the document's groups");
        }
        ControlAttributes attributes = AttributeMapping.toAttributes(c.attributes(), Pointers.field(at, "attributes"),
                problems);
        ControlId parent = parent(c.parent(), id, Pointers.field(at, "parent"), seen, problems);
        if (problems.size() > before || id == null || c.title() == null) {
            return null;
        }
        Control.Builder b = Control.builder(id, c.title()).attributes(attributes);
        if (theme != null) {
            b.theme(theme);
        }
        if (c.group() != null) {
            b.group(c.group());
        }
        if (c.text() != null) {
            b.text(c.text());
        }
        if (parent != null) {
            b.parent(parent);
        }
        return Builds.build(b::build, Pointers.field(at, theme != null && c.group() != null ? "group" : "id"),
                problems);
    }

    /** {@return the parent's id}, or null when absent or reported: it must be another control listed before */
    private static ControlId parent(String text, ControlId id, String at, Map<String, String> seen,
            Problems problems) {
        ControlId parent = Builds.controlId(text, at, problems);
        if (parent != null && parent.equals(id)) {
            problems.add(at, "control parent must differ from the control id but was " + Checks.quote(text));
            return null;
        }
        if (parent != null && !seen.containsKey(parent.toString())) {
            problems.add(at, "unknown parent control " + Checks.quote(text)
                    + "; a parent must be a control listed before its children");
            return null;
        }
        return parent;
    }

    private static Theme theme(String text, String at, Problems problems) {
        if (text == null) {
            return null;
        }
        try {
            return Theme.parse(text);
        } catch (TextParseException e) {
            problems.add(at, e.getMessage());
            return null;
        }
    }

    /** {@return the DTO of a catalogue, ready to write} */
    static CatalogDto fromCatalog(Catalog catalog) {
        List<GroupDto> groups = new ArrayList<>();
        for (ControlGroup g : catalog.groups()) {
            groups.add(new GroupDto(g.id(), g.title(), g.kind(), g.parent().orElse(null)));
        }
        List<ControlDto> controls = new ArrayList<>();
        for (Control c : catalog.controls()) {
            controls.add(new ControlDto(c.id().toString(), c.title(), c.theme().map(Theme::label).orElse(null),
                    c.group().orElse(null), AttributeMapping.fromAttributes(c.attributes()), c.text().orElse(null),
                    c.parent().map(ControlId::toString).orElse(null)));
        }
        return new CatalogDto(FORMAT, DocumentReader.FORMAT_VERSION, catalog.id(), catalog.title(),
                catalog.edition(), catalog.publisher(), new LinkedHashMap<>(catalog.metadata()), groups, controls);
    }
}
