// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

/**
 * The control type attribute of ISO/IEC 27002:2022: when and how a control modifies risk.
 *
 * <p>Each value knows its official hashtag ({@link #tag()}) and parses from it with or without {@code #},
 * case-insensitively.
 *
 * @since 0.1
 */
public enum ControlType implements AttributeValue {
    /** {@code #Preventive}. */
    PREVENTIVE("Preventive"),
    /** {@code #Detective}. */
    DETECTIVE("Detective"),
    /** {@code #Corrective}. */
    CORRECTIVE("Corrective");

    private final String tagName;

    ControlType(String tagName) {
        this.tagName = tagName;
    }

    @Override
    public Attribute attribute() {
        return Attribute.CONTROL_TYPE;
    }

    @Override
    public String tagName() {
        return tagName;
    }

    /**
     * Parses a value from its hashtag, with or without {@code #}, case-insensitively.
     *
     * @param text such as {@code "#Preventive"}, not null
     * @return the value
     * @throws TextParseException if the text names no value; the message names it and lists the values
     */
    public static ControlType parse(String text) {
        return (ControlType) Attribute.CONTROL_TYPE.parse(text);
    }
}
