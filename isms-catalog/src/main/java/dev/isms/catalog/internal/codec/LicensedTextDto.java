// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

// The "isms-licensed-text" document: guidance text per control id for one catalogue.
@JsonPropertyOrder({"format", "formatVersion", "catalog", "texts"})
record LicensedTextDto(
        String format,
        Integer formatVersion,
        @NotNull String catalog,
        @NotNull List<@NotNull @Valid TextDto> texts) {
}
