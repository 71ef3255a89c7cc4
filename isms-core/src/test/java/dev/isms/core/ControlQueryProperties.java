// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The query algebra agrees with plain set operations on generated catalogues. */
class ControlQueryProperties {

    static Arbitrary<AttributeValue> values() {
        List<AttributeValue> all = new ArrayList<>();
        for (Attribute a : Attribute.values()) {
            all.addAll(a.vocabulary());
        }
        return Arbitraries.of(all);
    }

    @Provide
    Arbitrary<Catalog> catalogs() {
        Arbitrary<ControlAttributes> attributes = values().set().ofMaxSize(12).map(ControlAttributes::of);
        Arbitrary<Theme> themes = Arbitraries.of(Theme.class);
        Arbitrary<List<Control>> controls = Combinators.combine(themes, attributes, Arbitraries.of("Crypto", "Access",
                "Backup", "Logging")).as((t, a, w) -> new Object[] {t, a, w}).list().ofMaxSize(40).map(rows -> {
                    List<Control> out = new ArrayList<>();
                    for (int i = 0; i < rows.size(); i++) {
                        Object[] r = rows.get(i);
                        Theme t = (Theme) r[0];
                        out.add(Control.of(t.clause() + "." + (i + 1), r[2] + " control " + i, t,
                                (ControlAttributes) r[1]));
                    }
                    return out;
                });
        return controls.map(list -> {
            Catalog.Builder b = Catalog.builder("gen", "Generated");
            for (Theme t : Theme.values()) {
                b.group(ControlGroup.of(Integer.toString(t.clause()), t.label(), "theme"));
            }
            return b.controls(list).build();
        });
    }

    @Provide
    Arbitrary<Set<AttributeValue>> valueSets() {
        return values().set().ofMaxSize(4);
    }

    @Property(tries = 300)
    void anyIsUnionOfSingleValueQueries(@ForAll("catalogs") Catalog c, @ForAll("valueSets") Set<AttributeValue> vs) {
        Set<Control> union = new HashSet<>();
        for (AttributeValue v : vs) {
            union.addAll(c.query().all(v).list());
        }
        assertEquals(union, new HashSet<>(c.query().any(vs.toArray(new AttributeValue[0])).list()));
    }

    @Property(tries = 300)
    void allIsIntersectionOfSingleValueQueries(@ForAll("catalogs") Catalog c,
            @ForAll("valueSets") Set<AttributeValue> vs) {
        Set<Control> intersection = new HashSet<>(c.controls());
        for (AttributeValue v : vs) {
            intersection.retainAll(c.query().all(v).list());
        }
        assertEquals(intersection, new HashSet<>(c.query().all(vs.toArray(new AttributeValue[0])).list()));
    }

    @Property(tries = 300)
    void notIsComplementOfAny(@ForAll("catalogs") Catalog c, @ForAll("valueSets") Set<AttributeValue> vs) {
        AttributeValue[] array = vs.toArray(new AttributeValue[0]);
        Set<Control> complement = new HashSet<>(c.controls());
        complement.removeAll(c.query().any(array).list());
        assertEquals(complement, new HashSet<>(c.query().not(array).list()));
    }

    @Property(tries = 300)
    void refinementsIntersectAndMatchAPlainFilter(@ForAll("catalogs") Catalog c,
            @ForAll("valueSets") Set<AttributeValue> any, @ForAll("valueSets") Set<AttributeValue> all,
            @ForAll("valueSets") Set<AttributeValue> none, @ForAll Theme theme) {
        List<Control> expected = new ArrayList<>();
        for (Control x : c.controls()) {
            ControlAttributes a = x.attributes();
            boolean anyOk = any.stream().anyMatch(a::has);
            boolean allOk = all.stream().allMatch(a::has);
            boolean noneOk = none.stream().noneMatch(a::has);
            if (anyOk && allOk && noneOk && x.theme().orElseThrow() == theme && x.title().contains("Crypto")) {
                expected.add(x);
            }
        }
        ControlQuery q = c.query().any(any.toArray(new AttributeValue[0])).all(all.toArray(new AttributeValue[0]))
                .not(none.toArray(new AttributeValue[0])).theme(theme).titleContains("crypto");
        assertEquals(expected, q.list());
        assertEquals(expected.size(), q.count());
        assertEquals(expected.size(), q.statistics().total());
    }

    @Property(tries = 200)
    void countsAgreeWithQueries(@ForAll("catalogs") Catalog c) {
        CatalogStatistics s = c.statistics();
        for (Attribute a : Attribute.values()) {
            for (AttributeValue v : a.vocabulary()) {
                assertEquals(c.query().all(v).count(), s.count(v));
            }
        }
        for (Theme t : Theme.values()) {
            assertEquals(c.query().theme(t).count(), s.count(t));
        }
    }

    @Property(tries = 200)
    void crossTabCellsCountControlsWithBothValues(@ForAll("catalogs") Catalog c, @ForAll Attribute rows,
            @ForAll Attribute columns) {
        CrossTab t = c.statistics().crossTab(rows, columns);
        for (AttributeValue r : rows.vocabulary()) {
            for (AttributeValue col : columns.vocabulary()) {
                assertEquals(c.query().all(r, col).count(), t.count(r, col));
            }
        }
    }
}
