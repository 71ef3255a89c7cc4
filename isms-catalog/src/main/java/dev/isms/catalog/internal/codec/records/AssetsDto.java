// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

// The body of an "isms-assets" document (dev.isms.core.asset.AssetInventory).
@JsonPropertyOrder({"assets"})
record AssetsDto(
        @NotNull List<@NotNull @Valid AssetDto> assets) {
}
