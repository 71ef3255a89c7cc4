// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.soa;

import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.ControlId;
import dev.isms.core.internal.Checks;
import dev.isms.core.mapping.MappingSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Converts a Statement of Applicability of one catalogue into a draft for another through a mapping, such as an
 * ISO/IEC 27001:2013 statement into an ISO/IEC 27002:2022 draft through the official correspondence.
 *
 * <p>The merge rule, for each control of the target catalogue, over the source entries that map to it:
 * <ul>
 *   <li>no source (a control new in the target, such as the 11 new in 2022): undecided, nothing else;</li>
 *   <li>applicability: applicable if any source is applicable (the merged control still does what the applicable
 *       one did), otherwise undecided if any source is undecided, otherwise excluded;</li>
 *   <li>inclusion reasons: the union of the non-excluded sources' reasons (none for an excluded result);</li>
 *   <li>justification: every source's justification kept, one line each, as {@code "A.9.4.2: text"}; a source
 *       whose applicability differs from the result is marked, as {@code "A.6.2.2 (excluded): text"};</li>
 *   <li>risks, requirements and evidence: the union, in source order; owner: the first source's that has one;</li>
 *   <li>implementation: set explicitly to the sources' statuses combined by
 *       {@link ImplementationStatus#combine(java.util.Collection)}, with the reason naming the sources (applied
 *       controls realise controls of the old catalogue until they are updated).</li>
 * </ul>
 * A source control that maps to several target controls (A.18.2.3 to 5.36 and 8.8) contributes to each of them.
 *
 * @since 0.2
 */
public final class SoaConversion {
    private SoaConversion() {
    }

    /**
     * Converts a statement into a draft for the mapping's target catalogue.
     *
     * @param source the statement to convert, of the mapping's source catalogue
     * @param mapping the mapping from the source catalogue to the target one, not null
     * @param target the target catalogue, the mapping's target, not null
     * @param date the day of the draft, not null
     * @return the draft, versioned {@code "<source version> converted to <target id>"}
     * @throws IllegalArgumentException if the mapping does not lead from the statement's catalogue to the target
     */
    public static StatementOfApplicability convert(StatementOfApplicability source, MappingSet mapping,
            Catalog target, LocalDate date) {
        check("source", mapping.sourceCatalogId(), source.catalogId());
        check("target", mapping.targetCatalogId(), target.id());
        StatementOfApplicability.Builder b = StatementOfApplicability.builder(target,
                source.version() + " converted to " + target.id(), Objects.requireNonNull(date, "date"));
        for (Control c : target.controls()) {
            List<SoaEntry> from = new ArrayList<>();
            for (ControlId s : mapping.sourcesOf(c.id())) {
                source.find(s).ifPresent(from::add);
            }
            if (!from.isEmpty()) {
                b.entry(merge(c.id(), from, source.catalogId()));
            }
        }
        return b.build();
    }

    private static void check(String side, String mapped, String given) {
        if (!mapped.equals(given)) {
            throw new IllegalArgumentException("SoA conversion mapping " + side + " catalogue must be "
                    + Checks.quote(given) + " but was " + Checks.quote(mapped));
        }
    }

    private static SoaEntry merge(ControlId id, List<SoaEntry> from, String sourceCatalog) {
        Applicability result = applicability(from);
        SoaEntry.Builder b = SoaEntry.builder(id);
        StringJoiner sources = new StringJoiner(", ");
        List<ImplementationStatus> statuses = new ArrayList<>();
        for (SoaEntry e : from) {
            if (e.applicability() != Applicability.EXCLUDED && result != Applicability.EXCLUDED) {
                b.propose(e.reasons());
            }
            b.risks(e.risks()).requirements(e.requirements()).evidence(e.evidence());
            sources.add(e.control().toString());
            statuses.add(e.implementation().status());
        }
        from.stream().flatMap(e -> e.owner().stream()).findFirst().ifPresent(b::owner);
        String justification = justification(from, result);
        if (!justification.isEmpty()) {
            b.justification(justification);
        }
        if (result == Applicability.APPLICABLE) {
            b.include(List.of());
        } else if (result == Applicability.EXCLUDED) {
            b.exclude(justification);
        }
        return b.implementation(Implementation.explicit(ImplementationStatus.combine(statuses),
                "carried over from " + sourceCatalog + " " + sources)).build();
    }

    private static String justification(List<SoaEntry> from, Applicability result) {
        StringJoiner out = new StringJoiner("\n");
        for (SoaEntry e : from) {
            String mark = e.applicability() == result ? "" : " (" + e.applicability().key() + ")";
            e.justification().ifPresent(j -> out.add(e.control() + mark + ": " + j));
        }
        return out.toString();
    }

    private static Applicability applicability(List<SoaEntry> from) {
        boolean undecided = false;
        for (SoaEntry e : from) {
            if (e.applicability() == Applicability.APPLICABLE) {
                return Applicability.APPLICABLE;
            }
            undecided |= e.applicability() == Applicability.UNDECIDED;
        }
        return undecided ? Applicability.UNDECIDED : Applicability.EXCLUDED;
    }
}
