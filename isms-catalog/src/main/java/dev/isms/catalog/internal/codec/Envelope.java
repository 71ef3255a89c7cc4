// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

// A document as written: the header first, then the members of a body DTO that other documents may embed.
@JsonPropertyOrder({"format", "formatVersion"})
record Envelope(String format, int formatVersion, @JsonUnwrapped Object body) {
}
