// SPDX-License-Identifier: Apache-2.0
/**
 * The risk register: an immutable, versioned record of scenarios with their four-tier profiles, the treatments
 * decided for them (modify, retain, avoid, share) and the owners' acceptances, with queries, heat maps, top-N
 * lists and the differences between two versions.
 *
 * <p>No method accepts or returns {@code null}; every type is immutable and thread-safe except the builders.
 * Time is injected as a {@link java.time.Clock} or a date, never read from the system inside the library.
 */
package dev.isms.risk.register;
