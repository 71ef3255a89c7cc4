// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.oscal;

/**
 * How the catalog reader maps a document: the catalogue id to give it (null: the document's own, or
 * {@code oscal:<uuid>}), whether withdrawn controls are kept and where control ids come from.
 *
 * @param catalogId the id to give the catalogue, or null
 * @param keepWithdrawn true to keep controls whose {@code status} property is {@code withdrawn}
 * @param idsFromLabels true to take a foreign control's id from its first {@code label} property, when it has one
 */
public record ReadSettings(String catalogId, boolean keepWithdrawn, boolean idsFromLabels) {
}
