// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The attribute values of one control: its control types, security properties, cybersecurity concepts,
 * operational capabilities and security domains (ISO/IEC 27002:2022 clause 4.2).
 *
 * <p>Each accessor returns an unmodifiable set iterating in the standard's vocabulary order. Internally the
 * values are one bit mask, so queries and counts cost a few machine instructions per control.
 * A catalogue without attributes (ISO/IEC 27001:2013 Annex A) uses {@link #none()}.
 *
 * <p>Instances are immutable and thread-safe; equality compares the values.
 *
 * @since 0.1
 */
public final class ControlAttributes {
    private static final ControlAttributes NONE = new ControlAttributes(0L);

    private final long bits;

    private ControlAttributes(long bits) {
        this.bits = bits;
    }

    /**
     * {@return attributes with no values}
     */
    public static ControlAttributes none() {
        return NONE;
    }

    /**
     * Creates attributes from values of any of the five attributes.
     *
     * @param values the values, not null, no null elements; duplicates are harmless
     * @return the attributes
     */
    public static ControlAttributes of(AttributeValue... values) {
        return of(List.of(values));
    }

    /**
     * Creates attributes from values of any of the five attributes.
     *
     * @param values the values, not null, no null elements; duplicates are harmless
     * @return the attributes
     */
    public static ControlAttributes of(Collection<? extends AttributeValue> values) {
        long bits = 0;
        for (AttributeValue v : values) {
            bits |= Attribute.bit(Objects.requireNonNull(v, "attribute value"));
        }
        return bits == 0 ? NONE : new ControlAttributes(bits);
    }

    /**
     * {@return the control types, such as {@code #Preventive}}
     */
    public Set<ControlType> controlTypes() {
        return set(Attribute.CONTROL_TYPE, EnumSet.noneOf(ControlType.class));
    }

    /**
     * {@return the information security properties, such as {@code #Confidentiality}}
     */
    public Set<SecurityProperty> securityProperties() {
        return set(Attribute.SECURITY_PROPERTY, EnumSet.noneOf(SecurityProperty.class));
    }

    /**
     * {@return the cybersecurity concepts, such as {@code #Protect}}
     */
    public Set<CybersecurityConcept> cybersecurityConcepts() {
        return set(Attribute.CYBERSECURITY_CONCEPT, EnumSet.noneOf(CybersecurityConcept.class));
    }

    /**
     * {@return the operational capabilities, such as {@code #Asset_management}}
     */
    public Set<OperationalCapability> operationalCapabilities() {
        return set(Attribute.OPERATIONAL_CAPABILITY, EnumSet.noneOf(OperationalCapability.class));
    }

    /**
     * {@return the security domains, such as {@code #Protection}}
     */
    public Set<SecurityDomain> securityDomains() {
        return set(Attribute.SECURITY_DOMAIN, EnumSet.noneOf(SecurityDomain.class));
    }

    @SuppressWarnings("unchecked")
    private <E extends Enum<E>> Set<E> set(Attribute attribute, EnumSet<E> into) {
        for (AttributeValue v : attribute.vocabulary()) {
            if ((bits & Attribute.bit(v)) != 0) {
                into.add((E) v);
            }
        }
        return Collections.unmodifiableSet(into);
    }

    /**
     * {@return the values of one attribute, in vocabulary order}
     *
     * @param attribute the attribute, not null
     */
    public List<AttributeValue> values(Attribute attribute) {
        List<AttributeValue> out = new ArrayList<>();
        for (AttributeValue v : attribute.vocabulary()) {
            if ((bits & Attribute.bit(v)) != 0) {
                out.add(v);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * {@return all values, attribute by attribute, each in vocabulary order}
     */
    public List<AttributeValue> values() {
        List<AttributeValue> out = new ArrayList<>();
        for (Attribute a : Attribute.values()) {
            out.addAll(values(a));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Tells whether the control carries a value.
     *
     * @param value the value, not null
     * @return true if present
     */
    public boolean has(AttributeValue value) {
        return (bits & Attribute.bit(value)) != 0;
    }

    /**
     * {@return true if no value of any attribute is present}
     */
    public boolean isEmpty() {
        return bits == 0;
    }

    /**
     * Returns a copy with one more value.
     *
     * @param value the value to add, not null
     * @return the attributes with the value; {@code this} if already present
     */
    public ControlAttributes with(AttributeValue value) {
        long b = bits | Attribute.bit(value);
        return b == bits ? this : new ControlAttributes(b);
    }

    /** {@return the values as a mask, one bit per value} */
    long bits() {
        return bits;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ControlAttributes && ((ControlAttributes) o).bits == bits;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(bits);
    }

    /**
     * {@return the hashtags separated by spaces, such as {@code "#Preventive #Confidentiality"}}
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (AttributeValue v : values()) {
            sb.append(sb.length() == 0 ? "" : " ").append(v.tag());
        }
        return sb.toString();
    }
}
