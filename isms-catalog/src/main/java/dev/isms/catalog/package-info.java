/**
 * Catalogue content for the isms SDK: the exceptions of catalogue loading and the licensed-text overlay
 * ({@link dev.isms.catalog.LicensedText}), with which users who own a copy of a standard add its guidance text to
 * a catalogue. The JSON formats live in {@link dev.isms.catalog.json}.
 *
 * <p>Problems in documents are reported as {@link dev.isms.catalog.CatalogFormatException}, listing every problem
 * with its place. No method accepts or returns {@code null}; every value type is immutable and thread-safe.
 */
package dev.isms.catalog;
