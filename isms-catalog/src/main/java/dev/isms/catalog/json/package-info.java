// SPDX-License-Identifier: Apache-2.0
/**
 * The isms JSON formats for catalogues ({@code isms-catalog}), mapping sets ({@code isms-mapping}) and
 * requirement sets ({@code isms-requirements}), read and written through {@link dev.isms.catalog.json.CatalogJson},
 * and registers of standards ({@code isms-standards}), read only. Methods named {@code read...} read a file or a
 * stream, {@code parse...} JSON text.
 *
 * <p>Reading is strict and bounded: unknown fields, duplicate keys, values of the wrong type, trailing content,
 * documents too large or too deeply nested are errors. The problems of a document are collected with their JSON
 * pointers (at most 100, the rest counted) and thrown once as a {@link dev.isms.core.FormatException}; nothing is
 * ever half-loaded. A file that cannot be read is a {@link java.io.UncheckedIOException}. Writing and then reading
 * gives an equal value; a value the codec could not read back is refused on write. No method accepts or returns {@code null}; every type here is
 * immutable and thread-safe.
 */
package dev.isms.catalog.json;
