// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

// One entry of a catalogue document's "controls" array.
@JsonPropertyOrder({"id", "title", "theme", "group", "attributes", "text", "parent"})
record ControlDto(
        @NotNull String id,
        @NotNull String title,
        String theme,
        String group,
        @Valid AttributesDto attributes,
        String text,
        String parent) {
}
