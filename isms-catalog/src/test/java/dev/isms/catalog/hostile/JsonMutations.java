// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.hostile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.isms.core.hostile.TextMutations;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Hostile JSON documents made from a valid one: structural mutations on its tree (a member or element deleted,
 * duplicated, renamed, moved or swapped; a value replaced by another JSON type, a huge or non-finite number, an
 * escaped lone surrogate, a raw control character, deep nesting or a very long string; an array grown), text
 * mutations of the serialised document ({@link TextMutations}), byte mutations of its UTF-8 (invalid sequences, a
 * cut multi-byte character, a byte order mark, UTF-16, random bytes) and fully random bytes. Driven by jqwik's random
 * source, so a failing try replays from jqwik's seed.
 */
public final class JsonMutations {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Raw JSON tokens put where a value was: odd numbers, escaped surrogates, raw control characters, nesting. */
    private static final List<String> RAW = List.of("1e999", "-1e999", "1e-999", "NaN", "-Infinity", "01", "1.",
            ".5", "0x10", "-", "99999999999999999999999999999999999999", "-0", "1E+2147483648", "1E+2147483649",
            "\"\\ud800\"",
            "\"x\\udc00\"", "\"\\ud800\\ud800\"", "\"a\u0000b\"", "\"\\u0000\"", "\"\\u001b[31m\"", "\"\\u2028\"",
            "\"\u2028\"", "\"\\uZZZZ\"", "\"\\x41\"", "'single'", "undefined", "[1,]", "{,}", "{\"a\" 1}", "",
            "\"" + "\\u00e9".repeat(300) + "\"");

    private JsonMutations() {
    }

