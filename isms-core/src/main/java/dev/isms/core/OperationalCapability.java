// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

/**
 * The operational capabilities attribute of ISO/IEC 27002:2022: the practitioner's view of a control.
 *
 * <p>Each value knows its official hashtag ({@link #tag()}) and parses from it with or without {@code #},
 * case-insensitively.
 *
 * @since 0.1
 */
public enum OperationalCapability implements AttributeValue {
    /** {@code #Governance}. */
    GOVERNANCE("Governance"),
    /** {@code #Asset_management}. */
    ASSET_MANAGEMENT("Asset_management"),
    /** {@code #Information_protection}. */
    INFORMATION_PROTECTION("Information_protection"),
    /** {@code #Human_resource_security}. */
    HUMAN_RESOURCE_SECURITY("Human_resource_security"),
    /** {@code #Physical_security}. */
    PHYSICAL_SECURITY("Physical_security"),
    /** {@code #System_and_network_security}. */
    SYSTEM_AND_NETWORK_SECURITY("System_and_network_security"),
    /** {@code #Application_security}. */
    APPLICATION_SECURITY("Application_security"),
    /** {@code #Secure_configuration}. */
    SECURE_CONFIGURATION("Secure_configuration"),
    /** {@code #Identity_and_access_management}. */
    IDENTITY_AND_ACCESS_MANAGEMENT("Identity_and_access_management"),
    /** {@code #Threat_and_vulnerability_management}. */
    THREAT_AND_VULNERABILITY_MANAGEMENT("Threat_and_vulnerability_management"),
    /** {@code #Continuity}. */
    CONTINUITY("Continuity"),
    /** {@code #Supplier_relationships_security}. */
    SUPPLIER_RELATIONSHIPS_SECURITY("Supplier_relationships_security"),
    /** {@code #Legal_and_compliance}. */
    LEGAL_AND_COMPLIANCE("Legal_and_compliance"),
    /** {@code #Information_security_event_management}. */
    INFORMATION_SECURITY_EVENT_MANAGEMENT("Information_security_event_management"),
    /** {@code #Information_security_assurance}. */
    INFORMATION_SECURITY_ASSURANCE("Information_security_assurance");

    private final String tagName;

    OperationalCapability(String tagName) {
        this.tagName = tagName;
    }

    @Override
    public Attribute attribute() {
        return Attribute.OPERATIONAL_CAPABILITY;
    }

    @Override
    public String tagName() {
        return tagName;
    }

    /**
     * Parses a value from its hashtag, with or without {@code #}, case-insensitively.
     *
     * @param text such as {@code "#Governance"}, not null
     * @return the value
     * @throws TextParseException if the text names no value; the message names it and lists the values
     */
    public static OperationalCapability parse(String text) {
        return (OperationalCapability) Attribute.OPERATIONAL_CAPABILITY.parse(text);
    }
}
