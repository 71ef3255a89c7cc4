// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

// One entry of a catalogue document's "groups" array.
@JsonPropertyOrder({"id", "title", "kind", "parent"})
record GroupDto(
        @NotBlank String id,
        @NotBlank String title,
        @NotBlank String kind,
        @Pattern(regexp = Constraints.NOT_BLANK, message = Constraints.NOT_BLANK_MESSAGE) String parent) {
}
