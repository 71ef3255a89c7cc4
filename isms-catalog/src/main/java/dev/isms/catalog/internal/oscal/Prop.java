// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.oscal;

/**
 * One OSCAL property, checked: name a token, value a string, namespace and class optional.
 *
 * @param name the name
 * @param ns the namespace, or null
 * @param value the value
 * @param cls the class, or null
 * @param remarks the remarks, or null
 */
public record Prop(String name, String ns, String value, String cls, String remarks) {

    /** {@return the property at a cursor, or null if it has a problem (reported)} */
    public static Prop read(Cursor p) {
        if (!p.object(Vocabulary.PROP_FIELDS)) {
            return null;
        }
        String name = p.token("name", true);
        String value = p.string("value", true);
        String ns = p.string("ns", false);
        String cls = p.token("class", false);
        p.token("group", false);
        p.string("uuid", false);
        String remarks = p.member("remarks").isPresent() && p.member("remarks").value() instanceof String
                ? (String) p.member("remarks").value() : p.string("remarks", false);
        return name == null || value == null ? null : new Prop(name, ns, value, cls, remarks);
    }

    /** {@return true if the property is in the isms namespace} */
    public boolean isms() {
        return Vocabulary.NS.equals(ns);
    }

    /** {@return true if the property is OSCAL's own (no namespace, or the OSCAL namespace)} */
    public boolean oscal() {
        return ns == null || "http://csrc.nist.gov/ns/oscal".equals(ns);
    }
}
