// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;

// How an asset is labelled, used, kept and maintained; every member optional.
@JsonPropertyOrder({"label", "acceptableUse", "location", "custodian", "maintenanceInterval"})
public record HandlingDto(
        String label,
        String acceptableUse,
        @Valid LocationDto location,
        String custodian,
        String maintenanceInterval) {
}
