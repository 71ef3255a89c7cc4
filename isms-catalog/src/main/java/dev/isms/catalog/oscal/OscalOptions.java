// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.oscal;

import dev.isms.catalog.internal.codec.Limits;
import dev.isms.catalog.internal.oscal.JsonTree;
import dev.isms.core.internal.Checks;
import dev.isms.core.mapping.MappingSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Options of the {@link Oscal} readers and writers: the mapping sets a catalogue export carries as correspondences,
 * the last-modified time written, the id given to a catalogue read from foreign OSCAL, whether withdrawn controls
 * are kept, and the reader limits (the same defaults as {@code CatalogJson}: 16 MiB, nesting depth 32, strings of
 * 1,000,000 characters).
 *
 * <pre>{@code
 * OscalOptions o = OscalOptions.builder().mappings(Catalogs.mapping2013To2022())
 *         .lastModified(OffsetDateTime.parse("2026-01-01T00:00:00Z")).build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.2
 */
public final class OscalOptions {
    private static final OscalOptions DEFAULTS = builder().build();

    private final List<MappingSet> mappings;
    private final Optional<OffsetDateTime> lastModified;
    private final Optional<String> catalogId;
    private final boolean keepWithdrawn;
    private final boolean idsFromLabels;
    private final Limits limits;
    private final JsonTree tree;

    private OscalOptions(Builder b) {
        this.mappings = List.copyOf(b.mappings);
        this.lastModified = Optional.ofNullable(b.lastModified);
        this.catalogId = Optional.ofNullable(b.catalogId);
        this.keepWithdrawn = b.keepWithdrawn;
        this.idsFromLabels = b.idsFromLabels;
        this.limits = new Limits(b.maxDocumentBytes, b.maxNestingDepth, b.maxStringLength);
        this.tree = new JsonTree(limits);
    }

    /** {@return the default options: no mappings, the catalogue's own or a fixed time, withdrawn controls kept} */
    public static OscalOptions defaults() {
        return DEFAULTS;
    }

    /** {@return a builder starting from the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the mapping sets a catalogue export writes as correspondences, in order} */
    public List<MappingSet> mappings() {
        return mappings;
    }

    /**
     * {@return the last-modified time written, or empty for the catalogue's own ({@code oscal.last-modified}) or
     * 1970-01-01T00:00:00Z}
     */
    public Optional<OffsetDateTime> lastModified() {
        return lastModified;
    }

    /** {@return the id given to a catalogue read, or empty for the document's own (or {@code oscal:<uuid>})} */
    public Optional<String> catalogId() {
        return catalogId;
    }

    /**
     * {@return true if controls read from foreign OSCAL take their {@code label} property as id ({@code AC-2(12)}),
     * false (the default) if they keep their OSCAL id ({@code ac-2.12})}
     */
    public boolean idsFromLabels() {
        return idsFromLabels;
    }

    /** {@return true if withdrawn controls are kept when reading (the default), false if they are skipped} */
    public boolean keepWithdrawn() {
        return keepWithdrawn;
    }

    /** {@return the largest document read, in bytes} */
    public long maxDocumentBytes() {
        return limits.maxDocumentBytes();
    }

    /** {@return the deepest nesting of arrays and objects read} */
    public int maxNestingDepth() {
        return limits.maxNestingDepth();
    }

    /** {@return the longest string value or object key read, in characters} */
    public int maxStringLength() {
        return limits.maxStringLength();
    }

    /** {@return the bounded parser and generator factory of these options} */
    JsonTree tree() {
        return tree;
    }

    /** {@return the last-modified time as OSCAL writes it, or null} */
    String lastModifiedText() {
        return lastModified.map(t -> t.withOffsetSameInstant(ZoneOffset.UTC)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).orElse(null);
    }

    /**
     * Collects options. Not thread-safe; the options it builds are.
     *
     * @since 0.2
     */
    public static final class Builder {
        private final List<MappingSet> mappings = new ArrayList<>();
        private OffsetDateTime lastModified;
        private String catalogId;
        private boolean keepWithdrawn = true;
        private boolean idsFromLabels;
        private long maxDocumentBytes = Limits.DEFAULT.maxDocumentBytes();
        private int maxNestingDepth = Limits.DEFAULT.maxNestingDepth();
        private int maxStringLength = Limits.DEFAULT.maxStringLength();

        private Builder() {
        }

        /**
         * Adds mapping sets whose source or target is the exported catalogue; each control then lists its counterparts
         * as isms {@code maps-from} / {@code maps-to} properties.
         *
         * @param sets the mapping sets, not null
         * @return this builder
         */
        public Builder mappings(MappingSet... sets) {
            return mappings(List.of(sets));
        }

        /**
         * Adds mapping sets whose source or target is the exported catalogue.
         *
         * @param sets the mapping sets, not null, no null elements
         * @return this builder
         */
        public Builder mappings(Collection<MappingSet> sets) {
            for (MappingSet s : sets) {
                mappings.add(Objects.requireNonNull(s, "mapping set"));
            }
            return this;
        }

        /**
         * Sets the last-modified time written into every exported document (written in UTC).
         *
         * @param time the time, not null; years 1900..2999, as OSCAL's date-time pattern allows
         * @return this builder
         * @throws IllegalArgumentException if the year is outside 1900..2999
         */
        public Builder lastModified(OffsetDateTime time) {
            int year = Objects.requireNonNull(time, "lastModified").withOffsetSameInstant(ZoneOffset.UTC).getYear();
            if (year < 1900 || year > 2999) {
                throw new IllegalArgumentException("lastModified must be in the years 1900..2999 but was " + time);
            }
            this.lastModified = time;
            return this;
        }

        /**
         * Sets the id given to every catalogue read (otherwise an isms document's own id, or {@code oscal:<uuid>}).
         *
         * @param id a catalogue id such as {@code "nist-sp800-53:rev5"}: letters, digits and {@code . : - _}
         * @return this builder
         * @throws IllegalArgumentException if the id is blank
         */
        public Builder catalogId(String id) {
            this.catalogId = Checks.notBlank(id, "catalogId");
            return this;
        }

        /**
         * Sets whether controls whose {@code status} property is {@code withdrawn} are kept when reading (default:
         * kept, and listed in the catalogue's {@code oscal.withdrawn} metadata entry). Skipped controls take their
         * child controls with them.
         *
         * @param keep true to keep them
         * @return this builder
         */
        public Builder keepWithdrawn(boolean keep) {
            this.keepWithdrawn = keep;
            return this;
        }

        /**
         * Sets whether controls read from foreign OSCAL take their first {@code label} property as id (a control
         * without one keeps its OSCAL id). NIST SP 800-53 labels its controls as the publication and NIST's
         * crosswalks write them ({@code AC-2(12)}, OSCAL id {@code ac-2.12}), so an import with labels joins
         * {@code Catalogs.nistSp800_53r5ToIso27001_2022()} directly. Profiles select controls by OSCAL id: resolve
         * them against a catalogue read with OSCAL ids. Documents written by isms always read their ids from the
         * labels they carry.
         *
         * <pre>{@code
         * Catalog nist = Oscal.readCatalog(path, OscalOptions.builder().idsFromLabels(true).build());
         * nist.require("AC-2(12)");     // Account Management | Atypical Usage
         * }</pre>
         *
         * @param fromLabels true to take ids from labels
         * @return this builder
         */
        public Builder idsFromLabels(boolean fromLabels) {
            this.idsFromLabels = fromLabels;
            return this;
        }

        /**
         * Sets the largest document read.
         *
         * @param bytes 1..2147483639
         * @return this builder
         */
        public Builder maxDocumentBytes(long bytes) {
            this.maxDocumentBytes = bytes;
            return this;
        }

        /**
         * Sets the deepest nesting of arrays and objects read.
         *
         * @param depth 1..10000; NIST SP 800-53 needs 16
         * @return this builder
         */
        public Builder maxNestingDepth(int depth) {
            this.maxNestingDepth = depth;
            return this;
        }

        /**
         * Sets the longest string value or object key read.
         *
         * @param chars 1..2147483639
         * @return this builder
         */
        public Builder maxStringLength(int chars) {
            this.maxStringLength = chars;
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         * @throws IllegalArgumentException if a limit is out of range; the message names it
         */
        public OscalOptions build() {
            return new OscalOptions(this);
        }
    }
}
