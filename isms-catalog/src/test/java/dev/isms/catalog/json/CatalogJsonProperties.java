// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.core.Attribute;
import dev.isms.core.AttributeValue;
import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.ControlAttributes;
import dev.isms.core.ControlGroup;
import dev.isms.core.Theme;
import dev.isms.core.mapping.Mapping;
import dev.isms.core.mapping.MappingSet;
import dev.isms.core.mapping.Rationale;
import dev.isms.core.mapping.Relationship;
import dev.isms.core.requirement.Requirement;
import dev.isms.core.requirement.RequirementSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CatalogJsonProperties {
    private final CatalogJson json = CatalogJson.defaults();

    /** One-line texts (ids, titles, names): any printable character, no control characters. */
    private static Arbitrary<String> text() {
        Arbitrary<String> plain = Arbitraries.strings().withCharRange(' ', '~').withChars('"', '\\', 'é', 'ß', '中',
                '\u2028', '\uFEFF').ofMinLength(0).ofMaxLength(30);
        return Combinators.combine(plain, Arbitraries.of("", "😀", "𝔘")).as((a, b) -> a + b)
                .filter(s -> !s.isBlank());
    }

    /** Free texts (guidance, metadata values): may also hold line breaks and tabs. */
    private static Arbitrary<String> freeText() {
        Arbitrary<String> plain = Arbitraries.strings().withCharRange(' ', '~').withChars('\n', '\t', '\r', '"',
                '\\', 'é', '中', '\u2028').ofMinLength(0).ofMaxLength(30);
        return Combinators.combine(plain, Arbitraries.of("", "😀")).as((a, b) -> a + b).filter(s -> !s.isBlank());
    }

    private static Arbitrary<String> controlIds() {
        Arbitrary<String> segment = Arbitraries.oneOf(Arbitraries.integers().between(0, 40).map(String::valueOf),
                Arbitraries.of("A", "ac-2", "GV", "x_(1)"));
        return segment.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join(".", l));
    }

    private static Arbitrary<ControlAttributes> attributes() {
        List<AttributeValue> all = new ArrayList<>();
        for (Attribute a : Attribute.values()) {
            all.addAll(a.vocabulary());
        }
        return Arbitraries.of(all).set().ofMaxSize(12).map(ControlAttributes::of);
    }

    private static Arbitrary<Map<String, String>> metadata() {
        Arbitrary<String> values = Arbitraries.oneOf(freeText(), Arbitraries.just(""));
        return Arbitraries.maps(text(), values).ofMaxSize(4).map(LinkedHashMap::new);
    }

    @Provide
    Arbitrary<Catalog> catalogs() {
        Arbitrary<Integer> groupCount = Arbitraries.integers().between(0, 4);
        return groupCount.flatMap(n -> Combinators.combine(groupParents(n), controlIds().list().uniqueElements()
                .ofMaxSize(8), text(), metadata(), controlParts().list().ofSize(8), Arbitraries.of("x:1", "iso:2"))
                .as((parents, ids, title, metadata, parts, id) -> {
                    Catalog.Builder b = Catalog.builder(id, title).edition("e").publisher(title).metadata(metadata);
                    for (Theme t : Theme.values()) {
                        b.group(ControlGroup.of(Integer.toString(t.clause()), t.label(), "theme"));
                    }
                    for (int i = 0; i < n; i++) {
                        b.group(parents.get(i).isEmpty() ? ControlGroup.of("g" + i, title, "kind")
                                : ControlGroup.of("g" + i, title, "kind", parents.get(i).get()));
                    }
                    for (int i = 0; i < ids.size(); i++) {
                        b.control(parts.get(i).toControl(ids.get(i), n));
                    }
                    return b.build();
                }));
    }

    private static Arbitrary<List<Optional<String>>> groupParents(int n) {
        List<Arbitrary<Optional<String>>> parents = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parents.add(i == 0 ? Arbitraries.just(Optional.empty())
                    : Arbitraries.integers().between(-1, i - 1).map(p -> p < 0 ? Optional.empty()
                            : Optional.of("g" + p)));
        }
        return Combinators.combine(parents).as(l -> l);
    }

    /** The random parts of one control apart from its id; a themed control sits in its theme's group or none. */
    private record Parts(String title, Optional<Theme> theme, int group, ControlAttributes attributes,
            Optional<String> text) {
        Control toControl(String id, int groups) {
            Control.Builder b = Control.builder(id, title).attributes(attributes);
            theme.ifPresent(b::theme);
            text.ifPresent(b::text);
            if (theme.isPresent() && group >= 0) {
                b.group(Integer.toString(theme.get().clause()));
            } else if (theme.isEmpty() && group >= 0 && groups > 0) {
                b.group("g" + (group % groups));
            }
            return b.build();
        }
    }

    private static Arbitrary<Parts> controlParts() {
        return Combinators.combine(text(), Arbitraries.of(Theme.class).optional(), Arbitraries.integers()
                .between(-1, 3), attributes(), freeText().optional()).as(Parts::new);
    }

    @Property(tries = 200)
    void jsonRoundTripGivesAnEqualCatalogue(@ForAll("catalogs") Catalog catalog) {
        String text = json.toJson(catalog);
        Catalog back = json.parseCatalog(text);
        assertEquals(catalog, back);
        assertEquals(List.copyOf(catalog.metadata().keySet()), List.copyOf(back.metadata().keySet()));
        assertEquals(text, json.toJson(back));
    }

    @Provide
    Arbitrary<MappingSet> mappingSets() {
        Arbitrary<Mapping> mapping = Combinators.combine(controlIds(), controlIds(),
                Arbitraries.of(Relationship.class), Arbitraries.of(Rationale.class).optional(),
                Arbitraries.integers().between(0, Mapping.MAX_STRENGTH).optional())
                .as((s, t, r, why, strength) -> {
                    Mapping m = Mapping.of(s, t, r);
                    m = why.isPresent() ? m.withRationale(why.get()) : m;
                    return strength.isPresent() ? m.withStrength(strength.get()) : m;
                });
        return Combinators.combine(text(), metadata(), mapping.list().ofMaxSize(10)
                .uniqueElements(m -> List.of(m.sourceId(), m.targetId())))
                .as((id, metadata, rows) -> MappingSet.of(id, "src:1", "tgt:2", metadata, rows));
    }

    @Property(tries = 200)
    void jsonRoundTripGivesAnEqualMappingSet(@ForAll("mappingSets") MappingSet set) {
        MappingSet back = json.parseMappingSet(json.toJson(set));
        assertEquals(set, back);
        assertEquals(List.copyOf(set.metadata().keySet()), List.copyOf(back.metadata().keySet()));
    }

    @Provide
    Arbitrary<RequirementSet> requirementSets() {
        Arbitrary<Requirement> clause = Combinators.combine(controlIds(), text(), Arbitraries.of(true, false),
                freeText().optional(), freeText().optional()).as((id, title, documented, note, amendment) -> {
                    Requirement.Builder b = Requirement.builder(id, title).documentedInformation(documented);
                    note.ifPresent(b::documentedInformationNote);
                    amendment.ifPresent(b::amendment);
                    return b.build();
                });
        return Combinators.combine(text(), text(), metadata(), clause.list().ofMaxSize(10)
                .uniqueElements(Requirement::id)).as((id, title, metadata, rows) -> RequirementSet.of(id, title,
                        "2022", metadata, rows));
    }

    @Property(tries = 200)
    void jsonRoundTripGivesAnEqualRequirementSet(@ForAll("requirementSets") RequirementSet set) {
        assertEquals(set, json.parseRequirementSet(json.toJson(set)));
    }

    /** Any string at all: control characters, lone surrogates, noncharacters, astral characters. */
    @Provide
    Arbitrary<String> anyStrings() {
        return Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40);
    }

    @Property(tries = 1000)
    void whatIsAcceptedIsWrittenAndReadBackEqualAndWhatIsNotIsRefusedAtConstruction(
            @ForAll("anyStrings") String title, @ForAll("anyStrings") String text) {
        Catalog catalog;
        try {
            catalog = Catalog.builder("c:1", title).metadata(title, text)
                    .control(Control.builder("1", title).text(text).build()).build();
        } catch (IllegalArgumentException refused) {
            assertTrue(refused.getMessage().contains("must"), refused.getMessage());
            return;
        }
        assertEquals(catalog, json.parseCatalog(json.toJson(catalog)));
    }
}
