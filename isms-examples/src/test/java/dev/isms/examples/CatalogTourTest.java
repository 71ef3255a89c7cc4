// SPDX-License-Identifier: Apache-2.0
package dev.isms.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CatalogTourTest {

    @Test
    void printsCountsNewControlsMergesAndTheCrossTab() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CatalogTour.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String t = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(t.contains("93 controls"), t);
        assertTrue(t.lines().anyMatch(l -> l.matches("#Preventive\\s+83")), t);
        assertTrue(t.lines().anyMatch(l -> l.matches("Technological\\s+8\\s+34")), t);
        assertTrue(t.lines().anyMatch(l -> l.startsWith("8.28") && l.contains("Secure coding")), t);
        assertTrue(t.lines().anyMatch(l -> l.startsWith("A.5.1.2")), t);
        assertTrue(t.lines().anyMatch(l -> l.matches("#Protect\\s+17\\s+58\\s+12\\s+4")), t);
    }
}
