// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.data;

import dev.isms.catalog.internal.csv.CsvReader;
import dev.isms.catalog.internal.csv.CsvRow;
import dev.isms.catalog.internal.csv.CsvTable;
import dev.isms.core.ControlId;
import dev.isms.core.mapping.Mapping;
import dev.isms.core.mapping.MappingSet;
import dev.isms.core.mapping.Relationship;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Converts NIST's crosswalks to ISO/IEC 27001:2022 (the id-only tables in {@code ../shared/mappings}) into the built-in
 * mapping-set resources, deterministically. Only facts are kept: the pairs of ids and their relationship, credited
 * to NIST; no text of the standards and nothing of the third-party packaging (whose YAML is AGPL-licensed and never
 * shipped). Rows are sorted by source then target id and repeated pairs dropped (the count is recorded).
 *
 * <p>Target ids are ISO/IEC 27001:2022 references as the tables give them: clauses as {@code 6.1.2}, Annex A
 * controls as {@code A.5.15} (the control 5.15 of ISO/IEC 27002:2022). Every row must be NIST's {@code intersect},
 * recorded as {@link Relationship#INTERSECTS_WITH}; anything else stops the conversion.
 *
 * <p>Run from the project root after a test compile:
 * <pre>
 * java -cp isms-core/target/classes:isms-catalog/target/classes:isms-catalog/target/test-classes \
 *     dev.isms.catalog.internal.data.CrosswalkConverter ../shared/mappings \
 *     isms-catalog/src/main/resources/dev/isms/catalog/internal/data
 * </pre>
 * {@code ResourcesUpToDateTest} fails while a shipped resource differs from what this produces.
 */
public final class CrosswalkConverter {
    static final String SP800_53_CSV = "nist-sp-800-53-rev5_to_iso27001-2022.csv";
    static final String CSF_CSV = "nist-csf-2.0_to_iso27001-2022.csv";

    private CrosswalkConverter() {
    }

    /**
     * Writes the resources.
     *
     * @param args the mappings directory and the output directory
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: CrosswalkConverter <mappings dir> <output dir>");
        }
        Path out = Path.of(args[1]);
        for (Map.Entry<String, byte[]> e : convert(Path.of(args[0])).entrySet()) {
            Files.write(out.resolve(e.getKey()), e.getValue());
            System.out.println(e.getKey() + ": " + e.getValue().length + " bytes");
        }
    }

    /**
     * Converts both crosswalks in memory.
     *
     * @param mappings the directory holding the CSV tables
     * @return resource file name to its bytes, in a fixed order
     */
    static Map<String, byte[]> convert(Path mappings) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        out.put(BuiltIns.MAPPING_SP800_53, json(sp80053(mappings)));
        out.put(BuiltIns.MAPPING_CSF, json(csf(mappings)));
        return out;
    }

    static MappingSet sp80053(Path mappings) {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("provider", "NIST (National Institute of Standards and Technology), National Online Informative"
                + " References Program (OLIR): NIST SP 800-53 Rev. 5 to ISO/IEC 27001:2022, reference 155");
        meta.put("providerUrl", "https://csrc.nist.gov/projects/olir/informative-reference-catalog/details"
                + "?referenceId=155");
        return convert(mappings, SP800_53_CSV, "sp800_53_id", BuiltIns.MAPPING_SP800_53_ID, "nist-sp800-53:rev5",
                meta);
    }

    static MappingSet csf(Path mappings) {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("provider", "NIST (National Institute of Standards and Technology): Cybersecurity Framework (CSF)"
                + " 2.0 informative references to ISO/IEC 27001:2022");
        meta.put("providerUrl", "https://www.nist.gov/informative-references");
        return convert(mappings, CSF_CSV, "csf_2_0_id", BuiltIns.MAPPING_CSF_ID, "nist-csf:2.0", meta);
    }

    private static MappingSet convert(Path dir, String file, String idColumn, String id, String source,
            Map<String, String> metadata) {
        byte[] bytes = read(dir.resolve(file));
        CsvTable t = CsvReader.parse(file, new String(bytes, StandardCharsets.UTF_8));
        Set<List<ControlId>> pairs = new LinkedHashSet<>();
        for (CsvRow row : t.rows()) {
            pairs.add(List.of(ControlId.parse(t.get(row, idColumn)), target(t, row)));
        }
        List<List<ControlId>> sorted = new ArrayList<>(pairs);
        sorted.sort(Comparator.<List<ControlId>, ControlId>comparing(p -> p.get(0)).thenComparing(p -> p.get(1)));
        List<Mapping> rows = new ArrayList<>();
        for (List<ControlId> p : sorted) {
            rows.add(Mapping.of(p.get(0), p.get(1), Relationship.INTERSECTS_WITH));
        }
        Map<String, String> meta = new LinkedHashMap<>(metadata);
        meta.put("credit", "the mapping facts are NIST's (a work of the US government); this set holds ids and"
                + " relationships only, no text of either standard");
        meta.put("relationship", "NIST records every row as 'intersect', kept here as intersects-with");
        meta.put("targetIds", "ISO/IEC 27001:2022 clauses as 6.1.2 (Catalogs.iso27001_2022Requirements()); Annex A"
                + " controls as A.5.15, which is control 5.15 of ISO/IEC 27002:2022 (Catalogs.iso27002_2022())");
        meta.put("convertedFrom", file + " (id pairs and relationships only), by CrosswalkConverter");
        meta.put("sourceSha256", ReferenceConverter.sha256(bytes));
        meta.put("repeatedRowsDropped", Integer.toString(t.rows().size() - pairs.size()));
        meta.put("contentVersion", ReferenceConverter.CONTENT_VERSION);
        return MappingSet.of(id, source, "iso27001:2022", meta, rows);
    }

    /** {@return the ISO/IEC 27001:2022 reference of a row}, checked against its kind, id and relationship columns */
    private static ControlId target(CsvTable t, CsvRow row) {
        String kind = t.get(row, "iso_kind");
        String isoId = t.get(row, "iso_id");
        String ref = t.get(row, "iso27001_ref");
        String expected = switch (kind) {
            case "clause" -> isoId;
            case "annex-a" -> "A." + isoId;
            default -> throw new IllegalArgumentException("line " + row.line() + ": iso_kind must be clause or annex-a"
                    + " but was '" + kind + "'");
        };
        if (!ref.equals(expected)) {
            throw new IllegalArgumentException("line " + row.line() + ": iso27001_ref must be '" + expected
                    + "' but was '" + ref + "'");
        }
        if (!t.get(row, "relationship").equals("intersect")) {
            throw new IllegalArgumentException("line " + row.line() + ": relationship must be 'intersect' but was '"
                    + t.get(row, "relationship") + "'");
        }
        return ControlId.parse(ref);
    }

    private static byte[] json(MappingSet set) {
        return JsonWriter.write(ResourceTrees.mapping(set)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
