// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.oscal;

/**
 * How the catalog reader maps a document: the catalogue id to give it (null: the document's own, or
 * {@code oscal:<uuid>}) and whether withdrawn controls are kept.
 *
 * @param catalogId the id to give the catalogue, or null
 * @param keepWithdrawn true to keep controls whose {@code status} property is {@code withdrawn}
 */
public record ReadSettings(String catalogId, boolean keepWithdrawn) {
}
