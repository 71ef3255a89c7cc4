// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import dev.isms.core.audit.Measurement;
import dev.isms.core.audit.Monitoring;
import dev.isms.core.audit.Objective;
import dev.isms.core.audit.PerformanceIndicator;
import dev.isms.core.audit.Target;
import dev.isms.core.internal.Checks;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;

// Maps dev.isms.core.audit.Monitoring (indicators, objectives, measurements) and back; references from objectives
// and measurements to indicators are checked at their pointers.
final class MonitoringMapping {
    static final String FORMAT = "isms-monitoring";

    private MonitoringMapping() {
    }

    static MonitoringDto toDto(Monitoring m) {
        List<MeasurementDto> measurements = new ArrayList<>();
        for (PerformanceIndicator i : m.indicators()) {
            for (Measurement x : m.series(i.id())) {
                measurements.add(new MeasurementDto(i.id(), Dtos.day(x.date()), x.value()));
            }
        }
        List<IndicatorDto> indicators = new ArrayList<>();
        for (PerformanceIndicator i : m.indicators()) {
            Target t = i.target();
            indicators.add(new IndicatorDto(i.id(), i.name(), i.method(), i.frequency().toString(), new TargetDto(
                    Keys.key(t.comparison()), t.value(), t.unit().orElse(null)), i.owner().orElse(null)));
        }
        List<ObjectiveDto> objectives = new ArrayList<>();
        for (Objective o : m.objectives()) {
            objectives.add(new ObjectiveDto(o.id(), o.statement(), o.owner(), Dtos.day(o.due()),
                    Dtos.strings(o.indicators()), o.plan().orElse(null)));
        }
        return new MonitoringDto(indicators, objectives, measurements);
    }

    /** {@return the monitoring records}, or null after reporting every problem */
    static Monitoring toMonitoring(MonitoringDto d, At at) {
        Map<String, At> seen = new HashMap<>();
        List<PerformanceIndicator> indicators = at.objects(d.indicators(), "indicators", (i, item) ->
                item.unique(indicator(i, item), i.id(), "indicator", seen));
        Set<String> ids = seen.keySet();
        Map<String, At> goals = new HashMap<>();
        List<Objective> objectives = at.objects(d.objectives(), "objectives", (o, item) ->
                item.unique(objective(o, item, ids), o.id(), "objective", goals));
        Set<List<Object>> measured = new HashSet<>();
        List<Measurement> measurements = at.objects(d.measurements(), "measurements", (m, item) ->
                measurement(m, item, ids, measured));
        return at.clean() ? at.build(() -> Monitoring.of(indicators, objectives, measurements)) : null;
    }

    private static PerformanceIndicator indicator(IndicatorDto d, At at) {
        String id = at.name(d.id(), "id");
        String name = at.name(d.name(), "name");
        String method = at.text(d.method(), "method");
        Period frequency = at.period(d.frequency(), "frequency");
        if (frequency != null && (frequency.isZero() || frequency.isNegative())) {
            at.field("frequency").add("must be a positive period but was " + frequency);
        }
        Target target = d.target() == null ? null : target(d.target(), at.field("target"));
        String owner = at.name(d.owner(), "owner");
        if (!at.clean() || id == null || name == null || method == null || frequency == null || target == null) {
            return null;
        }
        return at.build(() -> new PerformanceIndicator(id, name, method, frequency, target,
                Optional.ofNullable(owner)));
    }

    private static Target target(TargetDto d, At at) {
        Target.Comparison c = at.key(Target.Comparison.class, d.comparison(), "comparison");
        String unit = at.name(d.unit(), "unit");
        if (!at.clean() || c == null || d.value() == null) {
            return null;
        }
        return at.build(() -> new Target(c, d.value(), Optional.ofNullable(unit)));
    }

    private static Objective objective(ObjectiveDto d, At at, Set<String> indicators) {
        String id = at.name(d.id(), "id");
        String statement = at.text(d.statement(), "statement");
        String owner = at.name(d.owner(), "owner");
        LocalDate due = at.date(d.due(), "due");
        List<String> measuredBy = at.names(d.indicators(), "indicators");
        for (int i = 0; i < measuredBy.size(); i++) {
            if (!indicators.contains(measuredBy.get(i))) {
                at.field("indicators").index(Dtos.orEmpty(d.indicators()).indexOf(measuredBy.get(i))).add(
                        "must name a performance indicator of the document but was " + Checks.quote(measuredBy.get(i)));
            }
        }
        String plan = at.text(d.plan(), "plan");
        if (!at.clean() || id == null || statement == null || owner == null) {
            return null;
        }
        return at.build(() -> new Objective(id, statement, owner, Optional.ofNullable(due), measuredBy,
                Optional.ofNullable(plan)));
    }

    private static Measurement measurement(MeasurementDto d, At at, Set<String> indicators, Set<List<Object>> seen) {
        String indicator = at.name(d.indicator(), "indicator");
        LocalDate date = at.date(d.date(), "date");
        if (indicator != null && !indicators.contains(indicator)) {
            at.field("indicator").add("must name a performance indicator of the document but was "
                    + Checks.quote(indicator));
        } else if (indicator != null && date != null && !seen.add(List.of(indicator, date))) {
            at.field("date").add("must be measured once per indicator and day, but " + Checks.quote(indicator)
                    + " was already measured on " + date);
        }
        if (!at.clean() || indicator == null || date == null || d.value() == null) {
            return null;
        }
        return at.build(() -> new Measurement(indicator, date, d.value()));
    }
}
