// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

/**
 * One value of one of the five ISO/IEC 27002:2022 control attributes, such as {@link ControlType#PREVENTIVE}.
 *
 * <p>Implemented only by the five attribute enums; use it to pass values of different attributes to one
 * query ({@code query().any(ControlType.PREVENTIVE).all(SecurityProperty.CONFIDENTIALITY)}).
 *
 * @since 0.1
 */
public sealed interface AttributeValue
        permits ControlType, SecurityProperty, CybersecurityConcept, OperationalCapability, SecurityDomain {

    /**
     * {@return the attribute this value belongs to}
     */
    Attribute attribute();

    /**
     * {@return the value's name as the standard prints it, without the hash, such as {@code "Asset_management"}}
     */
    String tagName();

    /**
     * {@return the official hashtag, such as {@code "#Preventive"}}
     */
    default String tag() {
        return "#" + tagName();
    }

    /**
     * {@return a readable label: the tag name with spaces for underscores, such as {@code "Asset management"}}
     */
    default String label() {
        return tagName().replace('_', ' ');
    }

    /**
     * {@return the enum constant's position within its attribute}
     */
    int ordinal();
}
