// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.catalog.spi.CatalogProvider;
import dev.isms.core.Catalog;
import dev.isms.core.ProviderException;
import dev.isms.core.UnknownIdException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogRegistryTest {

    @Test
    void servesExplicitProvidersWithoutServiceLoader() {
        FixedProvider acme = FixedProvider.of("acme", "acme:2025");
        CatalogRegistry r = Catalogs.builder().provider(acme).serviceLoader(false).build();
        assertEquals(Set.of("acme:2025", "iso27001:2013", "iso27002:2022"), r.ids());
        Catalog c = r.require("acme:2025");
        assertSame(c, r.find("acme:2025").orElseThrow());
        assertEquals(1, acme.loads.get(), "a catalogue is loaded once");
        assertEquals(0, FixedProvider.of("lazy", "lazy:1").loads.get());
        assertSame(Catalogs.iso27002_2022(), r.require("iso27002:2022"));
    }

    @Test
    void leavesOutBuiltInsOnRequest() {
        CatalogRegistry r = Catalogs.builder().builtIns(false).serviceLoader(false)
                .provider(FixedProvider.of("acme", "acme:2025")).build();
        assertEquals(Set.of("acme:2025"), r.ids());
        assertTrue(r.find("iso27002:2022").isEmpty());
    }

    @Test
    void includesServiceLoadedProvidersByDefault() {
        CatalogRegistry r = Catalogs.builder().build();
        assertTrue(r.ids().contains("test:service-loaded"), r.ids().toString());
        assertTrue(r.ids().contains("iso27002:2022"));
        assertTrue(Catalogs.builder().serviceLoader(false).build().find("test:service-loaded").isEmpty());
    }

    @Test
    void requireNamesTheUnknownIdAndTheKnownOnes() {
        CatalogRegistry r = Catalogs.builder().builtIns(false).serviceLoader(false)
                .provider(FixedProvider.of("acme", "acme:2025")).build();
        UnknownIdException e = assertThrows(UnknownIdException.class, () -> r.require("acme:2024"));
        assertEquals("catalogue", e.kind());
        assertEquals("acme:2024", e.id());
        assertEquals("unknown catalogue id 'acme:2024' in the catalogue registry (known: 'acme:2025')", e.getMessage());
    }

    @Test
    void rejectsTwoProvidersOfOneCatalogueNamingBoth() {
        var builder = Catalogs.builder().serviceLoader(false).provider(FixedProvider.of("mine", "iso27002:2022"));
        ProviderException e = assertThrows(ProviderException.class, builder::build);
        assertTrue(e.getMessage().contains("'iso27002:2022'"), e.getMessage());
        assertTrue(e.getMessage().contains("'isms-builtin' (dev.isms.catalog.internal.BuiltInCatalogProvider)"),
                e.getMessage());
        assertTrue(e.getMessage().contains("'mine' (dev.isms.catalog.FixedProvider)"), e.getMessage());
    }

    @Test
    void rejectsTwoProvidersWithOneId() {
        var builder = Catalogs.builder().serviceLoader(false).provider(FixedProvider.of("acme", "a:1"))
                .provider(FixedProvider.of("acme", "b:1"));
        ProviderException e = assertThrows(ProviderException.class, builder::build);
        assertTrue(e.getMessage().contains("'acme'"), e.getMessage());
    }

    @Test
    void wrapsAProviderThatThrows() {
        CatalogRegistry r = Catalogs.builder().serviceLoader(false).provider(new FixedProvider("broken",
                Set.of("broken:1"), c -> {
                    throw new IllegalStateException("disk on fire");
                })).build();
        ProviderException e = assertThrows(ProviderException.class, () -> r.find("broken:1"));
        assertTrue(e.getMessage().contains("'broken' (dev.isms.catalog.FixedProvider) failed to load catalogue"
                + " 'broken:1': 'disk on fire'"), e.getMessage());
        assertTrue(e.getCause() instanceof IllegalStateException);
    }

    @Test
    void rejectsAMismatchedCatalogue() {
        CatalogRegistry r = Catalogs.builder().serviceLoader(false).provider(new FixedProvider("liar",
                Set.of("x"), c -> Catalog.builder("y", "Other").build())).build();
        ProviderException e = assertThrows(ProviderException.class, () -> r.require("x"));
        assertTrue(e.getMessage().contains("'liar'") && e.getMessage().contains("must return catalogue 'x' but"
                + " returned catalogue 'y'"), e.getMessage());
    }

    @Test
    void rejectsANullCatalogue() {
        CatalogRegistry r = Catalogs.builder().serviceLoader(false)
                .provider(new FixedProvider("void", Set.of("v:1"), c -> null)).build();
        ProviderException e = assertThrows(ProviderException.class, () -> r.find("v:1"));
        assertTrue(e.getMessage().contains("returned null"), e.getMessage());
    }

    @Test
    void rejectsABlankProviderId() {
        var builder = Catalogs.builder().serviceLoader(false).provider(FixedProvider.of(" ", "a:1"));
        ProviderException e = assertThrows(ProviderException.class, builder::build);
        assertTrue(e.getMessage().contains("must have a non-blank id"), e.getMessage());
    }

    @Test
    void nullProviderIsAProgrammingError() {
        assertThrows(NullPointerException.class, () -> Catalogs.builder().provider(null));
    }

    @Test
    void aProviderThatCannotBeInstantiatedGivesAProviderExceptionOnEveryCall(@TempDir Path dir) throws IOException,
            InterruptedException {
        Path services = dir.resolve("META-INF/services/dev.isms.catalog.spi.CatalogProvider");
        Files.createDirectories(services.getParent());
        Files.writeString(services, BrokenTestProvider.class.getName() + "\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path") + File.pathSeparator + dir,
                BrokenProviderMain.class.getName()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        String expected = "standard: dev.isms.core.ProviderException caused by java.util.ServiceConfigurationError";
        assertEquals(3, out.lines().filter(l -> l.startsWith(expected)).count(), out);
        assertTrue(out.contains("cannot be loaded: 'Provider dev.isms.catalog.BrokenTestProvider could not be"
                + " instantiated' (java.lang.IllegalStateException: 'missing licence file')"), out);
        assertTrue(out.contains("find: dev.isms.core.ProviderException"), out);
        assertTrue(out.contains("built-in: 93"), out);
    }

    @Test
    void wrapsLinkageErrorsOfAProviderAndCallsItsIdOnce() {
        AtomicInteger calls = new AtomicInteger();
        CatalogProvider flaky = new CatalogProvider() {
            @Override
            public String id() {
                if (calls.incrementAndGet() > 1) {
                    throw new IllegalStateException("id() called twice");
                }
                return "flaky";
            }

            @Override
            public Set<String> catalogIds() {
                return Set.of("f:1");
            }

            @Override
            public Catalog load(String catalogId) {
                throw new NoClassDefFoundError("com/acme/Missing");
            }
        };
        CatalogRegistry r = Catalogs.builder().serviceLoader(false).provider(flaky).build();
        ProviderException e = assertThrows(ProviderException.class, () -> r.find("f:1"));
        assertTrue(e.getMessage().contains("'flaky'") && e.getMessage().contains("com/acme/Missing"), e.getMessage());
        assertTrue(e.getCause() instanceof NoClassDefFoundError);
    }

    @Test
    void standardIsSharedAndMatchesTheCatalogsEntryPoint() {
        assertSame(CatalogRegistry.standard(), Catalogs.standard());
        assertSame(Catalogs.standard(), Catalogs.standard());
        assertTrue(CatalogRegistry.standard().ids().contains("test:service-loaded"));
        assertEquals(CatalogRegistry.builder().build().ids(), Catalogs.standard().ids());
    }

    @Test
    void knownIdsAreListedUpToTwentyThenCounted() {
        Set<String> twenty = new TreeSet<>();
        for (int i = 10; i < 30; i++) {
            twenty.add("c:" + i);
        }
        String all = CatalogRegistry.known(twenty);
        assertTrue(all.startsWith("'c:10', 'c:11', "), all);
        assertTrue(all.endsWith(", 'c:29'"), all);
        Set<String> more = new TreeSet<>(twenty);
        more.add("c:30");
        String first = CatalogRegistry.known(more);
        assertEquals(all + ", … (21 in all)", first);
        assertEquals("", CatalogRegistry.known(Set.of()));
    }
}
