// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How many controls (of a catalogue, or of a query's result) carry each theme and attribute value, and
 * cross-tabulations of two attributes: what a researcher asks a catalogue first.
 *
 * <pre>{@code
 * CatalogStatistics s = catalog.statistics();
 * int preventive = s.count(ControlType.PREVENTIVE);                      // 83 in ISO/IEC 27002:2022
 * CrossTab t = s.crossTab(Attribute.CYBERSECURITY_CONCEPT, Attribute.SECURITY_DOMAIN);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class CatalogStatistics {
    private final long[] masks;
    private final byte[] themes;
    private final int[] counts = new int[Attribute.BITS];
    private final int[] themeCounts = new int[Theme.values().length];

    CatalogStatistics(long[] masks, byte[] themes) {
        this.masks = masks;
        this.themes = themes;
        for (int i = 0; i < masks.length; i++) {
            long b = masks[i];
            while (b != 0) {
                counts[Long.numberOfTrailingZeros(b)]++;
                b &= b - 1;
            }
            if (themes[i] >= 0) {
                themeCounts[themes[i]]++;
            }
        }
    }

    /**
     * {@return the number of controls counted}
     */
    public int total() {
        return masks.length;
    }

    /**
     * Counts the controls that carry a value.
     *
     * @param value the attribute value, not null
     * @return the number of controls
     */
    public int count(AttributeValue value) {
        return counts[Long.numberOfTrailingZeros(Attribute.bit(value))];
    }

    /**
     * Counts the controls of a theme.
     *
     * @param theme the theme, not null
     * @return the number of controls
     */
    public int count(Theme theme) {
        return themeCounts[theme.ordinal()];
    }

    /**
     * Counts the controls per value of one attribute.
     *
     * @param attribute the attribute, not null
     * @return value to count, every value present (zero included), in vocabulary order; unmodifiable
     */
    public Map<AttributeValue, Integer> counts(Attribute attribute) {
        Map<AttributeValue, Integer> out = new LinkedHashMap<>();
        for (AttributeValue v : attribute.vocabulary()) {
            out.put(v, count(v));
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * {@return the count per theme, every theme present, in clause order; unmodifiable}
     */
    public Map<Theme, Integer> themeCounts() {
        Map<Theme, Integer> out = new EnumMap<>(Theme.class);
        for (Theme t : Theme.values()) {
            out.put(t, themeCounts[t.ordinal()]);
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * Cross-tabulates two attributes: cell (r, c) counts the controls that carry both r and c.
     *
     * @param rows the attribute whose values are rows, not null
     * @param columns the attribute whose values are columns, not null (may equal {@code rows})
     * @return the table
     */
    public CrossTab crossTab(Attribute rows, Attribute columns) {
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(columns, "columns");
        int nr = rows.vocabulary().size();
        int nc = columns.vocabulary().size();
        int[][] cells = new int[nr][nc];
        for (long m : masks) {
            long r = (m & rows.mask()) >>> rows.offset();
            while (r != 0) {
                int ri = Long.numberOfTrailingZeros(r);
                long c = (m & columns.mask()) >>> columns.offset();
                while (c != 0) {
                    cells[ri][Long.numberOfTrailingZeros(c)]++;
                    c &= c - 1;
                }
                r &= r - 1;
            }
        }
        return new CrossTab(rows, columns, cells);
    }

    /** {@return the counts per theme and attribute value, for logs and debugging} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("CatalogStatistics[total=").append(total());
        for (Theme t : Theme.values()) {
            sb.append(", ").append(t.label()).append('=').append(count(t));
        }
        for (Attribute a : Attribute.values()) {
            for (AttributeValue v : a.vocabulary()) {
                sb.append(", ").append(v.tag()).append('=').append(count(v));
            }
        }
        return sb.append(']').toString();
    }
}
