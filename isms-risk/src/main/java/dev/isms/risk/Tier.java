// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk;

/**
 * The four points at which a scenario's risk is judged.
 *
 * @since 0.1
 */
public enum Tier {
    /** Before any control. */
    INHERENT,
    /** With the controls already in place. */
    CURRENT,
    /** After the planned treatment (derived from control effectiveness, never typed in). */
    RESIDUAL,
    /** The level the owner aims for: the scenario's target, else the acceptance criteria. */
    TARGET
}
