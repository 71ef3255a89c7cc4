// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.catalog.internal.BuiltInCatalogProvider;
import dev.isms.catalog.spi.CatalogProvider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Provides;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ModuleDescriptorTest {
    /** The API packages. */
    private static final Set<String> API = Set.of("dev.isms.catalog", "dev.isms.catalog.spi", "dev.isms.catalog.json",
            "dev.isms.catalog.csv", "dev.isms.catalog.oscal", "dev.isms.catalog.rdf", "dev.isms.catalog.report");

    private static ModuleDescriptor descriptor;

    @BeforeAll
    static void read() throws IOException {
        ModuleDescriptor named = Catalogs.class.getModule().getDescriptor();
        if (named != null) {
            descriptor = named;
            return;
        }
        Path classes = Path.of("target", "classes");
        Set<String> packages = new HashSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            files.filter(f -> f.toString().endsWith(".class") && !f.endsWith("module-info.class"))
                    .forEach(f -> packages.add(classes.relativize(f.getParent()).toString().replace('/', '.')));
        }
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            descriptor = ModuleDescriptor.read(in, () -> packages);
        }
    }

    @Test
    void isNamedForItsRootPackage() {
        assertEquals("dev.isms.catalog", descriptor.name());
    }

    @Test
    void exportsExactlyTheApiPackages() {
        Set<String> expected = new HashSet<>(API);
        Set<String> exported = new HashSet<>();
        Set<String> qualified = new HashSet<>();
        for (Exports e : descriptor.exports()) {
            if (e.isQualified()) {
                assertEquals(Set.of("dev.isms.risk"), e.targets(), "the codec is shared with the risk module only: " + e);
                qualified.add(e.source());
            } else {
                exported.add(e.source());
            }
        }
        assertEquals(expected, exported);
        assertEquals(Set.of("dev.isms.catalog.internal.codec", "dev.isms.catalog.internal.codec.records"), qualified);
    }

    @Test
    void keepsInternalPackagesClosed() {
        for (Exports e : descriptor.exports()) {
            assertTrue(!e.source().contains(".internal") || e.isQualified(), e.source());
        }
        for (ModuleDescriptor.Opens o : descriptor.opens()) {
            assertTrue(o.isQualified(), "only qualified opens: " + o);
        }
        assertTrue(descriptor.packages().contains("dev.isms.catalog.internal.data"));
    }

    @Test
    void requiresNothingTransitivelyButCoreAndNeverTheValidatorProvider() {
        for (Requires r : descriptor.requires()) {
            boolean transitive = r.modifiers().contains(Requires.Modifier.TRANSITIVE);
            assertEquals(r.name().equals("dev.isms.core"), transitive, r.toString());
            assertFalse(r.name().startsWith("org.hibernate"), "hibernate-validator must not be required: " + r);
        }
    }

    @Test
    void opensTheCodecPackagesOnlyToJacksonAndTheValidator() {
        Set<String> opened = new HashSet<>();
        for (ModuleDescriptor.Opens o : descriptor.opens()) {
            opened.add(o.source());
            assertEquals(Set.of("com.fasterxml.jackson.databind", "org.hibernate.validator"), o.targets(), o.source());
        }
        assertEquals(Set.of("dev.isms.catalog.internal.codec", "dev.isms.catalog.internal.codec.records"), opened);
        assertTrue(descriptor.packages().contains("dev.isms.catalog.internal.codec.csv"), "CSV codec not opened");
    }

    @Test
    void requiresJacksonDatabindAndCsvButNothingElseOfJackson() {
        Set<String> jackson = new HashSet<>();
        for (Requires r : descriptor.requires()) {
            if (r.name().startsWith("com.fasterxml")) {
                jackson.add(r.name());
            }
        }
        assertEquals(Set.of("com.fasterxml.jackson.databind", "com.fasterxml.jackson.dataformat.csv"), jackson);
    }

    @Test
    void usesAndProvidesTheCatalogProvider() {
        assertEquals(Set.of(CatalogProvider.class.getName()), descriptor.uses());
        assertEquals(1, descriptor.provides().size());
        Provides p = descriptor.provides().iterator().next();
        assertEquals(CatalogProvider.class.getName(), p.service());
        assertEquals(List.of(BuiltInCatalogProvider.class.getName()), p.providers());
    }

    @Test
    void serviceLoaderFindsTheBuiltInProvider() {
        boolean found = false;
        for (CatalogProvider p : ServiceLoader.load(CatalogProvider.class)) {
            found |= p instanceof BuiltInCatalogProvider;
        }
        assertTrue(found);
    }
}
