// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.csv;

import dev.isms.catalog.internal.codec.Limits;
import dev.isms.catalog.internal.codec.csv.CatalogTables;
import dev.isms.catalog.internal.codec.csv.Cells;
import dev.isms.catalog.internal.codec.csv.ControlsReader;
import dev.isms.catalog.internal.codec.csv.CsvCodec;
import dev.isms.catalog.internal.codec.csv.ManagementTables;
import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.FormatException;
import dev.isms.core.assessment.GapAssessment;
import dev.isms.core.asset.AssetInventory;
import dev.isms.core.audit.FindingRegister;
import dev.isms.core.internal.Checks;
import dev.isms.core.mapping.MappingSet;
import dev.isms.core.soa.StatementOfApplicability;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * CSV exports that open cleanly in a spreadsheet and load into researchers' tools: the Statement of Applicability,
 * the prioritised gap list, the asset inventory, the audit findings, and the catalogue with its attributes, the
 * attribute counts and any mapping set; the catalogue export also reads back.
 *
 * <pre>{@code
 * IsmsCsv csv = IsmsCsv.builder().byteOrderMark(true).build();   // for Excel
 * csv.statementOfApplicability(Catalogs.iso27002_2022()).write(soa, Path.of("soa.csv"));
 * List<Control> controls = IsmsCsv.defaults().parseControls(IsmsCsv.defaults().catalog().toCsv(catalog));
 * }</pre>
 *
 * <p>Every export is UTF-8 (without a byte order mark by default, as RFC 4180 and most tools expect; Excel needs
 * one to recognise UTF-8: {@link Builder#byteOrderMark(boolean)}), starts with a header row of column names, ends
 * lines with CRLF, and quotes a cell that holds a comma, a quote, a line break, leading or trailing space (quotes
 * doubled), as jackson-dataformat-csv writes RFC 4180. A cell of several values separates them with {@code |}
 * (a {@code |} or {@code \} inside a value is escaped with {@code \}); days are ISO 8601, enum values lower case
 * with hyphens as in the JSON formats.
 *
 * <p><b>Formula injection.</b> A cell whose text begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab, a
 * carriage return, a line feed or an apostrophe is written with an apostrophe ({@code '}) before it, so that no
 * spreadsheet evaluates it as a formula ({@link #neutralise(String)}); a reader recovers the value by removing one
 * leading apostrophe from any cell that has one ({@link #restore(String)}), as {@link #readControls} does.
 * Instances are immutable and thread-safe.
 *
 * @since 0.2
 */
public final class IsmsCsv {
    private static final IsmsCsv DEFAULTS = new IsmsCsv(false);
    private static final String STRING_RESOURCE = "<CSV text>";

    private final boolean byteOrderMark;
    private final CsvCodec codec;

    private IsmsCsv(boolean byteOrderMark) {
        this.byteOrderMark = byteOrderMark;
        this.codec = new CsvCodec(byteOrderMark);
    }

    /** {@return the exports without a byte order mark} */
    public static IsmsCsv defaults() {
        return DEFAULTS;
    }

    /** {@return a builder starting from the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return whether documents start with a UTF-8 byte order mark} */
    public boolean byteOrderMark() {
        return byteOrderMark;
    }

    /**
     * Returns the export of Statements of Applicability of a catalogue: one row per control, in catalogue order, with
     * its title, applicability, reasons, justification, implementation status (and the reason when set explicitly),
     * the applied controls that realise it, owner, evidence, risks and requirements.
     *
     * @param catalog the catalogue whose titles the rows show
     * @return the export
     */
    public CsvExport<StatementOfApplicability> statementOfApplicability(Catalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        return new CsvExport<>(ManagementTables.SOA, soa -> ManagementTables.soa(soa, catalog), codec);
    }

    /** {@return the export of a gap assessment's gaps in priority order ({@code rank} from 1), clauses and controls} */
    public CsvExport<GapAssessment> gaps() {
        return new CsvExport<>(ManagementTables.GAPS, ManagementTables::gaps, codec);
    }

    /** {@return the export of an asset inventory: one row per asset with its handling and current lifecycle state} */
    public CsvExport<AssetInventory> assets() {
        return new CsvExport<>(ManagementTables.ASSETS, ManagementTables::assets, codec);
    }

    /** {@return the export of audit findings: one row per finding with its corrective actions and their states} */
    public CsvExport<FindingRegister> findings() {
        return new CsvExport<>(ManagementTables.FINDINGS, ManagementTables::findings, codec);
    }

    /**
     * {@return the export of a catalogue: one row per control with id, title, theme, parent and the five attributes
     * (tag names such as {@code Governance_and_Ecosystem}, several separated by {@code |}), which
     * {@link #readControls(Path)} reads back}
     */
    public CsvExport<Catalog> catalog() {
        return new CsvExport<>(CatalogTables.CONTROLS, CatalogTables::controls, codec);
    }

    /** {@return the export of a catalogue's attribute counts: attribute, value, the number of controls with it} */
    public CsvExport<Catalog> attributeCounts() {
        return new CsvExport<>(CatalogTables.COUNTS, CatalogTables::counts, codec);
    }

    /** {@return the export of a mapping set: source, target, relationship, rationale, strength} */
    public CsvExport<MappingSet> mappingSet() {
        return new CsvExport<>(CatalogTables.MAPPINGS, CatalogTables::mappings, codec);
    }

    /**
     * Reads the controls of a catalogue export from a file.
     *
     * @param file the CSV file, UTF-8 with or without a byte order mark, at most 16 MiB
     * @return the controls, in row order; {@code Catalog.builder(id, title).controls(them)} makes the catalogue
     * @throws FormatException listing every problem with its line (at most 100): a header other than
     *         {@link #catalog()}'s columns, a row without every cell, a malformed id, a blank title, an unknown theme
     *         or attribute value, a parent not on an earlier line, a repeated id; or a document too large, not UTF-8
     *         or not CSV
     * @throws UncheckedIOException if the file cannot be read
     */
    public List<Control> readControls(Path file) {
        String name = Objects.requireNonNull(file, "file").toString();
        try (InputStream in = Files.newInputStream(file)) {
            return readControls(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + Checks.quote(name) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads the controls of a catalogue export from a stream.
     *
     * @param in the CSV, read fully, not closed
     * @param resourceName the document's name for messages
     * @return the controls, in row order
     * @throws FormatException listing every problem with its line
     * @throws UncheckedIOException if the stream cannot be read
     */
    public List<Control> readControls(InputStream in, String resourceName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(resourceName, "resourceName");
        return ControlsReader.read(codec.read(in, resourceName, (int) Limits.DEFAULT.maxDocumentBytes()),
                resourceName);
    }

    /**
     * Parses the controls of a catalogue export from CSV text.
     *
     * @param csv the text
     * @return the controls, in row order
     * @throws FormatException listing every problem with its line
     */
    public List<Control> parseControls(String csv) {
        byte[] bytes = Objects.requireNonNull(csv, "csv").getBytes(StandardCharsets.UTF_8);
        return readControls(new ByteArrayInputStream(bytes), STRING_RESOURCE);
    }

    /**
     * Neutralises a text against formula injection, as every export does to every cell: an apostrophe goes before a
     * text that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab, a carriage return, a line feed or an
     * apostrophe.
     *
     * @param value the text, not null
     * @return the cell's text
     */
    public static String neutralise(String value) {
        return Cells.neutralise(Objects.requireNonNull(value, "value"));
    }

    /**
     * Recovers the text of a cell written by these exports: one leading apostrophe is removed.
     *
     * @param cell the cell's text as a CSV parser returns it, not null
     * @return the original text
     */
    public static String restore(String cell) {
        return Cells.restore(Objects.requireNonNull(cell, "cell"));
    }

    /** {@return the options, such as {@code "IsmsCsv[UTF-8, no BOM]"}} */
    @Override
    public String toString() {
        return "IsmsCsv[UTF-8, " + (byteOrderMark ? "BOM" : "no BOM") + "]";
    }

    /**
     * Sets the options of an {@link IsmsCsv}. Not thread-safe; the exports it builds are.
     *
     * @since 0.2
     */
    public static final class Builder {
        private boolean byteOrderMark;

        private Builder() {
        }

        /**
         * Sets whether documents start with a UTF-8 byte order mark (default: no), which Excel needs to open them as
         * UTF-8 by a double click.
         *
         * @param value true to write one
         * @return this builder
         */
        public Builder byteOrderMark(boolean value) {
            this.byteOrderMark = value;
            return this;
        }

        /** {@return the exports} */
        public IsmsCsv build() {
            return new IsmsCsv(byteOrderMark);
        }
    }
}
