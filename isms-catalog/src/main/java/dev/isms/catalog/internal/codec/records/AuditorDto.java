// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotNull;
import java.util.List;

// An auditor and the areas they work in.
@JsonPropertyOrder({"name", "ownAreas"})
record AuditorDto(
        @NotNull String name,
        List<@NotNull String> ownAreas) {
}
