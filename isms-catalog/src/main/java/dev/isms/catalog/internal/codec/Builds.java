// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec;

import dev.isms.core.ControlId;
import dev.isms.core.TextParseException;
import java.util.function.Supplier;

// Small helpers shared by the mappings: parse an id into a problem instead of an exception, and build a core
// value whose own checks should already have been made, reporting a failure as a problem at the value's pointer.
final class Builds {
    private Builds() {
    }

    /** {@return the id, or null if absent (reported by Bean Validation) or malformed (reported here)} */
    static ControlId controlId(String text, String at, Problems problems) {
        if (text == null) {
            return null;
        }
        try {
            return ControlId.parse(text);
        } catch (TextParseException e) {
            problems.add(at, e.getMessage());
            return null;
        }
    }

    /** {@return the value built, or null after adding the builder's complaint at {@code at} to the problems} */
    static <T> T build(Supplier<T> builder, String at, Problems problems) {
        try {
            return builder.get();
        } catch (IllegalArgumentException | TextParseException e) {
            problems.add(at, e.getMessage());
            return null;
        }
    }

    /** {@return the whole document's value}, or throws every problem collected plus the builder's complaint */
    static <T> T document(Supplier<T> builder, Problems problems) {
        problems.throwIfAny();
        T value = build(builder, "", problems);
        problems.throwIfAny();
        return value;
    }
}
