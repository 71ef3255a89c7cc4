// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk;

import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.ControlAttributes;
import dev.isms.core.ControlGroup;
import dev.isms.core.ControlRef;
import dev.isms.core.ControlType;
import dev.isms.core.Theme;
import dev.isms.core.asset.Asset;
import dev.isms.core.asset.AssetInventory;
import dev.isms.core.asset.AssetType;
import dev.isms.core.asset.ConsequenceCategory;
import dev.isms.risk.criteria.AcceptanceCriteria;
import dev.isms.risk.criteria.RiskBand;
import dev.isms.risk.criteria.RiskCriteria;
import dev.isms.risk.criteria.RiskMatrix;
import dev.isms.risk.criteria.Scale;
import dev.isms.risk.register.RiskRegister;
import java.util.List;

/** Shared hand-built criteria, catalogue and register for the risk tests. */
public final class RiskFixtures {
    public static final ConsequenceCategory C = ConsequenceCategory.CONFIDENTIALITY;
    public static final ConsequenceCategory A = ConsequenceCategory.AVAILABILITY;
    public static final ConsequenceCategory LEGAL = ConsequenceCategory.of("legal");

    private RiskFixtures() {
    }

    public static RiskMatrix matrix5x5() {
        return RiskMatrix.ofProduct(5, 5, List.of(new RiskBand("Low", 1, 4), new RiskBand("Medium", 5, 9),
                new RiskBand("High", 10, 16), new RiskBand("Critical", 17, 25)));
    }

    public static RiskCriteria criteria() {
        return RiskCriteria.builder("acme", 2)
                .likelihood(Scale.of("likelihood", "Rare", "Unlikely", "Possible", "Likely", "Almost certain"))
                .consequence(Scale.of("consequence", "Minor", "Moderate", "Major", "Severe", "Critical"), matrix5x5())
                .consequence(LEGAL, Scale.of("legal consequence", "Notice", "Fine", "Sanction"),
                        RiskMatrix.of(List.of("Low", "Medium", "High", "Critical"),
                                new int[][] {{0, 1, 2}, {0, 1, 2}, {1, 2, 3}, {1, 2, 3}, {2, 3, 3}}))
                .acceptance(AcceptanceCriteria.upTo("Medium").with(LEGAL, "Low"))
                .build();
    }

    public static Catalog catalog() {
        Catalog.Builder b = Catalog.builder("iso27002:2022", "Test extract of ISO/IEC 27002:2022")
                .group(ControlGroup.of("5", "Organizational controls", "theme"))
                .group(ControlGroup.of("8", "Technological controls", "theme"));
        b.control(Control.of("5.15", "Access control", Theme.ORGANIZATIONAL, ControlAttributes.of(ControlType.PREVENTIVE)));
        b.control(Control.of("8.7", "Protection against malware", Theme.TECHNOLOGICAL,
                ControlAttributes.of(ControlType.PREVENTIVE, ControlType.DETECTIVE, ControlType.CORRECTIVE)));
        b.control(Control.of("8.8", "Management of technical vulnerabilities", Theme.TECHNOLOGICAL,
                ControlAttributes.of(ControlType.PREVENTIVE)));
        b.control(Control.of("8.13", "Information backup", Theme.TECHNOLOGICAL,
                ControlAttributes.of(ControlType.CORRECTIVE)));
        return b.build();
    }

    public static ControlRef ref(String id) {
        return ControlRef.of("iso27002:2022", id);
    }

    public static AssetInventory assets() {
        return AssetInventory.of(
                Asset.builder("A-1", "Customer database", AssetType.INFORMATION).owner("Head of Sales")
                        .classification("Confidential").value(C, 5).value(A, 4).build(),
                Asset.builder("A-2", "Web shop", AssetType.SOFTWARE).owner("CTO").value(A, 5).build());
    }

    public static RiskScenario ransomware() {
        return RiskScenario.builder("R-1", "Ransomware encrypts the customer database",
                ScenarioBasis.assetBased("A-1", "T-1", "V-1")).likelihood(4).consequence(A, 5).consequence(C, 3)
                .owner("CIO").existing(ControlEffect.consequence(ref("8.13"), 0.5)).build();
    }

    public static RiskScenario leak() {
        return RiskScenario.builder("R-2", "Insider leaks customer data", ScenarioBasis.eventBased("S-1",
                "Data exfiltration")).affects("A-1").likelihood(3).consequence(C, 5).consequence(LEGAL, 3)
                .owner("DPO").build();
    }

    public static RiskRegister.Builder register() {
        return RiskRegister.builder(criteria()).assets(assets()).catalog(catalog())
                .threat(Threat.of("T-1", "Ransomware")).vulnerability(Vulnerability.of("V-1", "Unpatched server"))
                .source(RiskSource.of("S-1", "Disgruntled insider")).scenario(ransomware(), leak());
    }
}
