// SPDX-License-Identifier: Apache-2.0
/**
 * The sections of the Markdown report behind {@code dev.isms.catalog.report.MarkdownReport}: the Statement of
 * Applicability, the gap assessment and the audit results, and {@code Md}, the one place where user text is escaped
 * for Markdown and HTML. Not exported; every class is stateless.
 */
package dev.isms.catalog.internal.report;
