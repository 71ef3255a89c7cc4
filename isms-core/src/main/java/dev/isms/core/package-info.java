// SPDX-License-Identifier: Apache-2.0
/**
 * Controls, their ISO/IEC 27002:2022 attributes, catalogues of controls and a fast query API over them.
 *
 * <p>The entry points are the value types themselves: {@link dev.isms.core.ControlId#parse(String)},
 * {@link dev.isms.core.ControlType#parse(String)} and the other attribute vocabularies, and
 * {@link dev.isms.core.Catalog#builder(String, String)}. Built-in catalogues come from {@code dev.isms.catalog.Catalogs}.
 *
 * <p>Null policy: no method accepts or returns {@code null}; absent values are {@link java.util.Optional} and
 * collections are empty, never null. Passing {@code null} throws {@link java.lang.NullPointerException}.
 *
 * <p>Every type in this package is immutable and safe to share between threads without synchronisation;
 * collections returned are unmodifiable.
 */
package dev.isms.core;
