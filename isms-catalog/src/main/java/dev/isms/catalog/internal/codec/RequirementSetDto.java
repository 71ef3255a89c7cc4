// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;

// The "isms-requirements" document as it is on the wire; mapped onto dev.isms.core.requirement.RequirementSet.
@JsonPropertyOrder({"format", "formatVersion", "id", "title", "edition", "metadata", "requirements"})
record RequirementSetDto(
        String format,
        Integer formatVersion,
        @NotNull String id,
        @NotNull String title,
        @NotNull String edition,
        Map<@NotNull String, @NotNull String> metadata,
        @NotNull List<@NotNull @Valid RequirementDto> requirements) {
}
