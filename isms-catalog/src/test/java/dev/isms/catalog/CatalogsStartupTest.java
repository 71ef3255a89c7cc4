// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Guards the start-up path of {@link Catalogs#iso27002_2022()}: in a fresh JVM it must load no Jackson, no SLF4J
 * and no class generated for a lambda or string concatenation, which cost milliseconds each at start-up.
 */
class CatalogsStartupTest {

    @Test
    void firstAnswerLoadsNeitherJacksonNorSlf4jNorGeneratedClasses() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xshare:auto", "-Xlog:class+load=info", "-cp",
                System.getProperty("java.class.path"), StartupPathMain.class.getName()).redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        // From JDK 18 on, core reflection runs through method handles (JEP 416): the JDK itself then spins
        // LambdaForm$MH classes while it opens the run-time image to look up a resource, so that sign of a string
        // concatenation is checked on JDK 17 only (CI runs both JDKs).
        boolean reflectionSpinsLambdaForms = Runtime.version().feature() >= 18;
        List<String> offending = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (line.contains("com.fasterxml") || line.contains("org.slf4j") || line.contains("$$Lambda")
                    || !reflectionSpinsLambdaForms && line.contains("LambdaForm$MH/")
                    || line.contains("java.util.stream.")) {
                offending.add(line);
            }
        }
        assertTrue(offending.isEmpty(), "start-up path loaded: " + String.join("\n", offending));
        assertTrue(out.contains("dev.isms.catalog.internal.data.CompactReader"), out);
    }
}
