// SPDX-License-Identifier: Apache-2.0
/**
 * The CSV codec behind {@code dev.isms.catalog.csv.IsmsCsv}: the tables of each export, formula neutralisation
 * and multi-value cells, and writing and reading through jackson-dataformat-csv (the only package that imports it).
 * Not exported. No method accepts or returns {@code null} unless it says so.
 */
package dev.isms.catalog.internal.codec.csv;
