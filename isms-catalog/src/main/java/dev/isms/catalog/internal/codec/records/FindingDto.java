// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

// One audit finding (dev.isms.core.audit.Finding).
@JsonPropertyOrder({"id", "audit", "grade", "subject", "statement", "date"})
record FindingDto(
        @NotNull String id,
        @NotNull String audit,
        @NotNull String grade,
        @NotNull @Valid SubjectDto subject,
        @NotNull String statement,
        @NotNull String date) {
}
