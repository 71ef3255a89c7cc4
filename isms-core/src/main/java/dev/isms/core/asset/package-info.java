// SPDX-License-Identifier: Apache-2.0
/**
 * The assets an ISMS protects (ISO/IEC 27005:2022 clause 7.2): primary assets (information, business processes)
 * and the supporting assets they depend on, each with an owner, a classification and a value per consequence
 * category; their handling (label, acceptable use, location including remote work, custodian, maintenance) and
 * their lifecycle from request to disposal, whose moves are validated and kept as history.
 *
 * <p>{@link dev.isms.core.asset.AssetChecks} runs the daily checks: assets without owner, leavers' assets not
 * returned, disposals without erasure evidence, overdue maintenance. The risk module ({@code dev.isms.risk})
 * builds scenarios on these assets. No method accepts or returns {@code null}; every type is immutable and
 * thread-safe (builders excepted).
 */
package dev.isms.core.asset;
