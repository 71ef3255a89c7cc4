// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.data;

/**
 * The constants of the compact binary form of the built-in data, shared by {@link CompactWriter} and
 * {@link CompactReader} so that both sides agree on one definition.
 *
 * <p>Layout (big-endian, {@code java.io.DataOutput}): magic {@code "ISMS"}, version (short), kind (byte), then the
 * value. Strings are modified UTF-8 ({@code writeUTF}); an optional string is a boolean, then the string when true;
 * an optional small number is a byte, {@value #ABSENT} when absent. Lists are an int count, then the elements.
 * <ul>
 *   <li>catalogue: id, title, edition, publisher, metadata, groups (id, title, kind, optional parent), controls
 *       (id, title, theme ordinal or absent, optional group, per attribute a count and the value ordinals,
 *       optional text, optional parent control id);</li>
 *   <li>requirement set: id, title, edition, metadata, clauses (id, title, optional parent, documented-information
 *       flag, optional note, optional amendment);</li>
 *   <li>mapping set: id, source and target catalogue ids, metadata, mappings (source, target, relationship ordinal,
 *       rationale ordinal or absent, strength or absent);</li>
 *   <li>standards: entries (publisher, number, part or absent, edition, optional prefix, title, kind, optional
 *       note).</li>
 * </ul>
 * A value is written in the order of its lists, so the same value always gives the same bytes.
 */
final class Compact {
    /** The first four bytes: {@code "ISMS"}. */
    static final int MAGIC = 0x49534D53;
    /** The version of this layout: 2 added a control's optional parent. */
    static final short VERSION = 2;
    /** Kind byte of a catalogue. */
    static final byte CATALOG = 1;
    /** Kind byte of a requirement set. */
    static final byte REQUIREMENTS = 2;
    /** Kind byte of a mapping set. */
    static final byte MAPPING = 3;
    /** Kind byte of a register of standards. */
    static final byte STANDARDS = 4;
    /** The byte that stands for an absent small number or enum constant. */
    static final byte ABSENT = -1;

    private Compact() {
    }
}
