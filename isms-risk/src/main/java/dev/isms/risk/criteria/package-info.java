// SPDX-License-Identifier: Apache-2.0
/**
 * Risk criteria as data (ISO/IEC 27005:2022 clause 6.3): likelihood and consequence scales of any length with
 * named levels and optional numeric ranges, risk matrices (a grid or a banded formula), and acceptance criteria
 * per consequence category and asset type. Everything is validated on construction: scales ordered, bands
 * covering their range without gaps, matrices monotonic.
 *
 * <p>No method accepts or returns {@code null}; every type is immutable and thread-safe except the builders.
 */
package dev.isms.risk.criteria;
