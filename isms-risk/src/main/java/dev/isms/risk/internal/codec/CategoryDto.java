// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.codec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

// A consequence category's own scale and matrix.
@JsonPropertyOrder({"scale", "matrix"})
record CategoryDto(
        @NotNull @Valid ScaleDto scale,
        @NotNull @Valid MatrixDto matrix) {
}
