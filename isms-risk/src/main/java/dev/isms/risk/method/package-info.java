// SPDX-License-Identifier: Apache-2.0
/**
 * The built-in risk scoring methods, each faithful to its published definition and usable directly or through
 * {@link dev.isms.risk.spi.RiskScorer}: the ISO/IEC 27005 matrix ({@code iso27005-matrix}), the OWASP Risk Rating
 * Methodology ({@code owasp-rr}), NIST SP 800-30 Rev. 1 ({@code nist-800-30}), CVSS base and full scores
 * ({@code cvss-3.1}, {@code cvss-4.0}) and Open FAIR ({@code fair}).
 *
 * <p>Each method has a typed request that takes Java values and writes the text parameters its scorer reads, so a
 * caller never writes numbers as strings: {@link dev.isms.risk.method.MatrixRequest},
 * {@link dev.isms.risk.method.CvssRequest}, {@link dev.isms.risk.method.OwaspRequest},
 * {@link dev.isms.risk.method.Nist80030Request} and {@link dev.isms.risk.method.FairRequest}, scored with
 * {@code RiskEngine.score(request)}.
 *
 * <p>No method accepts or returns {@code null}; requests are immutable values, scorers stateless and thread-safe.
 */
package dev.isms.risk.method;
