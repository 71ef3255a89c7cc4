// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.json;

import static dev.isms.catalog.json.IsmsArbitraries.BASE;
import static dev.isms.catalog.json.IsmsArbitraries.day;
import static dev.isms.catalog.json.IsmsArbitraries.freeText;
import static dev.isms.catalog.json.IsmsArbitraries.id;
import static dev.isms.catalog.json.IsmsArbitraries.names;
import static dev.isms.catalog.json.IsmsArbitraries.text;

import dev.isms.core.ControlRef;
import dev.isms.core.audit.Audit;
import dev.isms.core.audit.AuditProgramme;
import dev.isms.core.audit.AuditScope;
import dev.isms.core.audit.Auditor;
import dev.isms.core.audit.CorrectiveAction;
import dev.isms.core.audit.Finding;
import dev.isms.core.audit.FindingGrade;
import dev.isms.core.audit.FindingRegister;
import dev.isms.core.audit.FindingSubject;
import dev.isms.core.audit.ManagementReview;
import dev.isms.core.audit.Measurement;
import dev.isms.core.audit.Monitoring;
import dev.isms.core.audit.Objective;
import dev.isms.core.audit.PerformanceIndicator;
import dev.isms.core.audit.ReviewDecision;
import dev.isms.core.audit.ReviewInput;
import dev.isms.core.audit.Target;
import dev.isms.core.certification.Certificate;
import dev.isms.core.certification.CertificationAudit;
import dev.isms.core.certification.CertificationAuditKind;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Small generators of monitoring, audit, review and certification records; see {@link IsmsArbitraries}. */
final class AuditArbitraries {
    private AuditArbitraries() {
    }

