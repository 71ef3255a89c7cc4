// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

import java.util.List;
import java.util.Objects;

/**
 * The five attributes with which ISO/IEC 27002:2022 tags every control (clause 4.2).
 *
 * @since 0.1
 */
public enum Attribute {
    /** Control type: {@link ControlType}. */
    CONTROL_TYPE("Control type", 0, List.of(ControlType.values())),
    /** Information security properties: {@link SecurityProperty}. */
    SECURITY_PROPERTY("Information security properties", 3, List.of(SecurityProperty.values())),
    /** Cybersecurity concepts: {@link CybersecurityConcept}. */
    CYBERSECURITY_CONCEPT("Cybersecurity concepts", 6, List.of(CybersecurityConcept.values())),
    /** Operational capabilities: {@link OperationalCapability}. */
    OPERATIONAL_CAPABILITY("Operational capabilities", 11, List.of(OperationalCapability.values())),
    /** Security domains: {@link SecurityDomain}. */
    SECURITY_DOMAIN("Security domains", 26, List.of(SecurityDomain.values()));

    /** The number of bits all attribute values take in a mask. */
    static final int BITS = 30;

    private final String label;
    private final int offset;
    private final List<AttributeValue> values;

    Attribute(String label, int offset, List<AttributeValue> values) {
        this.label = label;
        this.offset = offset;
        this.values = values;
    }

    /**
     * {@return the attribute's name as the standard prints it, such as {@code "Cybersecurity concepts"}}
     */
    public String label() {
        return label;
    }

    /**
     * {@return the attribute's values in the standard's vocabulary order}
     */
    public List<AttributeValue> vocabulary() {
        return values;
    }

    /**
     * Parses a value of this attribute from its tag, with or without {@code #}, case-insensitively.
     *
     * @param text the tag, such as {@code "#Preventive"} or {@code "preventive"}, not null
     * @return the value
     * @throws TextParseException if the text names no value of this attribute; the message lists the values
     */
    public AttributeValue parse(String text) {
        Objects.requireNonNull(text, label);
        String name = text.startsWith("#") ? text.substring(1) : text;
        for (AttributeValue v : values) {
            if (v.tagName().equalsIgnoreCase(name)) {
                return v;
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (AttributeValue v : values) {
            allowed.append(allowed.length() == 0 ? "" : ", ").append(v.tag());
        }
        throw new TextParseException(label, text, 0, "must be one of " + allowed);
    }

    /**
     * Finds the value of any attribute that a tag names; tag names are unique across the five attributes.
     *
     * @param text the tag, with or without {@code #}, case-insensitive, not null
     * @return the value
     * @throws TextParseException if no attribute has such a value
     */
    public static AttributeValue parseAny(String text) {
        Objects.requireNonNull(text, "attribute value");
        String name = text.startsWith("#") ? text.substring(1) : text;
        for (Attribute a : values()) {
            for (AttributeValue v : a.values) {
                if (v.tagName().equalsIgnoreCase(name)) {
                    return v;
                }
            }
        }
        throw new TextParseException("attribute value", text, 0, "must be a hashtag of ISO/IEC 27002:2022 clause 4.2");
    }

    /** {@return the first bit of this attribute's values in a mask} */
    int offset() {
        return offset;
    }

    /** {@return the mask bit of a value} */
    static long bit(AttributeValue value) {
        return 1L << (value.attribute().offset + value.ordinal());
    }

    /** {@return the value whose mask bit is {@code index}} */
    static AttributeValue ofBit(int index) {
        Attribute[] all = values();
        for (int i = all.length - 1; i >= 0; i--) {
            if (index >= all[i].offset) {
                return all[i].values.get(index - all[i].offset);
            }
        }
        throw new IllegalArgumentException("attribute bit must be 0.." + (BITS - 1) + " but was " + index);
    }

    /** {@return the mask with the bits of all this attribute's values} */
    long mask() {
        return ((1L << values.size()) - 1) << offset;
    }
}
