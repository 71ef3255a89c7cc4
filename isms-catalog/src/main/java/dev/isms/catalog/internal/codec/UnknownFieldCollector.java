package dev.isms.catalog.internal.codec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import java.io.IOException;
import java.util.Collection;

// Records every unknown field with its pointer and skips it, so one read reports all of them, not the first.
final class UnknownFieldCollector extends DeserializationProblemHandler {
    private final Problems problems;

    UnknownFieldCollector(Problems problems) {
        this.problems = problems;
    }

    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
            Object beanOrClass, String propertyName) throws IOException {
        JsonStreamContext context = p.getParsingContext();
        JsonToken token = p.currentToken();
        if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && context.getParent() != null) {
            context = context.getParent();
        }
        String pointer = JacksonProblems.pointer(context);
        if (!pointer.endsWith(Pointers.field("", propertyName))) {
            pointer = Pointers.field(pointer, propertyName);
        }
        Collection<Object> known = deserializer == null ? null : deserializer.getKnownPropertyNames();
        problems.add(pointer, "unknown field '" + propertyName + "'" + (known == null ? "" : "; known fields: "
                + known));
        p.skipChildren();
        return true;
    }
}
