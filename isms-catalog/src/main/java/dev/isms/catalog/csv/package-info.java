// SPDX-License-Identifier: Apache-2.0
/**
 * CSV exports of the management-system records and the catalogues through {@link dev.isms.catalog.csv.IsmsCsv}:
 * one {@link dev.isms.catalog.csv.CsvExport} per table, UTF-8 with a header row and RFC 4180 quoting, every cell
 * neutralised against formula injection; the catalogue export reads back. Problems of a document read are thrown
 * once as a {@link dev.isms.core.FormatException} naming each line; a file that cannot be read or written is a
 * {@link java.io.UncheckedIOException}. No method accepts or returns {@code null}; every type here is immutable and
 * thread-safe.
 */
package dev.isms.catalog.csv;
