// SPDX-License-Identifier: Apache-2.0
/**
 * The JSON codec behind {@code dev.isms.catalog.json.CatalogJson} and {@code dev.isms.catalog.LicensedText}:
 * the only package that imports Jackson. Documents are parsed with one pre-configured, bounded
 * {@code ObjectMapper} into DTO records, checked with Bean Validation, then mapped onto the core records while
 * every problem is collected with its JSON pointer. Not exported; opened to Jackson and hibernate-validator only.
 * No method accepts or returns {@code null} unless it says so; DTOs are immutable records.
 */
package dev.isms.catalog.internal.codec;
