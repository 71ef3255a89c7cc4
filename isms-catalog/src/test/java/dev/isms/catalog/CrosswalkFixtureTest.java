// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.catalog.internal.csv.CsvReader;
import dev.isms.catalog.internal.csv.CsvRow;
import dev.isms.catalog.internal.csv.CsvTable;
import dev.isms.catalog.json.CatalogJson;
import dev.isms.core.ControlId;
import dev.isms.core.mapping.Mapping;
import dev.isms.core.mapping.MappingSet;
import dev.isms.core.mapping.Relationship;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Cross-framework mappings as a researcher would load them: the NIST crosswalks in {@code ../shared/mappings}
 * (test fixtures only: their packaging is AGPL, so they are never shipped) become {@link MappingSet}s whose NIST
 * ids ({@code AC-2(12)}, {@code GV.OC-01}) parse as control ids, and their coverage of Annex A matches the
 * figures published with the data.
 */
class CrosswalkFixtureTest {

    private static MappingSet annexA(String file, String idColumn, String sourceCatalog) throws IOException {
        CsvTable t = CsvReader.parse(file, Files.readString(SharedData.mappingsDir().resolve(file),
                StandardCharsets.UTF_8));
        Set<List<String>> seen = new HashSet<>();
        List<Mapping> mappings = new ArrayList<>();
        for (CsvRow row : t.rows()) {
            assertEquals("intersect", t.get(row, "relationship"));
            if (t.get(row, "iso_kind").equals("annex-a") && seen.add(List.of(t.get(row, idColumn),
                    t.get(row, "iso_id")))) {
                mappings.add(Mapping.of(t.get(row, idColumn), t.get(row, "iso_id"), Relationship.INTERSECTS_WITH));
            }
        }
        return MappingSet.of(sourceCatalog + "-to-iso27002-2022", sourceCatalog, "iso27002:2022", mappings);
    }

    @Test
    void sp80053CoversEveryAnnexAControlBut76And834() throws IOException {
        MappingSet m = annexA("nist-sp-800-53-rev5_to_iso27001-2022.csv", "sp800_53_id", "nist:sp800-53r5");
        assertEquals(List.of(ControlId.parse("7.6"), ControlId.parse("8.34")),
                m.targetsWithoutSource(Catalogs.iso27002_2022()));
        assertTrue(m.targetsOf("AC-2").size() > 0);
        assertTrue(m.sourcesOf("8.8").stream().anyMatch(id -> id.toString().startsWith("RA-5")), m.sourcesOf("8.8")
                .toString());
        CatalogJson json = CatalogJson.defaults();
        assertEquals(m, json.readMappingSet(json.toJson(m)));
    }

    @Test
    void csf20LeavesThePublishedTwentySixAnnexAControlsUnmapped() throws IOException {
        MappingSet m = annexA("nist-csf-2.0_to_iso27001-2022.csv", "csf_2_0_id", "nist:csf-2.0");
        List<ControlId> unmapped = m.targetsWithoutSource(Catalogs.iso27002_2022());
        assertEquals(26, unmapped.size(), unmapped.toString());
        assertEquals(67, Catalogs.iso27002_2022().size() - unmapped.size());
        assertTrue(unmapped.contains(ControlId.parse("5.23")) && unmapped.contains(ControlId.parse("8.34")));
    }
}
