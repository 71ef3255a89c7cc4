// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.data;

import dev.isms.core.Attribute;
import dev.isms.core.AttributeValue;
import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.ControlAttributes;
import dev.isms.core.ControlGroup;
import dev.isms.core.ControlId;
import dev.isms.core.FormatException;
import dev.isms.core.Problem;
import dev.isms.core.TextParseException;
import dev.isms.core.Theme;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps a {@link JsonReader} tree in the {@code isms-catalog} format onto a {@link Catalog} without Jackson, collecting
 * every problem with its JSON pointer before throwing once.
 */
public final class CatalogMapper {
    /** The attribute member names of the format, in the order of {@link Attribute#values()}. */
    static final String[] ATTRIBUTE_KEYS = {"controlTypes", "securityProperties", "cybersecurityConcepts",
        "operationalCapabilities", "securityDomains"};

    /** Every attribute value by its tag name, for one hash look-up per value instead of a vocabulary scan. */
    private static final Map<String, AttributeValue> TAGS = new HashMap<>(64);

    /** Strings the built-in documents repeat, handed to {@link JsonReader} so that look-ups hit by identity. */
    static final List<String> KNOWN;

    static {
        List<String> known = new ArrayList<>(List.of("format", "formatVersion", "id", "title", "edition", "publisher",
                "metadata", "groups", "controls", "kind", "parent", "theme", "group", "attributes", "text", "source",
                "sourceSha256", "contentVersion", "requirements", "documentedInformation", "documentedInformationNote",
                "amendment", "sourceCatalog", "targetCatalog", "mappings", "target", "relationship", "rationale",
                "strength", "standards", "number", "part", "prefix", "note", "isms-catalog", "objective", "domain",
                "intersects-with"));
        for (String key : ATTRIBUTE_KEYS) {
            known.add(key);
        }
        for (Theme t : Theme.values()) {
            known.add(t.label());
        }
        for (Attribute a : Attribute.values()) {
            for (AttributeValue v : a.vocabulary()) {
                TAGS.put(v.tagName(), v);
                known.add(v.tagName());
            }
        }
        KNOWN = List.copyOf(known);
    }

    private CatalogMapper() {
    }

    /**
     * Maps a catalogue document.
     *
     * @param resource the document's name for error messages
     * @param tree the parsed document
     * @return the catalogue
     * @throws FormatException listing every problem found
     */
    public static Catalog catalog(String resource, Object tree) {
        List<Problem> problems = new ArrayList<>();
        Node root = Node.root(tree, problems);
        Catalog result = null;
        if (root.object("format", "formatVersion", "id", "title", "edition", "publisher", "metadata", "groups",
                "controls")) {
            header(root, "isms-catalog");
            result = build(root);
        }
        if (!problems.isEmpty() || result == null) {
            throw new FormatException(resource, problems);
        }
        return result;
    }

    static void header(Node root, String format) {
        Node f = root.member("format");
        if (!format.equals(f.value())) {
            f.problem("must be \"" + format + "\" but is " + Node.kind(f.value()));
        }
        root.integer("formatVersion", 1, 1);
    }

    private static Catalog build(Node root) {
        String id = root.text("id");
        String title = root.text("title");
        String edition = root.text("edition");
        String publisher = root.text("publisher");
        List<String[]> metadata = root.stringEntries("metadata");
        List<ControlGroup> groups = new ArrayList<>();
        for (Node g : root.elements("groups", false)) {
            ControlGroup group = group(g);
            if (group != null) {
                groups.add(group);
            }
        }
        List<Control> controls = new ArrayList<>();
        for (Node c : root.elements("controls", true)) {
            Control control = control(c);
            if (control != null) {
                controls.add(control);
            }
        }
        if (id == null || title == null || edition == null || publisher == null) {
            return null;
        }
        try {
            Catalog.Builder b = Catalog.builder(id, title).edition(edition).publisher(publisher);
            for (String[] e : metadata) {
                b.metadata(e[0], e[1]);
            }
            for (ControlGroup g : groups) {
                b.group(g);
            }
            return b.controls(controls).build();
        } catch (IllegalArgumentException | TextParseException e) {
            root.problem(e.getMessage());
            return null;
        }
    }

    private static ControlGroup group(Node g) {
        if (!g.object("id", "title", "kind", "parent")) {
            return null;
        }
        String id = g.text("id");
        String title = g.text("title");
        String kind = g.text("kind");
        Optional<String> parent = g.optText("parent");
        if (id == null || title == null || kind == null) {
            return null;
        }
        try {
            return new ControlGroup(id, title, kind, parent);
        } catch (IllegalArgumentException | TextParseException e) {
            g.problem(e.getMessage());
            return null;
        }
    }

    private static Control control(Node c) {
        if (!c.object("id", "title", "theme", "group", "attributes", "text", "parent")) {
            return null;
        }
        String id = c.text("id");
        String title = c.text("title");
        Optional<Theme> theme = theme(c.member("theme"));
        Optional<String> group = c.optText("group");
        ControlAttributes attributes = attributes(c.member("attributes"));
        Optional<String> text = c.optText("text");
        Optional<String> parent = c.optText("parent");
        if (id == null || title == null) {
            return null;
        }
        try {
            // No lambda here: the start-up path must not spin generated classes (CatalogsStartupTest).
            Optional<ControlId> parentId = parent.isPresent() ? Optional.of(ControlId.parse(parent.get()))
                    : Optional.empty();
            return new Control(ControlId.parse(id), title, theme, group, attributes, text, parentId);
        } catch (IllegalArgumentException | TextParseException e) {
            c.member("id").problem(e.getMessage());
            return null;
        }
    }

    private static Optional<Theme> theme(Node t) {
        if (!t.isPresent()) {
            return Optional.empty();
        }
        for (Theme theme : Theme.values()) {
            if (theme.label().equals(t.value())) {
                return Optional.of(theme);
            }
        }
        t.problem("must be one of Organizational, People, Physical, Technological but is " + Node.kind(t.value()));
        return Optional.empty();
    }

    private static ControlAttributes attributes(Node a) {
        if (!a.isPresent() || !a.object(ATTRIBUTE_KEYS)) {
            return ControlAttributes.none();
        }
        List<AttributeValue> values = new ArrayList<>();
        Attribute[] all = Attribute.values();
        for (int i = 0; i < all.length; i++) {
            int last = -1;
            for (Node v : a.elements(ATTRIBUTE_KEYS[i], true)) {
                AttributeValue value = tag(all[i], v.value());
                if (value == null) {
                    v.problem("must be a tag name of " + all[i].label() + " but is " + Node.kind(v.value()));
                } else if (value.ordinal() <= last) {
                    v.problem("values must be unique and in vocabulary order but " + value.tagName() + " is not");
                } else {
                    last = value.ordinal();
                    values.add(value);
                }
            }
        }
        return ControlAttributes.of(values);
    }

    private static AttributeValue tag(Attribute attribute, Object name) {
        AttributeValue v = TAGS.get(name);
        return v != null && v.attribute() == attribute ? v : null;
    }
}
