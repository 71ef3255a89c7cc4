// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.data;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Gives {@link JsonReader} one instance per short ASCII string: the known strings it was seeded with (so that
 * map look-ups with the same constants hit by identity) or the first occurrence in the document. This saves
 * allocations and hashing while the loader still runs in the interpreter.
 */
final class StringCache {
    /** Slots (a power of two); one string per slot, first come first kept. */
    private static final int SIZE = 512;
    /** Longer strings (titles) are not cached. */
    private static final int MAX_LENGTH = 40;

    private final byte[][] bytes = new byte[SIZE][];
    private final String[] strings = new String[SIZE];

    StringCache(List<String> known) {
        for (int k = 0; k < known.size(); k++) {
            String s = known.get(k);
            byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
            int h = 0;
            for (byte c : b) {
                h = 31 * h + c;
            }
            int slot = slot(h);
            if (b.length <= MAX_LENGTH && bytes[slot] == null) {
                bytes[slot] = b;
                strings[slot] = s;
            }
        }
    }

    private static int slot(int h) {
        return (h ^ (h >>> 9)) & (SIZE - 1);
    }

    /**
     * Returns the string of ASCII bytes.
     *
     * @param b the document
     * @param h the bytes' hash, {@code h = 31 * h + byte} over the range
     * @param start the first byte
     * @param len the number of bytes
     * @return the cached instance or a new string
     */
    String get(byte[] b, int h, int start, int len) {
        if (len > MAX_LENGTH) {
            return new String(b, start, len, StandardCharsets.ISO_8859_1);
        }
        int slot = slot(h);
        byte[] candidate = bytes[slot];
        if (candidate != null && candidate.length == len) {
            int i = 0;
            while (i < len && candidate[i] == b[start + i]) {
                i++;
            }
            if (i == len) {
                return strings[slot];
            }
        }
        String s = new String(b, start, len, StandardCharsets.ISO_8859_1);
        if (candidate == null) {
            bytes[slot] = Arrays.copyOfRange(b, start, start + len);
            strings[slot] = s;
        }
        return s;
    }
}
