// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.data;

import dev.isms.catalog.internal.codec.JsonCodec;
import dev.isms.catalog.internal.codec.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Compiles the built-in JSON resources into their compact form at build time, as {@code java.time} compiles its
 * time-zone rules: the JSON is read through the library's one JSON reader (the Jackson codec behind
 * {@code CatalogJson}), so every rule of the format applies, and written with {@link CompactWriter}. The same JSON
 * always gives the same bytes. The isms-catalog POM runs it in the {@code process-classes} phase:
 * <pre>
 * java -cp &lt;classes and dependencies&gt; dev.isms.catalog.internal.data.CompactCompiler \
 *     src/main/resources/dev/isms/catalog/internal/data target/classes/dev/isms/catalog/internal/data
 * </pre>
 */
public final class CompactCompiler {
    private CompactCompiler() {
    }

    /**
     * Compiles every resource of {@link BuiltIns#RESOURCES}.
     *
     * @param args the directory of the JSON resources and the output directory
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: CompactCompiler <JSON resource dir> <output dir>");
        }
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        for (Map.Entry<String, byte[]> e : compile(Path.of(args[0])).entrySet()) {
            Files.write(out.resolve(e.getKey()), e.getValue());
        }
    }

    /**
     * Compiles the resources in memory.
     *
     * @param jsonDir the directory holding the JSON resources
     * @return compact file name to its bytes, in {@link BuiltIns#RESOURCES} order
     * @throws IOException if a file cannot be read
     * @throws dev.isms.core.FormatException if a resource is not a valid document
     */
    public static Map<String, byte[]> compile(Path jsonDir) throws IOException {
        JsonCodec codec = new JsonCodec(Limits.DEFAULT);
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (String name : BuiltIns.RESOURCES) {
            try (InputStream in = Files.newInputStream(jsonDir.resolve(name))) {
                out.put(BuiltIns.compactName(name), compile(codec, name, in));
            }
        }
        return out;
    }

    private static byte[] compile(JsonCodec codec, String name, InputStream in) {
        if (name.equals(BuiltIns.ISO27001_2022_REQUIREMENTS)) {
            return CompactWriter.write(codec.readRequirementSet(in, name));
        }
        if (name.startsWith("mapping-")) {
            return CompactWriter.write(codec.readMappingSet(in, name));
        }
        if (name.equals(BuiltIns.ISO27000_FAMILY)) {
            return CompactWriter.writeStandards(codec.readStandards(in, name));
        }
        return CompactWriter.write(codec.readCatalog(in, name));
    }
}
