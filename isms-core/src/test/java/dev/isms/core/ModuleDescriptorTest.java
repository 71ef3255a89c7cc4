// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.core.assessment.spi.ScoringStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ModuleDescriptorTest {

    static ModuleDescriptor descriptor() throws IOException {
        try (InputStream in = Catalog.class.getResourceAsStream("/module-info.class")) {
            return ModuleDescriptor.read(in);
        }
    }

    @Test
    void exportsExactlyTheApiPackages() throws IOException {
        ModuleDescriptor d = descriptor();
        assertEquals("dev.isms.core", d.name());
        Set<String> exported = new TreeSet<>();
        for (ModuleDescriptor.Exports e : d.exports()) {
            if (e.source().contains("internal")) {
                assertEquals(Set.of("dev.isms.catalog", "dev.isms.risk"), e.targets(), "internal export " + e);
            } else {
                assertTrue(e.targets().isEmpty(), "qualified export of an API package " + e);
                exported.add(e.source());
            }
        }
        assertEquals(Set.of("dev.isms.core", "dev.isms.core.asset", "dev.isms.core.mapping", "dev.isms.core.requirement",
                "dev.isms.core.applied", "dev.isms.core.soa", "dev.isms.core.assessment", "dev.isms.core.assessment.spi",
                "dev.isms.core.audit", "dev.isms.core.certification"), exported);
    }

    @Test
    void dependsOnNothingButTheJdk() throws IOException {
        for (ModuleDescriptor.Requires r : descriptor().requires()) {
            assertEquals("java.base", r.name(), "unexpected requires " + r);
        }
        assertTrue(descriptor().opens().isEmpty());
    }

    @Test
    void usesAndProvidesTheScoringStrategies() throws IOException {
        ModuleDescriptor d = descriptor();
        assertEquals(Set.of(ScoringStrategy.class.getName()), d.uses());
        Set<String> providers = new TreeSet<>();
        for (ModuleDescriptor.Provides p : d.provides()) {
            assertEquals(ScoringStrategy.class.getName(), p.service());
            providers.addAll(p.providers());
        }
        assertEquals(Set.of("dev.isms.core.assessment.internal.AverageScoring",
                "dev.isms.core.assessment.internal.MinimumScoring",
                "dev.isms.core.assessment.internal.WeightedScoring"), providers);
    }

    @Test
    void serviceLoaderFindsTheBuiltInStrategies() {
        Set<String> ids = new TreeSet<>();
        for (ScoringStrategy s : ServiceLoader.load(ScoringStrategy.class, ScoringStrategy.class.getClassLoader())) {
            ids.add(s.id());
        }
        assertEquals(Set.of("average", "minimum", "weighted"), ids);
    }

    @Test
    void classPathUsersFindTheSameProvidersInMetaInfServices() throws IOException {
        String name = "/META-INF/services/" + ScoringStrategy.class.getName();
        Set<String> listed = new TreeSet<>();
        try (InputStream in = Catalog.class.getResourceAsStream(name)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    listed.add(line.strip());
                }
            }
        }
        Set<String> provided = new TreeSet<>();
        for (ModuleDescriptor.Provides p : descriptor().provides()) {
            provided.addAll(p.providers());
        }
        assertEquals(provided, listed);
    }
}
