// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class MdTest {

    @Test
    void escapesMarkdownAndHtmlAndKeepsTextOnOneLine() {
        assertEquals("\\\\ \\` \\* \\_ \\[ \\] \\| \\~ &amp; &lt; &gt; # - + !",
                Md.text("\\ ` * _ [ ] | ~ & < > # - + !"));
        assertEquals("a<br>b<br>c<br>d", Md.text("a\nb\r\nc\rd"));
        assertEquals("a b c", Md.text("a\tb\u0007c"));
        assertEquals("2026-03-01 GDPR Art. 32", Md.text("2026-03-01 GDPR Art. 32"));
    }

    @Test
    void writesTablesListsAndScores() {
        StringBuilder out = new StringBuilder();
        Md.table(out, List.of("A", "B"), List.of(List.of("1", ""), List.of("x", "y")));
        assertEquals("| A | B |\n| --- | --- |\n| 1 | — |\n| x | y |\n\n", out.toString());
        assertEquals("a, b\\|c", Md.list(List.of("a", "b|c")));
        assertEquals("—", Md.list(List.of()));
        assertEquals("3.3", Md.score(OptionalDouble.of(10 / 3.0)));
        assertEquals("—", Md.score(OptionalDouble.empty()));
        assertEquals("partially conformant", Md.words("partially-conformant"));
    }
}
