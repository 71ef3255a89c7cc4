// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.codec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

// The body of an "isms-risk-sources" document.
@JsonPropertyOrder({"sources"})
record SourcesDto(
        @NotNull List<@NotNull @Valid SourceDto> sources) {
}
