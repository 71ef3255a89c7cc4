// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotNull;
import java.util.List;

// A control's implementation status in the SoA: derived from applied controls, or explicit with a reason.
@JsonPropertyOrder({"status", "appliedControls", "reason"})
record ImplementationDto(
        @NotNull String status,
        List<@NotNull String> appliedControls,
        String reason) {
}
