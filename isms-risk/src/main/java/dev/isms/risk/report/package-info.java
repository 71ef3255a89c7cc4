// SPDX-License-Identifier: Apache-2.0
/**
 * Pictures of risk as standalone SVG documents: the risk heat maps (inherent, current, residual) coloured by the
 * criteria's risk levels, and the FAIR loss exceedance curve with the risk appetite marked. Each method returns the
 * whole document as a string, which opens in a browser and can be linked from the Markdown report of
 * {@code dev.isms.catalog.report}. The pictures are written without any dependency, every text and attribute
 * XML-escaped, and carry {@code data-*} attributes so that tools can read the drawn values back. No method accepts or
 * returns {@code null}; the classes are stateless and thread-safe.
 */
package dev.isms.risk.report;
