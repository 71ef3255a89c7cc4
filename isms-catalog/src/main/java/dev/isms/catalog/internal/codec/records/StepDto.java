// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotNull;

// One step of a corrective action; which members it has depends on "step" (see StepMapping).
@JsonPropertyOrder({"step", "date", "description", "rootCause", "action", "effective", "note"})
record StepDto(
        @NotNull String step,
        @NotNull String date,
        String description,
        String rootCause,
        String action,
        Boolean effective,
        String note) {
}
