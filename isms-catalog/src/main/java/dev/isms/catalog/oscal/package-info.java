// SPDX-License-Identifier: Apache-2.0
/**
 * NIST OSCAL interchange: {@link dev.isms.catalog.oscal.Oscal} reads and writes catalogues as OSCAL catalogs,
 * profiles (resolved against a catalogue into the selected subset) and mapping sets as OSCAL 1.2 mapping
 * collections, and writes the management-system records: a Statement of Applicability as a profile and a system
 * security plan, a gap assessment (with {@link dev.isms.catalog.oscal.OscalRisk}s) as assessment results;
 * {@link dev.isms.catalog.oscal.OscalOptions} carries the options and {@link dev.isms.catalog.oscal.OscalProfile} is
 * a profile's control selection. What is read back is an ordinary {@code dev.isms.core.Catalog} or
 * {@code MappingSet}, queried like the built-in catalogues. No method accepts or returns {@code null}; every type is
 * immutable and thread-safe.
 */
package dev.isms.catalog.oscal;
