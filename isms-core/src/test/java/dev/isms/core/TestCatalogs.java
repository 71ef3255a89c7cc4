// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

import static dev.isms.core.ControlType.CORRECTIVE;
import static dev.isms.core.ControlType.DETECTIVE;
import static dev.isms.core.ControlType.PREVENTIVE;
import static dev.isms.core.SecurityProperty.AVAILABILITY;
import static dev.isms.core.SecurityProperty.CONFIDENTIALITY;
import static dev.isms.core.SecurityProperty.INTEGRITY;

/** A small hand-built catalogue shared by the core tests. */
final class TestCatalogs {
    private TestCatalogs() {
    }

    static Catalog small() {
        return Catalog.builder("test:small", "Small test catalogue").edition("2022").publisher("isms tests")
                .metadata("source", "hand-built")
                .group(ControlGroup.of("5", "Organizational controls", "theme"))
                .group(ControlGroup.of("8", "Technological controls", "theme"))
                .control(Control.of("5.1", "Policies for information security", Theme.ORGANIZATIONAL,
                        ControlAttributes.of(PREVENTIVE, CONFIDENTIALITY, INTEGRITY, AVAILABILITY,
                                CybersecurityConcept.IDENTIFY, OperationalCapability.GOVERNANCE,
                                SecurityDomain.GOVERNANCE_AND_ECOSYSTEM, SecurityDomain.RESILIENCE)))
                .control(Control.of("5.7", "Threat intelligence", Theme.ORGANIZATIONAL,
                        ControlAttributes.of(PREVENTIVE, DETECTIVE, CORRECTIVE, CONFIDENTIALITY, INTEGRITY,
                                AVAILABILITY, CybersecurityConcept.IDENTIFY, CybersecurityConcept.DETECT,
                                CybersecurityConcept.RESPOND,
                                OperationalCapability.THREAT_AND_VULNERABILITY_MANAGEMENT,
                                SecurityDomain.DEFENCE, SecurityDomain.RESILIENCE)))
                .control(Control.of("8.17", "Clock synchronization", Theme.TECHNOLOGICAL,
                        ControlAttributes.of(DETECTIVE, INTEGRITY, CybersecurityConcept.PROTECT,
                                CybersecurityConcept.DETECT, OperationalCapability.INFORMATION_SECURITY_EVENT_MANAGEMENT,
                                SecurityDomain.PROTECTION, SecurityDomain.DEFENCE)))
                .control(Control.of("8.24", "Use of cryptography", Theme.TECHNOLOGICAL,
                        ControlAttributes.of(PREVENTIVE, CONFIDENTIALITY, INTEGRITY, AVAILABILITY,
                                CybersecurityConcept.PROTECT, OperationalCapability.SECURE_CONFIGURATION,
                                SecurityDomain.PROTECTION)))
                .build();
    }
}
