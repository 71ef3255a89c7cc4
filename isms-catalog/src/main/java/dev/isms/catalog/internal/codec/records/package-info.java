// SPDX-License-Identifier: Apache-2.0
/**
 * The JSON codec of the management-system records behind {@code dev.isms.catalog.json.IsmsJson}: one body DTO per
 * document (the members after {@code format} and {@code formatVersion}), which the {@code isms-bundle} document
 * embeds as its members, and one mapping per record that checks every value at its JSON pointer before building
 * the core record. Reads and writes through the strict, bounded codec of {@code dev.isms.catalog.internal.codec}.
 * Not exported; opened to Jackson and hibernate-validator only. No method accepts or returns {@code null} unless it
 * says so; DTOs are immutable records.
 */
package dev.isms.catalog.internal.codec.records;
