// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
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
        assertEquals(Set.of("dev.isms.core", "dev.isms.core.asset", "dev.isms.core.mapping", "dev.isms.core.requirement"),
                exported);
    }

    @Test
    void dependsOnNothingButTheJdk() throws IOException {
        for (ModuleDescriptor.Requires r : descriptor().requires()) {
            assertEquals("java.base", r.name(), "unexpected requires " + r);
        }
        assertTrue(descriptor().opens().isEmpty());
        assertTrue(descriptor().uses().isEmpty());
    }
}
