// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.isms.core.FormatException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class JsonReaderProperties {

    @Property(tries = 300)
    void writtenDocumentsReadBackEqual(@ForAll("documents") Object tree) {
        assertEquals(tree, JsonReader.parse("p.json", JsonWriter.write(tree)));
    }

    @Property(tries = 500)
    void malformedInputGivesALocatedFormatErrorAndNothingElse(@ForAll("documents") Object tree,
            @ForAll("damage") int seed) {
        String text = JsonWriter.write(tree);
        int at = Math.floorMod(seed, text.length());
        char junk = "\",]{:\\".charAt(Math.floorMod(seed >> 8, 6));
        String damaged = text.substring(0, at) + junk + text.substring(at + 1);
        try {
            JsonReader.parse("p.json", damaged);
        } catch (FormatException e) {
            assertEquals("p.json", e.resource());
            assertNotNull(e.location());
            assertEquals(1, e.problems().size());
        }
    }

    @Provide
    Arbitrary<Integer> damage() {
        return Arbitraries.integers();
    }

    @Provide
    Arbitrary<Object> documents() {
        return value(3);
    }

    private Arbitrary<Object> value(int depth) {
        Arbitrary<Object> scalars = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12).map(s -> (Object) s),
                Arbitraries.longs().between(-99_999_999_999_999_999L, 99_999_999_999_999_999L)
                        .map(l -> (Object) l),
                Arbitraries.of(Boolean.TRUE, Boolean.FALSE, JsonReader.NULL));
        if (depth == 0) {
            return scalars;
        }
        Arbitrary<Object> lists = value(depth - 1).list().ofMaxSize(4).map(l -> (Object) List.copyOf(l));
        Arbitrary<Object> maps = Arbitraries.maps(Arbitraries.strings().ofMaxLength(6), value(depth - 1))
                .ofMaxSize(4).map(m -> (Object) new LinkedHashMap<>(m));
        return Arbitraries.oneOf(scalars, lists, maps);
    }

    @Property(tries = 200)
    void knownStringsChangeNothingButIdentity(@ForAll("documents") Object tree) {
        byte[] utf8 = JsonWriter.write(tree).getBytes(StandardCharsets.UTF_8);
        assertEquals(JsonReader.parse("p.json", utf8), JsonReader.parse("p.json", utf8, CatalogMapper.KNOWN));
    }

    @Property(tries = 200)
    void anyStringRoundTrips(@ForAll String s) {
        assertEquals(Map.of("k", s), JsonReader.parse("p.json", JsonWriter.write(Map.of("k", s))));
    }
}
