// SPDX-License-Identifier: Apache-2.0
/**
 * The plug-in interface for risk scoring methods: implement {@link dev.isms.risk.spi.RiskScorer}, declare it with
 * {@code provides dev.isms.risk.spi.RiskScorer with ...} (or {@code META-INF/services}), and select it by id.
 * A scorer reads the text parameters of a {@link dev.isms.risk.spi.ScoringRequest}, which every score records; a
 * method may also offer a typed {@link dev.isms.risk.spi.MethodRequest} that writes them.
 *
 * <p>No method accepts or returns {@code null}; requests are immutable values.
 */
package dev.isms.risk.spi;
