// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.cvss;

import dev.isms.core.internal.Checks;
import dev.isms.risk.cvss.CvssException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

// The strict vector-string grammar of one CVSS version, shared by the v3.1 and v4.0 value types.
/**
 * Parses and prints the vector strings of one CVSS version: a {@code CVSS:<version>} prefix, then
 * {@code /NAME:VALUE} fields in any order, each metric at most once, every mandatory metric present.
 */
public final class VectorGrammar {
    /** The value meaning Not Defined. */
    public static final String NOT_DEFINED = "X";

    /** The version text, for example {@code 3.1}. */
    private final String version;
    /** The metrics in specification order. */
    private final List<MetricSpec> metrics;
    /** The metrics by abbreviation. */
    private final Map<String, MetricSpec> byName;

    VectorGrammar(String version, List<MetricSpec> metrics) {
        this.version = Objects.requireNonNull(version, "version");
        this.metrics = List.copyOf(metrics);
        this.byName = this.metrics.stream()
                .collect(Collectors.toUnmodifiableMap(MetricSpec::name, Function.identity()));
    }

    /**
     * {@return the metrics in specification order}
     */
    public List<MetricSpec> metrics() {
        return metrics;
    }

    /**
     * Parses a vector of this version.
     *
     * @param vector the text, not null
     * @return the defined metrics (values other than {@code X}) in specification order, unmodifiable
     * @throws CvssException if the text breaks any rule of the grammar
     */
    public Map<String, String> parse(String vector) {
        Objects.requireNonNull(vector, "vector");
        String prefix = "CVSS:" + version + "/";
        if (vector.equals("CVSS:" + version)) {
            throw new CvssException(vector, vector.length(), "must have metrics after " + Checks.quote(prefix)
                    + " (mandatory are " + metrics.stream().filter(MetricSpec::mandatory).map(MetricSpec::name)
                            .collect(Collectors.joining(", ")) + ")");
        }
        if (!vector.startsWith(prefix)) {
            throw new CvssException(vector, 0, "must start with " + Checks.quote(prefix) + " (a CVSS " + version
                    + " vector)");
        }
        Map<String, String> found = new HashMap<>();
        int start = prefix.length();
        while (true) {
            int slash = vector.indexOf('/', start);
            int end = slash < 0 ? vector.length() : slash;
            parseField(vector, start, vector.substring(start, end), found);
            if (slash < 0) {
                break;
            }
            start = slash + 1;
        }
        Map<String, String> canonical = new LinkedHashMap<>();
        for (MetricSpec spec : metrics) {
            String value = found.get(spec.name());
            if (value == null && spec.mandatory()) {
                throw new CvssException(vector, vector.length(), "must give mandatory CVSS " + version + " metric "
                        + spec.name(), spec.name());
            }
            if (value != null && !NOT_DEFINED.equals(value)) {
                canonical.put(spec.name(), value);
            }
        }
        return Collections.unmodifiableMap(canonical);
    }

    private void parseField(String vector, int at, String field, Map<String, String> found) {
        if (field.isEmpty()) {
            throw new CvssException(vector, at, "must have CVSS " + version + " metrics NAME:VALUE separated by a"
                    + " single '/' (empty metric)");
        }
        int colon = field.indexOf(':');
        if (colon <= 0 || colon == field.length() - 1 || field.indexOf(':', colon + 1) >= 0) {
            throw new CvssException(vector, at, "metric " + Checks.quote(field) + " must be NAME:VALUE", field);
        }
        String name = field.substring(0, colon);
        String value = field.substring(colon + 1);
        MetricSpec spec = byName.get(name);
        if (spec == null) {
            throw new CvssException(vector, at, "must have CVSS " + version + " metrics only (unknown metric "
                    + Checks.quote(name) + ")", name);
        }
        if (found.containsKey(name)) {
            throw new CvssException(vector, at, "must give metric " + name + " only once (duplicate)", name);
        }
        if (!spec.values().contains(value)) {
            throw new CvssException(vector, at + colon + 1, "metric " + name + " must be one of "
                    + String.join(", ", spec.values()) + " (not " + Checks.quote(value) + ")", name);
        }
        found.put(name, value);
    }

    /**
     * Prints defined metrics as a canonical vector.
     *
     * @param defined the defined metrics in specification order, as returned by {@link #parse(String)}
     * @return the vector, for example {@code CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H}
     */
    public String format(Map<String, String> defined) {
        StringBuilder text = new StringBuilder("CVSS:").append(version);
        defined.forEach((name, value) -> text.append('/').append(name).append(':').append(value));
        return text.toString();
    }

    /**
     * Looks up the value of a metric, {@code X} when an optional metric is not defined.
     *
     * @param defined the defined metrics
     * @param name the metric abbreviation, not null
     * @return the value
     * @throws IllegalArgumentException if this version has no such metric
     */
    public String value(Map<String, String> defined, String name) {
        Objects.requireNonNull(name, "name");
        if (!byName.containsKey(name)) {
            throw new IllegalArgumentException("unknown CVSS " + version + " metric '" + name + "'");
        }
        return defined.getOrDefault(name, NOT_DEFINED);
    }
}
