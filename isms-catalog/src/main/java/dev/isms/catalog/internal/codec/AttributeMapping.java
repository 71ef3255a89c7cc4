// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec;

import dev.isms.core.Attribute;
import dev.isms.core.AttributeValue;
import dev.isms.core.ControlAttributes;
import dev.isms.core.TextParseException;
import dev.isms.core.internal.Checks;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

// Maps the five attribute arrays of a control to ControlAttributes and back, naming each bad value's pointer.
final class AttributeMapping {
    private static final List<String> KEYS = List.of("controlTypes", "securityProperties", "cybersecurityConcepts",
            "operationalCapabilities", "securityDomains");

    private AttributeMapping() {
    }

    /** {@return the attributes; none for an absent object} Bad values are added to the problems. */
    static ControlAttributes toAttributes(AttributesDto dto, String at, Problems problems) {
        if (dto == null) {
            return ControlAttributes.none();
        }
        List<List<String>> arrays = List.of(nonNull(dto.controlTypes()), nonNull(dto.securityProperties()),
                nonNull(dto.cybersecurityConcepts()), nonNull(dto.operationalCapabilities()),
                nonNull(dto.securityDomains()));
        Set<AttributeValue> values = new LinkedHashSet<>();
        for (int a = 0; a < arrays.size(); a++) {
            Attribute attribute = Attribute.values()[a];
            List<String> texts = arrays.get(a);
            for (int i = 0; i < texts.size(); i++) {
                String pointer = Pointers.index(Pointers.field(at, KEYS.get(a)), i);
                if (texts.get(i) == null) {
                    continue;
                }
                try {
                    if (!values.add(attribute.parse(texts.get(i)))) {
                        problems.add(pointer, attribute.label() + " must not repeat a value but repeats "
                                + Checks.quote(texts.get(i)));
                    }
                } catch (TextParseException e) {
                    problems.add(pointer, e.getMessage());
                }
            }
        }
        return ControlAttributes.of(values);
    }

    private static List<String> nonNull(List<String> list) {
        return list == null ? List.of() : list;
    }

    /** {@return the DTO of the attributes: null when there are none, else all five arrays in vocabulary order} */
    static AttributesDto fromAttributes(ControlAttributes attributes) {
        if (attributes.isEmpty()) {
            return null;
        }
        List<List<String>> arrays = new ArrayList<>();
        for (Attribute a : Attribute.values()) {
            List<String> names = new ArrayList<>();
            for (AttributeValue v : attributes.values(a)) {
                names.add(v.tagName());
            }
            arrays.add(names);
        }
        return new AttributesDto(arrays.get(0), arrays.get(1), arrays.get(2), arrays.get(3), arrays.get(4));
    }
}
