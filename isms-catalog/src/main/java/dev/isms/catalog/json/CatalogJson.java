// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.json;

import dev.isms.catalog.CatalogException;
import dev.isms.catalog.internal.codec.JsonCodec;
import dev.isms.catalog.internal.codec.Limits;
import dev.isms.core.Catalog;
import dev.isms.core.FormatException;
import dev.isms.core.Problem;
import dev.isms.core.mapping.MappingSet;
import dev.isms.core.requirement.RequirementSet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Reads and writes catalogues, mapping sets and requirement sets in the isms JSON formats.
 *
 * <pre>{@code
 * CatalogJson json = CatalogJson.defaults();
 * Catalog catalog = json.readCatalog(Path.of("my-catalog.json"));
 * String text = json.toJson(catalog);                 // reads back as an equal catalogue
 * }</pre>
 *
 * <p>Every read method throws {@link FormatException} listing every problem of the document, each with
 * its JSON pointer ({@code /controls/17/title: must not be blank}). Output is UTF-8, indented by two spaces, with
 * keys in a fixed order and optional keys omitted. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class CatalogJson {
    private static final CatalogJson DEFAULTS = new CatalogJson(Limits.DEFAULT);
    private static final String STRING_RESOURCE = "<JSON text>";

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

    /** {@return the largest document read, in bytes} */
    public long maxDocumentBytes() {
        return codec.limits().maxDocumentBytes();
    }

    /** {@return the deepest nesting of arrays and objects read or written} */
    public int maxNestingDepth() {
        return codec.limits().maxNestingDepth();
    }

    /** {@return the longest string value read, in characters} */
    public int maxStringLength() {
        return codec.limits().maxStringLength();
    }

    /**
     * Reads a catalogue.
     *
     * @param in a UTF-8 {@code isms-catalog} document; read fully, not closed
     * @param resourceName the document's name for messages, such as a file name
     * @return the catalogue
     * @throws FormatException listing every problem, or if the stream cannot be read
     */
    public Catalog readCatalog(InputStream in, String resourceName) {
        return codec.readCatalog(Objects.requireNonNull(in, "in"), Objects.requireNonNull(resourceName, "name"));
    }

    /**
     * Reads a catalogue from a file.
     *
     * @param file an {@code isms-catalog} document
     * @return the catalogue
     * @throws FormatException listing every problem, or if the file cannot be read
     */
    public Catalog readCatalog(Path file) {
        return read(file, codec::readCatalog);
    }

    /**
     * Reads a catalogue from JSON text.
     *
     * @param json an {@code isms-catalog} document
     * @return the catalogue
     * @throws FormatException listing every problem
     */
    public Catalog readCatalog(String json) {
        return read(json, codec::readCatalog);
    }

    /**
     * Writes a catalogue as an {@code isms-catalog} document.
     *
     * @param catalog the catalogue
     * @param out where to write the UTF-8 bytes; not closed
     * @throws CatalogException if the stream cannot be written
     */
    public void writeCatalog(Catalog catalog, OutputStream out) {
        write(codec.write(Objects.requireNonNull(catalog, "catalog")), out);
    }

    /**
     * Converts a catalogue to an {@code isms-catalog} document.
     *
     * @param catalog the catalogue
     * @return the JSON text
     */
    public String toJson(Catalog catalog) {
        return new String(codec.write(Objects.requireNonNull(catalog, "catalog")), StandardCharsets.UTF_8);
    }

    /**
     * Reads a mapping set.
     *
     * @param in a UTF-8 {@code isms-mapping} document; read fully, not closed
     * @param resourceName the document's name for messages
     * @return the mapping set
     * @throws FormatException listing every problem, or if the stream cannot be read
     */
    public MappingSet readMappingSet(InputStream in, String resourceName) {
        return codec.readMappingSet(Objects.requireNonNull(in, "in"), Objects.requireNonNull(resourceName, "name"));
    }

    /**
     * Reads a mapping set from a file.
     *
     * @param file an {@code isms-mapping} document
     * @return the mapping set
     * @throws FormatException listing every problem, or if the file cannot be read
     */
    public MappingSet readMappingSet(Path file) {
        return read(file, codec::readMappingSet);
    }

    /**
     * Reads a mapping set from JSON text.
     *
     * @param json an {@code isms-mapping} document
     * @return the mapping set
     * @throws FormatException listing every problem
     */
    public MappingSet readMappingSet(String json) {
        return read(json, codec::readMappingSet);
    }

    /**
     * Writes a mapping set as an {@code isms-mapping} document.
     *
     * @param set the mapping set
     * @param out where to write the UTF-8 bytes; not closed
     * @throws CatalogException if the stream cannot be written
     */
    public void writeMappingSet(MappingSet set, OutputStream out) {
        write(codec.write(Objects.requireNonNull(set, "set")), out);
    }

    /**
     * Converts a mapping set to an {@code isms-mapping} document.
     *
     * @param set the mapping set
     * @return the JSON text
     */
    public String toJson(MappingSet set) {
        return new String(codec.write(Objects.requireNonNull(set, "set")), StandardCharsets.UTF_8);
    }

    /**
     * Reads a requirement set.
     *
     * @param in a UTF-8 {@code isms-requirements} document; read fully, not closed
     * @param resourceName the document's name for messages
     * @return the requirement set
     * @throws FormatException listing every problem, or if the stream cannot be read
     */
    public RequirementSet readRequirementSet(InputStream in, String resourceName) {
        return codec.readRequirementSet(Objects.requireNonNull(in, "in"),
                Objects.requireNonNull(resourceName, "name"));
    }

    /**
     * Reads a requirement set from a file.
     *
     * @param file an {@code isms-requirements} document
     * @return the requirement set
     * @throws FormatException listing every problem, or if the file cannot be read
     */
    public RequirementSet readRequirementSet(Path file) {
        return read(file, codec::readRequirementSet);
    }

    /**
     * Reads a requirement set from JSON text.
     *
     * @param json an {@code isms-requirements} document
     * @return the requirement set
     * @throws FormatException listing every problem
     */
    public RequirementSet readRequirementSet(String json) {
        return read(json, codec::readRequirementSet);
    }

    /**
     * Writes a requirement set as an {@code isms-requirements} document.
     *
     * @param set the requirement set
     * @param out where to write the UTF-8 bytes; not closed
     * @throws CatalogException if the stream cannot be written
     */
    public void writeRequirementSet(RequirementSet set, OutputStream out) {
        write(codec.write(Objects.requireNonNull(set, "set")), out);
    }

    /**
     * Converts a requirement set to an {@code isms-requirements} document.
     *
     * @param set the requirement set
     * @return the JSON text
     */
    public String toJson(RequirementSet set) {
        return new String(codec.write(Objects.requireNonNull(set, "set")), StandardCharsets.UTF_8);
    }

    private static <T> T read(Path file, BiFunction<InputStream, String, T> reader) {
        String name = Objects.requireNonNull(file, "file").toString();
        try (InputStream in = Files.newInputStream(file)) {
            return reader.apply(in, name);
        } catch (IOException e) {
            throw new FormatException(name, new Problem("", "cannot read file: " + e), e);
        }
    }

    private static <T> T read(String json, BiFunction<InputStream, String, T> reader) {
        byte[] bytes = Objects.requireNonNull(json, "json").getBytes(StandardCharsets.UTF_8);
        return reader.apply(new ByteArrayInputStream(bytes), STRING_RESOURCE);
    }

    private static void write(byte[] bytes, OutputStream out) {
        try {
            Objects.requireNonNull(out, "out").write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new CatalogException("cannot write JSON: " + e.getMessage(), e);
        }
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
         * Sets the longest string value read.
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
