// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

// One corrective action (dev.isms.core.audit.CorrectiveAction) with its steps, oldest first.
@JsonPropertyOrder({"id", "finding", "owner", "due", "steps"})
record ActionDto(
        @NotNull String id,
        @NotNull String finding,
        @NotNull String owner,
        @NotNull String due,
        @NotNull List<@NotNull @Valid StepDto> steps) {
}
