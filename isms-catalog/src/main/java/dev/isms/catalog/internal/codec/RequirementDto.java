// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotNull;

// One entry of a requirements document's "requirements" array.
@JsonPropertyOrder({"id", "title", "parent", "documentedInformation", "documentedInformationNote", "amendment"})
record RequirementDto(
        @NotNull String id,
        @NotNull String title,
        String parent,
        @NotNull Boolean documentedInformation,
        String documentedInformationNote,
        String amendment) {
}
