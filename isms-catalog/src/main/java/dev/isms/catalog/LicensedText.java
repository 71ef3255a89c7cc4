// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog;

import dev.isms.catalog.internal.codec.JsonCodec;
import dev.isms.catalog.internal.codec.LicensedTextDocument;
import dev.isms.catalog.internal.codec.Limits;
import dev.isms.catalog.internal.codec.LocatedText;
import dev.isms.catalog.internal.codec.Problems;
import dev.isms.catalog.internal.csv.CsvReader;
import dev.isms.catalog.internal.csv.CsvRow;
import dev.isms.catalog.internal.csv.CsvTable;
import dev.isms.core.Catalog;
import dev.isms.core.FormatException;
import dev.isms.core.Problem;
import dev.isms.core.internal.Checks;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Guidance text from a licensed copy of a standard, to lay over a catalogue whose controls carry none.
 *
 * <p>The library never ships the standards' text. Users who own a copy put it in a file and apply it:
 * <pre>{@code
 * LicensedText texts = LicensedText.readCsv(reader, "iso27002-texts.csv");   // header: id,text
 * Catalog withTexts = texts.applyTo(catalog);                                // catalog is unchanged
 * }</pre>
 *
 * <p>The JSON form is {@code {"format":"isms-licensed-text","formatVersion":1,"catalog":"iso27002:2022",
 * "texts":[{"id":"5.1","text":"..."}]}}; its {@code catalog} must be the id of the catalogue it is applied to.
 * The CSV form has the header {@code id,text} and names no catalogue. Ids must be unique and texts not blank;
 * ids unknown to the catalogue are reported by {@link #applyTo(Catalog)}. Every problem is collected with its
 * place ({@code line 7} or {@code /texts/3/id}) and thrown once. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class LicensedText {
    /** The largest CSV document read, in characters. */
    public static final int MAX_CSV_CHARS = 16 * 1024 * 1024;
    /** How many problems a {@link FormatException} of a reader lists at most; {@code omitted()} counts the rest. */
    public static final int MAX_PROBLEMS = Problems.MAX_PROBLEMS;

    private static final JsonCodec CODEC = new JsonCodec(Limits.DEFAULT);

    private final String resource;
    private final Optional<String> catalogId;
    private final String catalogLocation;
    private final Map<String, String> texts;
    private final Map<String, String> locations;

    private LicensedText(String resource, Optional<String> catalogId, String catalogLocation,
            List<LocatedText> entries) {
        this.resource = resource;
        this.catalogId = catalogId;
        this.catalogLocation = catalogLocation;
        Map<String, String> t = new LinkedHashMap<>();
        Map<String, String> l = new HashMap<>();
        for (LocatedText e : entries) {
            t.put(e.id(), e.text());
            l.put(e.id(), e.location());
        }
        this.texts = Collections.unmodifiableMap(t);
        this.locations = l;
    }

    /**
     * Reads licensed text in the JSON form.
     *
     * @param in the UTF-8 document; read fully, not closed; at most 16 MiB
     * @param resourceName the document's name for messages
     * @return the texts
     * @throws FormatException listing every problem: malformed JSON, unknown fields, duplicate or blank ids,
     *         blank texts
     * @throws java.io.UncheckedIOException if the stream cannot be read
     */
    public static LicensedText readJson(InputStream in, String resourceName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(resourceName, "resourceName");
        LicensedTextDocument doc = CODEC.readLicensedText(in, resourceName);
        return new LicensedText(resourceName, Optional.of(doc.catalogId()), doc.catalogLocation(), doc.texts());
    }

    /**
     * Reads licensed text in the CSV form: RFC 4180, header {@code id,text}.
     *
     * @param in the document; read fully, not closed; at most {@link #MAX_CSV_CHARS} characters
     * @param resourceName the document's name for messages
     * @return the texts; they name no catalogue
     * @throws FormatException listing the problems (at most {@value #MAX_PROBLEMS}; {@code omitted()} counts the
     *         rest): malformed CSV, a wrong header, duplicate or blank ids, blank texts, control characters
     * @throws java.io.UncheckedIOException if the reader fails
     */
    public static LicensedText readCsv(Reader in, String resourceName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(resourceName, "resourceName");
        CsvTable table = CsvReader.read(resourceName, in, MAX_CSV_CHARS);
        if (!table.header().equals(List.of("id", "text"))) {
            throw new FormatException(resourceName, List.of(new Problem("line 1",
                    "header must be 'id,text' but was " + Checks.quote(String.join(",", table.header())))));
        }
        List<Problem> problems = new ArrayList<>();
        int omitted = 0;
        List<LocatedText> entries = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (CsvRow row : table.rows()) {
            String at = "line " + row.line();
            String problem = rowProblem(row.fields().get(0).strip(), row.fields().get(1), at, seen);
            if (problem == null) {
                entries.add(new LocatedText(row.fields().get(0).strip(), row.fields().get(1), at));
            } else if (problems.size() < MAX_PROBLEMS) {
                problems.add(new Problem(at, problem));
            } else {
                omitted++;
            }
        }
        if (!problems.isEmpty()) {
            throw new FormatException(resourceName, problems, omitted);
        }
        return new LicensedText(resourceName, Optional.empty(), "", entries);
    }

    /** {@return what is wrong with one CSV row, or null} A new id is remembered in {@code seen}. */
    private static String rowProblem(String id, String text, String at, Map<String, String> seen) {
        if (id.isEmpty()) {
            return "id must not be blank";
        }
        String bad = check(id, text);
        if (bad != null) {
            return bad;
        }
        String first = seen.putIfAbsent(id, at);
        return first == null ? null : "duplicate control id " + Checks.quote(id) + " (first at " + first + ")";
    }

    /** {@return the message of the first rule an id or a text breaks, or null} */
    private static String check(String id, String text) {
        try {
            Checks.notBlank(id, "id");
            Checks.text(text, "text of control " + Checks.quote(id));
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /**
     * Creates licensed text from a map.
     *
     * @param catalogId the id of the catalogue the texts belong to, such as {@code "iso27002:2022"}
     * @param texts control id to text, in the order to keep; texts not blank
     * @return the texts
     * @throws IllegalArgumentException if an id or a text is blank or holds control characters other than line
     *         breaks and tabs in a text
     */
    public static LicensedText of(String catalogId, Map<String, String> texts) {
        Checks.notBlank(catalogId, "catalogId");
        List<LocatedText> entries = new ArrayList<>();
        for (Map.Entry<String, String> e : texts.entrySet()) {
            String id = Checks.notBlank(e.getKey(), "licensed text id");
            String text = Checks.text(e.getValue(), "licensed text of control " + Checks.quote(id));
            entries.add(new LocatedText(id, text, "entry " + Checks.quote(id)));
        }
        return new LicensedText("LicensedText.of", Optional.of(catalogId), "catalogId", entries);
    }

    /** {@return the id of the catalogue these texts are for; empty for CSV, which names none} */
    public Optional<String> catalogId() {
        return catalogId;
    }

    /** {@return control id to text, in document order; unmodifiable} */
    public Map<String, String> texts() {
        return texts;
    }

    /**
     * Returns a copy of a catalogue whose controls carry these texts; the catalogue itself is unchanged.
     *
     * @param catalog the catalogue
     * @return the new catalogue; controls without an entry keep their text
     * @throws FormatException listing every problem, nothing applied: a catalogue id other than this
     *         overlay's, and each id the catalogue does not have, with its line or pointer
     */
    public Catalog applyTo(Catalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        List<Problem> problems = new ArrayList<>();
        if (catalogId.isPresent() && !catalogId.get().equals(catalog.id())) {
            problems.add(new Problem(catalogLocation, "licensed text is for catalogue " + Checks.quote(catalogId.get())
                    + " but was applied to '" + catalog.id() + "'"));
        }
        int omitted = 0;
        for (String id : texts.keySet()) {
            if (catalog.contains(id)) {
                continue;
            }
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(new Problem(locations.get(id), "unknown control id " + Checks.quote(id)
                        + " in catalogue '" + catalog.id() + "'"));
            } else {
                omitted++;
            }
        }
        if (!problems.isEmpty()) {
            throw new FormatException(resource, problems, omitted);
        }
        return catalog.withTexts(texts);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LicensedText && ((LicensedText) o).catalogId.equals(catalogId)
                && ((LicensedText) o).texts.equals(texts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(catalogId, texts);
    }

    /** {@return the source, catalogue and number of texts} */
    @Override
    public String toString() {
        return "LicensedText[" + resource + ", " + catalogId.orElse("any catalogue") + ", " + texts.size()
                + " texts]";
    }
}
