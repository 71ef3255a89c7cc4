// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.data;

import dev.isms.catalog.CatalogException;
import dev.isms.catalog.Standard;
import dev.isms.core.Attribute;
import dev.isms.core.AttributeValue;
import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.ControlAttributes;
import dev.isms.core.ControlGroup;
import dev.isms.core.ControlId;
import dev.isms.core.IsmsException;
import dev.isms.core.Theme;
import dev.isms.core.mapping.Mapping;
import dev.isms.core.mapping.MappingSet;
import dev.isms.core.mapping.Rationale;
import dev.isms.core.mapping.Relationship;
import dev.isms.core.requirement.Requirement;
import dev.isms.core.requirement.RequirementSet;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@link Compact} form of the built-in data with a {@link DataInputStream}: no JSON, no Jackson, no
 * lambdas, so the first catalogue of a fresh JVM costs little more than loading the core classes. Every value is
 * built through the core types' public factories, so their checks apply. Corrupt bytes are a {@link CatalogException}.
 */
public final class CompactReader {
    private static final Theme[] THEMES = Theme.values();
    private static final Attribute[] ATTRIBUTES = Attribute.values();

    private final DataInputStream in;

    private CompactReader(byte[] bytes) {
        this.in = new DataInputStream(new ByteArrayInputStream(bytes));
    }

    /**
     * Reads one value.
     *
     * @param bytes the compact bytes
     * @param resource the resource's name for messages
     * @return a {@link Catalog}, {@link RequirementSet}, {@link MappingSet} or unmodifiable list of {@link Standard}
     * @throws CatalogException naming the resource if the bytes are truncated, of another version or corrupt
     */
    public static Object read(byte[] bytes, String resource) {
        CompactReader r = new CompactReader(bytes);
        try {
            Object value = r.value();
            if (r.in.available() > 0) {
                throw corrupt("it has bytes after its value");
            }
            return value;
        } catch (IOException | IllegalArgumentException | IndexOutOfBoundsException | IsmsException e) {
            throw new CatalogException("built-in data '".concat(resource).concat("' is corrupt: ")
                    .concat(String.valueOf(e.getMessage())), e);
        }
    }

    private Object value() throws IOException {
        if (in.readInt() != Compact.MAGIC) {
            throw corrupt("it does not start with the isms magic number");
        }
        short version = in.readShort();
        if (version != Compact.VERSION) {
            throw corrupt("its layout version is ".concat(Short.toString(version)).concat(", this library reads ")
                    .concat(Short.toString(Compact.VERSION)));
        }
        byte kind = in.readByte();
        switch (kind) {
            case Compact.CATALOG:
                return catalog();
            case Compact.REQUIREMENTS:
                return requirements();
            case Compact.MAPPING:
                return mappings();
            case Compact.STANDARDS:
                return standards();
            default:
                throw corrupt("its kind byte is ".concat(Byte.toString(kind)));
        }
    }

    private Catalog catalog() throws IOException {
        Catalog.Builder b = Catalog.builder(in.readUTF(), in.readUTF()).edition(in.readUTF())
                .publisher(in.readUTF()).metadata(metadata());
        int groups = count();
        for (int i = 0; i < groups; i++) {
            String id = in.readUTF();
            String title = in.readUTF();
            String kind = in.readUTF();
            b.group(in.readBoolean() ? ControlGroup.of(id, title, kind, in.readUTF())
                    : ControlGroup.of(id, title, kind));
        }
        int controls = count();
        for (int i = 0; i < controls; i++) {
            b.control(control());
        }
        return b.build();
    }

    private Control control() throws IOException {
        Control.Builder c = Control.builder(ControlId.parse(in.readUTF()), in.readUTF());
        byte theme = in.readByte();
        if (theme != Compact.ABSENT) {
            c.theme(THEMES[theme]);
        }
        if (in.readBoolean()) {
            c.group(in.readUTF());
        }
        List<AttributeValue> values = new ArrayList<>();
        for (Attribute a : ATTRIBUTES) {
            int n = in.readUnsignedByte();
            for (int k = 0; k < n; k++) {
                values.add(a.vocabulary().get(in.readUnsignedByte()));
            }
        }
        c.attributes(ControlAttributes.of(values));
        if (in.readBoolean()) {
            c.text(in.readUTF());
        }
        if (in.readBoolean()) {
            c.parent(ControlId.parse(in.readUTF()));
        }
        return c.build();
    }

    private RequirementSet requirements() throws IOException {
        String id = in.readUTF();
        String title = in.readUTF();
        String edition = in.readUTF();
        Map<String, String> metadata = metadata();
        int n = count();
        List<Requirement> clauses = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Requirement.Builder r = Requirement.builder(ControlId.parse(in.readUTF()), in.readUTF());
            if (in.readBoolean()) {
                r.parent(ControlId.parse(in.readUTF()));
            }
            r.documentedInformation(in.readBoolean());
            if (in.readBoolean()) {
                r.documentedInformationNote(in.readUTF());
            }
            if (in.readBoolean()) {
                r.amendment(in.readUTF());
            }
            clauses.add(r.build());
        }
        return RequirementSet.of(id, title, edition, metadata, clauses);
    }

    private MappingSet mappings() throws IOException {
        String id = in.readUTF();
        String source = in.readUTF();
        String target = in.readUTF();
        Map<String, String> metadata = metadata();
        int n = count();
        List<Mapping> rows = new ArrayList<>(n);
        Relationship[] relationships = Relationship.values();
        Rationale[] rationales = Rationale.values();
        for (int i = 0; i < n; i++) {
            Mapping m = Mapping.of(ControlId.parse(in.readUTF()), ControlId.parse(in.readUTF()),
                    relationships[in.readUnsignedByte()]);
            byte rationale = in.readByte();
            if (rationale != Compact.ABSENT) {
                m = m.withRationale(rationales[rationale]);
            }
            byte strength = in.readByte();
            rows.add(strength == Compact.ABSENT ? m : m.withStrength(strength));
        }
        return MappingSet.of(id, source, target, metadata, rows);
    }

    private List<Standard> standards() throws IOException {
        int n = count();
        List<Standard> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String publisher = in.readUTF();
            int number = in.readInt();
            byte part = in.readByte();
            int edition = in.readShort();
            String prefix = in.readBoolean() ? in.readUTF() : null;
            Standard.Builder s = Standard.builder(number, edition, in.readUTF(), in.readUTF()).publisher(publisher);
            if (part != Compact.ABSENT) {
                s.part(part);
            }
            if (prefix != null) {
                s.prefix(prefix);
            }
            if (in.readBoolean()) {
                s.note(in.readUTF());
            }
            out.add(s.build());
        }
        return Collections.unmodifiableList(out);
    }

    private Map<String, String> metadata() throws IOException {
        int n = count();
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            out.put(in.readUTF(), in.readUTF());
        }
        return out;
    }

    /** {@return a list length}, which cannot exceed the bytes left (every element takes at least one byte) */
    private int count() throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) {
            throw corrupt("a list length is ".concat(Integer.toString(n)));
        }
        return n;
    }

    private static IOException corrupt(String why) {
        return new IOException(why);
    }
}
