// SPDX-License-Identifier: Apache-2.0
/**
 * Reports for people: a readable Markdown document of the Statement of Applicability, the gap assessment (roll-ups
 * by clause, theme and attribute value, the prioritised gaps, the documented information) and the audit results
 * (findings by grade, corrective actions, what is overdue), and maturity bar charts as standalone SVG pictures that
 * the Markdown links by relative path. {@link dev.isms.catalog.report.MarkdownReport#writeTo(java.nio.file.Path)}
 * writes the document and its pictures into one directory; pictures from other modules (the risk heat maps and loss
 * exceedance curve of {@code dev.isms.risk.report}) are added as SVG strings. User text is escaped for Markdown and
 * XML. No method accepts or returns {@code null}; reports are immutable and thread-safe, their builders are not.
 */
package dev.isms.catalog.report;
