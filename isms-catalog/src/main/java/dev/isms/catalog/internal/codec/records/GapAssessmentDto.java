// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

// The body of an "isms-gap-assessment" document (dev.isms.core.assessment.GapAssessment).
@JsonPropertyOrder({"requirements", "catalog", "date", "scale", "clauses", "controls", "documents"})
record GapAssessmentDto(
        @NotNull String requirements,
        @NotNull String catalog,
        @NotNull String date,
        @Valid ScaleDto scale,
        @NotNull List<@NotNull @Valid ResultDto> clauses,
        @NotNull List<@NotNull @Valid ResultDto> controls,
        List<@NotNull @Valid DocumentDto> documents) {
}
