// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

// One entry of a mapping document's "mappings" array.
@JsonPropertyOrder({"source", "target", "relationship", "rationale", "strength"})
record MappingDto(
        @NotBlank String source,
        @NotBlank String target,
        @NotBlank String relationship,
        @Pattern(regexp = Constraints.NOT_BLANK, message = Constraints.NOT_BLANK_MESSAGE) String rationale,
        @Min(0) @Max(10) Integer strength) {
}
