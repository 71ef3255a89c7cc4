// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.testkit;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Test helper shared with isms-catalog and isms-risk through isms-core's test-jar: parses the SVG the charts draw
 * with the JDK's XML parser (DOCTYPEs and external entities refused, so a chart is checked as a browser would
 * receive it) and finds elements by their {@code class}.
 */
public final class SvgDocs {
    private static final String SVG = "http://www.w3.org/2000/svg";

    private SvgDocs() {
    }

    /** {@return the parsed document}, or an AssertionError if the text is not well-formed XML */
    public static Document parse(String svg) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e, e);
        }
    }

    /** {@return the SVG elements named {@code tag} below {@code parent} whose class is {@code cls}, in order} */
    public static List<Element> byClass(Document parent, String tag, String cls) {
        return byClass(parent.getDocumentElement(), tag, cls);
    }

    /** {@return the SVG elements named {@code tag} below {@code parent} whose class is {@code cls}, in order} */
    public static List<Element> byClass(Element parent, String tag, String cls) {
        List<Element> out = new ArrayList<>();
        NodeList all = parent.getElementsByTagNameNS(SVG, tag);
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.getAttribute("class").equals(cls)) {
                out.add(e);
            }
        }
        return out;
    }

    /** {@return the texts of the {@code <text>} elements of class {@code cls}, in order} */
    public static List<String> texts(Document d, String cls) {
        List<String> out = new ArrayList<>();
        byClass(d, "text", cls).forEach(e -> out.add(e.getTextContent()));
        return out;
    }

    /** {@return the text of the first {@code <text>} of class {@code cls} below {@code parent}} */
    public static String text(Element parent, String cls) {
        List<Element> found = byClass(parent, "text", cls);
        if (found.isEmpty()) {
            throw new AssertionError("no text of class " + cls);
        }
        return found.get(0).getTextContent();
    }
}
