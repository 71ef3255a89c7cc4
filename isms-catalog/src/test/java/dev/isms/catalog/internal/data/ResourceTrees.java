// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.data;

import dev.isms.catalog.Standard;
import dev.isms.core.Attribute;
import dev.isms.core.AttributeValue;
import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.ControlAttributes;
import dev.isms.core.ControlGroup;
import dev.isms.core.mapping.Mapping;
import dev.isms.core.mapping.MappingSet;
import dev.isms.core.requirement.Requirement;
import dev.isms.core.requirement.RequirementSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns core objects into ordered value trees in the shared JSON formats (the converter's second half). */
final class ResourceTrees {
    private static final String[] ATTRIBUTE_KEYS = {"controlTypes", "securityProperties", "cybersecurityConcepts",
        "operationalCapabilities", "securityDomains"};

    private ResourceTrees() {
    }

    static Map<String, Object> catalog(Catalog c) {
        Map<String, Object> m = header("isms-catalog", c.id());
        m.put("title", c.title());
        m.put("edition", c.edition());
        m.put("publisher", c.publisher());
        m.put("metadata", new LinkedHashMap<>(c.metadata()));
        List<Object> groups = new ArrayList<>();
        for (ControlGroup g : c.groups()) {
            Map<String, Object> gm = new LinkedHashMap<>();
            gm.put("id", g.id());
            gm.put("title", g.title());
            gm.put("kind", g.kind());
            g.parent().ifPresent(p -> gm.put("parent", p));
            groups.add(gm);
        }
        m.put("groups", groups);
        List<Object> controls = new ArrayList<>();
        for (Control control : c.controls()) {
            controls.add(control(control));
        }
        m.put("controls", controls);
        return m;
    }

    private static Map<String, Object> control(Control c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id().toString());
        m.put("title", c.title());
        c.theme().ifPresent(t -> m.put("theme", t.label()));
        c.group().ifPresent(g -> m.put("group", g));
        if (!c.attributes().isEmpty()) {
            m.put("attributes", attributes(c.attributes()));
        }
        c.text().ifPresent(t -> m.put("text", t));
        return m;
    }

    private static Map<String, Object> attributes(ControlAttributes a) {
        Map<String, Object> m = new LinkedHashMap<>();
        Attribute[] all = Attribute.values();
        for (int i = 0; i < all.length; i++) {
            List<Object> names = new ArrayList<>();
            for (AttributeValue v : a.values(all[i])) {
                names.add(v.tagName());
            }
            m.put(ATTRIBUTE_KEYS[i], names);
        }
        return m;
    }

    static Map<String, Object> requirements(RequirementSet s) {
        Map<String, Object> m = header("isms-requirements", s.id());
        m.put("title", s.title());
        m.put("edition", s.edition());
        m.put("metadata", new LinkedHashMap<>(s.metadata()));
        List<Object> list = new ArrayList<>();
        for (Requirement r : s.requirements()) {
            Map<String, Object> rm = new LinkedHashMap<>();
            rm.put("id", r.id().toString());
            rm.put("title", r.title());
            r.parent().ifPresent(p -> rm.put("parent", p.toString()));
            rm.put("documentedInformation", r.documentedInformation());
            r.documentedInformationNote().ifPresent(n -> rm.put("documentedInformationNote", n));
            r.amendment().ifPresent(a -> rm.put("amendment", a));
            list.add(rm);
        }
        m.put("requirements", list);
        return m;
    }

    static Map<String, Object> mapping(MappingSet s) {
        Map<String, Object> m = header("isms-mapping", s.id());
        m.put("sourceCatalog", s.sourceCatalogId());
        m.put("targetCatalog", s.targetCatalogId());
        m.put("metadata", new LinkedHashMap<>(s.metadata()));
        List<Object> list = new ArrayList<>();
        for (Mapping x : s.mappings()) {
            Map<String, Object> xm = new LinkedHashMap<>();
            xm.put("source", x.sourceId().toString());
            xm.put("target", x.targetId().toString());
            xm.put("relationship", x.relationship().key());
            x.rationale().ifPresent(r -> xm.put("rationale", r.key()));
            x.strength().ifPresent(v -> xm.put("strength", v));
            list.add(xm);
        }
        m.put("mappings", list);
        return m;
    }

    static Map<String, Object> standards(String id, Map<String, String> metadata, List<Standard> standards) {
        Map<String, Object> m = header("isms-standards", id);
        m.put("metadata", new LinkedHashMap<>(metadata));
        List<Object> list = new ArrayList<>();
        for (Standard s : standards) {
            Map<String, Object> sm = new LinkedHashMap<>();
            if (!s.publisher().equals("ISO/IEC")) {
                sm.put("publisher", s.publisher());
            }
            sm.put("number", s.number());
            s.part().ifPresent(p -> sm.put("part", p));
            sm.put("edition", s.edition());
            s.prefix().ifPresent(p -> sm.put("prefix", p));
            sm.put("title", s.title());
            sm.put("kind", s.kind());
            s.note().ifPresent(n -> sm.put("note", n));
            list.add(sm);
        }
        m.put("standards", list);
        return m;
    }

    private static Map<String, Object> header(String format, String id) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", format);
        m.put("formatVersion", 1);
        m.put("id", id);
        return m;
    }
}
