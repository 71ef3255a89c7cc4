// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec;

import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.ControlGroup;
import dev.isms.core.ControlId;
import dev.isms.core.TextParseException;
import dev.isms.core.Theme;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

// Maps a catalogue DTO onto dev.isms.core.Catalog, collecting every semantic problem with its pointer, and back.
final class CatalogMapping {
    static final String FORMAT = "isms-catalog";

    private CatalogMapping() {
    }

    /** {@return the catalogue}, or throws listing every problem found here and before */
    static Catalog toCatalog(CatalogDto dto, Problems problems) {
        List<ControlGroup> groups = groups(dto.groups() == null ? List.of() : dto.groups(), problems);
        Map<String, String> groupIds = new HashMap<>();
        for (ControlGroup g : groups) {
            groupIds.put(g.id(), g.id());
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
        problems.throwIfAny();
        Catalog.Builder b = Catalog.builder(dto.id(), dto.title()).edition(dto.edition()).publisher(dto.publisher());
        if (dto.metadata() != null) {
            dto.metadata().forEach(b::metadata);
        }
        groups.forEach(b::group);
        b.controls(controls);
        return Builds.build(b::build, problems);
    }

    private static List<ControlGroup> groups(List<GroupDto> dtos, Problems problems) {
        List<ControlGroup> out = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < dtos.size(); i++) {
            GroupDto g = dtos.get(i);
            String at = Pointers.index("/groups", i);
            if (g == null || g.id() == null || g.id().isBlank()) {
                continue;
            }
            String first = seen.putIfAbsent(g.id(), Pointers.field(at, "id"));
            if (first != null) {
                problems.add(Pointers.field(at, "id"), "duplicate group id '" + g.id() + "' (first at " + first + ")");
            } else if (g.parent() != null && !g.parent().isBlank() && (!seen.containsKey(g.parent())
                    || g.parent().equals(g.id()))) {
                problems.add(Pointers.field(at, "parent"), "unknown parent group '" + g.parent()
                        + "'; a parent must be a group listed before its children");
            } else if (g.title() != null && !g.title().isBlank() && g.kind() != null && !g.kind().isBlank()) {
                out.add(new ControlGroup(g.id(), g.title(), g.kind(), Optional.ofNullable(g.parent())));
            }
        }
        return out;
    }

    private static Control control(ControlDto c, String at, Map<String, String> groups, Map<String, String> seen,
            Problems problems) {
        int before = problems.size();
        ControlId id = Builds.controlId(c.id(), Pointers.field(at, "id"), problems);
        if (id != null) {
            String first = seen.putIfAbsent(id.toString(), Pointers.field(at, "id"));
            if (first != null) {
                problems.add(Pointers.field(at, "id"), "duplicate control id '" + id + "' (first at " + first + ")");
            }
        }
        Theme theme = theme(c.theme(), Pointers.field(at, "theme"), problems);
        if (c.group() != null && !c.group().isBlank() && !groups.containsKey(c.group())) {
            problems.add(Pointers.field(at, "group"), "unknown group '" + c.group()
                    + "'; it must be the id of one of the document's groups");
        }
        var attributes = AttributeMapping.toAttributes(c.attributes(), Pointers.field(at, "attributes"), problems);
        ControlId parent = Builds.controlId(c.parent(), Pointers.field(at, "parent"), problems);
        if (parent != null && !seen.containsKey(parent.toString())) {
            problems.add(Pointers.field(at, "parent"), "unknown parent control '" + parent
                    + "'; a parent must be a control listed before its children");
        }
        if (problems.size() == before && id != null && c.title() != null && !c.title().isBlank()) {
            return Builds.build(() -> new Control(id, c.title(), Optional.ofNullable(theme),
                    Optional.ofNullable(c.group()), attributes, Optional.ofNullable(c.text()),
                    Optional.ofNullable(parent)), problems);
        }
        return null;
    }

    private static Theme theme(String text, String at, Problems problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Theme.parse(text);
        } catch (IllegalArgumentException | TextParseException e) {
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
