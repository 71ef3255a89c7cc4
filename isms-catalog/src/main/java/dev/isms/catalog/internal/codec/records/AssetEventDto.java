// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

// One step of an asset's lifecycle.
@JsonPropertyOrder({"state", "date", "note", "evidence"})
public record AssetEventDto(
        @NotNull String state,
        @NotNull String date,
        String note,
        @Valid EvidenceDto evidence) {
}
