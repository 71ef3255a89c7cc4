// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;

// The "isms-standards" document: a register of standards, such as the ISO/IEC 27000 family.
@JsonPropertyOrder({"format", "formatVersion", "id", "metadata", "standards"})
record StandardsDto(
        String format,
        Integer formatVersion,
        @NotNull String id,
        Map<@NotNull String, @NotNull String> metadata,
        @NotNull List<@NotNull @Valid StandardDto> standards) {
}
