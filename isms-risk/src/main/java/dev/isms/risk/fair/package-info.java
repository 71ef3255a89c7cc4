// SPDX-License-Identifier: Apache-2.0
/**
 * Open FAIR quantitative risk analysis by Monte Carlo simulation of annual losses.
 *
 * <p>Estimates are {@link dev.isms.risk.fair.Distribution}s (beta-PERT, lognormal from a 90% interval, constants);
 * a {@link dev.isms.risk.fair.FairScenario} combines threat event frequency, vulnerability and primary and
 * secondary loss; {@link dev.isms.risk.fair.FairSimulation} simulates many years per scenario and summarises the
 * annual losses of each scenario and of the portfolio in a {@link dev.isms.risk.fair.FairResult}.
 * Runs are reproducible: the same seed gives bit-identical results whatever the parallelism.
 *
 * <p>Null policy: no method accepts or returns {@code null}; passing {@code null} throws
 * {@link java.lang.NullPointerException}. Invalid values throw {@link java.lang.IllegalArgumentException} with a
 * message naming the field, the value and the rule.
 *
 * <p>Every type in this package is immutable and safe to share between threads; lists returned are unmodifiable.
 *
 * @since 0.1
 */
package dev.isms.risk.fair;
