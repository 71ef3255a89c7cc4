// SPDX-License-Identifier: Apache-2.0
/**
 * The risk register: an immutable, versioned record of scenarios (with the scores methods gave them) and their
 * four-tier profiles, the treatments decided for them (modify, retain, avoid, share) and the owners' acceptances,
 * indexed by id, with queries, heat maps, top-N lists, the differences between two versions and the verification
 * of every stored score.
 *
 * <p>A register changes only by {@link dev.isms.risk.register.RiskRegister#apply(java.util.Collection) applying}
 * {@link dev.isms.risk.register.RegisterEdit edits}: any number at once, validated together, giving one new
 * version; problems come back all at once with their model paths ({@code scenarios[R-7].likelihood}).
 *
 * <p>No method accepts or returns {@code null}; every type is immutable and thread-safe except the builders.
 * Time is injected as a {@link java.time.Clock} or a date, never read from the system inside the library.
 */
package dev.isms.risk.register;
