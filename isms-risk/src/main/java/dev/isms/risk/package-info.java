// SPDX-License-Identifier: Apache-2.0
/**
 * ISO/IEC 27005 risk management: risk scenarios on assets, their levels in four tiers (inherent, current,
 * residual, target), and the {@link dev.isms.risk.RiskEngine} entry point that scores them with any registered
 * method and recomputes stored scores for audit.
 *
 * <p>No method accepts or returns {@code null}; absent values are {@link java.util.Optional}. Every type is
 * immutable and thread-safe unless it is a builder.
 */
package dev.isms.risk;
