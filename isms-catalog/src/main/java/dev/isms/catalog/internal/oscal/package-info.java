// SPDX-License-Identifier: Apache-2.0
/**
 * The OSCAL reader and writer behind {@code dev.isms.catalog.oscal.Oscal}. Documents are parsed with Jackson's
 * streaming parser alone (no data binding, so a fresh JVM loads little) into a plain tree of maps, lists and
 * strings within the codec's {@code Limits}, then walked by a {@link dev.isms.catalog.internal.oscal.Cursor} that
 * collects every problem with its JSON pointer in the codec's {@code Problems}. Writers build an ordered tree and
 * print it with the codec's pretty printer, so that output is byte-for-byte deterministic. Not exported. No method
 * accepts or returns {@code null} unless it says so.
 */
package dev.isms.catalog.internal.oscal;
