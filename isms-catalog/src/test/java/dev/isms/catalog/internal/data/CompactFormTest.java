// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.catalog.Standard;
import dev.isms.catalog.json.CatalogJson;
import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.mapping.MappingSet;
import dev.isms.core.requirement.RequirementSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The compact form the build compiles is faithful: for every shipped resource, what Catalogs loads at start-up equals
 * what the public JSON codec reads from the JSON resource, and the packaged bytes are what the compiler produces
 * from the JSON today (so a JSON edit without a rebuild cannot go unnoticed), deterministically.
 */
class CompactFormTest {
    private static final Path JSON_DIR = Path.of("src/main/resources/dev/isms/catalog/internal/data");

    @Test
    void everyShippedResourceLoadsEqualToWhatCatalogJsonReads() throws IOException {
        CatalogJson json = CatalogJson.defaults();
        for (String name : BuiltIns.RESOURCES) {
            try (InputStream in = BuiltIns.class.getResourceAsStream(name)) {
                assertNotNull(in, name);
                Object expected = name.equals(BuiltIns.ISO27001_2022_REQUIREMENTS) ? json.readRequirementSet(in, name)
                        : name.startsWith("mapping-") ? json.readMappingSet(in, name)
                        : name.equals(BuiltIns.ISO27000_FAMILY) ? json.readStandards(in, name)
                        : json.readCatalog(in, name);
                assertEquals(expected, BuiltIns.load(name), name);
            }
        }
    }

    @Test
    void packagedBytesAreWhatTheCompilerProducesNowAndEveryTime() throws IOException {
        Map<String, byte[]> compiled = CompactCompiler.compile(JSON_DIR);
        assertEquals(BuiltIns.RESOURCES.size(), compiled.size());
        for (String name : BuiltIns.RESOURCES) {
            Object value = BuiltIns.load(name);
            byte[] again = value instanceof Catalog ? CompactWriter.write((Catalog) value)
                    : value instanceof MappingSet ? CompactWriter.write((MappingSet) value)
                    : value instanceof RequirementSet ? CompactWriter.write((RequirementSet) value)
                    : CompactWriter.writeStandards(standards(value));
            assertArrayEquals(compiled.get(BuiltIns.compactName(name)), again, name + " is not deterministic");
        }
        for (Map.Entry<String, byte[]> e : compiled.entrySet()) {
            try (InputStream in = BuiltIns.class.getResourceAsStream(e.getKey())) {
                assertNotNull(in, e.getKey() + " is not packaged");
                assertArrayEquals(e.getValue(), in.readAllBytes(), e.getKey() + " is stale: run mvn process-classes");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Standard> standards(Object value) {
        return (List<Standard>) value;
    }

    @Test
    void theCompactFormIsSmallerThanTheJson() throws IOException {
        for (String name : BuiltIns.RESOURCES) {
            try (InputStream json = BuiltIns.class.getResourceAsStream(name);
                    InputStream compact = BuiltIns.class.getResourceAsStream(BuiltIns.compactName(name))) {
                int j = json.readAllBytes().length;
                int c = compact.readAllBytes().length;
                assertTrue(c < j * 0.7, name + ": compact " + c + " bytes, JSON " + j + " bytes");
            }
        }
    }

    @Test
    void aStringTooLongForTheCompactFormIsRefusedNamingTheLimit() {
        Catalog c = Catalog.builder("t:1", "T").control(Control.of("5.1", "x".repeat(70_000))).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CompactWriter.write(c));
        assertTrue(e.getMessage().startsWith("the compact form holds strings of at most 65535 bytes of modified"
                + " UTF-8: "), e.getMessage());
    }
}
