// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.register;

import static dev.isms.risk.RiskFixtures.A;
import static dev.isms.risk.RiskFixtures.C;
import static dev.isms.risk.RiskFixtures.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.core.ControlRef;
import dev.isms.core.Problem;
import dev.isms.core.UnknownIdException;
import dev.isms.risk.ControlEffect;
import dev.isms.risk.RiskFixtures;
import dev.isms.risk.RiskModelException;
import dev.isms.risk.RiskEngine;
import dev.isms.risk.RiskProfile;
import dev.isms.risk.RiskScenario;
import dev.isms.risk.RiskScore;
import dev.isms.risk.RiskSource;
import dev.isms.risk.ScenarioBasis;
import dev.isms.risk.Threat;
import dev.isms.risk.Tier;
import dev.isms.risk.Vulnerability;
import dev.isms.risk.cvss.Cvss;
import dev.isms.risk.method.CvssRequest;
import dev.isms.risk.method.MatrixRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RiskRegisterTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private final RiskTreatment backupAndEdr = RiskTreatment.builder("T-1", "R-1", TreatmentOption.MODIFY)
            .control(ControlEffect.likelihood(ref("8.7"), 0.75), ControlEffect.consequence(ref("8.13"), 0.5))
            .owner("CIO").due(LocalDate.of(2027, 3, 31)).status(TreatmentStatus.APPROVED).build();
    private final RiskRegister register = RiskFixtures.register().treatment(backupAndEdr).build();

    private static List<String> ids(List<RiskScenario> scenarios) {
        return scenarios.stream().map(RiskScenario::id).toList();
    }

    @Test
    void derivesAllFourTiersWithExplanations() {
        RiskProfile p = register.profile("R-1");
        assertEquals(OptionalInt.of(4), p.inherent().likelihood());
        assertEquals(Map.of(A, 5, C, 3), p.inherent().consequences());
        assertEquals("Critical", p.inherent().level());
        // existing backup 0.5: availability 5 -> 5 - round(0.5 * 4) = 3; confidentiality 3 -> 2
        assertEquals(Map.of(A, 3, C, 2), p.current().consequences());
        assertEquals("High", p.current().level());
        assertTrue(p.current().explanation().contains("[availability 5 -> 3: effectiveness 0.50 of"
                + " iso27002:2022#8.13 0.50]"), p.current().explanation());
        // treatment: likelihood 4 -> 4 - round(0.75 * 3) = 2; backup again: availability 3 -> 2, confidentiality 2 -> 1
        assertEquals(OptionalInt.of(2), p.residual().likelihood());
        assertEquals(Map.of(A, 2, C, 1), p.residual().consequences());
        assertEquals("Low", p.residual().level());
        assertEquals("Medium", p.target().level());
        assertTrue(p.meetsTarget());
    }

    @Test
    void targetFollowsTheStrictestAcceptanceUnlessSet() {
        assertEquals("Low", register.profile("R-2").target().level());
        RiskRegister r = register.withScenario(RiskFixtures.leak().toBuilder().target("High").build());
        assertEquals("High", r.profile("R-2").target().level());
        assertEquals("target: set by the risk owner", r.profile("R-2").target().explanation());
    }

    @Test
    void avoidanceDropsLikelihoodToTheLowestLevel() {
        RiskRegister r = register.withTreatment(RiskTreatment.builder("T-2", "R-2", TreatmentOption.AVOID).build());
        assertEquals(OptionalInt.of(1), r.profile("R-2").residual().likelihood());
        RiskRegister cancelled = r.withTreatment(r.treatmentsFor("R-2").get(0).withStatus(TreatmentStatus.CANCELLED));
        assertEquals(OptionalInt.of(3), cancelled.profile("R-2").residual().likelihood());
    }

    @Test
    void queriesByLevelOwnerAssetAndControl() {
        assertEquals(List.of("R-1", "R-2"), ids(register.atLevel(Tier.INHERENT, "Critical")));
        assertEquals(List.of("R-1"), ids(register.atLevel(Tier.RESIDUAL, "Low")));
        assertEquals(List.of("R-2"), ids(register.ownedBy("DPO")));
        assertEquals(List.of("R-1", "R-2"), ids(register.affecting("A-1")));
        assertEquals(List.of(), ids(register.affecting("A-2")));
        assertEquals(List.of("R-1"), ids(register.using(ref("8.7"))));
        assertEquals(List.of("R-1"), ids(register.using(ref("8.13"))));
        assertThrows(IllegalArgumentException.class, () -> register.atLevel(Tier.CURRENT, "Extreme"));
    }

    @Test
    void topListsHighestFirst() {
        assertEquals(List.of("R-2", "R-1"), ids(register.top(2, Tier.RESIDUAL)));
        assertEquals(List.of("R-2"), ids(register.top(1, Tier.RESIDUAL)));
        assertEquals(List.of(), ids(register.top(0, Tier.RESIDUAL)));
        assertThrows(IllegalArgumentException.class, () -> register.top(-1, Tier.RESIDUAL));
    }

    @Test
    void heatMapPlacesEachScenarioAtItsWorstCategory() {
        HeatMap h = register.heatMap(Tier.INHERENT);
        assertEquals(2, h.total());
        assertEquals(1, h.count(4, 5));
        assertEquals(1, h.count(3, 3));
        assertThrows(IllegalArgumentException.class, () -> register.heatMap(Tier.TARGET));
    }

    @Test
    void expiredAcceptanceMakesTheRiskUnacceptedAgain() {
        assertEquals(List.of("R-2"), ids(register.requiringAttention(CLOCK)));
        RiskRegister accepted = register.withAcceptance(RiskAcceptance.of("R-2", "CEO", TODAY.minusDays(10),
                "Legal review pending", TODAY.plusDays(30)));
        assertTrue(accepted.isAccepted("R-2", TODAY));
        assertEquals(List.of(), ids(accepted.requiringAttention(CLOCK)));
        Clock later = Clock.offset(CLOCK, java.time.Duration.ofDays(30));
        assertFalse(accepted.isAccepted("R-2", LocalDate.now(later)));
        assertEquals(List.of("R-2"), ids(accepted.requiringAttention(later)));
    }

    @Test
    void everyChangeIsANewVersion() {
        assertEquals(1, register.version());
        RiskRegister v2 = register.withScenario(RiskFixtures.leak().toBuilder().likelihood(5).build());
        assertEquals(2, v2.version());
        RiskRegister v3 = v2.withoutScenario("R-1");
        assertEquals(3, v3.version());
        assertEquals(2, register.scenarios().size());
        assertEquals(List.of(), v3.treatments());
        assertThrows(UnknownIdException.class, () -> v3.withoutScenario("R-1"));
    }

    @Test
    void rejectsUnknownReferencesListingEveryProblemWithItsPath() {
        RiskScenario bad = RiskScenario.builder("R-9", "Bad", ScenarioBasis.assetBased("A-9", "T-9", "V-1"))
                .likelihood(7).consequence(C, 6).target("Extreme").existing(ControlEffect.likelihood(ref("5.99"), 0.5),
                        ControlEffect.likelihood(ControlRef.of("nist:800-53", "ac-2"), 0.5)).build();
        RiskModelException e = assertThrows(RiskModelException.class,
                () -> RiskFixtures.register().scenario(bad).build());
        assertEquals(List.of(
                new Problem("scenarios[R-9].basis.threatId", "names unknown threat 'T-9'"),
                new Problem("scenarios[R-9].affectedAssets", "names unknown asset 'A-9'"),
                new Problem("scenarios[R-9].likelihood", "must be 1..5 but was 7"),
                new Problem("scenarios[R-9].consequences.confidentiality", "must be 1..5 but was 6"),
                new Problem("scenarios[R-9].targetLevel", "must be one of [Low, Medium, High, Critical] but was"
                        + " 'Extreme'"),
                new Problem("scenarios[R-9].existingControls[0].control", "names unknown control id '5.99' in"
                        + " catalogue 'iso27002:2022'"),
                new Problem("scenarios[R-9].existingControls[1].control", "names control 'nist:800-53#ac-2' of"
                        + " unknown catalogue 'nist:800-53' (known: [iso27002:2022])")), e.problems());
        assertTrue(e.getMessage().startsWith("risk register is invalid (7 problems)\n  scenarios[R-9].basis"
                + ".threatId: names unknown threat 'T-9'\n"), e.getMessage());
    }

    @Test
    void rejectsARepeatedIdInEveryPartNamingIt() {
        RiskModelException e = assertThrows(RiskModelException.class, () -> RiskFixtures.register()
                .threat(Threat.of("T-1", "Again")).vulnerability(Vulnerability.of("V-1", "Again"))
                .source(RiskSource.of("S-1", "Again")).catalog(RiskFixtures.catalog())
                .scenario(RiskFixtures.leak()).treatment(backupAndEdr, backupAndEdr)
                .acceptance(RiskAcceptance.of("R-2", "CEO", TODAY, "ok"), RiskAcceptance.of("R-2", "CFO", TODAY, "ok"))
                .build());
        assertEquals(List.of("threats[T-1]", "vulnerabilities[V-1]", "sources[S-1]", "catalogs[iso27002:2022]",
                "scenarios[R-2]", "treatments[T-1]", "acceptances[R-2]"),
                e.problems().stream().map(Problem::location).toList());
        assertEquals("repeats threat id 'T-1'; each id may appear once", e.problems().get(0).message());
    }

    @Test
    void rejectsDanglingTreatmentsAndAcceptances() {
        RiskModelException e = assertThrows(RiskModelException.class, () -> register.withTreatment(
                RiskTreatment.builder("T-3", "R-404", TreatmentOption.RETAIN).build()));
        assertEquals(List.of(new Problem("treatments[T-3].scenarioId", "names unknown scenario 'R-404'")),
                e.problems());
        RiskModelException a = assertThrows(RiskModelException.class, () -> register.withAcceptance(
                RiskAcceptance.of("R-404", "x", TODAY, "y", TODAY.plusDays(1))));
        assertEquals("acceptances[R-404].scenarioId", a.problems().get(0).location());
        assertThrows(UnknownIdException.class, () -> register.profile("R-404"));
    }

    @Test
    void exposesItsParts() {
        assertEquals(2, register.assets().size());
        assertEquals(1, register.threats().size());
        assertEquals(1, register.vulnerabilities().size());
        assertEquals(1, register.sources().size());
        assertEquals("acme@2", register.criteria().reference());
        assertEquals("RiskRegister[version 1, 2 scenarios, criteria acme@2]", register.toString());
        assertThrows(UnsupportedOperationException.class, () -> register.scenarios().clear());
    }

    @Test
    void verifyRecomputesEveryStoredScoreAndNamesTheStaleOnes() {
        RiskEngine engine = RiskEngine.standard();
        RiskScore matrix = engine.score(MatrixRequest.from(register.criteria(), RiskFixtures.ransomware()));
        RiskScore cvss = engine.score(CvssRequest.of(Cvss.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")));
        RiskRegister scored = register.withScore("R-1", Tier.INHERENT, matrix).withScore("R-1", Tier.INHERENT, cvss);
        assertEquals(List.of(), scored.verify(engine));
        RiskScore edited = new RiskScore(cvss.methodId(), cvss.methodVersion(), cvss.parameters(), cvss.criteria(),
                5.0, cvss.level(), cvss.rank(), cvss.explanation());
        RiskScore oldCriteria = new RiskScore(matrix.methodId(), matrix.methodVersion(), matrix.parameters(),
                Optional.of("acme@1"), matrix.value(), matrix.level(), matrix.rank(), matrix.explanation());
        RiskScore unknown = RiskScore.builder("retired", "1").level("L", 0).explanation("w").build();
        RiskRegister stale = scored.apply(RegisterEdit.putScore("R-1", Tier.INHERENT, edited),
                RegisterEdit.putScore("R-2", Tier.CURRENT, oldCriteria),
                RegisterEdit.putScore("R-2", Tier.RESIDUAL, unknown));
        List<StaleScore> found = stale.verify(engine);
        assertEquals(List.of("R-1/INHERENT/cvss-3.1: VALUE_DIFFERS", "R-2/CURRENT/iso27005-matrix: CRITERIA_CHANGED",
                "R-2/RESIDUAL/retired: METHOD_UNKNOWN"), found.stream().map(f -> f.scenarioId() + "/" + f.tier() + "/"
                        + f.methodId() + ": " + f.reason()).toList());
        assertEquals(Optional.of(cvss), found.get(0).mismatch().recomputed());
        assertThrows(UnknownIdException.class, () -> register.withScore("R-404", Tier.CURRENT, cvss));
    }

    @Test
    void equalContentIsEqualWhateverTheVersion() {
        RiskRegister v2 = register.withTreatment(backupAndEdr);
        assertEquals(2, v2.version());
        assertEquals(register, v2);
        assertEquals(register.hashCode(), v2.hashCode());
        RiskRegister restored = RiskRegister.builder(register.criteria()).version(7).assets(register.assets())
                .threats(register.threats()).vulnerabilities(register.vulnerabilities()).sources(register.sources())
                .catalogs(register.catalogs()).scenarios(register.scenarios()).treatments(register.treatments())
                .acceptances(register.acceptances()).build();
        assertEquals(7, restored.version());
        assertEquals(register, restored);
        assertNotEquals(register, register.withScenario(RiskFixtures.leak().toBuilder().likelihood(1).build()));
        assertThrows(IllegalArgumentException.class, () -> RiskRegister.builder(register.criteria()).version(0));
    }

    @Test
    void findsEachPartById() {
        assertEquals("Ransomware", register.threat("T-1").orElseThrow().name());
        assertEquals("Unpatched server", register.vulnerability("V-1").orElseThrow().name());
        assertEquals("Disgruntled insider", register.source("S-1").orElseThrow().name());
        assertEquals(Optional.of(backupAndEdr), register.treatment("T-1"));
        assertEquals(Optional.empty(), register.threat("T-9"));
        assertEquals(List.of(backupAndEdr), register.treatmentsFor("R-1"));
        assertEquals(List.of(), register.treatmentsFor("R-404"));
        assertEquals(RiskFixtures.leak(), register.requireScenario("R-2"));
        UnknownIdException e = assertThrows(UnknownIdException.class, () -> register.requireScenario("R-404"));
        assertEquals("unknown scenario id 'R-404' in risk register version 1", e.getMessage());
        assertThrows(UnknownIdException.class, () -> register.withoutTreatment("T-404"));
        assertEquals(List.of(), register.withoutTreatment("T-1").treatments());
    }
}
