// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes one standalone SVG document for the charts of the other isms modules (maturity in catalog, heat maps and
 * loss exceedance in risk), so that they share one careful writer: every text and attribute value XML-escaped
 * (characters XML 1.0 cannot carry become U+FFFD), numbers written the same way on every machine, a
 * {@code viewBox}, and an accessible {@code <title>} and {@code <desc>} referenced by {@code aria-labelledby}.
 * Not thread-safe; one instance writes one document.
 */
public final class SvgWriter {
    private static final String INDENT = "  ";
    private final StringBuilder out = new StringBuilder(8192);
    private final Deque<String> open = new ArrayDeque<>();

    /**
     * Starts a document.
     *
     * @param width the width in user units (the {@code viewBox} is {@code 0 0 width height}), above 0
     * @param height the height in user units, above 0
     * @param id the document's id, prefixing the ids of its title and description; letters, digits and
     *        hyphens, starting with a letter
     * @param title the title, read by screen readers and shown as a tooltip
     * @param description the description: what the picture shows, in words
     * @throws IllegalArgumentException if a size is not above 0 or the id is not of the allowed form
     */
    public SvgWriter(double width, double height, String id, String title, String description) {
        if (!(width > 0 && height > 0 && Double.isFinite(width) && Double.isFinite(height))) {
            throw new IllegalArgumentException("SVG size must be finite and above 0 but was " + width + " x "
                    + height);
        }
        if (!Objects.requireNonNull(id, "id").matches("[A-Za-z][A-Za-z0-9-]*")) {
            throw new IllegalArgumentException("SVG id must be letters, digits and hyphens, starting with a letter,"
                    + " but was " + Checks.quote(id));
        }
        String w = number(width);
        String h = number(height);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 ").append(w).append(' ')
                .append(h).append("\" width=\"").append(w).append("\" height=\"").append(h)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id)
                .append("-desc\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"13\">\n");
        open.push("svg");
        text("title", Objects.requireNonNull(title, "title"), "id", id + "-title");
        text("desc", Objects.requireNonNull(description, "description"), "id", id + "-desc");
    }

    /**
     * Opens an element; {@link #close()} closes it.
     *
     * @param tag the element name
     * @param attributes names and values, alternating; values are escaped
     * @return this writer
     */
    public SvgWriter open(String tag, String... attributes) {
        indent().append('<').append(tag);
        attributes(attributes).append(">\n");
        open.push(tag);
        return this;
    }

    /**
     * Closes the element opened last.
     *
     * @return this writer
     * @throws IllegalStateException if only the document element is open
     */
    public SvgWriter close() {
        if (open.size() <= 1) {
            throw new IllegalStateException("SVG writer has no open element to close");
        }
        String tag = open.pop();
        indent().append("</").append(tag).append(">\n");
        return this;
    }

    /**
     * Writes an empty element.
     *
     * @param tag the element name
     * @param attributes names and values, alternating; values are escaped
     * @return this writer
     */
    public SvgWriter element(String tag, String... attributes) {
        indent().append('<').append(tag);
        attributes(attributes).append("/>\n");
        return this;
    }

    /**
     * Writes an element holding text.
     *
     * @param tag the element name, such as {@code "text"} or {@code "title"}
     * @param content the text, escaped
     * @param attributes names and values, alternating; values are escaped
     * @return this writer
     */
    public SvgWriter text(String tag, String content, String... attributes) {
        indent().append('<').append(tag);
        attributes(attributes).append('>').append(escape(content)).append("</").append(tag).append(">\n");
        return this;
    }

    /**
     * Closes every open element and returns the document.
     *
     * @return the SVG document, ending with a line break
     */
    public String finish() {
        while (open.size() > 1) {
            close();
        }
        open.pop();
        return out.append("</svg>\n").toString();
    }

    private StringBuilder indent() {
        for (int i = 0; i < open.size(); i++) {
            out.append(INDENT);
        }
        return out;
    }

    private StringBuilder attributes(String[] attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("SVG attributes must come as name-value pairs but " + attributes.length
                    + " strings were given");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
        }
        return out;
    }

    /**
     * Escapes a text for XML content or a double- or single-quoted attribute value: {@code & < > " '} become
     * entities, tabs and line breaks become character references (so attribute values keep them), and every
     * character XML 1.0 cannot carry (other control characters, lone surrogates, U+FFFE, U+FFFF) becomes U+FFFD.
     *
     * @param text the text, not null
     * @return the escaped text
     */
    public static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                case '\t', '\n', '\r' -> b.append("&#").append((int) c).append(';');
                default -> b.append(c < 0x20 || c == '\uFFFE' || c == '\uFFFF' || Checks.isLoneSurrogate(text, i)
                        ? '\uFFFD' : c);
            }
        }
        return b.toString();
    }

    /**
     * Writes a coordinate or size: rounded to two decimals, without trailing zeros, never in exponent form and never
     * {@code -0}, so the same drawing gives the same bytes on every machine.
     *
     * @param value a finite number
     * @return such as {@code "12.5"} or {@code "3"}
     * @throws IllegalArgumentException if the value is not finite
     */
    public static String number(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("SVG number must be finite but was " + value);
        }
        BigDecimal d = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    /**
     * Writes a data value exactly, without exponent: {@code 1.0E7} as {@code "10000000"}, {@code 0.25} as
     * {@code "0.25"}.
     *
     * @param value a finite number
     * @return the shortest exact decimal form
     * @throws IllegalArgumentException if the value is not finite
     */
    public static String exact(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("SVG data value must be finite but was " + value);
        }
        BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    /**
     * Picks a colour on a green – yellow – red ramp, for cells and bars coloured by severity.
     *
     * @param fraction 0 (green, least severe) .. 1 (red, most severe); clamped
     * @return such as {@code "#4fc34f"}
     */
    public static String ramp(double fraction) {
        double t = Double.isNaN(fraction) ? 0 : Math.max(0, Math.min(1, fraction));
        double hue = 120 * (1 - t);
        double c = (1 - Math.abs(2 * 0.6 - 1)) * 0.65;
        double x = c * (1 - Math.abs((hue / 60) % 2 - 1));
        double m = 0.6 - c / 2;
        double r = hue < 60 ? c : x;
        double g = hue < 60 ? x : c;
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round((r + m) * 255),
                Math.round((g + m) * 255), Math.round(m * 255));
    }
}
