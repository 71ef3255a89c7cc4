// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.isms.catalog.CatalogException;
import java.io.IOException;

// Makes sure that what the codec writes it can read back: the written bytes are scanned with the reader's own
// limits (document size, string and key length, nesting), and a document that breaks one is refused, naming where.
final class WriteCheck {
    private WriteCheck() {
    }

    /** Throws a {@link CatalogException} naming the pointer and the limit if the bytes could not be read back. */
    static void readable(ObjectMapper mapper, byte[] bytes, Limits limits) {
        if (bytes.length > limits.maxDocumentBytes()) {
            throw new CatalogException("cannot write a document that could not be read back: it would be "
                    + bytes.length + " bytes but documents must be at most " + limits.maxDocumentBytes() + " bytes");
        }
        try (JsonParser p = mapper.createParser(bytes)) {
            try {
                for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                    if (t == JsonToken.VALUE_STRING) {
                        p.getText(); // finishes the lazy token, which checks the string length
                    }
                }
            } catch (StreamConstraintsException e) {
                throw new CatalogException("cannot write a document that could not be read back: at "
                        + JacksonProblems.pointer(p.getParsingContext()) + " "
                        + JacksonProblems.of(e, limits, p).message(), e);
            }
        } catch (IOException e) {
            throw new CatalogException("cannot check the written JSON: " + e.getMessage(), e);
        }
    }
}
