// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.rdf;

import dev.isms.core.Attribute;
import dev.isms.core.AttributeValue;
import dev.isms.core.ControlRef;
import dev.isms.core.Theme;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The IRIs of the JSON-LD export: resources under {@value #RESOURCES}, properties and classes under
 * {@value #VOCABULARY}. Ids are percent-encoded (UTF-8) except for the characters an IRI path segment holds as they
 * are, so every catalogue and control id gives a valid, distinct IRI.
 */
public final class Iris {
    /** The namespace of the isms classes and properties. */
    public static final String VOCABULARY = "https://isms.dev/ns/rdf#";
    /** The base of the isms resources. */
    public static final String RESOURCES = "https://isms.dev/id/";

    private Iris() {
    }

    /** {@return the IRI of a catalogue} */
    public static String catalog(String catalogId) {
        return RESOURCES + "catalog/" + segment(catalogId);
    }

    /** {@return the IRI of a control of a catalogue} */
    public static String control(ControlRef ref) {
        return catalog(ref.catalogId()) + "/" + segment(ref.controlId().toString());
    }

    /** {@return the IRI of a mapping set} */
    public static String mappingSet(String id) {
        return RESOURCES + "mapping/" + segment(id);
    }

    /** {@return the IRI of the concept scheme of the themes} */
    public static String themeScheme() {
        return RESOURCES + "scheme/theme";
    }

    /** {@return the IRI of a theme's concept} */
    public static String theme(Theme t) {
        return themeScheme() + "/" + t.label();
    }

    /** {@return the key of an attribute, such as {@code control-type}} */
    public static String key(Attribute a) {
        return a.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@return the IRI of an attribute's concept scheme} */
    public static String scheme(Attribute a) {
        return RESOURCES + "scheme/" + key(a);
    }

    /** {@return the IRI of an attribute value's concept} */
    public static String concept(AttributeValue v) {
        return scheme(v.attribute()) + "/" + segment(v.tagName());
    }

    /** {@return the isms property linking a control to an attribute's concepts, such as {@code isms:controlType}} */
    public static String property(Attribute a) {
        String[] words = key(a).split("-");
        StringBuilder b = new StringBuilder("isms:").append(words[0]);
        for (int i = 1; i < words.length; i++) {
            b.append(Character.toUpperCase(words[i].charAt(0))).append(words[i], 1, words[i].length());
        }
        return b.toString();
    }

    /** {@return the text percent-encoded as one IRI path segment} */
    static String segment(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (byte x : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (x & 0xff);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~:()".indexOf(c) >= 0;
            if (plain) {
                b.append(c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit((x >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(x & 0xf, 16)));
            }
        }
        return b.toString();
    }
}
