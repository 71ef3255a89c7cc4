// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotNull;

// One entry of a catalogue document's "groups" array.
@JsonPropertyOrder({"id", "title", "kind", "parent"})
record GroupDto(
        @NotNull String id,
        @NotNull String title,
        @NotNull String kind,
        String parent) {
}
