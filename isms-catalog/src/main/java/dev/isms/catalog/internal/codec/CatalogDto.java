// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;

// The "isms-catalog" document as it is on the wire; mapped onto dev.isms.core.Catalog by CatalogMapping.
@JsonPropertyOrder({"format", "formatVersion", "id", "title", "edition", "publisher", "metadata", "groups",
    "controls"})
record CatalogDto(
        String format,
        Integer formatVersion,
        @NotNull String id,
        @NotNull String title,
        @NotNull String edition,
        @NotNull String publisher,
        Map<@NotNull String, @NotNull String> metadata,
        List<@NotNull @Valid GroupDto> groups,
        @NotNull List<@NotNull @Valid ControlDto> controls) {
}
