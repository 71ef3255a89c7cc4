// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.catalog.it.ModulePathMain;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@link ModulePathMain} (in a package of its own: the module owns dev.isms.catalog) in a fresh JVM with
 * isms-core, isms-catalog and their run-time dependencies on the module path (the unit tests themselves run on the
 * class path), as a modular application would.
 */
class ModulePathTest {
    private static final List<String> MODULES = List.of("isms-core", "isms-catalog", "jackson-", "jakarta.validation",
            "hibernate-validator", "jboss-logging", "classmate", "slf4j-api");

    /**
     * Jackson jars that only test-scope libraries bring (the schema validator's Jackson 3, liboscal's formats); the
     * CSV format is the library's own.
     */
    private static boolean testOnly(String entry) {
        String sep = File.separator;
        return entry.contains(sep + "tools" + sep + "jackson" + sep)
                || entry.contains("jackson-dataformat") && !entry.contains("jackson-dataformat-csv");
    }

    @Test
    void codecAndProvidersWorkOnTheModulePath(@TempDir Path dir) throws IOException, InterruptedException {
        List<String> modulePath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.endsWith("test-classes") && MODULES.stream().anyMatch(entry::contains) && !testOnly(entry)) {
                modulePath.add(entry);
            }
        }
        // Only the main class goes on the class path: the test classes' META-INF/services names test providers.
        String name = ModulePathMain.class.getName().replace('.', '/') + ".class";
        Path copy = dir.resolve(name);
        Files.createDirectories(copy.getParent());
        try (InputStream in = ModulePathMain.class.getClassLoader().getResourceAsStream(name)) {
            Files.copy(in, copy);
        }
        List<String> classPath = List.of(dir.toString());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "--module-path", String.join(File.pathSeparator, modulePath),
                "--add-modules", "ALL-MODULE-PATH", "-cp", String.join(File.pathSeparator, classPath),
                ModulePathMain.class.getName()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertTrue(out.contains("OK"), out);
    }
}
