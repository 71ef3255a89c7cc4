// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

// The body of an "isms-certificate" document (dev.isms.core.certification.Certificate).
@JsonPropertyOrder({"number", "standard", "edition", "scope", "body", "issued", "expires", "previousExpiry",
    "audits"})
record CertificateDto(
        @NotNull String number,
        @NotNull String standard,
        @NotNull String edition,
        @NotNull String scope,
        @NotNull String body,
        @NotNull String issued,
        @NotNull String expires,
        String previousExpiry,
        List<@NotNull @Valid CertificationAuditDto> audits) {
}
