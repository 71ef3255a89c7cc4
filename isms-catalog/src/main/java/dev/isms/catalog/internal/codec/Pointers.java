// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec;

// JSON pointer (RFC 6901) building, so every problem names its place in the same notation.
final class Pointers {
    private Pointers() {
    }

    /** {@return the pointer to a member of the object at {@code base}} */
    static String field(String base, String name) {
        return base + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    /** {@return the pointer to an element of the array at {@code base}} */
    static String index(String base, int i) {
        return base + "/" + i;
    }
}
