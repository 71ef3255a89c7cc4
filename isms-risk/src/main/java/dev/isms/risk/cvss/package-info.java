// SPDX-License-Identifier: Apache-2.0
/**
 * CVSS v3.1 and v4.0 vectors: strict parsing, canonical printing and FIRST's exact scores and severities.
 *
 * <p>The entry point is {@link dev.isms.risk.cvss.Cvss#parse(String)}, which returns a
 * {@link dev.isms.risk.cvss.Cvss31} or a {@link dev.isms.risk.cvss.Cvss40}; malformed input throws a
 * {@link dev.isms.risk.cvss.CvssException} naming the metric, the value and the rule. Metrics may come in any order;
 * {@code vector()} prints them back in specification order and leaves out optional metrics that are Not Defined
 * ({@code X}), which is how two equal vectors compare equal.
 *
 * <p>Null policy: no method accepts or returns {@code null}; absent values are {@link java.util.Optional}. Passing
 * {@code null} throws {@link java.lang.NullPointerException}.
 *
 * <p>Every type in this package is immutable and safe to share between threads without synchronisation; all scores
 * are computed once, when a vector is parsed, and maps returned are unmodifiable.
 */
package dev.isms.risk.cvss;
