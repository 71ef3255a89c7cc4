// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.json;

import dev.isms.catalog.CatalogException;
import dev.isms.core.FormatException;
import dev.isms.core.internal.Checks;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One isms JSON document type, such as the Statement of Applicability's {@code isms-soa}: converts its values to
 * documents and back, with the method vocabulary of {@link CatalogJson}. Obtained from {@link IsmsJson}, which also
 * binds what reading needs (the catalogue a statement names).
 *
 * <pre>{@code
 * JsonFormat<StatementOfApplicability> format = IsmsJson.defaults().statementOfApplicability(catalog);
 * format.write(soa, Path.of("soa.json"));
 * StatementOfApplicability same = format.read(Path.of("soa.json"));
 * }</pre>
 *
 * <p>Every read and parse method throws {@link FormatException} listing every problem of the document with its
 * JSON pointer, at most {@value IsmsJson#MAX_PROBLEMS} of them; nothing is half-built. A file or stream that cannot
 * be read or written is an {@link UncheckedIOException}. What a format writes, it reads back equal. Instances are
 * immutable and thread-safe.
 *
 * @param <T> the type of the documents' values
 * @since 0.2
 */
public final class JsonFormat<T> {
    private static final String STRING_RESOURCE = "<JSON text>";

    private final String format;
    private final Function<T, byte[]> writer;
    private final Reader<T> reader;

    /** How the codec reads one document. */
    interface Reader<T> {
        T read(InputStream in, String resource);
    }

    JsonFormat(String format, Function<T, byte[]> writer, Reader<T> reader) {
        this.format = format;
        this.writer = writer;
        this.reader = reader;
    }

    /**
     * Creates the format of a document type from the codec functions that write and read its documents: how the
     * other isms modules offer their documents with this class's methods (the risk documents of isms-risk's
     * {@code RiskJson}). The functions carry the guarantees stated above: the reader reads the whole stream and
     * throws {@link FormatException} listing every problem, the writer refuses a value it could not read back.
     *
     * @param format the document type, the value of the documents' {@code format} member; not blank
     * @param writer turns a value into the document's UTF-8 bytes; not null
     * @param reader reads a document from a stream (not closing it), naming the resource in its problems, and
     *        returns the value, never null; not null
     * @param <T> the type of the documents' values
     * @return the format
     * @throws IllegalArgumentException if the format is blank
     * @since 0.2
     */
    public static <T> JsonFormat<T> of(String format, Function<? super T, byte[]> writer,
            BiFunction<InputStream, String, ? extends T> reader) {
        Checks.notBlank(format, "format");
        Objects.requireNonNull(writer, "writer");
        Objects.requireNonNull(reader, "reader");
        return new JsonFormat<>(format, writer::apply, (in, resource) -> Objects.requireNonNull(
                reader.apply(in, resource), "the reader of " + format + " returned null"));
    }

    /** {@return the document type, the value of its {@code format} member, such as {@code "isms-soa"}} */
    public String format() {
        return format;
    }

    /**
     * Converts a value to a document, which {@link #parse(String)} reads back equal.
     *
     * @param value the value, not null
     * @return the JSON text: UTF-8, 2-space indented, members in a fixed order
     * @throws CatalogException if the document would break the codec's limits
     * @throws IllegalArgumentException if the value is not of what this format reads (another catalogue)
     */
    public String toJson(T value) {
        return new String(bytes(value), StandardCharsets.UTF_8);
    }

    /**
     * Writes a value as a document to a stream.
     *
     * @param value the value, not null
     * @param out where the UTF-8 bytes go; flushed, not closed
     * @throws CatalogException if the document would break the codec's limits
     * @throws IllegalArgumentException if the value is not of what this format reads
     * @throws UncheckedIOException if the stream cannot be written
     */
    public void write(T value, OutputStream out) {
        byte[] bytes = bytes(value);
        try {
            Objects.requireNonNull(out, "out").write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    /**
     * Writes a value as a document to a file, replacing it.
     *
     * @param value the value, not null
     * @param file the file, not null; its directory must exist
     * @throws CatalogException if the document would break the codec's limits
     * @throws IllegalArgumentException if the value is not of what this format reads
     * @throws UncheckedIOException if the file cannot be written
     */
    public void write(T value, Path file) {
        byte[] bytes = bytes(value);
        try {
            Files.write(Objects.requireNonNull(file, "file"), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + Checks.quote(file.toString()) + ": " + e.getMessage(), e);
        }
    }

    private byte[] bytes(T value) {
        return writer.apply(Objects.requireNonNull(value, "value"));
    }

    /**
     * Reads a document from a file.
     *
     * @param file the UTF-8 document, not null
     * @return the value
     * @throws FormatException listing every problem of the document
     * @throws UncheckedIOException if the file cannot be read
     */
    public T read(Path file) {
        String name = Objects.requireNonNull(file, "file").toString();
        try (InputStream in = Files.newInputStream(file)) {
            return reader.read(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + Checks.quote(name) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a document from a stream.
     *
     * @param in the UTF-8 document, read fully, not closed
     * @param resourceName the document's name for messages, such as a file name
     * @return the value
     * @throws FormatException listing every problem of the document
     * @throws UncheckedIOException if the stream cannot be read
     */
    public T read(InputStream in, String resourceName) {
        return reader.read(Objects.requireNonNull(in, "in"), Objects.requireNonNull(resourceName, "resourceName"));
    }

    /**
     * Parses a document from JSON text (not a file name: see {@link #read(Path)}).
     *
     * @param json the text of the document
     * @return the value
     * @throws FormatException listing every problem of the document
     */
    public T parse(String json) {
        byte[] bytes = Objects.requireNonNull(json, "json").getBytes(StandardCharsets.UTF_8);
        return reader.read(new ByteArrayInputStream(bytes), STRING_RESOURCE);
    }

    /** {@return the document type, such as {@code "JsonFormat[isms-soa]"}} */
    @Override
    public String toString() {
        return "JsonFormat[" + format + "]";
    }
}
