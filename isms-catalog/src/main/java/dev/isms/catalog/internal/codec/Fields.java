// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec;

import dev.isms.core.internal.Checks;
import java.util.Map;

// Checks the strings of a document with the same rules as the core values they become (dev.isms.core.internal
// .Checks), so that each bad string is reported once, at its own pointer, before any value is built.
final class Fields {
    private Fields() {
    }

    /** Checks an id, title or name when present: not blank, no control characters, no lone surrogates. */
    static void oneLine(String value, String at, Problems problems) {
        if (value != null) {
            try {
                Checks.notBlank(value, name(at));
            } catch (IllegalArgumentException e) {
                problems.add(at, e.getMessage());
            }
        }
    }

    /** Checks a free text when present: not blank; line breaks and tabs allowed, other control characters not. */
    static void freeText(String value, String at, Problems problems) {
        if (value != null) {
            try {
                Checks.text(value, name(at));
            } catch (IllegalArgumentException e) {
                problems.add(at, e.getMessage());
            }
        }
    }

    /** Checks metadata entries when present: keys one-line, values free (may be empty), each at its pointer. */
    static void metadata(Map<String, String> metadata, Problems problems) {
        if (metadata == null) {
            return;
        }
        for (Map.Entry<String, String> e : metadata.entrySet()) {
            String at = Pointers.field("/metadata", e.getKey());
            try {
                Checks.metadata(Map.of(e.getKey(), e.getValue() == null ? "" : e.getValue()));
            } catch (IllegalArgumentException bad) {
                problems.add(at, bad.getMessage());
            }
        }
    }

    private static String name(String pointer) {
        return pointer.substring(pointer.lastIndexOf('/') + 1);
    }
}
