// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;

// One asset (dev.isms.core.asset.Asset): the shape an asset has in every isms document that holds one.
@JsonPropertyOrder({"id", "name", "type", "owner", "classification", "values", "handling", "lifecycle"})
public record AssetDto(
        @NotNull String id,
        @NotNull String name,
        @NotNull String type,
        String owner,
        String classification,
        Map<@NotNull String, @NotNull Integer> values,
        @Valid HandlingDto handling,
        List<@NotNull @Valid AssetEventDto> lifecycle) {
}
