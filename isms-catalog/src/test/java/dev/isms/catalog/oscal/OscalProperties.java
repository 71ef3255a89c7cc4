// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.oscal;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import dev.isms.core.mapping.Rationale;
import dev.isms.core.mapping.Relationship;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generated catalogues and mapping sets survive OSCAL: read(write(x)) equals x for every catalogue in document order
 * (each group's controls, then its sub-groups; each control followed by its children) whose one-line texts have no
 * leading or trailing white space, and every such document is valid OSCAL.
 */
class OscalProperties {

    /** One-line texts without leading or trailing white space: ASCII, accents, CJK, emoji. */
    private static Arbitrary<String> text() {
        Arbitrary<String> plain = Arbitraries.strings().withCharRange(' ', '~').withChars('é', 'ß', '中')
                .ofMinLength(0).ofMaxLength(20);
        return Combinators.combine(plain, Arbitraries.of("", "😀")).as((a, b) -> (a + b).strip())
                .filter(s -> !s.isEmpty());
    }

    /** Free texts (licensed text, metadata values): line breaks and tabs too. */
    private static Arbitrary<String> freeText() {
        return Arbitraries.strings().withCharRange(' ', '~').withChars('\n', '\t', 'é', '中').ofMinLength(1)
                .ofMaxLength(30).filter(s -> !s.isBlank());
    }

    private static Arbitrary<String> controlIds() {
        Arbitrary<String> segment = Arbitraries.oneOf(Arbitraries.integers().between(0, 40).map(String::valueOf),
                Arbitraries.of("A", "ac-2", "GV", "x_(1)", "b"));
        return segment.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join(".", l));
    }

    private static Arbitrary<ControlAttributes> attributes() {
        List<AttributeValue> all = new ArrayList<>();
        for (Attribute a : Attribute.values()) {
            all.addAll(a.vocabulary());
        }
        return Arbitraries.of(all).set().ofMaxSize(10).map(ControlAttributes::of);
    }

    /** The shape of one control: its group (index or -1), parent (earlier index or -1), theme, attributes, text. */
    private record Shape(int group, int parent, Optional<Theme> theme, ControlAttributes attributes,
            Optional<String> text) {
    }

    private static Arbitrary<Shape> shapes() {
        return Combinators.combine(Arbitraries.integers().between(-1, 3), Arbitraries.integers().between(-3, 7),
                Arbitraries.of(Theme.class).optional(), attributes(), freeText().optional(0.3))
                .as(Shape::new);
    }

    @Provide
    Arbitrary<Catalog> catalogs() {
        Arbitrary<Map<String, String>> metadata = Arbitraries.maps(text(), Arbitraries.oneOf(freeText(),
                Arbitraries.just(""))).ofMaxSize(3).map(LinkedHashMap::new);
        return Combinators.combine(Arbitraries.integers().between(0, 4).list().ofSize(4),
                controlIds().list().uniqueElements().ofMaxSize(8), shapes().list().ofSize(8), text(), metadata,
                Arbitraries.of("x:1", "iso:2", "27002:2022"), Arbitraries.of("theme", "a kind", "objective"))
                .as(OscalProperties::catalog);
    }

    private static Catalog catalog(List<Integer> parents, List<String> ids, List<Shape> shapes, String title,
            Map<String, String> metadata, String id, String kind) {
        Catalog.Builder b = Catalog.builder(id, title).edition("e 1").publisher(title);
        metadata.forEach(b::metadata);
        List<ControlGroup> groups = new ArrayList<>();
        for (int i = 0; i < parents.size(); i++) {
            int p = parents.get(i);
            groups.add(new ControlGroup(group(i), title, kind, p < i ? Optional.of(group(p)) : Optional.empty()));
        }
        List<Control> controls = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Shape s = shapes.get(i);
            int parent = s.parent() >= 0 && s.parent() < i ? s.parent() : -1;
            Optional<String> group = parent >= 0 ? controls.get(parent).group()
                    : s.group() >= 0 ? Optional.of(group(s.group())) : Optional.empty();
            Optional<Theme> theme = s.theme().filter(t -> group.isEmpty() || group.get().equals(group(t.clause() - 5)));
            controls.add(new Control(ControlId.parse(ids.get(i)), title, theme, group, s.attributes(), s.text(),
                    parent >= 0 ? Optional.of(controls.get(parent).id()) : Optional.empty()));
        }
        List<ControlGroup> orderedGroups = new ArrayList<>();
        preorder(Optional.empty(), groups, orderedGroups);
        orderedGroups.forEach(b::group);
        visitAll(Optional.empty(), controls, b);
        for (ControlGroup g : orderedGroups) {
            visitAll(Optional.of(g.id()), controls, b);
        }
        return b.build();
    }

    /**
     * {@return the id of group i: the clause numbers 5 to 8, so that a control of the theme with that clause may sit
     * in it (a themed control in another group is dropped to no theme)}
     */
    private static String group(int i) {
        return Integer.toString(5 + i);
    }

    private static void preorder(Optional<String> parent, List<ControlGroup> all, List<ControlGroup> out) {
        for (ControlGroup g : all) {
            if (g.parent().equals(parent)) {
                out.add(g);
                preorder(Optional.of(g.id()), all, out);
            }
        }
    }

    private static void visitAll(Optional<String> group, List<Control> all, Catalog.Builder b) {
        for (Control c : all) {
            if (c.parent().isEmpty() && c.group().equals(group)) {
                visit(c, all, b);
            }
        }
    }

    private static void visit(Control c, List<Control> all, Catalog.Builder b) {
        b.control(c);
        for (Control child : all) {
            if (child.parent().equals(Optional.of(c.id()))) {
                visit(child, all, b);
            }
        }
    }

    @Property(tries = 300)
    void catalogsReadBackEqual(@ForAll("catalogs") Catalog catalog) {
        assertEquals(catalog, Oscal.parseCatalog(Oscal.toJson(catalog, OscalOptions.defaults())));
    }

    @Property(tries = 30)
    void catalogsAreValidOscal(@ForAll("catalogs") Catalog catalog) {
        OscalSchemas.assertValid("1.1.3", "catalog", Oscal.toJson(catalog, OscalOptions.defaults()));
    }

    @Provide
    Arbitrary<MappingSet> mappingSets() {
        Arbitrary<Mapping> mapping = Combinators.combine(controlIds(), controlIds(), Arbitraries.of(Relationship.class),
                Arbitraries.of(Rationale.class).optional(), Arbitraries.integers().between(0, 10).optional())
                .as((s, t, r, why, strength) -> new Mapping(ControlId.parse(s), ControlId.parse(t), r, why,
                        strength.map(OptionalInt::of).orElse(OptionalInt.empty())));
        return Combinators.combine(mapping.list().ofMinSize(1).ofMaxSize(6)
                        .uniqueElements(m -> List.of(m.sourceId(), m.targetId())), text(),
                        Arbitraries.of("a:1", "9x:2"))
                .as((rows, id, source) -> MappingSet.of(id, source, "b:2", Map.of("contentVersion", "3"), rows));
    }

    @Property(tries = 300)
    void mappingSetsReadBackEqual(@ForAll("mappingSets") MappingSet set) {
        assertEquals(set, Oscal.parseMappingCollection(Oscal.toJson(set)));
    }

    @Property(tries = 30)
    void mappingCollectionsAreValidOscal(@ForAll("mappingSets") MappingSet set) {
        OscalSchemas.assertValid("1.2.1", "mapping", Oscal.toJson(set));
    }
}
