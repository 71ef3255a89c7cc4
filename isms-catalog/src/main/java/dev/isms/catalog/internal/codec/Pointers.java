// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec;

/** JSON pointer (RFC 6901) building, so every problem of every reader names its place in the same notation. */
public final class Pointers {
    private Pointers() {
    }

    /**
     * {@return the pointer to a member of the object at {@code base}}
     *
     * @param base the object's pointer
     * @param name the member's name, escaped here
     */
    public static String field(String base, String name) {
        return base + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    /**
     * {@return the pointer to an element of the array at {@code base}}
     *
     * @param base the array's pointer
     * @param i the element's index
     */
    public static String index(String base, int i) {
        return base + "/" + i;
    }
}