    static Arbitrary<Double> number() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(-1e6, 1e6).ofScale(3),
                Arbitraries.of(0.0, -0.0, 0.1, 1e-300, 1.7976931348623157e308, 95.5));
    }

    /** Monitoring records: objectives and measurements pick their indicators by index, so no flatMap is needed. */
    static Arbitrary<Monitoring> monitoring() {
        Arbitrary<Target> target = Combinators.combine(Arbitraries.of(Target.Comparison.class), number(),
                text().optional()).as(Target::new);
        Arbitrary<PerformanceIndicator> indicator = Combinators.combine(id("KPI-"), text(), freeText(),
                Arbitraries.integers().between(1, 400).map(Period::ofDays), target, text().optional())
                .as(PerformanceIndicator::new);
        Arbitrary<List<Integer>> picks = Arbitraries.integers().between(0, 2).list().ofMaxSize(3);
        Arbitrary<Objective> objective = Combinators.combine(id("OBJ-"), freeText(), text(), day().optional(),
                freeText().optional()).as((id, statement, owner, due, plan) -> new Objective(id, statement, owner,
                due, List.of(), plan));
        Arbitrary<Measurement> measurement = Combinators.combine(Arbitraries.integers().between(0, 2), day(),
                number()).as((i, d, v) -> new Measurement("#" + i, d, v));
        return Combinators.combine(indicator.list().uniqueElements(PerformanceIndicator::id).ofMaxSize(3),
                objective.list().uniqueElements(Objective::id).ofMaxSize(3), picks.list().ofSize(3),
                measurement.list().ofMaxSize(6)).as((indicators, objectives, objectivePicks, measured) -> {
                    List<String> ids = indicators.stream().map(PerformanceIndicator::id).toList();
                    List<Objective> goals = new ArrayList<>();
                    for (int i = 0; i < objectives.size(); i++) {
                        Objective o = objectives.get(i);
                        List<String> by = ids.isEmpty() ? List.of() : objectivePicks.get(i).stream()
                                .map(k -> ids.get(k % ids.size())).distinct().toList();
                        goals.add(new Objective(o.id(), o.statement(), o.owner(), o.due(), by, o.plan()));
                    }
                    Map<List<Object>, Measurement> values = new LinkedHashMap<>();
                    for (Measurement m : ids.isEmpty() ? List.<Measurement>of() : measured) {
                        String id = ids.get(Integer.parseInt(m.indicatorId().substring(1)) % ids.size());
                        values.putIfAbsent(List.of(id, m.date()), new Measurement(id, m.date(), m.value()));
                    }
                    return Monitoring.of(indicators, goals, values.values());
                });
    }

    static Arbitrary<Audit> audit(LocalDate cycleStart) {
        Arbitrary<AuditScope> scope = Combinators.combine(Arbitraries.of("Operations", "HR", "Sales").set()
                .ofMinSize(1), Arbitraries.of("4", "6.1.2", "9", "A.5").set().ofMaxSize(2), Arbitraries.of(
                "cat:1#5.1", "iso27002:2022#8.7").set().ofMaxSize(2)).as((areas, clauses, controls) -> AuditScope.of(
                areas, clauses, controls.stream().map(ControlRef::parse).toList()));
        Arbitrary<Auditor> auditor = Combinators.combine(text(), Arbitraries.of("Finance", "Legal").set())
                .as(Auditor::of);
        return Combinators.combine(id("IA-"), scope, names().filter(l -> !l.isEmpty()),
                Arbitraries.integers().between(0, 300), Arbitraries.integers().between(0, 5),
                auditor.list().uniqueElements(Auditor::name).ofMinSize(1).ofMaxSize(2))
                .as((id, s, criteria, start, days, auditors) -> Audit.builder(id, cycleStart.plusDays(start),
                        cycleStart.plusDays(start + days)).scope(s).criteria(criteria).auditors(auditors).build());
    }

    static Arbitrary<FindingSubject> subject() {
        return Arbitraries.oneOf(Arbitraries.of("4.1", "9.2.2", "A.5").map(FindingSubject::clause),
                Arbitraries.of("cat:1#5.2", "x#ac-2.1").map(r -> FindingSubject.control(ControlRef.parse(r))),
                id("AC-").map(FindingSubject::appliedControl));
    }

    /** A register: a programme, findings of its audits (picked by index), actions walked through random steps. */
    static Arbitrary<FindingRegister> register() {
        Arbitrary<Finding> finding = Combinators.combine(id("F-"), Arbitraries.of(FindingGrade.class), subject(),
                freeText(), Arbitraries.integers().between(0, 20)).as((id, grade, subject, statement, days) ->
                        new Finding(id, "#", grade, subject, statement, BASE.plusDays(days)));
        Arbitrary<List<Integer>> walk = Arbitraries.integers().between(0, 5).list().ofMaxSize(6);
        return Combinators.combine(audit(BASE).list().uniqueElements(Audit::id).ofMinSize(1).ofMaxSize(2),
                finding.list().uniqueElements(Finding::id).ofMaxSize(4), walk.list().ofSize(4), text())
                .as((audits, drafts, walks, owner) -> {
                    AuditProgramme p = new AuditProgramme("AP-1", BASE, BASE.plusYears(3), audits);
                    List<Finding> findings = new ArrayList<>();
                    List<CorrectiveAction> actions = new ArrayList<>();
                    for (int i = 0; i < drafts.size(); i++) {
                        Finding d = drafts.get(i);
                        Audit a = audits.get(i % audits.size());
                        Finding f = new Finding(d.id(), a.id(), d.grade(), d.subject(), d.statement(), a.start()
                                .plusDays(d.date().toEpochDay() - BASE.toEpochDay()));
                        findings.add(f);
                        if (f.grade().isNonconformity()) {
                            actions.add(walk(CorrectiveAction.raise("CA-" + f.id(), f, owner, f.date().plusDays(30)),
                                    walks.get(i)));
                        }
                    }
                    return FindingRegister.of(p, findings, actions);
                });
    }

    private static CorrectiveAction walk(CorrectiveAction ca, List<Integer> steps) {
        LocalDate d = ca.raisedOn();
        for (int s : steps) {
            d = d.plusDays(s);
            try {
                ca = switch (s) {
                    case 0 -> ca.correct(d, "Fixed\nthe instance");
                    case 1 -> ca.analyse(d, "Root \"cause\"", "Action");
                    case 2 -> ca.implement(d);
                    case 3 -> ca.review(d, true, "Effective");
                    default -> ca.review(d, false, "Not effective");
                };
            } catch (IllegalStateException refused) {
                // not allowed in the current state: skipped
            }
        }
        return ca;
    }

    static Arbitrary<ManagementReview> review() {
        Arbitrary<ReviewDecision> decision = Combinators.combine(Arbitraries.of(ReviewDecision.Kind.class),
                freeText(), text().optional(), day().optional()).as(ReviewDecision::new);
        Arbitrary<Map<ReviewInput, String>> inputs = Arbitraries.maps(Arbitraries.of(ReviewInput.class), freeText())
                .ofMaxSize(4).map(m -> m.isEmpty() ? Map.of() : new EnumMap<>(m));
        return Combinators.combine(id("MR-"), day(), names().filter(l -> !l.isEmpty()), inputs,
                decision.list().ofMaxSize(3)).as(ManagementReview::new);
    }

    /** A certificate: an initial or renewing cycle with the audits its rules accept, in a random order. */
    static Arbitrary<Certificate> certificate() {
        return Combinators.combine(text(), Arbitraries.of("2013", "2022"), Arbitraries.integers().between(0, 2000),
                Arbitraries.of(CertificationAuditKind.class).list().ofMaxSize(6), Arbitraries.integers().between(-400,
                        1100).list().ofSize(6), Arbitraries.of(true, false), freeText())
                .as((number, edition, issuedDays, kinds, offsets, renewal, scope) -> {
                    LocalDate issued = BASE.plusDays(issuedDays);
                    Certificate c = Certificate.builder(number, "ISO/IEC 27001", edition, issued.isAfter(
                            LocalDate.of(2025, 10, 31)) && edition.equals("2013") ? LocalDate.of(2023, 1, 2) : issued)
                            .scope(scope).body("Cert body").build();
                    if (renewal && !c.isIso27001_2013()) {
                        c = new Certificate(c.number(), c.standard(), c.edition(), c.scope(), c.body(), c.issued(),
                                c.issued().plusYears(2), Optional.of(c.issued().plusDays(10)), List.of());
                    }
                    Set<CertificationAuditKind> done = new LinkedHashSet<>();
                    for (int i = 0; i < kinds.size(); i++) {
                        if (done.add(kinds.get(i))) {
                            try {
                                c = c.record(CertificationAudit.of(kinds.get(i), c.issued().plusDays(offsets.get(i))));
                            } catch (IllegalArgumentException refused) {
                                // outside its window: skipped
                            }
                        }
                    }
                    return c;
                });
    }
}
