// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import dev.isms.core.internal.Checks;
import java.io.IOException;
import java.util.Collection;

// Records every unknown field with its pointer and skips it, so one read reports all of them, not the first.
final class UnknownFieldCollector extends DeserializationProblemHandler {
    private final Problems problems;
    private final boolean skipHeader;

    /** {@code skipHeader}: the document's own header members are not unknown when binding its body DTO. */
    UnknownFieldCollector(Problems problems, boolean skipHeader) {
        this.problems = problems;
        this.skipHeader = skipHeader;
    }

    /**
     * Finds the pointer of the object holding the unknown field. Records buffer unknown fields and replay them
     * once the object is complete, through a buffer whose context is relative; the main parser then sits on the
     * object's END_OBJECT, where its context is the object's container.
     */
    private static String objectPointer(JsonParser main, JsonParser p) {
        if (main != null && main != p && main.currentToken() == JsonToken.END_OBJECT) {
            return JacksonProblems.pointer(main.getParsingContext());
        }
        JsonStreamContext context = p.getParsingContext();
        if (p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY) {
            context = context.getParent();
        }
        return JacksonProblems.pointer(context == null ? null : context.getParent());
    }

    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
            Object beanOrClass, String propertyName) throws IOException {
        String pointer = Pointers.field(objectPointer(ctxt.getParser(), p), propertyName);
        if (skipHeader && (pointer.equals("/format") || pointer.equals("/formatVersion"))) {
            p.skipChildren();
            return true;
        }
        Collection<Object> known = deserializer == null ? null : deserializer.getKnownPropertyNames();
        problems.add(pointer, "unknown field " + Checks.quote(propertyName) + (known == null ? "" : "; known fields: "
                + known));
        p.skipChildren();
        return true;
    }
}
