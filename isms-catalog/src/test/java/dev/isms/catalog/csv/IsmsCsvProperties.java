// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.isms.core.Attribute;
import dev.isms.core.AttributeValue;
import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.ControlAttributes;
import dev.isms.core.ControlId;
import dev.isms.core.Theme;
import dev.isms.core.soa.SoaEntry;
import dev.isms.core.soa.StatementOfApplicability;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever text a cell holds, a CSV parser reads it back and {@link IsmsCsv#restore(String)} recovers it; the
 * catalogue export reads back into equal controls. Edge cases are off: the generators name the hard cases
 * themselves (formula starts, quotes, separators, line breaks).
 */
class IsmsCsvProperties {
    private final IsmsCsv csv = IsmsCsv.defaults();

    /** Any text but lone surrogates (which no record accepts) with, often, a hard start. */
    private static Arbitrary<String> anyText() {
        Arbitrary<String> starts = Arbitraries.of("", "=", "+", "-", "@", "\t", "\r", "\n", "'", "''", " ", "\"", ",",
                "|", "\r\n", "=HYPERLINK(\"http://x\")", "\uFEFF");
        return Combinators.combine(starts, Arbitraries.strings().all().ofMaxLength(20)).as(String::concat)
                .filter(s -> s.codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF));
    }

    /** {@return the text with each control character the records refuse replaced by 'x'} */
    private static String controls(String s, boolean lineBreaks) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            boolean allowed = lineBreaks && (c == '\n' || c == '\r' || c == '\t');
            b.append(Character.isISOControl(c) && !allowed ? 'x' : c);
        }
        return b.toString();
    }

    /** Free texts, as a justification holds: not blank, line breaks and tabs but no other control character. */
    @Provide
    Arbitrary<String> freeTexts() {
        return anyText().map(s -> controls(s, true)).filter(s -> !s.isBlank());
    }

    /** One-line texts, as titles are. */
    @Provide
    Arbitrary<String> titles() {
        return anyText().map(s -> controls(s, false)).filter(s -> !s.isBlank());
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void anyJustificationSurvivesWriteParseAndRestore(@ForAll("freeTexts") String text) {
        Catalog c = Catalog.builder("c:1", "C").control(Control.of("1", "One")).build();
        StatementOfApplicability soa = StatementOfApplicability.builder(c, "1", LocalDate.of(2026, 1, 1))
                .entry(SoaEntry.excluded(ControlId.parse("1"), text)).build();
        List<List<String>> rows = CsvCells.parse(csv.statementOfApplicability(c).toCsv(soa));
        assertEquals(text, IsmsCsv.restore(CsvCells.cell(rows, 1, "justification")));
    }

    @Provide
    Arbitrary<Catalog> catalogs() {
        List<AttributeValue> all = new ArrayList<>();
        for (Attribute a : Attribute.values()) {
            all.addAll(a.vocabulary());
        }
        Arbitrary<Control> control = Combinators.combine(Arbitraries.integers().between(1, 60), titles(),
                Arbitraries.of(Theme.class).optional(), Arbitraries.of(all).set().ofMaxSize(8))
                .as((n, title, theme, values) -> {
                    Control.Builder b = Control.builder("5." + n, title).attributes(ControlAttributes.of(values));
                    theme.ifPresent(b::theme);
                    return b.build();
                });
        return Combinators.combine(control.list().uniqueElements(Control::id).ofMaxSize(8),
                Arbitraries.integers().between(-1, 7)).as((controls, child) -> {
                    Catalog.Builder b = Catalog.builder("c:1", "C");
                    for (int i = 0; i < controls.size(); i++) {
                        Control x = controls.get(i);
                        b.control(i > 0 && i == child ? Control.builder(x.id(), x.title())
                                .attributes(x.attributes()).parent(controls.get(0).id()).build() : x);
                    }
                    return b.build();
                });
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void theCatalogueExportReadsBackIntoEqualControls(@ForAll("catalogs") Catalog catalog) {
        String text = csv.catalog().toCsv(catalog);
        assertEquals(catalog.controls(), csv.parseControls(text));
        List<List<String>> rows = CsvCells.parse(text);
        for (int i = 0; i < catalog.size(); i++) {
            assertEquals(catalog.controls().get(i).title(), IsmsCsv.restore(CsvCells.cell(rows, i + 1, "title")));
            assertEquals(Optional.of(rows.get(i + 1).get(2)).filter(s -> !s.isEmpty()),
                    catalog.controls().get(i).theme().map(Theme::label));
        }
    }
}
