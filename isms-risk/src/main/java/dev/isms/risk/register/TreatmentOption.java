// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.register;

/**
 * The four risk treatment options of ISO/IEC 27005:2022 clause 8.2.
 *
 * @since 0.1
 */
public enum TreatmentOption {
    /** Modify the risk by introducing, removing or altering controls. */
    MODIFY,
    /** Retain the risk by informed decision. */
    RETAIN,
    /** Avoid the risk by not starting or by stopping the activity that gives rise to it. */
    AVOID,
    /** Share the risk with another party (insurance, outsourcing); its effect is on consequence. */
    SHARE
}
