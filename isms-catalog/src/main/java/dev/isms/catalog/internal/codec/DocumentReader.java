// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.isms.core.FormatException;
import dev.isms.core.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

// Reads one document in three steps: bounded bytes and syntax (tree), format and version, binding plus Bean
// Validation. Syntax and format errors stop early; binding and validation add to the caller's problems.
final class DocumentReader {
    /** The highest format version this library reads, for every format. */
    static final int FORMAT_VERSION = 1;

    private final ObjectMapper mapper;
    private final Limits limits;

    DocumentReader(ObjectMapper mapper, Limits limits) {
        this.mapper = mapper;
        this.limits = limits;
    }

    /** Reads a DTO; problems found so far are in {@code problems}, which the caller completes and throws. */
    <T> T read(InputStream in, String format, Class<T> type, Problems problems) {
        byte[] bytes = readBounded(in, problems.resource());
        JsonNode root = tree(bytes, problems.resource());
        checkFormat(root, format, problems);
        T dto;
        try {
            dto = mapper.readerFor(type).withHandler(new UnknownFieldCollector(problems)).readValue(bytes);
        } catch (JsonProcessingException e) {
            Problem p = JacksonProblems.of(e, limits, root);
            problems.add(p.location(), p.message());
            throw problems.exception(e);
        } catch (IOException e) {
            throw new FormatException(problems.resource(), new Problem("", "cannot read: " + e), e);
        }
        DtoValidation.validate(dto, problems);
        return dto;
    }

    private byte[] readBounded(InputStream in, String resource) {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) limits.maxDocumentBytes() + 1);
        } catch (IOException e) {
            throw new FormatException(resource, new Problem("", "cannot read: " + e.getMessage()), e);
        }
        if (bytes.length > limits.maxDocumentBytes()) {
            throw new FormatException(resource, new Problem("", "document must be at most "
                    + limits.maxDocumentBytes() + " bytes but is larger"), null);
        }
        return bytes;
    }

    private JsonNode tree(byte[] bytes, String resource) {
        JsonNode root;
        try {
            root = mapper.readTree(bytes);
        } catch (IOException e) {
            Problem p = e instanceof JsonProcessingException ? JacksonProblems.of((JsonProcessingException) e, limits)
                    : new Problem("", "cannot read: " + e.getMessage());
            throw new FormatException(resource, p, e);
        }
        if (root == null || root.isMissingNode()) {
            throw new FormatException(resource, new Problem("", "document is empty"), null);
        }
        if (!root.isObject()) {
            throw new FormatException(resource, new Problem("", "document must be a JSON object but was "
                    + root.getNodeType().name().toLowerCase(Locale.ROOT)), null);
        }
        return root;
    }

    private static void checkFormat(JsonNode root, String format, Problems problems) {
        JsonNode f = root.get("format");
        if (f == null || !f.isTextual()) {
            problems.add("/format", "must be the string '" + format + "' but was " + (f == null ? "missing" : f));
        } else if (!f.textValue().equals(format)) {
            problems.add("/format", "unknown format '" + f.textValue() + "'; expected '" + format + "'");
        }
        checkVersion(root.get("formatVersion"), format, problems);
        problems.throwIfAny();
    }

    private static void checkVersion(JsonNode v, String format, Problems problems) {
        if (v == null || !v.isIntegralNumber()) {
            problems.add("/formatVersion", "must be an integer 1.." + FORMAT_VERSION + " but was "
                    + (v == null ? "missing" : v));
        } else if (v.canConvertToInt() && v.intValue() < 1) {
            problems.add("/formatVersion", "must be at least 1 but was " + v);
        } else if (!v.canConvertToInt() || v.intValue() > FORMAT_VERSION) {
            problems.add("/formatVersion", "format '" + format + "' version " + v + " is not supported; this"
                    + " library reads versions up to " + FORMAT_VERSION);
        }
    }
}
