// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

// The body of an "isms-applied-controls" document, and the bundle's "appliedControls" member.
@JsonPropertyOrder({"appliedControls"})
record AppliedControlsDto(
        @NotNull List<@NotNull @Valid AppliedControlDto> appliedControls) {
}
