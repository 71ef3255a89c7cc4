// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.data;

import dev.isms.catalog.internal.csv.CsvReader;
import dev.isms.catalog.internal.csv.CsvTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts the reference CSV files of {@code ../shared/reference} into the built-in JSON resources of
 * {@code isms-catalog}, deterministically: the same CSV bytes always give the same JSON bytes. Each resource
 * records the CSV file names, their SHA-256 and a content version in its metadata.
 *
 * <p>Run from the project root after a test compile:
 * <pre>
 * mvn -B -q -pl isms-catalog -am test-compile
 * java -cp isms-core/target/classes:isms-catalog/target/classes:isms-catalog/target/test-classes \
 *     dev.isms.catalog.internal.data.ReferenceConverter ../shared/reference \
 *     isms-catalog/src/main/resources/dev/isms/catalog/internal/data
 * </pre>
 * {@code ResourcesUpToDateTest} fails while a shipped resource differs from what this produces.
 */
public final class ReferenceConverter {
    /** The version of the content, raised when the data changes without a format change. */
    static final String CONTENT_VERSION = "1";

    private static final String ATTRIBUTES = "iso27002-2022-attributes.csv";
    private static final String ANNEX_A = "iso27001-2013-annexA.csv";
    private static final String HEADINGS = "iso27001-2013-annexA-headings.csv";
    private static final String CLAUSES = "iso27001-2022-clauses.csv";
    private static final String MAPPING = "mapping-2013-2022.csv";
    private static final String FAMILY = "iso27000-family.csv";

    private ReferenceConverter() {
    }

    /**
     * Writes the resources.
     *
     * @param args the reference directory and the output directory
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ReferenceConverter <reference dir> <output dir>");
        }
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        for (Map.Entry<String, byte[]> e : convert(Path.of(args[0])).entrySet()) {
            Files.write(out.resolve(e.getKey()), e.getValue());
            System.out.println(e.getKey() + ": " + e.getValue().length + " bytes");
        }
    }

    /**
     * Converts the reference data in memory.
     *
     * @param reference the reference directory
     * @return resource file name to its bytes, in a fixed order
     */
    static Map<String, byte[]> convert(Path reference) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        out.put(BuiltIns.ISO27002_2022, json(ResourceTrees.catalog(ReferenceBuilder.iso27002(
                table(reference, ATTRIBUTES), metadata(reference, List.of(ATTRIBUTES))))));
        out.put(BuiltIns.ISO27001_2013, json(ResourceTrees.catalog(ReferenceBuilder.iso27001(
                table(reference, ANNEX_A), table(reference, HEADINGS),
                metadata(reference, List.of(ANNEX_A, HEADINGS))))));
        Map<String, String> clauses = metadata(reference, List.of(CLAUSES));
        clauses.put("amendment", "ISO/IEC 27001:2022/Amd 1:2024 (climate action changes)");
        clauses.put("notes", "documented-information notes are paraphrases, not the standard's words");
        out.put(BuiltIns.ISO27001_2022_REQUIREMENTS, json(ResourceTrees.requirements(
                ReferenceBuilder.requirements(table(reference, CLAUSES), clauses))));
        CsvTable mapping = table(reference, MAPPING);
        Map<String, String> mappingMeta = metadata(reference, List.of(MAPPING));
        mappingMeta.put("basis", "ISO/IEC 27002:2022 Annex B: correspondence between its controls and those of"
                + " ISO/IEC 27002:2013, which are the controls of ISO/IEC 27001:2013 Annex A");
        mappingMeta.put("relationship", "the table states correspondence only, so every row is recorded as"
                + " intersects-with");
        mappingMeta.put("newControls", "controls new in 2022 have no source and no row: "
                + String.join(", ", ReferenceBuilder.newControls(mapping)));
        out.put(BuiltIns.MAPPING_2013_2022, json(ResourceTrees.mapping(ReferenceBuilder.mapping(mapping,
                mappingMeta))));
        Map<String, String> family = metadata(reference, List.of(FAMILY));
        family.put("asOf", "2026-11: current editions; notes say 'reported … (not confirmed)' where sources disagree");
        out.put(BuiltIns.ISO27000_FAMILY, json(ResourceTrees.standards("iso27000-family", family,
                ReferenceBuilder.standards(table(reference, FAMILY)))));
        return out;
    }

    private static byte[] json(Object tree) {
        return JsonWriter.write(tree).getBytes(StandardCharsets.UTF_8);
    }

    private static CsvTable table(Path reference, String name) {
        return CsvReader.parse(name, new String(read(reference.resolve(name)), StandardCharsets.UTF_8));
    }

    private static Map<String, String> metadata(Path reference, List<String> files) {
        StringBuilder hashes = new StringBuilder();
        for (String f : files) {
            hashes.append(hashes.length() == 0 ? "" : ", ").append(sha256(read(reference.resolve(f))));
        }
        Map<String, String> m = new LinkedHashMap<>();
        m.put("source", String.join(", ", files));
        m.put("sourceSha256", hashes.toString());
        m.put("contentVersion", CONTENT_VERSION);
        return m;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 must be available", e);
        }
    }
}
