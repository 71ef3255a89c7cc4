// SPDX-License-Identifier: Apache-2.0
/**
 * The assets an ISMS protects (ISO/IEC 27005:2022 clause 7.2): primary assets (information, business processes)
 * and the supporting assets they depend on, each with an owner, a classification and a value per consequence
 * category.
 *
 * <p>The risk module ({@code dev.isms.risk}) builds scenarios on these assets. No method accepts or returns
 * {@code null}; every type is immutable and thread-safe.
 */
package dev.isms.core.asset;
