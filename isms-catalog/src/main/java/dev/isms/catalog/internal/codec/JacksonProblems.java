// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.isms.core.Problem;
import dev.isms.core.internal.Checks;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Translates Jackson's exceptions into problems with a JSON pointer and a message in the codec's own words. */
public final class JacksonProblems {
    private JacksonProblems() {
    }

    /**
     * {@return the problem a Jackson exception raised while parsing describes} The pointer is the parser's place
     * when it stopped: where a limit was hit (size of a string, nesting depth) or the syntax broke.
     *
     * @param e the exception
     * @param limits the limits the parser was built with, named in the message when one is exceeded
     * @param parser the parser that raised it, for the place a limit was hit
     */
    public static Problem of(JsonProcessingException e, Limits limits, JsonParser parser) {
        String pointer = e.getProcessor() instanceof JsonParser ? parserPointer(e)
                : pointer(parser.getParsingContext());
        JsonLocation l = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        String at = l == null || l.getLineNr() < 1 ? "" : " (line " + l.getLineNr() + ", column " + l.getColumnNr()
                + ")";
        if (e instanceof StreamConstraintsException) {
            return new Problem(pointer, constraint(e.getOriginalMessage(), limits) + at);
        }
        return new Problem(pointer, syntax(e.getOriginalMessage()) + at);
    }

    /** {@return the problem a Jackson exception raised while binding describes}, naming what the tree holds there */
    static Problem of(JsonProcessingException e, JsonNode root) {
        // The tree was read first with the same limits and syntax checks, and unknown members go to the
        // UnknownFieldCollector: what binding can still refuse is a value of the wrong type, or one a DTO rejects.
        if (e instanceof MismatchedInputException) {
            MismatchedInputException m = (MismatchedInputException) e;
            String pointer = pathPointer(m);
            return new Problem(pointer, "must be " + expected(m.getTargetType()) + " but was "
                    + actual(root, pointer) + at(e));
        }
        String pointer = e instanceof JsonMappingException ? pathPointer((JsonMappingException) e) : parserPointer(e);
        return new Problem(pointer, "cannot bind: " + Checks.quote(e.getOriginalMessage()) + at(e));
    }

    private static String syntax(String message) {
        if (message.startsWith("Trailing token")) {
            return "unexpected content after the end of the JSON document";
        }
        if (message.startsWith("Duplicate field '") && message.endsWith("'")) {
            return "duplicate key " + Checks.quote(message.substring("Duplicate field '".length(),
                    message.length() - 1));
        }
        return "malformed JSON: " + Checks.quote(message);
    }

    private static String constraint(String message, Limits limits) {
        if (message.contains("nesting depth")) {
            return "nesting of arrays and objects must be at most " + limits.maxNestingDepth() + " deep";
        }
        if (message.contains("String value length")) {
            return "strings must be at most " + limits.maxStringLength() + " characters long";
        }
        if (message.contains("Name length")) {
            return "keys must be at most " + limits.maxStringLength() + " characters long";
        }
        if (message.contains("Document length")) {
            return "document must be at most " + limits.maxDocumentBytes() + " bytes";
        }
        return "document exceeds a limit: " + Checks.quote(message);
    }

    private static String at(JsonProcessingException e) {
        JsonLocation l = e.getLocation();
        return l == null || l.getLineNr() < 1 ? "" : " (line " + l.getLineNr() + ", column " + l.getColumnNr() + ")";
    }

    private static String parserPointer(JsonProcessingException e) {
        return e.getProcessor() instanceof JsonParser ? pointer(((JsonParser) e.getProcessor()).getParsingContext())
                : "";
    }

    /**
     * Describes a number the parser has read but cannot represent (Jackson throws a bare
     * {@link NumberFormatException}, not a {@link JsonProcessingException}, for an exponent outside the int range such
     * as {@code 1E+2147483648}), located where the parser stands.
     *
     * @param parser the parser, standing on the number
     * @return the problem
     */
    public static Problem numberOutOfRange(JsonParser parser) {
        JsonLocation l = parser.currentLocation();
        String text;
        try {
            text = Checks.quote(parser.getText());
        } catch (IOException e) {
            text = "a number";
        }
        return new Problem(JacksonProblems.pointer(parser.getParsingContext()), "number " + text
                + " is out of range (line " + l.getLineNr() + ", column " + l.getColumnNr() + ")");
    }

    /** {@return the pointer of a parser context, such as {@code /controls/3/title}} */
    static String pointer(JsonStreamContext context) {
        return context == null ? "" : context.pathAsPointer().toString();
    }

    private static String pathPointer(JsonMappingException e) {
        String pointer = "";
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                pointer = Pointers.field(pointer, ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                pointer = Pointers.index(pointer, ref.getIndex());
            }
        }
        return pointer;
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "an integer";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (List.class.isAssignableFrom(type)) {
            return "an array";
        }
        return Map.class.isAssignableFrom(type) || type.isRecord() ? "an object" : "a " + type.getSimpleName();
    }

    /** {@return what the document holds at the pointer, such as "a number"} */
    private static String actual(JsonNode root, String pointer) {
        JsonNode node = root == null ? null : root.at(pointer);
        if (node == null || node.isMissingNode()) {
            return "another type";
        }
        switch (node.getNodeType()) {
            case OBJECT:
            case POJO:
                return "an object";
            case ARRAY:
                return "an array";
            case STRING:
            case BINARY:
                return "a string";
            case NUMBER:
                return "a number";
            case BOOLEAN:
                return "a boolean";
            case NULL:
                return "null";
            default:
                return "another type";
        }
    }
}
