// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotNull;

// A piece of evidence (dev.isms.core.Evidence): what, where, the day produced, the last day valid.
@JsonPropertyOrder({"what", "where", "date", "expiry"})
public record EvidenceDto(
        @NotNull String what,
        @NotNull String where,
        @NotNull String date,
        String expiry) {
}
