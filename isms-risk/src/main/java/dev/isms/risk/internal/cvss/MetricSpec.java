// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.cvss;

import java.util.List;
import java.util.Objects;

// One metric of a CVSS version (abbreviation, allowed values, mandatory or not), so one parser serves both versions.
/**
 * A metric of a CVSS version.
 *
 * @param name the abbreviation, for example {@code AV}
 * @param values the allowed values in specification order, {@code X} (Not Defined) first for optional metrics
 * @param mandatory whether every vector of the version must contain the metric
 */
public record MetricSpec(String name, List<String> values, boolean mandatory) {

    /**
     * Validates and copies the components.
     */
    public MetricSpec {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("metric " + name + " must allow at least one value");
        }
    }

    static MetricSpec mandatory(String name, String... values) {
        return new MetricSpec(name, List.of(values), true);
    }

    static MetricSpec optional(String name, String... values) {
        return new MetricSpec(name, List.of(values), false);
    }
}
