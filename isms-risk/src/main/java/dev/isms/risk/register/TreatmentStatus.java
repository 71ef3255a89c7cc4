// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.register;

/**
 * Where a risk treatment stands. Residual risk counts every treatment that is not {@link #CANCELLED}: it is the
 * risk expected after the planned treatment.
 *
 * @since 0.1
 */
public enum TreatmentStatus {
    /** Proposed, not yet approved by the risk owner. */
    PROPOSED,
    /** Approved by the risk owner (ISO/IEC 27001:2022 clause 6.1.3 f). */
    APPROVED,
    /** Being implemented. */
    IN_PROGRESS,
    /** Implemented. */
    IMPLEMENTED,
    /** Cancelled: ignored for the residual risk. */
    CANCELLED
}
