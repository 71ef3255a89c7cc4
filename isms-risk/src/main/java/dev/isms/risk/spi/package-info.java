// SPDX-License-Identifier: Apache-2.0
/**
 * The plug-in interface for risk scoring methods: implement {@link dev.isms.risk.spi.RiskScorer}, declare it with
 * {@code provides dev.isms.risk.spi.RiskScorer with ...} (or {@code META-INF/services}), and select it by id.
 *
 * <p>No method accepts or returns {@code null}; requests are immutable values.
 */
package dev.isms.risk.spi;
