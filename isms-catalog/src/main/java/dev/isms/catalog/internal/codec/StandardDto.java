// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

// One entry of a standards register; publisher is ISO/IEC when absent.
@JsonPropertyOrder({"publisher", "number", "part", "edition", "prefix", "title", "kind", "note"})
record StandardDto(
        String publisher,
        @NotNull @Min(1) @Max(99_999) Integer number,
        @Min(1) @Max(99) Integer part,
        @NotNull @Min(1900) @Max(2999) Integer edition,
        String prefix,
        @NotNull String title,
        @NotNull String kind,
        String note) {
}
