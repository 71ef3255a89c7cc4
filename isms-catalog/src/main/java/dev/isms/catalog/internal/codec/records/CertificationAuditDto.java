// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotNull;

// An audit of the certification body: its kind and day.
@JsonPropertyOrder({"kind", "date"})
record CertificationAuditDto(
        @NotNull String kind,
        @NotNull String date) {
}
