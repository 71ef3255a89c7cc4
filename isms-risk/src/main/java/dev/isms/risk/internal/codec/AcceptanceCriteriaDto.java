// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.codec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotNull;
import java.util.Map;

// The acceptance criteria: the highest acceptable risk level by default, per category and per asset type.
@JsonPropertyOrder({"defaultLevel", "perCategory", "perAssetType"})
record AcceptanceCriteriaDto(
        @NotNull String defaultLevel,
        Map<@NotNull String, @NotNull String> perCategory,
        Map<@NotNull String, @NotNull String> perAssetType) {
}
