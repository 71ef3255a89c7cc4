// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import dev.isms.core.Catalog;
import dev.isms.core.requirement.RequirementSet;

/**
 * What reading a bundle needs besides the document: the requirement set and the catalogue its Statement of
 * Applicability and gap assessment name.
 *
 * @param requirements the clauses
 * @param catalog the controls
 */
public record BundleContext(RequirementSet requirements, Catalog catalog) {
}
