// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.json;

import dev.isms.catalog.CatalogRegistry;
import dev.isms.catalog.spi.CatalogProvider;
import dev.isms.core.Catalog;
import dev.isms.core.asset.AssetType;
import dev.isms.risk.ControlEffect;
import dev.isms.risk.RiskFixtures;
import dev.isms.risk.RiskScenario;
import dev.isms.risk.RiskScore;
import dev.isms.risk.RiskSource;
import dev.isms.risk.ScenarioBasis;
import dev.isms.risk.Threat;
import dev.isms.risk.Tier;
import dev.isms.risk.Vulnerability;
import dev.isms.risk.criteria.AcceptanceCriteria;
import dev.isms.risk.criteria.RiskCriteria;
import dev.isms.risk.criteria.RiskMatrix;
import dev.isms.risk.criteria.Scale;
import dev.isms.risk.criteria.ScaleLevel;
import dev.isms.risk.cvss.Cvss;
import dev.isms.risk.fair.BetaPert;
import dev.isms.risk.fair.Constant;
import dev.isms.risk.fair.FairResult;
import dev.isms.risk.fair.FairScenario;
import dev.isms.risk.fair.FairSimulation;
import dev.isms.risk.fair.FairVulnerability;
import dev.isms.risk.fair.LogNormal;
import dev.isms.risk.fair.PertVariant;
import dev.isms.risk.register.RiskAcceptance;
import dev.isms.risk.register.RiskRegister;
import dev.isms.risk.register.RiskTreatment;
import dev.isms.risk.register.TreatmentOption;
import dev.isms.risk.register.TreatmentStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Values of every risk document type, and a RiskJson that resolves the fixture catalogue (public: the hostile-input
 * properties mutate their documents).
 */
public final class RiskJsonFixtures {
    public static final Catalog CATALOG = RiskFixtures.catalog();
    public static final RiskJson JSON = RiskJson.builder().catalogs(registry(CATALOG)).build();

    private RiskJsonFixtures() {
    }

    /** {@return a registry of exactly one catalogue, without the built-ins} */
    public static CatalogRegistry registry(Catalog catalog) {
        return CatalogRegistry.builder().builtIns(false).serviceLoader(false).provider(new CatalogProvider() {
            @Override
            public String id() {
                return "test";
            }

            @Override
            public Set<String> catalogIds() {
                return Set.of(catalog.id());
            }

            @Override
            public Catalog load(String catalogId) {
                return catalog;
            }
        }).build();
    }

    /** {@return criteria with ranged levels, a grid matrix and acceptance per category and asset type} */
    public static RiskCriteria criteria() {
        Scale likelihood = new Scale("events per year", List.of(ScaleLevel.of(1, "Rare", 0, 0.1),
                ScaleLevel.of(2, "Sometimes", 0.1, 1), ScaleLevel.of(3, "Often", 1, Double.POSITIVE_INFINITY)));
        return RiskCriteria.builder("ranged", 3).likelihood(likelihood)
                .consequence(Scale.of("impact", "Low", "High"), RiskMatrix.of(List.of("Green", "Amber", "Red"),
                        new int[][] {{0, 1}, {0, 1}, {1, 2}}))
                .acceptance(AcceptanceCriteria.upTo("Amber").with(AssetType.SOFTWARE, "Green"))
                .build();
    }

    public static RiskScenario scored() {
        RiskScore score = RiskScore.builder("iso27005-matrix", "1").parameters(Map.of("likelihood", "4",
                "consequence", "5")).criteria("acme@2").value(20).level("Critical", 3).explanation("4 x 5 = 20\nhigh")
                .build();
        return RiskScenario.builder("R-3", "Phishing", ScenarioBasis.assetBased("A-2", "T-1", "V-2")).affects("A-1")
                .likelihood(4).consequence(RiskFixtures.A, 5).target("Medium")
                .existing(ControlEffect.likelihood(RiskFixtures.ref("5.15"), 0.25))
                .score(Tier.INHERENT, score).build();
    }

    public static RiskTreatment treatment() {
        return RiskTreatment.builder("TR-1", "R-1", TreatmentOption.MODIFY)
                .control(ControlEffect.likelihood(RiskFixtures.ref("8.7"), 0.5)).appliedControl("AC-7", "AC-2")
                .owner("CISO").due(LocalDate.of(2026, 6, 30)).status(TreatmentStatus.values()[1]).build();
    }

    public static RiskAcceptance acceptance() {
        return RiskAcceptance.of("R-2", "Board", LocalDate.of(2026, 3, 1), "Within appetite;\nreviewed yearly",
                LocalDate.of(2027, 3, 1));
    }

    /** {@return a register with every kind of part, at version 7} */
    public static RiskRegister register() {
        return RiskFixtures.register().version(7).threat(Threat.of("T-2", "Phishing", "social"))
                .vulnerability(Vulnerability.of("V-2", "No MFA", Cvss.parse(
                        "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:N")))
                .source(RiskSource.of("S-2", "Competitor", "external")).scenario(scored()).treatment(treatment())
                .acceptance(acceptance()).build();
    }

    public static List<FairScenario> fairScenarios() {
        FairScenario direct = FairScenario.of("Outage", Constant.of(2), FairVulnerability.direct(BetaPert.of(0.1,
                0.2, 0.5)), LogNormal.from90PercentInterval(1e3, 1e5));
        FairScenario contest = new FairScenario("Breach", new BetaPert(0.5, 1, 4, 3, PertVariant.MOMENT_MATCHED),
                FairVulnerability.contest(BetaPert.of(0.2, 0.5, 0.9), Constant.of(0.6)), Constant.of(5e4),
                Constant.of(0.3), BetaPert.of(1e4, 2e4, 1e5));
        return List.of(direct, contest);
    }

    public static FairResult fairResult() {
        FairSimulation.Builder b = FairSimulation.builder().years(200).exceedancePoints(0, 1e4, 1e5).appetite(5e4);
        fairScenarios().forEach(b::scenario);
        return b.build().run(42);
    }
}
