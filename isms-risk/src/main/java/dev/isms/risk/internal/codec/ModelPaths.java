// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.codec;

import dev.isms.catalog.internal.codec.Pointers;
import java.util.List;

// Turns a register's model path, such as scenarios[R-7].existingControls[2].control, into the JSON pointer of the
// same place in the document read, /scenarios/<index of R-7>/existingControls/2/control. The id in brackets is
// looked up among the ids as written (an id may itself contain brackets or dots: the first one written that
// ends where a member or the path ends is taken).
final class ModelPaths {
    private ModelPaths() {
    }

    /**
     * {@return the pointer}, or null if the path names no record of the document
     *
     * @param path the model path
     * @param parts the document's list members
     * @param root the pointer of the register in the document ("" for a register document)
     */
    static String pointer(String path, List<Part<?>> parts, String root) {
        int open = path.indexOf('[');
        if (open < 0) {
            return null;
        }
        String member = path.substring(0, open);
        for (Part<?> part : parts) {
            if (part.member().equals(member)) {
                return pointer(path, open, part, root);
            }
        }
        return null;
    }

    private static String pointer(String path, int open, Part<?> part, String root) {
        for (int close = path.indexOf(']', open); close >= 0; close = path.indexOf(']', close + 1)) {
            boolean ends = close + 1 == path.length() || path.charAt(close + 1) == '.' || path.charAt(close + 1) == '[';
            Integer index = ends ? part.index(path.substring(open + 1, close)) : null;
            if (index != null) {
                return Pointers.field(Pointers.field(root, part.member()), index.toString()) + rest(path.substring(
                        close + 1));
            }
        }
        return null;
    }

    /** {@return the pointer of a path's rest: ".a.b[2].c" is "/a/b/2/c"} */
    private static String rest(String path) {
        StringBuilder b = new StringBuilder();
        for (String segment : path.replace("]", "").split("[.\\[]")) {
            if (!segment.isEmpty()) {
                b.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
            }
        }
        return b.toString();
    }
}
