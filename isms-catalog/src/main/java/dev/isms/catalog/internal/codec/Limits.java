// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec;

/**
 * The bounds a document must stay within, so that a hostile or broken file cannot exhaust memory or stack.
 *
 * @param maxDocumentBytes the largest document accepted, in bytes (UTF-8)
 * @param maxNestingDepth the deepest nesting of arrays and objects accepted
 * @param maxStringLength the longest string value accepted, in characters
 */
public record Limits(long maxDocumentBytes, int maxNestingDepth, int maxStringLength) {
    /** The defaults: 16 MiB, depth 32, strings of 1,000,000 characters. */
    public static final Limits DEFAULT = new Limits(16L * 1024 * 1024, 32, 1_000_000);

    /**
     * Validates the bounds.
     *
     * @param maxDocumentBytes 1..Integer.MAX_VALUE - 8
     * @param maxNestingDepth 1..10000
     * @param maxStringLength 1..Integer.MAX_VALUE - 8
     */
    public Limits {
        if (maxDocumentBytes < 1 || maxDocumentBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxDocumentBytes must be 1.." + (Integer.MAX_VALUE - 8) + " but was "
                    + maxDocumentBytes);
        }
        if (maxNestingDepth < 1 || maxNestingDepth > 10_000) {
            throw new IllegalArgumentException("maxNestingDepth must be 1..10000 but was " + maxNestingDepth);
        }
        if (maxStringLength < 1 || maxStringLength > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxStringLength must be 1.." + (Integer.MAX_VALUE - 8) + " but was "
                    + maxStringLength);
        }
    }
}
