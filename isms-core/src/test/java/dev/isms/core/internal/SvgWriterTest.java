// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SvgWriterTest {

    @Test
    void writesAStandaloneDocumentWithEveryTextAndAttributeEscaped() {
        String hostile = "a<b>&\"c\" 'd'\n\u0001\uD800";
        String svg = new SvgWriter(200, 100.5, "chart-1", "Title <x>", "What it shows")
                .open("g", "class", hostile).text("text", hostile, "x", "1").element("rect", "width", "2").close()
                .finish();
        String escaped = "a&lt;b&gt;&amp;&quot;c&quot; &apos;d&apos;&#10;\uFFFD\uFFFD";
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" version="1.1" viewBox="0 0 200 100.5" width="200" \
                height="100.5" role="img" aria-labelledby="chart-1-title chart-1-desc" \
                font-family="Helvetica, Arial, sans-serif" font-size="13">
                  <title id="chart-1-title">Title &lt;x&gt;</title>
                  <desc id="chart-1-desc">What it shows</desc>
                  <g class="%1$s">
                    <text x="1">%1$s</text>
                    <rect width="2"/>
                  </g>
                </svg>
                """.formatted(escaped), svg);
    }

    @Test
    void finishClosesOpenElements() {
        String svg = new SvgWriter(10, 10, "a", "t", "d").open("g").open("text").finish();
        assertTrue(svg.endsWith("  <g>\n    <text>\n    </text>\n  </g>\n</svg>\n"), svg);
    }

    @Test
    void writesNumbersTheSameWayEverywhere() {
        assertEquals("12.5", SvgWriter.number(12.499999));
        assertEquals("3", SvgWriter.number(3.0));
        assertEquals("0", SvgWriter.number(-0.001));
        assertEquals("10000000", SvgWriter.exact(1.0E7));
        assertEquals("0.25", SvgWriter.exact(0.25));
        assertEquals("0", SvgWriter.exact(-0.0));
    }

    @Test
    void rampsFromGreenThroughYellowToRedAndClamps() {
        assertEquals("#57db57", SvgWriter.ramp(0));
        assertEquals("#dbdb57", SvgWriter.ramp(0.5));
        assertEquals("#db5757", SvgWriter.ramp(1));
        assertEquals(SvgWriter.ramp(1), SvgWriter.ramp(7));
        assertEquals(SvgWriter.ramp(0), SvgWriter.ramp(Double.NaN));
    }

    @Test
    void rejectsBadInputNamingIt() {
        assertEquals("SVG size must be finite and above 0 but was 0.0 x 10.0", assertThrows(
                IllegalArgumentException.class, () -> new SvgWriter(0, 10, "a", "t", "d")).getMessage());
        assertEquals("SVG id must be letters, digits and hyphens, starting with a letter, but was '1a'", assertThrows(
                IllegalArgumentException.class, () -> new SvgWriter(1, 1, "1a", "t", "d")).getMessage());
        assertEquals("SVG attributes must come as name-value pairs but 1 strings were given", assertThrows(
                IllegalArgumentException.class, () -> new SvgWriter(1, 1, "a", "t", "d").element("g", "x"))
                .getMessage());
        assertEquals("SVG writer has no open element to close", assertThrows(IllegalStateException.class,
                () -> new SvgWriter(1, 1, "a", "t", "d").close()).getMessage());
        assertEquals("SVG number must be finite but was NaN", assertThrows(IllegalArgumentException.class,
                () -> SvgWriter.number(Double.NaN)).getMessage());
        assertEquals("SVG data value must be finite but was Infinity", assertThrows(IllegalArgumentException.class,
                () -> SvgWriter.exact(Double.POSITIVE_INFINITY)).getMessage());
    }
}
