// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.isms.core.Catalog;
import dev.isms.core.Control;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LicensedTextProperties {
    private static final Catalog CATALOG = catalog();

    private static Catalog catalog() {
        Catalog.Builder b = Catalog.builder("c:1", "C");
        for (int i = 1; i <= 20; i++) {
            b.control(Control.of("5." + i, "Control " + i));
        }
        return b.build();
    }

    @Provide
    Arbitrary<Map<String, String>> texts() {
        Arbitrary<String> text = Arbitraries.strings().withCharRange(' ', '~').withChars('\n', '"', 'é', '中')
                .ofMinLength(1).ofMaxLength(40).filter(s -> !s.isBlank());
        return Arbitraries.maps(Arbitraries.integers().between(1, 20).map(i -> "5." + i), text).ofMaxSize(20)
                .map(LinkedHashMap::new);
    }

    private static String csv(Map<String, String> texts) {
        StringBuilder sb = new StringBuilder("id,text\r\n");
        texts.forEach((id, text) -> sb.append(id).append(",\"").append(text.replace("\"", "\"\"")).append("\"\r\n"));
        return sb.toString();
    }

    @Property(tries = 200)
    void csvOverlaySetsExactlyItsTexts(@ForAll("texts") Map<String, String> texts) {
        LicensedText overlay = LicensedText.readCsv(new StringReader(csv(texts)), "p.csv");
        assertEquals(texts, overlay.texts());
        Catalog applied = overlay.applyTo(CATALOG);
        for (Control c : applied.controls()) {
            assertEquals(Optional.ofNullable(texts.get(c.id().toString())), c.text());
            assertEquals(c.withoutText(), CATALOG.require(c.id()));
        }
    }
}
