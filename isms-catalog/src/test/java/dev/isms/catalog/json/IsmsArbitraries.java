// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.json;

import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.ControlRef;
import dev.isms.core.Evidence;
import dev.isms.core.applied.AppliedControl;
import dev.isms.core.applied.AppliedControlSet;
import dev.isms.core.applied.AppliedControlStatus;
import dev.isms.core.asset.Asset;
import dev.isms.core.asset.AssetEvent;
import dev.isms.core.asset.AssetHandling;
import dev.isms.core.asset.AssetInventory;
import dev.isms.core.asset.AssetLifecycle;
import dev.isms.core.asset.AssetLocation;
import dev.isms.core.asset.AssetState;
import dev.isms.core.asset.AssetType;
import dev.isms.core.asset.ConsequenceCategory;
import dev.isms.core.requirement.Requirement;
import dev.isms.core.requirement.RequirementSet;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Small generators of the management-system records for the JSON and CSV properties: texts with quotes, escapes,
 * non-ASCII and astral characters; days in 2020..2031; values that the records' own checks accept.
 */
final class IsmsArbitraries {
    static final LocalDate BASE = LocalDate.of(2020, 1, 1);

    private IsmsArbitraries() {
    }

    /** One-line texts (ids, names): any printable character, no control characters, not blank. */
    static Arbitrary<String> text() {
        Arbitrary<String> plain = Arbitraries.strings().withCharRange(' ', '~').withChars('"', '\\', 'é', '中',
                '\u2028', '\uFEFF').ofMinLength(0).ofMaxLength(12);
        return Combinators.combine(plain, Arbitraries.of("", "😀", "=1+1", "-", "'")).as((a, b) -> a + b)
                .filter(s -> !s.isBlank());
    }

    /** Free texts: may also hold line breaks and tabs. */
    static Arbitrary<String> freeText() {
        Arbitrary<String> plain = Arbitraries.strings().withCharRange(' ', '~').withChars('\n', '\t', '\r', '"',
                '\\', 'é', '中').ofMinLength(0).ofMaxLength(16);
        return Combinators.combine(plain, Arbitraries.of("", "😀", "\n@cmd")).as((a, b) -> a + b)
                .filter(s -> !s.isBlank());
    }

    static Arbitrary<String> id(String prefix) {
        return Arbitraries.integers().between(1, 30).map(i -> prefix + i);
    }

    static Arbitrary<LocalDate> day() {
        return Arbitraries.integers().between(0, 4000).map(BASE::plusDays);
    }

    static Arbitrary<Evidence> evidence() {
        return Combinators.combine(text(), text(), day(), Arbitraries.integers().between(-1, 400))
                .as((what, where, date, valid) -> valid < 0 ? Evidence.of(what, where, date)
                        : Evidence.of(what, where, date, date.plusDays(valid)));
    }

    static Arbitrary<List<String>> names() {
        return text().list().uniqueElements().ofMaxSize(3);
    }

    /** A small catalogue: 1..8 controls with ids such as {@code 5.3} or {@code A.7}. */
    static Arbitrary<Catalog> catalog() {
        Arbitrary<String> ids = Combinators.combine(Arbitraries.of("5", "8", "A", "ac-2"),
                Arbitraries.integers().between(1, 40)).as((a, b) -> a + "." + b);
        return Combinators.combine(ids.list().uniqueElements().ofMinSize(1).ofMaxSize(8), text()).as((list, t) -> {
            Catalog.Builder b = Catalog.builder("cat:1", t);
            for (String id : list) {
                b.control(Control.of(id, t));
            }
            return b.build();
        });
    }

    /** A small requirement set: clauses 4..4+n, some with leaf sub-clauses. */
    static Arbitrary<RequirementSet> requirements() {
        return Arbitraries.integers().between(0, 3).list().ofMinSize(1).ofMaxSize(4).map(children -> {
            List<Requirement> out = new ArrayList<>();
            for (int i = 0; i < children.size(); i++) {
                String top = Integer.toString(4 + i);
                out.add(Requirement.builder(top, "Clause " + top).documentedInformation(i % 2 == 0).build());
                for (int c = 1; c <= children.get(i); c++) {
                    out.add(Requirement.builder(top + "." + c, "Sub " + c).parent(top)
                            .documentedInformation(c == 2).build());
                }
            }
            return RequirementSet.of("req:1", "Requirements", "1", out);
        });
    }

    static Arbitrary<AppliedControl> appliedControl() {
        Arbitrary<ControlRef> ref = Combinators.combine(Arbitraries.of("cat:1", "iso27002:2022"),
                Arbitraries.integers().between(1, 40)).as((c, n) -> ControlRef.of(c, "5." + n));
        return Combinators.combine(id("AC-"), text(), ref.list().uniqueElements().ofMaxSize(3),
                text().optional(), Arbitraries.of(AppliedControlStatus.class), day().optional(),
                evidence().list().uniqueElements().ofMaxSize(2), names())
                .as((id, name, refs, owner, status, due, evidence, risks) -> new AppliedControl(id, name, refs, owner,
                        status, due, evidence, risks));
    }

    static Arbitrary<AppliedControlSet> appliedControls() {
        return appliedControl().list().uniqueElements(AppliedControl::id).ofMaxSize(5).map(AppliedControlSet::of);
    }

    static Arbitrary<AssetHandling> handling() {
        Arbitrary<AssetLocation> location = Combinators.combine(Arbitraries.of(AssetLocation.Kind.class), text())
                .as(AssetLocation::of);
        Arbitrary<Period> interval = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 13), Arbitraries.integers().between(1, 40))
                .as((y, m, d) -> Period.of(y, m, d));
        return Combinators.combine(text().optional(), freeText().optional(), location.optional(), text().optional(),
                interval.optional()).as(AssetHandling::new);
    }

    /** A lifecycle: a walk through the allowed moves, days never going back. */
    static Arbitrary<AssetLifecycle> lifecycle() {
        Arbitrary<AssetEvent> step = Combinators.combine(Arbitraries.of(AssetState.class), Arbitraries.integers()
                .between(0, 90), freeText().optional(), evidence().optional())
                .as((s, days, note, proof) -> new AssetEvent(s, BASE.plusDays(days), note, proof));
        return step.list().ofMaxSize(6).map(steps -> {
            AssetLifecycle l = AssetLifecycle.untracked();
            LocalDate day = BASE;
            for (AssetEvent e : steps) {
                day = day.plusDays(e.date().toEpochDay() - BASE.toEpochDay());
                try {
                    l = l.moveTo(new AssetEvent(e.state(), day, e.note(), e.evidence()));
                } catch (IllegalStateException refused) {
                    // not allowed from the current state: skipped
                }
            }
            return l;
        });
    }

    static Arbitrary<Asset> asset() {
        Arbitrary<Map<ConsequenceCategory, Integer>> values = Arbitraries.maps(Arbitraries.of(
                ConsequenceCategory.CONFIDENTIALITY, ConsequenceCategory.AVAILABILITY, ConsequenceCategory.of("legal"),
                ConsequenceCategory.of("financial-2")), Arbitraries.integers().between(1, 9)).ofMaxSize(3)
                .map(LinkedHashMap::new);
        return Combinators.combine(id("A-"), text(), Arbitraries.of(AssetType.class), text().optional(),
                text().optional(), values, handling(), lifecycle()).as(Asset::new);
    }

    static Arbitrary<AssetInventory> assets() {
        return asset().list().uniqueElements(Asset::id).ofMaxSize(5).map(AssetInventory::of);
    }
}
