// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

/**
 * The cybersecurity concepts attribute of ISO/IEC 27002:2022 (the concepts of ISO/IEC TS 27110).
 *
 * <p>Each value knows its official hashtag ({@link #tag()}) and parses from it with or without {@code #},
 * case-insensitively.
 *
 * @since 0.1
 */
public enum CybersecurityConcept implements AttributeValue {
    /** {@code #Identify}. */
    IDENTIFY("Identify"),
    /** {@code #Protect}. */
    PROTECT("Protect"),
    /** {@code #Detect}. */
    DETECT("Detect"),
    /** {@code #Respond}. */
    RESPOND("Respond"),
    /** {@code #Recover}. */
    RECOVER("Recover");

    private final String tagName;

    CybersecurityConcept(String tagName) {
        this.tagName = tagName;
    }

    @Override
    public Attribute attribute() {
        return Attribute.CYBERSECURITY_CONCEPT;
    }

    @Override
    public String tagName() {
        return tagName;
    }

    /**
     * Parses a value from its hashtag, with or without {@code #}, case-insensitively.
     *
     * @param text such as {@code "#Identify"}, not null
     * @return the value
     * @throws TextParseException if the text names no value; the message names it and lists the values
     */
    public static CybersecurityConcept parse(String text) {
        return (CybersecurityConcept) Attribute.CYBERSECURITY_CONCEPT.parse(text);
    }
}
