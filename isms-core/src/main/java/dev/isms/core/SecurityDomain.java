// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

/**
 * The security domains attribute of ISO/IEC 27002:2022: the four domains a control belongs to.
 *
 * <p>Each value knows its official hashtag ({@link #tag()}) and parses from it with or without {@code #},
 * case-insensitively.
 *
 * @since 0.1
 */
public enum SecurityDomain implements AttributeValue {
    /** {@code #Governance_and_Ecosystem}. */
    GOVERNANCE_AND_ECOSYSTEM("Governance_and_Ecosystem"),
    /** {@code #Protection}. */
    PROTECTION("Protection"),
    /** {@code #Defence}. */
    DEFENCE("Defence"),
    /** {@code #Resilience}. */
    RESILIENCE("Resilience");

    private final String tagName;

    SecurityDomain(String tagName) {
        this.tagName = tagName;
    }

    @Override
    public Attribute attribute() {
        return Attribute.SECURITY_DOMAIN;
    }

    @Override
    public String tagName() {
        return tagName;
    }

    /**
     * Parses a value from its hashtag, with or without {@code #}, case-insensitively.
     *
     * @param text such as {@code "#Governance_and_Ecosystem"}, not null
     * @return the value
     * @throws TextParseException if the text names no value; the message names it and lists the values
     */
    public static SecurityDomain parse(String text) {
        return (SecurityDomain) Attribute.SECURITY_DOMAIN.parse(text);
    }
}
