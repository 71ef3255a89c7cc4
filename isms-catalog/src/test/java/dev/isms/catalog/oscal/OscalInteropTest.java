// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.oscal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.isms.catalog.Catalogs;
import dev.isms.core.Catalog;
import gov.nist.secauto.oscal.lib.OscalBindingContext;
import gov.nist.secauto.oscal.lib.model.CatalogGroup;
import gov.nist.secauto.oscal.lib.model.Control;
import gov.nist.secauto.oscal.lib.model.Profile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every exported document validates against NIST's JSON schemas and is read by liboscal-java, the reference OSCAL
 * library, with the same number of controls. (liboscal-java 5.2.0 knows OSCAL 1.1.3 only, so mapping collections
 * are checked against the 1.2.1 schema alone, in {@link OscalMappingTest}.)
 */
class OscalInteropTest {
    @Test
    void iso27002WithTextsAndCorrespondencesValidatesAndLiboscalReadsIt(@TempDir Path dir) throws Exception {
        Catalog iso = Catalogs.iso27002_2022().withTexts(Map.of("5.1", "A statement\nwith two lines."));
        Path file = dir.resolve("iso27002.json");
        Oscal.writeCatalog(iso, file, OscalOptions.builder().mappings(Catalogs.mapping2013To2022()).build());
        String json = Files.readString(file);
        OscalSchemas.assertValid("1.1.3", "catalog", json);
        OscalSchemas.assertValid("1.2.1", "catalog", json);
        assertEquals(93, liboscalControls(file));
    }

    @Test
    void annexA2013ValidatesAndLiboscalReadsIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("annex-a.json");
        Oscal.writeCatalog(Catalogs.iso27001_2013(), file);
        OscalSchemas.assertValid("1.1.3", "catalog", Files.readString(file));
        assertEquals(114, liboscalControls(file));
    }

    @Test
    void nistReExportValidatesAndLiboscalCountsTheSameControls(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("nist.json");
        Oscal.writeCatalog(OscalData.nist(), file);
        OscalSchemas.assertValid("1.1.3", "catalog", Files.readString(file));
        assertEquals(1189, liboscalControls(file));
    }

    @Test
    void profilesValidateAndLiboscalReadsThem(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("p.json");
        Oscal.writeProfile(Oscal.readProfile(OscalData.baseline("LOW")), file);
        OscalSchemas.assertValid("1.1.3", "profile", Files.readString(file));
        Profile p = OscalBindingContext.instance().newBoundLoader().load(Profile.class, file);
        assertEquals(149, p.getImports().get(0).getIncludeControls().get(0).getWithIds().size());
    }

    @Test
    void theSchemaCheckCanFail() {
        String json = Oscal.toJson(Catalogs.iso27002_2022(), OscalOptions.defaults())
                .replaceFirst("\"uuid\"", "\"uid\"");
        assertFalse(OscalSchemas.errors("1.1.3", "catalog", json).isEmpty());
        String badId = Oscal.toJson(Catalogs.iso27002_2022(), OscalOptions.defaults())
                .replace("\"id\": \"iso27002-2022-5.1\"", "\"id\": \"5.1\"");
        assertFalse(OscalSchemas.errors("1.1.3", "catalog", badId).isEmpty());
    }

    static int liboscalControls(Path file) throws Exception {
        gov.nist.secauto.oscal.lib.model.Catalog c = OscalBindingContext.instance().newBoundLoader()
                .load(gov.nist.secauto.oscal.lib.model.Catalog.class, file);
        return count(c.getControls()) + countGroups(c.getGroups());
    }

    private static int countGroups(List<CatalogGroup> groups) {
        int n = 0;
        for (CatalogGroup g : groups == null ? List.<CatalogGroup>of() : groups) {
            n += count(g.getControls()) + countGroups(g.getGroups());
        }
        return n;
    }

    private static int count(List<Control> controls) {
        int n = 0;
        for (Control c : controls == null ? List.<Control>of() : controls) {
            n += 1 + count(c.getControls());
        }
        return n;
    }
}
