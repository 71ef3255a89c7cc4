// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

// The one spelling of enum constants in files: lower case with hyphens ("in-progress"), as the enums' own key()
// methods spell them; also for the few enums without a key() (a location's kind, a target's comparison).
// Public (exported to dev.isms.risk only): the risk documents spell their enums the same way.
public final class Keys {
    private Keys() {
    }

    public static String key(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@return the constant whose key is exactly the text, or null} */
    public static <E extends Enum<E>> E find(Class<E> type, String text) {
        if (text == null) {
            return null;
        }
        String name = text.replace('-', '_').toUpperCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return key(e).equals(text) ? e : null;
            }
        }
        return null;
    }

    /** {@return the keys, such as {@code "planned, in-progress"}} */
    public static <E extends Enum<E>> String all(Class<E> type) {
        List<String> keys = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            keys.add(key(e));
        }
        return String.join(", ", keys);
    }

    public static List<String> keys(Iterable<? extends Enum<?>> values) {
        List<String> out = new ArrayList<>();
        for (Enum<?> e : values) {
            out.add(key(e));
        }
        return out;
    }
}
