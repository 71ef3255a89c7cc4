// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.isms.core.FormatException;
import dev.isms.core.Problem;
import dev.isms.core.internal.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
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
        return read(in, format, type, problems, false);
    }

    /**
     * Reads a body DTO: a document's members but its header ({@code format}, {@code formatVersion}), which is
     * checked here and skipped in binding; an enclosing document embeds the same DTO as a member, where a header
     * member is unknown.
     */
    <T> T readBody(InputStream in, String format, Class<T> type, Problems problems) {
        return read(in, format, type, problems, true);
    }

    private <T> T read(InputStream in, String format, Class<T> type, Problems problems, boolean body) {
        byte[] bytes = readBounded(in, problems.resource());
        JsonNode root = tree(bytes, problems.resource());
        checkFormat(root, format, problems);
        T dto;
        try {
            dto = mapper.readerFor(type).withHandler(new UnknownFieldCollector(problems, body)).readValue(bytes);
        } catch (JsonProcessingException e) {
            Problem p = JacksonProblems.of(e, root);
            problems.add(p.location(), p.message());
            throw problems.exception(e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + Checks.quote(problems.resource()), e);
        }
        DtoValidation.validate(dto, problems);
        return dto;
    }

    private byte[] readBounded(InputStream in, String resource) {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) limits.maxDocumentBytes() + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + Checks.quote(resource) + ": " + e.getMessage(), e);
        }
        if (bytes.length > limits.maxDocumentBytes()) {
            throw new FormatException(resource, sizeProblem(Arrays.copyOf(bytes, (int) limits.maxDocumentBytes())),
                    null);
        }
        return bytes;
    }

    /** Names where the document passes the size limit: the pointer and line reached within the allowed bytes. */
    private Problem sizeProblem(byte[] allowed) {
        String message = "document must be at most " + limits.maxDocumentBytes() + " bytes but is larger";
        try (JsonParser p = mapper.createParser(allowed)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.VALUE_STRING) {
                    p.getText(); // a string cut by the limit ends the walk inside it
                }
            }
            return new Problem("", message);
        } catch (IOException e) {
            JsonParser p = e instanceof JsonProcessingException
                    && ((JsonProcessingException) e).getProcessor() instanceof JsonParser
                    ? (JsonParser) ((JsonProcessingException) e).getProcessor() : null;
            return p == null ? new Problem("", message) : new Problem(JacksonProblems.pointer(p.getParsingContext()),
                    message + "; the limit is reached here (line " + p.currentLocation().getLineNr() + ", column "
                    + p.currentLocation().getColumnNr() + ")");
        }
    }

    private JsonNode tree(byte[] bytes, String resource) {
        JsonNode root;
        try (JsonParser parser = mapper.createParser(bytes)) {
            try {
                root = mapper.readTree(parser);
            } catch (JsonProcessingException e) {
                throw new FormatException(resource, JacksonProblems.of(e, limits, parser), e);
            } catch (NumberFormatException e) {
                // Jackson reads floats as BigDecimal and throws this (not a JsonProcessingException) for an exponent
                // outside the int range, such as 1E+2147483648
                throw new FormatException(resource, JacksonProblems.numberOutOfRange(parser), e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + Checks.quote(resource), e);
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
            problems.add("/format", "must be the string '" + format + "' but was " + describe(f));
        } else if (!f.textValue().equals(format)) {
            problems.add("/format", "unknown format " + Checks.quote(f.textValue()) + "; expected '" + format + "'");
        }
        checkVersion(root.get("formatVersion"), format, problems);
        problems.throwIfAny();
    }

    private static void checkVersion(JsonNode v, String format, Problems problems) {
        if (v == null || !v.isIntegralNumber()) {
            problems.add("/formatVersion", "must be an integer 1.." + FORMAT_VERSION + " but was " + describe(v));
        } else if (v.canConvertToInt() && v.intValue() < 1) {
            problems.add("/formatVersion", "must be at least 1 but was " + v.intValue());
        } else if (!v.canConvertToInt() || v.intValue() > FORMAT_VERSION) {
            problems.add("/formatVersion", "format '" + format + "' version " + describe(v) + " is not supported;"
                    + " this library reads versions up to " + FORMAT_VERSION);
        }
    }

    /** {@return a node as a message quotes it: bounded, escaped; a number as written (never "Infinity")} */
    static String describe(JsonNode node) {
        if (node == null) {
            return "missing";
        }
        if (node.isContainerNode()) {
            return node.isArray() ? "an array" : "an object";
        }
        if (node.isTextual()) {
            return Checks.quote(node.textValue());
        }
        String number = node.isBigDecimal() ? node.decimalValue().toString() : node.toString();
        return number.length() <= Checks.QUOTE_LIMIT ? number : number.substring(0, Checks.QUOTE_LIMIT) + "… ("
                + number.length() + " characters)";
    }
}
