// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.data;

import dev.isms.catalog.Standard;
import dev.isms.core.Attribute;
import dev.isms.core.AttributeValue;
import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.ControlGroup;
import dev.isms.core.mapping.Mapping;
import dev.isms.core.mapping.MappingSet;
import dev.isms.core.requirement.Requirement;
import dev.isms.core.requirement.RequirementSet;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UTFDataFormatException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes values in the {@link Compact} form, deterministically: the same value always gives the same bytes. Used at
 * build time by {@link CompactCompiler} and by the tests; never on the start-up path.
 */
public final class CompactWriter {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final DataOutputStream out = new DataOutputStream(bytes);

    private CompactWriter(byte kind) throws IOException {
        out.writeInt(Compact.MAGIC);
        out.writeShort(Compact.VERSION);
        out.writeByte(kind);
    }

    /**
     * Writes a catalogue.
     *
     * @param catalog the catalogue
     * @return the compact bytes
     * @throws IllegalArgumentException if a string is longer than 65,535 bytes of modified UTF-8
     */
    public static byte[] write(Catalog catalog) {
        try {
            CompactWriter w = new CompactWriter(Compact.CATALOG);
            w.strings(catalog.id(), catalog.title(), catalog.edition(), catalog.publisher());
            w.metadata(catalog.metadata());
            w.out.writeInt(catalog.groups().size());
            for (ControlGroup g : catalog.groups()) {
                w.strings(g.id(), g.title(), g.kind());
                w.optional(g.parent());
            }
            w.out.writeInt(catalog.controls().size());
            for (Control c : catalog.controls()) {
                w.control(c);
            }
            return w.bytes();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private void control(Control c) throws IOException {
        strings(c.id().toString(), c.title());
        out.writeByte(c.theme().isPresent() ? c.theme().get().ordinal() : Compact.ABSENT);
        optional(c.group());
        for (Attribute a : Attribute.values()) {
            List<AttributeValue> values = c.attributes().values(a);
            out.writeByte(values.size());
            for (AttributeValue v : values) {
                out.writeByte(v.ordinal());
            }
        }
        optional(c.text());
        optional(c.parent().map(Object::toString));
    }

    /**
     * Writes a requirement set.
     *
     * @param set the requirement set
     * @return the compact bytes
     */
    public static byte[] write(RequirementSet set) {
        try {
            CompactWriter w = new CompactWriter(Compact.REQUIREMENTS);
            w.strings(set.id(), set.title(), set.edition());
            w.metadata(set.metadata());
            w.out.writeInt(set.requirements().size());
            for (Requirement r : set.requirements()) {
                w.strings(r.id().toString(), r.title());
                w.optional(r.parent().map(Object::toString));
                w.out.writeBoolean(r.documentedInformation());
                w.optional(r.documentedInformationNote());
                w.optional(r.amendment());
            }
            return w.bytes();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /**
     * Writes a mapping set.
     *
     * @param set the mapping set
     * @return the compact bytes
     */
    public static byte[] write(MappingSet set) {
        try {
            CompactWriter w = new CompactWriter(Compact.MAPPING);
            w.strings(set.id(), set.sourceCatalogId(), set.targetCatalogId());
            w.metadata(set.metadata());
            w.out.writeInt(set.mappings().size());
            for (Mapping m : set.mappings()) {
                w.strings(m.sourceId().toString(), m.targetId().toString());
                w.out.writeByte(m.relationship().ordinal());
                w.out.writeByte(m.rationale().isPresent() ? m.rationale().get().ordinal() : Compact.ABSENT);
                w.out.writeByte(m.strength().isPresent() ? m.strength().getAsInt() : Compact.ABSENT);
            }
            return w.bytes();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /**
     * Writes a register of standards.
     *
     * @param standards the standards in register order
     * @return the compact bytes
     */
    public static byte[] writeStandards(List<Standard> standards) {
        try {
            CompactWriter w = new CompactWriter(Compact.STANDARDS);
            w.out.writeInt(standards.size());
            for (Standard s : standards) {
                w.strings(s.publisher());
                w.out.writeInt(s.number());
                w.out.writeByte(s.part().isPresent() ? s.part().getAsInt() : Compact.ABSENT);
                w.out.writeShort(s.edition());
                w.optional(s.prefix());
                w.strings(s.title(), s.kind());
                w.optional(s.note());
            }
            return w.bytes();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private void strings(String... values) throws IOException {
        for (String v : values) {
            out.writeUTF(v);
        }
    }

    private void optional(Optional<String> value) throws IOException {
        out.writeBoolean(value.isPresent());
        if (value.isPresent()) {
            out.writeUTF(value.get());
        }
    }

    private void metadata(Map<String, String> metadata) throws IOException {
        out.writeInt(metadata.size());
        for (Map.Entry<String, String> e : metadata.entrySet()) {
            strings(e.getKey(), e.getValue());
        }
    }

    private byte[] bytes() {
        return bytes.toByteArray(); // DataOutputStream buffers nothing: every write is already in the array
    }

    private static RuntimeException failure(IOException e) {
        if (e instanceof UTFDataFormatException) {
            return new IllegalArgumentException("the compact form holds strings of at most 65535 bytes of modified"
                    + " UTF-8: " + e.getMessage(), e);
        }
        return new UncheckedIOException(e);
    }
}
