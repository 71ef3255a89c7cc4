// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec;

// Regular expressions shared by the DTOs' Bean Validation annotations (annotation values must be constants).
final class Constraints {
    /** A string with at least one non-space character: optional fields may be absent but never blank. */
    static final String NOT_BLANK = "(?s).*\\S.*";
    /** The message for {@link #NOT_BLANK}. */
    static final String NOT_BLANK_MESSAGE = "must not be blank when present";
    /** A catalogue id as {@code dev.isms.core.Catalog} accepts it. */
    static final String CATALOG_ID = "[A-Za-z0-9][A-Za-z0-9.:_-]{0,99}";
    /** The message for {@link #CATALOG_ID}. */
    static final String CATALOG_ID_MESSAGE = "must be 1..100 letters, digits and '.', ':', '-', '_' (not first)"
            + " but was '{validatedValue}'";

    private Constraints() {
    }
}
