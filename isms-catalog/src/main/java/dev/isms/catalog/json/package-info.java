// SPDX-License-Identifier: Apache-2.0
/**
 * The isms JSON formats for catalogues ({@code isms-catalog}), mapping sets ({@code isms-mapping}) and
 * requirement sets ({@code isms-requirements}), read and written through {@link dev.isms.catalog.json.CatalogJson}.
 *
 * <p>Reading is strict and bounded: unknown fields, duplicate keys, values of the wrong type, trailing content,
 * documents too large or too deeply nested are errors. Every problem of a document is collected with its JSON
 * pointer and thrown once as a {@link dev.isms.core.FormatException}; nothing is ever half-loaded.
 * Writing and then reading gives an equal value. No method accepts or returns {@code null}; every type here is
 * immutable and thread-safe.
 */
package dev.isms.catalog.json;
