// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

// What a finding is about: exactly one of a clause, a control reference or an applied control id.
@JsonPropertyOrder({"clause", "control", "appliedControl"})
record SubjectDto(
        String clause,
        String control,
        String appliedControl) {
}
