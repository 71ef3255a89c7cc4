// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotNull;
import java.util.List;

// The five ISO/IEC 27002:2022 attribute arrays of a control, tag names in vocabulary order.
@JsonPropertyOrder({"controlTypes", "securityProperties", "cybersecurityConcepts", "operationalCapabilities",
    "securityDomains"})
record AttributesDto(
        @NotNull List<@NotNull String> controlTypes,
        @NotNull List<@NotNull String> securityProperties,
        @NotNull List<@NotNull String> cybersecurityConcepts,
        @NotNull List<@NotNull String> operationalCapabilities,
        @NotNull List<@NotNull String> securityDomains) {
}
