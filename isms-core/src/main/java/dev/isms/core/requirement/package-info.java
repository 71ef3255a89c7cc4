// SPDX-License-Identifier: Apache-2.0
/**
 * The requirements of a management-system standard as a tree of clauses, such as ISO/IEC 27001:2022
 * clauses 4 to 10: ids, titles, which clauses demand documented information, and amendment changes.
 *
 * <p>Built-in requirement sets come from {@code dev.isms.catalog.Catalogs.iso27001_2022Requirements()}.
 * No method accepts or returns {@code null}; every type is immutable and thread-safe.
 */
package dev.isms.core.requirement;
