// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

// One entry of a catalogue document's "controls" array.
@JsonPropertyOrder({"id", "title", "theme", "group", "attributes", "text", "parent"})
record ControlDto(
        @NotBlank String id,
        @NotBlank String title,
        @Pattern(regexp = Constraints.NOT_BLANK, message = Constraints.NOT_BLANK_MESSAGE) String theme,
        @Pattern(regexp = Constraints.NOT_BLANK, message = Constraints.NOT_BLANK_MESSAGE) String group,
        @Valid AttributesDto attributes,
        @Pattern(regexp = Constraints.NOT_BLANK, message = Constraints.NOT_BLANK_MESSAGE) String text,
        @Pattern(regexp = Constraints.NOT_BLANK, message = Constraints.NOT_BLANK_MESSAGE) String parent) {
}
