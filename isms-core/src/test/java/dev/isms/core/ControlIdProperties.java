// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ControlIdProperties {

    @Provide
    Arbitrary<String> ids() {
        Arbitrary<String> numeric = Arbitraries.integers().between(0, 200).map(String::valueOf);
        Arbitrary<String> tail = Arbitraries.strings().withCharRange('a', 'z')
                .withChars('A', 'Z', '-', '0', '1', '9', '(', ')')
                .ofMinLength(0).ofMaxLength(4);
        Arbitrary<String> text = Combinators.combine(Arbitraries.of("x", "Q", "1"), tail).as(String::concat);
        Arbitrary<String> segment = Arbitraries.oneOf(numeric, numeric, text);
        return segment.list().ofMinSize(1).ofMaxSize(5).map(l -> String.join(".", l))
                .filter(s -> s.length() <= ControlId.MAX_LENGTH);
    }

    @Property
    void parseOfToStringIsIdentity(@ForAll("ids") String text) {
        ControlId id = ControlId.parse(text);
        assertEquals(text, id.toString());
        assertEquals(id, ControlId.parse(id.toString()));
    }

    @Property
    void orderingIsConsistentWithEquals(@ForAll("ids") String a, @ForAll("ids") String b) {
        ControlId x = ControlId.parse(a);
        ControlId y = ControlId.parse(b);
        assertEquals(x.equals(y), x.compareTo(y) == 0);
        assertEquals(Integer.signum(x.compareTo(y)), -Integer.signum(y.compareTo(x)));
    }

    @Property
    void orderingIsTransitive(@ForAll("ids") String a, @ForAll("ids") String b, @ForAll("ids") String c) {
        ControlId x = ControlId.parse(a);
        ControlId y = ControlId.parse(b);
        ControlId z = ControlId.parse(c);
        if (x.compareTo(y) <= 0 && y.compareTo(z) <= 0) {
            assertTrue(x.compareTo(z) <= 0);
        }
    }

    @Property
    void numericSegmentsCompareAsNumbers(@ForAll("small") int a, @ForAll("small") int b) {
        ControlId x = ControlId.parse("5." + a);
        ControlId y = ControlId.parse("5." + b);
        assertEquals(Integer.signum(Integer.compare(a, b)), Integer.signum(x.compareTo(y)));
    }

    @Provide
    Arbitrary<Integer> small() {
        return Arbitraries.integers().between(0, 10_000);
    }

    @Property
    void aParentIsTheIdOfItsTextAndComparesLikeIt(@ForAll("ids") String a, @ForAll("ids") String b) {
        ControlId x = ControlId.parse(a);
        ControlId other = ControlId.parse(b);
        x.parent().ifPresent(parent -> {
            ControlId reparsed = ControlId.parse(parent.toString());
            assertEquals(reparsed, parent);
            assertEquals(x.segments().subList(0, x.depth() - 1), parent.segments());
            assertEquals(Integer.signum(reparsed.compareTo(other)), Integer.signum(parent.compareTo(other)));
            assertTrue(parent.compareTo(x) < 0);
        });
    }

    @Property
    void equalIdsHaveEqualHashes(@ForAll("ids") String text) {
        assertEquals(ControlId.parse(text).hashCode(), ControlId.parse(new String(text)).hashCode());
    }

}
