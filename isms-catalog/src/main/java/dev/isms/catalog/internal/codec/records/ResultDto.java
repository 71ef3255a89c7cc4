// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

// The result of assessing one clause or control (dev.isms.core.assessment.AssessmentResult) and its id.
@JsonPropertyOrder({"id", "conformity", "maturity", "notes", "evidence", "appliedControls", "weight"})
record ResultDto(
        @NotNull String id,
        @NotNull String conformity,
        Integer maturity,
        String notes,
        List<@NotNull @Valid EvidenceDto> evidence,
        List<@NotNull String> appliedControls,
        Double weight) {
}
