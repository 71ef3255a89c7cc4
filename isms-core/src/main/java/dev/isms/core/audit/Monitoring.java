// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.audit;

import dev.isms.core.UnknownIdException;
import dev.isms.core.internal.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Monitoring and measurement (ISO/IEC 27001:2022 clauses 6.2 and 9.1): objectives, the performance indicators
 * that measure them, and measurements over time, with the status of each against its target as of a day.
 *
 * <p>An indicator's status is that of its latest measurement on or before the day. An objective is met when all
 * its indicators are met, not met when any is not met, and has no data otherwise (including when it has no
 * indicator). Instances are immutable and thread-safe.
 *
 * @since 0.2
 */
public final class Monitoring {
    private final Map<String, PerformanceIndicator> indicators;
    private final Map<String, Objective> objectives;
    private final Map<String, List<Measurement>> series;

    private Monitoring(Map<String, PerformanceIndicator> indicators, Map<String, Objective> objectives,
            Map<String, List<Measurement>> series) {
        this.indicators = indicators;
        this.objectives = objectives;
        this.series = series;
    }

    /**
     * Creates the monitoring records.
     *
     * @param indicators the indicators, unique ids
     * @param objectives the objectives, unique ids, naming known indicators
     * @param measurements the measurements, of known indicators, at most one per indicator and day
     * @return the records
     * @throws IllegalArgumentException naming a repeated id, an unknown indicator or a repeated measurement
     */
    public static Monitoring of(Collection<PerformanceIndicator> indicators, Collection<Objective> objectives,
            Collection<Measurement> measurements) {
        Map<String, PerformanceIndicator> byId = new LinkedHashMap<>();
        for (PerformanceIndicator i : indicators) {
            unique(byId.put(i.id(), i) == null, "performance indicator", i.id());
        }
        Map<String, Objective> goals = new LinkedHashMap<>();
        for (Objective o : objectives) {
            unique(goals.put(o.id(), o) == null, "objective", o.id());
            for (String i : o.indicators()) {
                known(byId, i, "objective " + Checks.quote(o.id()) + " indicators");
            }
        }
        Map<String, List<Measurement>> series = new LinkedHashMap<>();
        Set<List<Object>> days = new HashSet<>();
        for (Measurement m : measurements) {
            known(byId, m.indicatorId(), "measurement indicatorId");
            if (!days.add(List.of(m.indicatorId(), m.date()))) {
                throw new IllegalArgumentException("measurement of " + Checks.quote(m.indicatorId())
                        + " date must be unique per indicator but " + m.date() + " appears twice");
            }
            series.computeIfAbsent(m.indicatorId(), k -> new ArrayList<>()).add(m);
        }
        series.replaceAll((k, v) -> {
            v.sort(Comparator.comparing(Measurement::date));
            return List.copyOf(v);
        });
        return new Monitoring(Collections.unmodifiableMap(byId), Collections.unmodifiableMap(goals),
                Collections.unmodifiableMap(series));
    }

    private static void unique(boolean first, String kind, String id) {
        if (!first) {
            throw new IllegalArgumentException(kind + " ids must be unique but " + Checks.quote(id) + " appears twice");
        }
    }

    private static void known(Map<String, PerformanceIndicator> byId, String id, String field) {
        if (!byId.containsKey(id)) {
            throw new IllegalArgumentException(field + " must name a known performance indicator but was "
                    + Checks.quote(id));
        }
    }

    /** {@return the indicators, in the order given} */
    public List<PerformanceIndicator> indicators() {
        return List.copyOf(indicators.values());
    }

    /** {@return the objectives, in the order given} */
    public List<Objective> objectives() {
        return List.copyOf(objectives.values());
    }

    /**
     * Returns an indicator's measurements.
     *
     * @param indicatorId the indicator's id, not null
     * @return the measurements, oldest first
     * @throws UnknownIdException if there is no such indicator
     */
    public List<Measurement> series(String indicatorId) {
        indicator(indicatorId);
        return series.getOrDefault(indicatorId, List.of());
    }

    private PerformanceIndicator indicator(String id) {
        PerformanceIndicator i = indicators.get(Objects.requireNonNull(id, "indicatorId"));
        if (i == null) {
            throw new UnknownIdException("performance indicator", id, "the monitoring records");
        }
        return i;
    }

    /**
     * Returns a copy with one more measurement.
     *
     * @param m the measurement, of a known indicator and a day not yet measured
     * @return the copy
     * @throws IllegalArgumentException if the indicator is unknown or the day already measured
     */
    public Monitoring with(Measurement m) {
        List<Measurement> all = new ArrayList<>();
        series.values().forEach(all::addAll);
        all.add(Objects.requireNonNull(m, "measurement"));
        return of(indicators.values(), objectives.values(), all);
    }

    /**
     * Returns where an indicator stands as of a day.
     *
     * @param indicatorId the indicator's id, not null
     * @param asOf the day, not null; later measurements are ignored
     * @return the status
     * @throws UnknownIdException if there is no such indicator
     */
    public IndicatorStatus status(String indicatorId, LocalDate asOf) {
        PerformanceIndicator i = indicator(indicatorId);
        Objects.requireNonNull(asOf, "asOf");
        Measurement latest = null;
        for (Measurement m : series.getOrDefault(indicatorId, List.of())) {
            if (!m.date().isAfter(asOf)) {
                latest = m;
            }
        }
        if (latest == null) {
            return new IndicatorStatus(i, Optional.empty(), TargetStatus.NO_DATA, Optional.empty());
        }
        TargetStatus s = i.target().isMet(latest.value()) ? TargetStatus.MET : TargetStatus.NOT_MET;
        return new IndicatorStatus(i, Optional.of(latest), s, Optional.of(latest.date().plus(i.frequency())));
    }

    /**
     * Tells whether other monitoring records hold equal indicators and objectives in the same order and equal
     * measurements.
     *
     * @param o the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Monitoring)) {
            return false;
        }
        Monitoring m = (Monitoring) o;
        return indicators().equals(m.indicators()) && objectives().equals(m.objectives()) && series.equals(m.series);
    }

    @Override
    public int hashCode() {
        return Objects.hash(indicators(), objectives(), series);
    }

    /** {@return the number of indicators, objectives and measurements} */
    @Override
    public String toString() {
        int measured = 0;
        for (List<Measurement> s : series.values()) {
            measured += s.size();
        }
        return "Monitoring[" + indicators.size() + " indicators, " + objectives.size() + " objectives, " + measured
                + " measurements]";
    }

    /**
     * Returns where an objective stands as of a day.
     *
     * @param objectiveId the objective's id, not null
     * @param asOf the day, not null
     * @return met, not met, or no data
     * @throws UnknownIdException if there is no such objective
     */
    public TargetStatus objectiveStatus(String objectiveId, LocalDate asOf) {
        Objective o = objectives.get(Objects.requireNonNull(objectiveId, "objectiveId"));
        if (o == null) {
            throw new UnknownIdException("objective", objectiveId, "the monitoring records");
        }
        boolean allMet = !o.indicators().isEmpty();
        for (String i : o.indicators()) {
            TargetStatus s = status(i, asOf).status();
            if (s == TargetStatus.NOT_MET) {
                return TargetStatus.NOT_MET;
            }
            allMet &= s == TargetStatus.MET;
        }
        return allMet ? TargetStatus.MET : TargetStatus.NO_DATA;
    }
}
