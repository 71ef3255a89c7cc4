// SPDX-License-Identifier: Apache-2.0
/**
 * The built-in risk scoring methods, each faithful to its published definition and usable directly or through
 * {@link dev.isms.risk.spi.RiskScorer}: the ISO/IEC 27005 matrix ({@code iso27005-matrix}), the OWASP Risk Rating
 * Methodology ({@code owasp-rr}), NIST SP 800-30 Rev. 1 ({@code nist-800-30}) and CVSS base scores
 * ({@code cvss-3.1}, {@code cvss-4.0}).
 *
 * <p>No method accepts or returns {@code null}; scorers are stateless and thread-safe.
 */
package dev.isms.risk.method;
