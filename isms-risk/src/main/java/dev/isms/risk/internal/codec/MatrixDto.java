// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.codec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

// A risk matrix: its risk levels, lowest first, and either the grid of level names (one row per likelihood level,
// lowest first) or the bands of likelihood x consequence that give the levels.
@JsonPropertyOrder({"levels", "grid", "bands"})
record MatrixDto(
        List<@NotNull String> levels,
        List<@NotNull List<@NotNull String>> grid,
        List<@NotNull @Valid BandDto> bands) {
}
