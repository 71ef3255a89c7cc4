// SPDX-License-Identifier: Apache-2.0
/**
 * ISO/IEC 27005 risk management: risk scenarios on assets, their levels in four tiers (inherent, current,
 * residual, target), the scores methods gave them, and the {@link dev.isms.risk.RiskEngine} entry point that scores
 * requests with any registered method and recomputes stored scores for audit, telling why one no longer matches.
 *
 * <p>No method accepts or returns {@code null}; absent values are {@link java.util.Optional}, but no method takes
 * one: a record with an optional component has a factory taking the plain value. Every type is immutable and
 * thread-safe unless it is a builder.
 */
package dev.isms.risk;
