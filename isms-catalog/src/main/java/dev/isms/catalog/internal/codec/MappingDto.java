// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

// One entry of a mapping document's "mappings" array.
@JsonPropertyOrder({"source", "target", "relationship", "rationale", "strength"})
record MappingDto(
        @NotNull String source,
        @NotNull String target,
        @NotNull String relationship,
        String rationale,
        @Min(0) @Max(10) Integer strength) {
}
