// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

// One entry of a Statement of Applicability (dev.isms.core.soa.SoaEntry).
@JsonPropertyOrder({"control", "applicability", "reasons", "justification", "implementation", "owner", "evidence",
    "risks", "requirements"})
record SoaEntryDto(
        @NotNull String control,
        @NotNull String applicability,
        List<@NotNull String> reasons,
        String justification,
        @Valid ImplementationDto implementation,
        String owner,
        List<@NotNull @Valid EvidenceDto> evidence,
        List<@NotNull String> risks,
        List<@NotNull String> requirements) {
}
