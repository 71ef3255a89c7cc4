// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.json;

import dev.isms.catalog.CatalogException;
import dev.isms.catalog.Standard;
import dev.isms.catalog.internal.codec.JsonCodec;
import dev.isms.catalog.internal.codec.Limits;
import dev.isms.catalog.internal.codec.Problems;
import dev.isms.core.Catalog;
import dev.isms.core.FormatException;
import dev.isms.core.internal.Checks;
import dev.isms.core.mapping.MappingSet;
import dev.isms.core.requirement.RequirementSet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads and writes catalogues, mapping sets and requirement sets in the isms JSON formats, and reads registers of
 * standards.
 *
 * <pre>{@code
 * CatalogJson json = CatalogJson.defaults();
 * Catalog catalog = json.readCatalog(Path.of("my-catalog.json"));   // read...: a file or a stream
 * String text = json.toJson(catalog);
 * Catalog same = json.parseCatalog(text);                          // parse...: JSON text
 * }</pre>
 *
 * <p>Every read and parse method throws {@link FormatException} listing the problems of the document, each with
 * its JSON pointer ({@code /controls/17/title: must not be blank}), at most {@value #MAX_PROBLEMS} of them
 * ({@link FormatException#omitted()} counts the rest); a file or stream that cannot be read is an
 * {@link UncheckedIOException}, not a format error. What a codec writes, the same codec reads back equal: a value
 * whose document would break the codec's limits is refused on write. Output is UTF-8, indented by two spaces, with
 * keys in a fixed order and optional keys omitted. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class CatalogJson {
    private static final CatalogJson DEFAULTS = new CatalogJson(Limits.DEFAULT);
    private static final String STRING_RESOURCE = "<JSON text>";
    private static final Document<Catalog> CATALOG = JsonCodec::readCatalog;
    private static final Document<MappingSet> MAPPING = JsonCodec::readMappingSet;
    private static final Document<RequirementSet> REQUIREMENTS = JsonCodec::readRequirementSet;
    private static final Document<List<Standard>> STANDARDS = JsonCodec::readStandards;

    /** How many problems a {@link FormatException} of this codec lists at most. */
    public static final int MAX_PROBLEMS = Problems.MAX_PROBLEMS;

    private final JsonCodec codec;

    private CatalogJson(Limits limits) {
        this.codec = new JsonCodec(limits);
    }

    /** {@return a codec with the default limits: 16 MiB documents, nesting depth 32, strings of 1,000,000 chars} */
    public static CatalogJson defaults() {
        return DEFAULTS;
    }

    /** {@return a builder starting from the default limits} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the largest document read or written, in bytes} */
    public long maxDocumentBytes() {
        return codec.limits().maxDocumentBytes();
    }

    /** {@return the deepest nesting of arrays and objects read or written} */
    public int maxNestingDepth() {
        return codec.limits().maxNestingDepth();
    }

    /** {@return the longest string value or object key read or written, in characters} */
    public int maxStringLength() {
        return codec.limits().maxStringLength();
    }

    /**
     * Reads a catalogue from a file.
     *
     * @param file an {@code isms-catalog} document, UTF-8
     * @return the catalogue
     * @throws FormatException listing every problem of the document
     * @throws UncheckedIOException if the file cannot be read, with the {@link IOException} as its cause
     */
    public Catalog readCatalog(Path file) {
        return read(file, CATALOG);
    }

    /**
     * Reads a catalogue from a stream.
     *
     * @param in a UTF-8 {@code isms-catalog} document; read fully, not closed
     * @param resourceName the document's name for messages, such as a file name
     * @return the catalogue
     * @throws FormatException listing every problem of the document
     * @throws UncheckedIOException if the stream cannot be read
     */
    public Catalog readCatalog(InputStream in, String resourceName) {
        return read(in, resourceName, CATALOG);
    }

    /**
     * Parses a catalogue from JSON text (not a file name: see {@link #readCatalog(Path)}).
     *
     * @param json the text of an {@code isms-catalog} document
     * @return the catalogue
     * @throws FormatException listing every problem of the document
     */
    public Catalog parseCatalog(String json) {
        return parse(json, CATALOG);
    }

    /**
     * Writes a catalogue as an {@code isms-catalog} document.
     *
     * @param catalog the catalogue
     * @param out where to write the UTF-8 bytes; not closed
     * @throws CatalogException if the document would break this codec's limits, so that it could not be read back
     * @throws UncheckedIOException if the stream cannot be written
     */
    public void writeCatalog(Catalog catalog, OutputStream out) {
        write(codec.write(Objects.requireNonNull(catalog, "catalog")), out);
    }

    /**
     * Converts a catalogue to an {@code isms-catalog} document, which {@link #parseCatalog(String)} reads back equal.
     *
     * @param catalog the catalogue
     * @return the JSON text
     * @throws CatalogException if the document would break this codec's limits, naming where
     */
    public String toJson(Catalog catalog) {
        return text(codec.write(Objects.requireNonNull(catalog, "catalog")));
    }

    /**
     * Reads a mapping set from a file.
     *
     * @param file an {@code isms-mapping} document, UTF-8
     * @return the mapping set
     * @throws FormatException listing every problem of the document
     * @throws UncheckedIOException if the file cannot be read
     */
    public MappingSet readMappingSet(Path file) {
        return read(file, MAPPING);
    }

    /**
     * Reads a mapping set from a stream.
     *
     * @param in a UTF-8 {@code isms-mapping} document; read fully, not closed
     * @param resourceName the document's name for messages
     * @return the mapping set
     * @throws FormatException listing every problem of the document
     * @throws UncheckedIOException if the stream cannot be read
     */
    public MappingSet readMappingSet(InputStream in, String resourceName) {
        return read(in, resourceName, MAPPING);
    }

    /**
     * Parses a mapping set from JSON text.
     *
     * @param json the text of an {@code isms-mapping} document
     * @return the mapping set
     * @throws FormatException listing every problem of the document
     */
    public MappingSet parseMappingSet(String json) {
        return parse(json, MAPPING);
    }

    /**
     * Writes a mapping set as an {@code isms-mapping} document.
     *
     * @param set the mapping set
     * @param out where to write the UTF-8 bytes; not closed
     * @throws CatalogException if the document would break this codec's limits
     * @throws UncheckedIOException if the stream cannot be written
     */
    public void writeMappingSet(MappingSet set, OutputStream out) {
        write(codec.write(Objects.requireNonNull(set, "set")), out);
    }

    /**
     * Converts a mapping set to an {@code isms-mapping} document, which {@link #parseMappingSet(String)} reads back
     * equal.
     *
     * @param set the mapping set
     * @return the JSON text
     * @throws CatalogException if the document would break this codec's limits
     */
    public String toJson(MappingSet set) {
        return text(codec.write(Objects.requireNonNull(set, "set")));
    }

    /**
     * Reads a requirement set from a file.
     *
     * @param file an {@code isms-requirements} document, UTF-8
     * @return the requirement set
     * @throws FormatException listing every problem of the document
     * @throws UncheckedIOException if the file cannot be read
     */
    public RequirementSet readRequirementSet(Path file) {
        return read(file, REQUIREMENTS);
    }

    /**
     * Reads a requirement set from a stream.
     *
     * @param in a UTF-8 {@code isms-requirements} document; read fully, not closed
     * @param resourceName the document's name for messages
     * @return the requirement set
     * @throws FormatException listing every problem of the document
     * @throws UncheckedIOException if the stream cannot be read
     */
    public RequirementSet readRequirementSet(InputStream in, String resourceName) {
        return read(in, resourceName, REQUIREMENTS);
    }

    /**
     * Parses a requirement set from JSON text.
     *
     * @param json the text of an {@code isms-requirements} document
     * @return the requirement set
     * @throws FormatException listing every problem of the document
     */
    public RequirementSet parseRequirementSet(String json) {
        return parse(json, REQUIREMENTS);
    }

    /**
     * Writes a requirement set as an {@code isms-requirements} document.
     *
     * @param set the requirement set
     * @param out where to write the UTF-8 bytes; not closed
     * @throws CatalogException if the document would break this codec's limits
     * @throws UncheckedIOException if the stream cannot be written
     */
    public void writeRequirementSet(RequirementSet set, OutputStream out) {
        write(codec.write(Objects.requireNonNull(set, "set")), out);
    }

    /**
     * Converts a requirement set to an {@code isms-requirements} document, which
     * {@link #parseRequirementSet(String)} reads back equal.
     *
     * @param set the requirement set
     * @return the JSON text
     * @throws CatalogException if the document would break this codec's limits
     */
    public String toJson(RequirementSet set) {
        return text(codec.write(Objects.requireNonNull(set, "set")));
    }

    /**
     * Reads a register of standards, such as the built-in ISO/IEC 27000 family, from a file.
     *
     * @param file an {@code isms-standards} document, UTF-8
     * @return the standards in register order, unmodifiable
     * @throws FormatException listing every problem of the document
     * @throws UncheckedIOException if the file cannot be read
     */
    public List<Standard> readStandards(Path file) {
        return read(file, STANDARDS);
    }

    /**
     * Reads a register of standards from a stream.
     *
     * @param in a UTF-8 {@code isms-standards} document; read fully, not closed
     * @param resourceName the document's name for messages
     * @return the standards in register order, unmodifiable
     * @throws FormatException listing every problem of the document
     * @throws UncheckedIOException if the stream cannot be read
     */
    public List<Standard> readStandards(InputStream in, String resourceName) {
        return read(in, resourceName, STANDARDS);
    }

    /**
     * Parses a register of standards from JSON text.
     *
     * @param json the text of an {@code isms-standards} document
     * @return the standards in register order, unmodifiable
     * @throws FormatException listing every problem of the document
     */
    public List<Standard> parseStandards(String json) {
        return parse(json, STANDARDS);
    }

    private <T> T read(Path file, Document<T> document) {
        String name = Objects.requireNonNull(file, "file").toString();
        try (InputStream in = Files.newInputStream(file)) {
            return document.read(codec, in, name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + Checks.quote(name) + ": " + e.getMessage(), e);
        }
    }

    private <T> T read(InputStream in, String resourceName, Document<T> document) {
        return document.read(codec, Objects.requireNonNull(in, "in"),
                Objects.requireNonNull(resourceName, "resourceName"));
    }

    private <T> T parse(String json, Document<T> document) {
        byte[] bytes = Objects.requireNonNull(json, "json").getBytes(StandardCharsets.UTF_8);
        return document.read(codec, new ByteArrayInputStream(bytes), STRING_RESOURCE);
    }

    private static String text(byte[] utf8) {
        return new String(utf8, StandardCharsets.UTF_8);
    }

    private static void write(byte[] bytes, OutputStream out) {
        try {
            Objects.requireNonNull(out, "out").write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    /** One of the document types, as the codec reads it. */
    private interface Document<T> {
        T read(JsonCodec codec, InputStream in, String resource);
    }

    /**
     * Sets the limits of a {@link CatalogJson}. Not thread-safe; the codec it builds is.
     *
     * @since 0.1
     */
    public static final class Builder {
        private long maxDocumentBytes = Limits.DEFAULT.maxDocumentBytes();
        private int maxNestingDepth = Limits.DEFAULT.maxNestingDepth();
        private int maxStringLength = Limits.DEFAULT.maxStringLength();

        private Builder() {
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
         * Sets the deepest nesting of arrays and objects.
         *
         * @param depth 1..10000; catalogues need 5
         * @return this builder
         */
        public Builder maxNestingDepth(int depth) {
            this.maxNestingDepth = depth;
            return this;
        }

        /**
         * Sets the longest string value or object key read or written.
         *
         * @param chars 1..2147483639
         * @return this builder
         */
        public Builder maxStringLength(int chars) {
            this.maxStringLength = chars;
            return this;
        }

        /**
         * Builds the codec.
         *
         * @return the codec
         * @throws IllegalArgumentException if a limit is out of range; the message names it
         */
        public CatalogJson build() {
            return new CatalogJson(new Limits(maxDocumentBytes, maxNestingDepth, maxStringLength));
        }
    }
}
