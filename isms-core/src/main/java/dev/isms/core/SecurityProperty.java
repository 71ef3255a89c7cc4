// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

/**
 * The information security properties attribute of ISO/IEC 27002:2022: which property a control preserves.
 *
 * <p>Each value knows its official hashtag ({@link #tag()}) and parses from it with or without {@code #},
 * case-insensitively.
 *
 * @since 0.1
 */
public enum SecurityProperty implements AttributeValue {
    /** {@code #Confidentiality}. */
    CONFIDENTIALITY("Confidentiality"),
    /** {@code #Integrity}. */
    INTEGRITY("Integrity"),
    /** {@code #Availability}. */
    AVAILABILITY("Availability");

    private final String tagName;

    SecurityProperty(String tagName) {
        this.tagName = tagName;
    }

    @Override
    public Attribute attribute() {
        return Attribute.SECURITY_PROPERTY;
    }

    @Override
    public String tagName() {
        return tagName;
    }

    /**
     * Parses a value from its hashtag, with or without {@code #}, case-insensitively.
     *
     * @param text such as {@code "#Confidentiality"}, not null
     * @return the value
     * @throws TextParseException if the text names no value; the message names it and lists the values
     */
    public static SecurityProperty parse(String text) {
        return (SecurityProperty) Attribute.SECURITY_PROPERTY.parse(text);
    }
}
