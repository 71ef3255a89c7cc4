// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec;

import java.util.List;
import java.util.Objects;

/**
 * A licensed-text JSON document after reading: the catalogue it is for and its entries in document order.
 *
 * @param catalogId the id of the catalogue the texts belong to
 * @param catalogLocation where the catalogue id is written ({@code /catalog})
 * @param texts the entries; ids unique, texts not blank
 */
public record LicensedTextDocument(String catalogId, String catalogLocation, List<LocatedText> texts) {
    /**
     * Copies the entries.
     *
     * @param catalogId the catalogue id
     * @param catalogLocation where the catalogue id is written
     * @param texts the entries
     */
    public LicensedTextDocument {
        Objects.requireNonNull(catalogId, "catalogId");
        Objects.requireNonNull(catalogLocation, "catalogLocation");
        texts = List.copyOf(texts);
    }
}
