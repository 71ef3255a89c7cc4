// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.hostile;

import dev.isms.catalog.LicensedText;
import dev.isms.catalog.csv.IsmsCsv;
import dev.isms.core.Catalog;
import dev.isms.core.FormatException;
import dev.isms.core.hostile.Hostile;
import dev.isms.core.hostile.TextMutations;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The CSV readers ({@link IsmsCsv#readControls}, {@link LicensedText#readCsv}) and the licensed-text JSON reader,
 * each followed by applying the texts read to a catalogue, on mutants of small valid documents: a value or a
 * {@link FormatException} with a bounded, capped, log-safe message; never another exception, never a hang.
 */
class CsvHostileProperties {
    private static final Catalog CATALOG = Seeds.catalog();
    private static final IsmsCsv CSV = IsmsCsv.defaults();
    private static final String TEXTS_CSV = "id,text\r\n5.1,\"Policies, with a comma\nand a second line\"\r\n"
            + "5.2,Roles\r\n8.1,\"He said \"\"hello\"\"\"\r\n";
    private static final String TEXTS_JSON = "{\"format\": \"isms-licensed-text\", \"formatVersion\": 1, \"catalog\":"
            + " \"iso27002:2022\", \"texts\": [{\"id\": \"5.1\", \"text\": \"Policies\\nsecond line\"},"
            + " {\"id\": \"8.2\", \"text\": \"Privileged\"}]}";

    @Property(tries = 1000)
    void controlsCsvReaderGivesAValueOrAFormatException(@ForAll("controlsCsv") byte[] doc) {
        Hostile.attempt("IsmsCsv.readControls", doc, FormatException.class,
                () -> CSV.readControls(new ByteArrayInputStream(doc), "hostile.csv"));
    }

    @Property(tries = 1000)
    void licensedTextCsvReaderGivesAValueOrAFormatException(@ForAll("textsCsv") byte[] doc) {
        Hostile.attempt("LicensedText.readCsv+applyTo", doc, FormatException.class,
                () -> LicensedText.readCsv(new InputStreamReader(new ByteArrayInputStream(doc),
                        StandardCharsets.UTF_8), "hostile.csv").applyTo(CATALOG));
    }

    @Property(tries = 1000)
    void licensedTextJsonReaderGivesAValueOrAFormatException(@ForAll("textsJson") byte[] doc) {
        Hostile.attempt("LicensedText.readJson+applyTo", doc, FormatException.class,
                () -> LicensedText.readJson(new ByteArrayInputStream(doc), "hostile.json").applyTo(CATALOG));
    }

    @Provide
    Arbitrary<byte[]> controlsCsv() {
        return bytes(CSV.catalog().toCsv(CATALOG));
    }

    @Provide
    Arbitrary<byte[]> textsCsv() {
        return bytes(TEXTS_CSV);
    }

    @Provide
    Arbitrary<byte[]> textsJson() {
        return JsonMutations.of(TEXTS_JSON);
    }

    /** Text mutants of a CSV document, sometimes also mutated as bytes. */
    private static Arbitrary<byte[]> bytes(String valid) {
        return TextMutations.of(List.of(valid)).flatMap(s -> Arbitraries.randomValue(r -> r.nextInt(4) == 0
                ? JsonMutations.Bytes.mutate(JsonMutations.utf8(s), r) : JsonMutations.utf8(s)));
    }
}
