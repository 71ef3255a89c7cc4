// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.codec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

// A likelihood or consequence scale: its name and its levels, lowest first.
@JsonPropertyOrder({"name", "levels"})
record ScaleDto(
        @NotNull String name,
        @NotNull List<@NotNull @Valid LevelDto> levels) {
}
