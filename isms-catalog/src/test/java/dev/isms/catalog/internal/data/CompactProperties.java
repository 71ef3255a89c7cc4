// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.isms.catalog.Standard;
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

/** The compact form reads back every value it writes, equal, and writes equal values to equal bytes. */
class CompactProperties {

    private static Arbitrary<String> text() {
        Arbitrary<String> plain = Arbitraries.strings().withCharRange(' ', '~').withChars('é', 'ß', '中', '\u2028',
                '\uFEFF').ofMinLength(1).ofMaxLength(20);
        return Combinators.combine(plain, Arbitraries.of("", "😀")).as((a, b) -> a + b).filter(s -> !s.isBlank());
    }

    private static Arbitrary<String> ids() {
        return Arbitraries.integers().between(0, 999).list().ofMinSize(1).ofMaxSize(3)
                .map(l -> String.join(".", l.stream().map(String::valueOf).toList()));
    }

    private static Arbitrary<Map<String, String>> metadata() {
        return Arbitraries.maps(text(), Arbitraries.oneOf(text(), Arbitraries.just(""))).ofMaxSize(3)
                .map(LinkedHashMap::new);
    }

    private static Arbitrary<ControlAttributes> attributes() {
        List<AttributeValue> all = new ArrayList<>();
        for (Attribute a : Attribute.values()) {
            all.addAll(a.vocabulary());
        }
        return Arbitraries.of(all).set().ofMaxSize(12).map(ControlAttributes::of);
    }

    @Provide
    Arbitrary<Catalog> catalogs() {
        Arbitrary<Control> control = Combinators.combine(ids(), text(), Arbitraries.of(Theme.class).optional(),
                attributes(), text().optional()).as((id, title, theme, attributes, text) -> {
                    Control.Builder b = Control.builder(id, title).attributes(attributes);
                    theme.ifPresent(t -> b.theme(t).group(Integer.toString(t.clause())));
                    text.ifPresent(b::text);
                    return b.build();
                });
        Arbitrary<List<Integer>> parents = Arbitraries.integers().between(-1, 7).list().ofSize(8);
        return Combinators.combine(text(), metadata(), control.list().ofMaxSize(8).uniqueElements(Control::id),
                parents).as((title, metadata, controls, parent) -> {
                    Catalog.Builder b = Catalog.builder("c:1", title).edition(title).metadata(metadata);
                    for (Theme t : Theme.values()) {
                        b.group(ControlGroup.of(Integer.toString(t.clause()), t.label(), "theme"));
                    }
                    b.group(ControlGroup.of("5.x", title, "sub", "5"));
                    return b.controls(withParents(controls, parent)).build();
                });
    }

    /** Gives control i the parent control {@code parent.get(i)} when that one is listed before it. */
    private static List<Control> withParents(List<Control> controls, List<Integer> parent) {
        List<Control> out = new ArrayList<>();
        for (int i = 0; i < controls.size(); i++) {
            int p = parent.get(i);
            out.add(p >= 0 && p < i ? controls.get(i).withParent(controls.get(p).id()) : controls.get(i));
        }
        return out;
    }

    @Property(tries = 200)
    void catalogsReadBackEqual(@ForAll("catalogs") Catalog catalog) {
        byte[] bytes = CompactWriter.write(catalog);
        Catalog back = (Catalog) CompactReader.read(bytes, "p");
        assertEquals(catalog, back);
        assertArrayEquals(bytes, CompactWriter.write(back));
    }

    @Provide
    Arbitrary<MappingSet> mappingSets() {
        Arbitrary<Mapping> mapping = Combinators.combine(ids(), ids(), Arbitraries.of(Relationship.class),
                Arbitraries.of(Rationale.class).optional(), Arbitraries.integers().between(0, 10).optional())
                .as((s, t, r, why, strength) -> {
                    Mapping m = Mapping.of(s, t, r);
                    m = why.isPresent() ? m.withRationale(why.get()) : m;
                    return strength.isPresent() ? m.withStrength(strength.get()) : m;
                });
        return Combinators.combine(text(), metadata(), mapping.list().ofMaxSize(10)
                .uniqueElements(m -> List.of(m.sourceId(), m.targetId())))
                .as((id, metadata, rows) -> MappingSet.of(id, "s:1", "t:1", metadata, rows));
    }

    @Property(tries = 200)
    void mappingSetsReadBackEqual(@ForAll("mappingSets") MappingSet set) {
        assertEquals(set, CompactReader.read(CompactWriter.write(set), "p"));
    }

    @Provide
    Arbitrary<RequirementSet> requirementSets() {
        Arbitrary<Requirement> clause = Combinators.combine(ids(), text(), Arbitraries.of(true, false),
                text().optional(), text().optional()).as((id, title, documented, note, amendment) -> {
                    Requirement.Builder b = Requirement.builder(id, title).documentedInformation(documented);
                    note.ifPresent(b::documentedInformationNote);
                    amendment.ifPresent(b::amendment);
                    return b.build();
                });
        return Combinators.combine(text(), metadata(), clause.list().ofMaxSize(10).uniqueElements(Requirement::id))
                .as((title, metadata, rows) -> RequirementSet.of("r:1", title, "2022", metadata, rows));
    }

    @Property(tries = 200)
    void requirementSetsReadBackEqual(@ForAll("requirementSets") RequirementSet set) {
        assertEquals(set, CompactReader.read(CompactWriter.write(set), "p"));
    }

    @Provide
    Arbitrary<List<Standard>> registers() {
        Arbitrary<Standard> standard = Combinators.combine(Arbitraries.integers().between(1, 99_999),
                Arbitraries.integers().between(1900, 2999), text(), Arbitraries.integers().between(1, 99).optional(),
                Arbitraries.of("TS", "TR").optional(), text().optional(), Arbitraries.of("ISO", "ISO/IEC"))
                .as((number, edition, title, part, prefix, note, publisher) -> {
                    Standard.Builder b = Standard.builder(number, edition, title, "guidance").publisher(publisher);
                    part.ifPresent(b::part);
                    prefix.ifPresent(b::prefix);
                    note.ifPresent(b::note);
                    return b.build();
                });
        return standard.list().ofMaxSize(8);
    }

    @Property(tries = 200)
    void standardsReadBackEqual(@ForAll("registers") List<Standard> standards) {
        assertEquals(standards, CompactReader.read(CompactWriter.writeStandards(standards), "p"));
    }

    @Property(tries = 100)
    void anOptionalValueIsNeverConfusedWithAbsence(@ForAll("catalogs") Catalog catalog) {
        Catalog back = (Catalog) CompactReader.read(CompactWriter.write(catalog), "p");
        for (Control c : catalog.controls()) {
            Optional<String> text = back.require(c.id()).text();
            assertEquals(c.text(), text);
            assertEquals(c.parent(), back.require(c.id()).parent());
            assertEquals(catalog.children(c.id()), back.children(c.id()));
        }
    }
}
