// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotNull;

// One entry of a licensed-text document's "texts" array.
@JsonPropertyOrder({"id", "text"})
record TextDto(@NotNull String id, @NotNull String text) {
}
