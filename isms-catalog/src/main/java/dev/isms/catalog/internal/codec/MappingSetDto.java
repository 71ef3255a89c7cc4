// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;

// The "isms-mapping" document as it is on the wire; mapped onto dev.isms.core.mapping.MappingSet.
@JsonPropertyOrder({"format", "formatVersion", "id", "sourceCatalog", "targetCatalog", "metadata", "mappings"})
record MappingSetDto(
        String format,
        Integer formatVersion,
        @NotNull String id,
        @NotNull String sourceCatalog,
        @NotNull String targetCatalog,
        Map<@NotNull String, @NotNull String> metadata,
        @NotNull List<@NotNull @Valid MappingDto> mappings) {
}
