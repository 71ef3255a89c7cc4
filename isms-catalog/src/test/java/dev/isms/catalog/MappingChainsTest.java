// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.core.ControlId;
import dev.isms.core.mapping.Mapping;
import dev.isms.core.mapping.MappingChain;
import dev.isms.core.mapping.MappingPath;
import dev.isms.core.mapping.MappingSet;
import dev.isms.core.mapping.Rationale;
import dev.isms.core.mapping.Relationship;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The questions of issue 8 answered with the public mapping API on the shipped data: NIST SP 800-53 controls of
 * ISO/IEC 27002 8.24, the ISO controls CSF PR.DS-01 touches, chains from 2013 through 2022 to SP 800-53 with the
 * weakest relationship on the path, and coverage. The Annex A identity bridges the crosswalks' {@code A.8.24} and the
 * catalogue's {@code 8.24}.
 */
class MappingChainsTest {
    private static final MappingSet ANNEX_A = Catalogs.annexAToIso27002_2022();
    private static final MappingSet SP800_53 = Catalogs.nistSp800_53r5ToIso27001_2022();
    private static final MappingSet CSF = Catalogs.nistCsf2ToIso27001_2022();

    private static List<String> ends(List<MappingPath> paths, boolean targets) {
        return paths.stream().map(p -> (targets ? p.target() : p.source()).toString()).toList();
    }

    @Test
    void theAnnexAIdentityMapsEveryControlToItselfAsEqual() {
        assertEquals(93, ANNEX_A.mappings().size());
        assertEquals("iso27001:2022", ANNEX_A.sourceCatalogId());
        assertEquals("iso27002:2022", ANNEX_A.targetCatalogId());
        for (Mapping m : ANNEX_A.mappings()) {
            assertEquals("A." + m.targetId(), m.sourceId().toString());
            assertEquals(Relationship.EQUAL, m.relationship());
            assertEquals(Optional.of(Rationale.SYNTACTIC), m.rationale());
        }
        assertEquals(List.of(), ANNEX_A.targetsWithoutSource(Catalogs.iso27002_2022()));
        assertSame(ANNEX_A, Catalogs.mapping("iso27001-2022-annex-a-to-iso27002-2022"));
        assertTrue(Catalogs.mappingIds().contains(ANNEX_A.id()));
    }

    @Test
    void nistSp80053ControlsRelatedToIso824AreTheKeyAndCryptographyControls() {
        assertEquals(List.of(ControlId.parse("SC-12"), ControlId.parse("SC-13"), ControlId.parse("SC-17")),
                SP800_53.sourcesOf("A.8.24"));
        List<MappingPath> paths = MappingChain.of(ANNEX_A.inverse(), SP800_53.inverse()).paths("8.24");
        assertEquals(List.of("8.24 -> A.8.24 -> SC-12 (intersects-with)", "8.24 -> A.8.24 -> SC-13 (intersects-with)",
                "8.24 -> A.8.24 -> SC-17 (intersects-with)"), paths.stream().map(MappingPath::toString).toList());
        assertEquals(List.of(), SP800_53.sourcesOf("8.24"), "the crosswalk names Annex A controls A.x, never x");
    }

    @Test
    void csfPrDs01TouchesTwentyIso27002ControlsAndTwoClauses() {
        List<MappingPath> paths = MappingChain.of(CSF, ANNEX_A).paths("PR.DS-01");
        assertEquals(List.of("5.1", "5.3", "5.10", "5.13", "5.14", "5.15", "6.1", "6.2", "6.5", "7.7", "7.10", "8.2",
                "8.3", "8.4", "8.7", "8.8", "8.17", "8.19", "8.22", "8.26"), ends(paths, true));
        assertTrue(paths.stream().allMatch(p -> p.relationship() == Relationship.INTERSECTS_WITH));
        assertEquals(List.of(ControlId.parse("4.2"), ControlId.parse("5.2")), CSF.targetsOf("PR.DS-01").stream()
                .filter(id -> !id.toString().startsWith("A.")).toList(), "the clauses the bridge leaves out");
    }

    @Test
    void chains2013ControlsThrough2022ToSp80053WithTheWeakestRelationship() {
        MappingChain chain = MappingChain.of(Catalogs.mapping2013To2022(), ANNEX_A.inverse(), SP800_53.inverse());
        assertEquals("iso27001:2013", chain.sourceCatalogId());
        assertEquals("nist-sp800-53:rev5", chain.targetCatalogId());
        List<MappingPath> keys = chain.paths("A.10.1.2");
        assertEquals(List.of("A.10.1.2 -> 8.24 -> A.8.24 -> SC-12 (intersects-with)",
                "A.10.1.2 -> 8.24 -> A.8.24 -> SC-13 (intersects-with)",
                "A.10.1.2 -> 8.24 -> A.8.24 -> SC-17 (intersects-with)"),
                keys.stream().map(MappingPath::toString).toList());
        assertEquals(List.of(Relationship.INTERSECTS_WITH, Relationship.EQUAL, Relationship.INTERSECTS_WITH),
                keys.get(0).steps().stream().map(Mapping::relationship).toList());
        assertEquals(List.of("A.10.1.1", "A.10.1.2"), ends(chain.pathsTo(ControlId.parse("SC-17")), false));
        MappingSet direct = chain.toMappingSet("iso27001-2013-to-nist-sp800-53r5");
        assertEquals(579, direct.mappings().size());
        assertEquals(List.of(ControlId.parse("A.11.1.5"), ControlId.parse("A.12.7.1")),
                direct.sourcesWithoutTarget(Catalogs.iso27001_2013()));
    }

    @Test
    void coverageNamesTheIso27002ControlsWithoutCounterpart() {
        MappingSet sp = MappingChain.of(SP800_53, ANNEX_A).toMappingSet("sp800-53-to-iso27002");
        assertEquals(List.of(ControlId.parse("7.6"), ControlId.parse("8.34")),
                sp.targetsWithoutSource(Catalogs.iso27002_2022()));
        MappingSet csf = MappingChain.of(CSF, ANNEX_A).toMappingSet("csf-to-iso27002");
        assertEquals(List.of("5.5", "5.6", "5.11", "5.23", "5.30", "5.32", "5.33", "5.34", "5.36", "5.37", "7.6",
                "7.8", "7.9", "7.11", "8.1", "8.10", "8.11", "8.12", "8.23", "8.24", "8.27", "8.29", "8.30", "8.31",
                "8.33", "8.34"), csf.targetsWithoutSource(Catalogs.iso27002_2022()).stream().map(ControlId::toString)
                .toList());
        assertEquals(93 - 26, csf.mappings().stream().map(Mapping::targetId).distinct().count());
    }
}