    /** {@return mutants of a valid UTF-8 JSON document, sometimes random bytes} */
    public static Arbitrary<byte[]> of(String valid) {
        JsonNode tree = parse(valid);
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.randomValue(r -> utf8(structural(tree, r)))),
                Tuple.of(2, Arbitraries.randomValue(r -> utf8(TextMutations.mutate(valid, r)))),
                Tuple.of(1, Arbitraries.randomValue(r -> Bytes.mutate(utf8(r.nextBoolean() ? valid
                        : structural(tree, r)), r))),
                Tuple.of(1, Arbitraries.randomValue(Bytes::random)));
    }

    /** {@return the tree mutated one to three times, serialised; sometimes also mutated as text} */
    static String structural(JsonNode valid, Random r) {
        JsonNode root = valid.deepCopy();
        Map<String, String> raw = new LinkedHashMap<>();
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            List<Slot> slots = new ArrayList<>();
            collect(root, slots);
            if (slots.isEmpty()) {
                break;
            }
            mutate(slots.get(r.nextInt(slots.size())), slots, raw, r);
        }
        String text;
        try {
            text = MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        for (Map.Entry<String, String> e : raw.entrySet()) {
            text = text.replace("\"" + e.getKey() + "\"", e.getValue());
        }
        return r.nextInt(5) == 0 ? TextMutations.mutate(text, r) : text;
    }

    /** A place in the tree: a member of an object or an element of an array. */
    private record Slot(JsonNode parent, String field, int index) {
        JsonNode value() {
            return field != null ? parent.get(field) : parent.get(index);
        }

        void set(JsonNode v) {
            if (field != null) {
                ((ObjectNode) parent).set(field, v);
            } else {
                ((ArrayNode) parent).set(index, v);
            }
        }

        void delete() {
            if (field != null) {
                ((ObjectNode) parent).remove(field);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }
    }

    private static void collect(JsonNode node, List<Slot> out) {
        if (node.isObject()) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                out.add(new Slot(node, f, -1));
                collect(node.get(f), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.add(new Slot(node, null, i));
                collect(node.get(i), out);
            }
        }
    }

    private static void mutate(Slot s, List<Slot> all, Map<String, String> raw, Random r) {
        switch (r.nextInt(9)) {
            case 0 -> s.delete();
            case 1 -> s.set(otherType(r));
            case 2 -> s.set(NODES.textNode(marker(raw, rawToken(r))));
            case 3 -> duplicateKey(s, raw, r);
            case 4 -> rename(s, r);
            case 5 -> s.set(all.get(r.nextInt(all.size())).value().deepCopy());
            case 6 -> s.set(NODES.textNode(TextMutations.mutate(s.value().asText(), r)));
            case 7 -> grow(s, r);
            default -> s.set(NODES.textNode(marker(raw, RAW.get(r.nextInt(13)))));
        }
    }

    private static JsonNode otherType(Random r) {
        return switch (r.nextInt(10)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(r.nextBoolean());
            case 2 -> NODES.numberNode(r.nextInt());
            case 3 -> NODES.numberNode(Long.MIN_VALUE);
            case 4 -> NODES.numberNode(new BigInteger("9".repeat(1 + r.nextInt(400))));
            case 5 -> NODES.numberNode(r.nextBoolean() ? -0.0 : Double.MAX_VALUE);
            case 6 -> NODES.objectNode();
            case 7 -> NODES.arrayNode();
            case 8 -> NODES.textNode("");
            default -> NODES.textNode(TextMutations.randomText(r));
        };
    }

    private static String rawToken(Random r) {
        int depth = r.nextBoolean() ? 33 + r.nextInt(40) : 1_000 + r.nextInt(5_000);
        return switch (r.nextInt(6)) {
            case 0 -> "[".repeat(depth) + "]".repeat(depth);
            case 1 -> "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
            case 2 -> "[".repeat(depth);
            case 3 -> "\"" + "x".repeat(1 + r.nextInt(r.nextBoolean() ? 100 : 20_000)) + "\"";
            default -> RAW.get(r.nextInt(RAW.size()));
        };
    }

    private static void duplicateKey(Slot s, Map<String, String> raw, Random r) {
        if (s.field() == null) {
            ((ArrayNode) s.parent()).insert(s.index(), s.value().deepCopy());
            return;
        }
        String key = "@@DUP" + raw.size() + "@@";
        raw.put(key, MAPPER.valueToTree(s.field()).toString());
        ((ObjectNode) s.parent()).set(key, r.nextBoolean() ? s.value().deepCopy() : otherType(r));
    }

    private static void rename(Slot s, Random r) {
        if (s.field() == null) {
            s.delete();
            return;
        }
        JsonNode v = s.value();
        ((ObjectNode) s.parent()).remove(s.field());
        String name = r.nextBoolean() ? s.field() + "x" : TextMutations.mutate(s.field(), r);
        ((ObjectNode) s.parent()).set(name, v);
    }

    private static void grow(Slot s, Random r) {
        JsonNode v = s.value();
        if (v.isArray() && v.size() > 0) {
            int copies = r.nextInt(4) == 0 ? 100 : 1 + r.nextInt(5);
            ArrayNode a = (ArrayNode) v;
            JsonNode item = a.get(r.nextInt(a.size()));
            for (int i = 0; i < copies; i++) {
                a.add(item.deepCopy());
            }
        } else {
            s.set(NODES.arrayNode().add(v.deepCopy()).add(v.deepCopy()));
        }
    }

    private static String marker(Map<String, String> raw, String token) {
        String key = "@@RAW" + raw.size() + "@@";
        raw.put(key, token);
        return key;
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("seed is not JSON: " + e.getMessage(), e);
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Byte-level mutations of an encoded document. */
    static final class Bytes {
        private static final byte[][] INVALID = {{(byte) 0xFF}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED,
            (byte) 0xA0, (byte) 0x80}, {(byte) 0xC3}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF4, (byte) 0x90,
            (byte) 0x80, (byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {0}};

        private Bytes() {
        }

        static byte[] mutate(byte[] in, Random r) {
            switch (r.nextInt(6)) {
                case 0: {
                    byte[] bad = INVALID[r.nextInt(INVALID.length)];
                    return insert(in, r.nextInt(in.length + 1), bad);
                }
                case 1:
                    return insert(in, 0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                case 2:
                    return new String(in, StandardCharsets.UTF_8).getBytes(r.nextBoolean() ? StandardCharsets.UTF_16
                            : StandardCharsets.UTF_16LE);
                case 3: {
                    byte[] out = in.clone();
                    for (int i = 0; i < 1 + r.nextInt(8) && out.length > 0; i++) {
                        out[r.nextInt(out.length)] = (byte) r.nextInt(256);
                    }
                    return out;
                }
                case 4:
                    return java.util.Arrays.copyOf(in, lastMultiByteStart(in, r));
                default:
                    return insert(in, r.nextInt(in.length + 1), random(r));
            }
        }

        static byte[] random(Random r) {
            byte[] b = new byte[r.nextInt(300)];
            r.nextBytes(b);
            return b;
        }

        private static int lastMultiByteStart(byte[] in, Random r) {
            for (int i = in.length - 1; i > 0; i--) {
                if ((in[i] & 0xC0) == 0xC0) {
                    return i + 1;
                }
            }
            return in.length == 0 ? 0 : r.nextInt(in.length);
        }

        private static byte[] insert(byte[] in, int at, byte[] what) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + what.length);
            out.write(in, 0, at);
            out.write(what, 0, what.length);
            out.write(in, at, in.length - at);
            return out.toByteArray();
        }
    }
}
