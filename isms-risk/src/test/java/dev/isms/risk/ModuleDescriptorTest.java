// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.risk.method.Cvss31Scorer;
import dev.isms.risk.method.Cvss40Scorer;
import dev.isms.risk.method.FairScorer;
import dev.isms.risk.method.MatrixScorer;
import dev.isms.risk.method.Nist80030Scorer;
import dev.isms.risk.method.OwaspScorer;
import dev.isms.risk.spi.RiskScorer;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModuleDescriptorTest {
    private static final List<String> BUILT_INS = List.of(MatrixScorer.class.getName(), Cvss31Scorer.class.getName(),
            Cvss40Scorer.class.getName(), OwaspScorer.class.getName(), Nist80030Scorer.class.getName(),
            FairScorer.class.getName());

    private static ModuleDescriptor descriptor() throws IOException {
        ModuleDescriptor named = RiskEngine.class.getModule().getDescriptor();
        if (named != null) {
            return named;
        }
        try (InputStream in = RiskEngine.class.getResourceAsStream("/module-info.class")) {
            return ModuleDescriptor.read(in);
        }
    }

    @Test
    void isNamedForItsRootPackageAndRunsAsAModule() throws IOException {
        assertEquals("dev.isms.risk", descriptor().name());
        assertTrue(RiskEngine.class.getModule().isNamed(), "tests run on the module path");
    }

    @Test
    void exportsExactlyTheApiPackages() throws IOException {
        Set<String> exported = new HashSet<>();
        for (ModuleDescriptor.Exports e : descriptor().exports()) {
            assertFalse(e.isQualified(), e.toString());
            assertFalse(e.source().contains(".internal"), e.source());
            exported.add(e.source());
        }
        assertEquals(Set.of("dev.isms.risk", "dev.isms.risk.criteria", "dev.isms.risk.cvss", "dev.isms.risk.fair",
                "dev.isms.risk.json", "dev.isms.risk.method", "dev.isms.risk.register", "dev.isms.risk.report",
                "dev.isms.risk.spi"), exported);
    }

    @Test
    void opensOnlyTheCodecAndOnlyToJacksonAndTheValidator() throws IOException {
        Set<String> opened = new HashSet<>();
        for (ModuleDescriptor.Opens o : descriptor().opens()) {
            opened.add(o.source());
            assertEquals(Set.of("com.fasterxml.jackson.databind", "org.hibernate.validator"), o.targets(), o.source());
        }
        assertEquals(Set.of("dev.isms.risk.internal.codec"), opened);
    }

    /** The catalogue module is transitive because RiskJson's signatures name JsonFormat and CatalogRegistry. */
    @Test
    void requiresOnlyCoreAndCatalogTransitivelyAndNeverTheValidatorProvider() throws IOException {
        for (ModuleDescriptor.Requires r : descriptor().requires()) {
            boolean transitive = r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE);
            assertEquals(r.name().equals("dev.isms.core") || r.name().equals("dev.isms.catalog"), transitive,
                    r.toString());
            assertFalse(r.name().startsWith("org.hibernate"), "hibernate-validator must not be required: " + r);
        }
    }

    @Test
    void usesAndProvidesTheScorers() throws IOException {
        assertEquals(Set.of(RiskScorer.class.getName()), descriptor().uses());
        ModuleDescriptor.Provides p = descriptor().provides().iterator().next();
        assertEquals(RiskScorer.class.getName(), p.service());
        assertEquals(BUILT_INS, p.providers());
        Set<String> found = new HashSet<>();
        for (RiskScorer s : ServiceLoader.load(RiskScorer.class)) {
            found.add(s.getClass().getName());
        }
        assertTrue(found.containsAll(BUILT_INS), found.toString());
    }
}
