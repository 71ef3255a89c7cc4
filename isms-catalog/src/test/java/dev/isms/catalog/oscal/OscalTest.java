// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.oscal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.catalog.Catalogs;
import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.ControlGroup;
import dev.isms.core.ControlId;
import dev.isms.core.ControlType;
import dev.isms.core.Theme;
import dev.isms.core.mapping.MappingSet;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OscalTest {
    private final Catalog iso = Catalogs.iso27002_2022();

    @Test
    void iso27002ReadsBackEqualWithTextsAndCorrespondences() {
        Catalog withText = iso.withTexts(Map.of("5.1", "Licensed statement,\nsecond line.", "8.24", "Use crypto."));
        OscalOptions options = OscalOptions.builder().mappings(Catalogs.mapping2013To2022()).build();
        String json = Oscal.toJson(withText, options);
        assertEquals(withText, Oscal.parseCatalog(json));
        assertTrue(json.contains("\"id\": \"iso27002-2022-5.1\""), "ids get the catalogue prefix");
        assertTrue(json.contains("\"name\": \"maps-from\""));
        assertTrue(json.contains("\"value\": \"iso27001:2013#A.5.1.1\""));
        assertTrue(json.contains("\"name\": \"statement\""));
        assertTrue(json.contains("\"name\": \"control-type\""));
    }

    @Test
    void annexA2013KeepsItsTokenIdsAndReadsBackEqual(@TempDir Path dir) {
        Catalog annexA = Catalogs.iso27001_2013();
        Path file = dir.resolve("annex-a.json");
        Oscal.writeCatalog(annexA, file);
        assertEquals(annexA, Oscal.readCatalog(file));
        assertTrue(Oscal.toJson(annexA, OscalOptions.defaults()).contains("\"id\": \"A.5.1.1\""));
    }

    @Test
    void outputIsDeterministicAndTheUuidFollowsTheContent() {
        String a = Oscal.toJson(iso, OscalOptions.defaults());
        assertEquals(a, Oscal.toJson(Catalogs.iso27002_2022(), OscalOptions.defaults()));
        String b = Oscal.toJson(iso.withTexts(Map.of("5.1", "changed")), OscalOptions.defaults());
        UUID ua = uuid(a);
        assertEquals(5, ua.version());
        assertEquals(2, ua.variant());
        assertNotEquals(ua, uuid(b));
        assertTrue(a.endsWith("}\n"));
    }

    private static UUID uuid(String json) {
        int at = json.indexOf("\"uuid\": \"") + 9;
        return UUID.fromString(json.substring(at, at + 36));
    }

    @Test
    void lastModifiedComesFromTheOptionsElseTheCatalogueElseTheEpoch() {
        assertTrue(Oscal.toJson(iso, OscalOptions.defaults()).contains("\"last-modified\": \"1970-01-01T00:00:00Z\""));
        OscalOptions at = OscalOptions.builder().lastModified(OffsetDateTime.parse("2026-03-01T10:00:00+02:00"))
                .build();
        assertTrue(Oscal.toJson(iso, at).contains("\"last-modified\": \"2026-03-01T08:00:00Z\""));
        Catalog stamped = iso.toBuilder().metadata("oscal.last-modified", "2025-01-02T03:04:05Z").build();
        assertTrue(Oscal.toJson(stamped, OscalOptions.defaults())
                .contains("\"last-modified\": \"2025-01-02T03:04:05Z\""));
    }

    @Test
    void childControlsNestInTheirParentAndReadBackWithIt() {
        Catalog c = Catalog.builder("x:1", "X").group(ControlGroup.of("ac", "Access Control", "family"))
                .group(ControlGroup.of("ac.sub", "Sub group", "my kind", "ac"))
                .control(Control.of("z", "Ungrouped"))
                .control(Control.of("ac-2", "Account Management").withGroup("ac"))
                .control(Control.of("ac-2.1", "Automated").withGroup("ac").withParent(ControlId.parse("ac-2")))
                .control(Control.of("ac-2.1.1", "Deeper").withGroup("ac").withParent(ControlId.parse("ac-2.1")))
                .control(Control.of("1.2(a)", "Odd id").withGroup("ac.sub"))
                .build();
        String json = Oscal.toJson(c, OscalOptions.defaults());
        Catalog back = Oscal.parseCatalog(json);
        assertEquals(c, back);
        assertEquals(1, back.children(ControlId.parse("ac-2")).size());
        assertTrue(json.contains("\"id\": \"x-1-1.2_a_\""), json);
        assertTrue(json.contains("\"value\": \"my kind\""), "a kind that is no token is an isms property");
    }

    @Test
    void streamAndTextVariantsAgree() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Oscal.writeCatalog(iso, out, OscalOptions.defaults());
        assertEquals(Oscal.toJson(iso, OscalOptions.defaults()), out.toString(StandardCharsets.UTF_8));
        Catalog back = Oscal.readCatalog(new ByteArrayInputStream(out.toByteArray()), "mem",
                OscalOptions.builder().catalogId("renamed:1").build());
        assertEquals("renamed:1", back.id());
        assertEquals(iso.controls(), back.controls());
    }

    @Test
    void themesAndAttributesSurviveAndAreQueryable() {
        Catalog back = Oscal.parseCatalog(Oscal.toJson(iso, OscalOptions.defaults()));
        assertEquals(iso.statistics().count(ControlType.PREVENTIVE), back.statistics().count(ControlType.PREVENTIVE));
        assertEquals(34, back.query().theme(Theme.TECHNOLOGICAL).count());
    }

    @Test
    void rejectsMappingSetsOfOtherCataloguesAndUnwritableStrings() {
        MappingSet other = MappingSet.of("m", "a:1", "b:2", java.util.List.of());
        OscalOptions options = OscalOptions.builder().mappings(other).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Oscal.toJson(iso, options));
        assertEquals("mapping set 'm' must map from or to catalogue 'iso27002:2022' but maps 'a:1' to 'b:2'",
                e.getMessage());
        Catalog padded = Catalog.builder("x", "X").publisher(" ISO ").build();
        IllegalArgumentException p = assertThrows(IllegalArgumentException.class,
                () -> Oscal.toJson(padded, OscalOptions.defaults()));
        assertEquals("catalogue publisher must have no leading or trailing white space to be an OSCAL string but was"
                + " ' ISO '", p.getMessage());
    }

    @Test
    void ioFailuresAreUncheckedIoExceptions(@TempDir Path dir) {
        Path missing = dir.resolve("missing.json");
        assertTrue(assertThrows(UncheckedIOException.class, () -> Oscal.readCatalog(missing)).getMessage()
                .contains("missing.json"));
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("disk full");
            }
        };
        assertTrue(assertThrows(UncheckedIOException.class,
                () -> Oscal.writeCatalog(iso, broken, OscalOptions.defaults())).getMessage().contains("disk full"));
        assertThrows(UncheckedIOException.class, () -> Oscal.writeCatalog(iso, dir.resolve("no/such/dir.json")));
    }

    @Test
    void fileWriteEqualsTextForm(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("iso.json");
        Oscal.writeCatalog(iso, file, OscalOptions.defaults());
        assertArrayEquals(Oscal.toJson(iso, OscalOptions.defaults()).getBytes(StandardCharsets.UTF_8),
                Files.readAllBytes(file));
    }
}
