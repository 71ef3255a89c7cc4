// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

// One entry of a requirements document's "requirements" array.
@JsonPropertyOrder({"id", "title", "parent", "documentedInformation", "documentedInformationNote", "amendment"})
record RequirementDto(
        @NotBlank String id,
        @NotBlank String title,
        @Pattern(regexp = Constraints.NOT_BLANK, message = Constraints.NOT_BLANK_MESSAGE) String parent,
        @NotNull Boolean documentedInformation,
        @Pattern(regexp = Constraints.NOT_BLANK, message = Constraints.NOT_BLANK_MESSAGE)
        String documentedInformationNote,
        @Pattern(regexp = Constraints.NOT_BLANK, message = Constraints.NOT_BLANK_MESSAGE) String amendment) {
}
