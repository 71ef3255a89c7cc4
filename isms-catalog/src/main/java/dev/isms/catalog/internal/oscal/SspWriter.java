// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.oscal;

import com.fasterxml.jackson.core.JsonFactory;
import dev.isms.core.Catalog;
import dev.isms.core.soa.Applicability;
import dev.isms.core.soa.ImplementationStatus;
import dev.isms.core.soa.InclusionReason;
import dev.isms.core.soa.SoaEntry;
import dev.isms.core.soa.StatementOfApplicability;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes a Statement of Applicability as an OSCAL 1.1.3 system security plan: the ISMS as the one
 * {@code this-system} component, one implemented requirement per entry with its implementation status (OSCAL's
 * {@code implementation-status} state, and the exact isms status as a property), applicability, inclusion reasons,
 * owner, risks, requirements and applied controls as isms properties, and the justification as remarks. See the
 * {@code Oscal} facade for the mapping.
 */
public final class SspWriter {
    private final StatementOfApplicability soa;
    private final String seed;

    private SspWriter(StatementOfApplicability soa) {
        this.soa = soa;
        this.seed = "ssp\n" + soa.catalogId() + "\n" + soa.version() + "\n";
    }

    /**
     * Writes a statement.
     *
     * @param factory the generator factory
     * @param soa the statement
     * @param catalog its catalogue, checked to hold every control listed
     * @param ids the OSCAL ids of the catalogue's export
     * @param profileHref the reference to the profile the plan imports
     * @return the UTF-8 document
     * @throws IllegalArgumentException if a one-line value has leading or trailing white space
     */
    public static byte[] write(JsonFactory factory, StatementOfApplicability soa, Catalog catalog, OscalIds ids,
            String profileHref) {
        SspWriter w = new SspWriter(soa);
        Tree body = Tree.object().put("uuid", Documents.NIL_UUID).put("metadata", w.metadata(catalog))
                .put("import-profile", Tree.object().put("href", profileHref))
                .put("system-characteristics", w.characteristics(catalog))
                .put("system-implementation", w.implementation())
                .put("control-implementation", Tree.object().put("description", "The controls of " + catalog.title()
                        + " as Statement of Applicability " + soa.version() + " decides them: applicable controls with"
                        + " their implementation status, excluded controls with their justification.")
                        .put("implemented-requirements", w.requirements(ids)));
        return Documents.print(factory, "system-security-plan", body);
    }

    static String dateTime(LocalDate date) {
        return date + "T00:00:00Z";
    }

    private String uuid(String name) {
        return Uuids.v5(Uuids.ISMS, seed + name).toString();
    }

    private Tree metadata(Catalog catalog) {
        List<Object> props = Tree.list();
        props.add(Tree.prop(Vocabulary.CATALOG_ID, Vocabulary.NS, soa.catalogId()));
        props.add(Tree.prop(Vocabulary.SOA_DATE, Vocabulary.NS, soa.date().toString()));
        soa.approval().ifPresent(a -> {
            props.add(Tree.prop(Vocabulary.APPROVED_BY, Vocabulary.NS, CatalogWriter.string(a.approvedBy(),
                    "approval approvedBy")));
            props.add(Tree.prop(Vocabulary.APPROVED_ON, Vocabulary.NS, a.date().toString()));
        });
        return Tree.object().put("title", "Statement of Applicability " + soa.version() + ": " + catalog.title())
                .put("last-modified", dateTime(soa.approval().map(a -> a.date()).orElse(soa.date())))
                .put("version", CatalogWriter.string(soa.version(), "statement version"))
                .put("oscal-version", Vocabulary.OSCAL_VERSION).put("props", props);
    }

    private Tree characteristics(Catalog catalog) {
        List<Object> types = Tree.list();
        types.add(Tree.object().put("uuid", uuid("information")).put("title", "Information within the scope of the"
                + " ISMS").put("description", "The information the information security management system"
                + " protects; the Statement of Applicability does not categorise it further."));
        List<Object> systemIds = Tree.list();
        systemIds.add(Tree.object().put("identifier-type", Vocabulary.NS).put("id", uuid("system")));
        return Tree.object().put("system-ids", systemIds)
                .put("system-name", "Information security management system")
                .put("description", "The information security management system whose Statement of Applicability "
                        + soa.version() + " of " + catalog.title() + " this plan records (ISO/IEC 27001:2022 clause"
                        + " 6.1.3 d).")
                .put("system-information", Tree.object().put("information-types", types))
                .put("status", Tree.object().put("state", soa.isDraft() ? "under-development" : "operational")
                        .put("remarks", soa.isDraft() ? "The Statement of Applicability is a draft." : null))
                .put("authorization-boundary", Tree.object().put("description", "The scope of the information"
                        + " security management system (ISO/IEC 27001:2022 clause 4.3)."));
    }

    private Tree implementation() {
        List<Object> users = Tree.list();
        users.add(Tree.object().put("uuid", uuid("user")).put("title", "Control owner"));
        List<Object> components = Tree.list();
        components.add(Tree.object().put("uuid", uuid("component")).put("type", "this-system")
                .put("title", "Information security management system")
                .put("description", "The organisation's information security management system, which realises the"
                        + " applicable controls through its applied controls.")
                .put("status", Tree.object().put("state", "operational")));
        return Tree.object().put("users", users).put("components", components);
    }

    private List<Object> requirements(OscalIds ids) {
        List<Object> out = Tree.list();
        for (SoaEntry e : soa.entries()) {
            out.add(requirement(e, ids.control(e.control())));
        }
        return out;
    }

    private Tree requirement(SoaEntry e, String controlId) {
        List<Object> props = Tree.list();
        props.add(Tree.prop(Vocabulary.LABEL, null, e.control().toString()));
        props.add(Tree.prop(Vocabulary.APPLICABILITY, Vocabulary.NS, e.applicability().key()));
        for (InclusionReason r : e.reasons()) {
            props.add(Tree.prop(Vocabulary.INCLUSION_REASON, Vocabulary.NS, r.key()));
        }
        props.add(Tree.prop(Vocabulary.IMPLEMENTATION_STATUS, Vocabulary.NS, e.implementation().status().key()));
        e.owner().ifPresent(o -> props.add(Tree.prop(Vocabulary.OWNER, Vocabulary.NS, CatalogWriter.string(o,
                "owner"))));
        texts(props, Vocabulary.RISK, e.risks());
        texts(props, Vocabulary.REQUIREMENT, e.requirements());
        texts(props, Vocabulary.APPLIED_CONTROL, e.implementation().appliedControls());
        List<Object> byComponents = Tree.list();
        if (e.applicability() != Applicability.UNDECIDED) {
            byComponents.add(byComponent(e));
        }
        return Tree.object().put("uuid", uuid("requirement\n" + e.control())).put("control-id", controlId)
                .put("props", props).put("by-components", byComponents).put("remarks", e.justification()
                        .orElse(null));
    }

    private static void texts(List<Object> props, String name, List<String> values) {
        for (String v : values) {
            props.add(Tree.prop(name, Vocabulary.NS, CatalogWriter.string(v, name)));
        }
    }

    private Tree byComponent(SoaEntry e) {
        boolean excluded = e.applicability() == Applicability.EXCLUDED;
        String state = excluded ? "not-applicable" : state(e.implementation().status());
        String description = excluded ? "Excluded from the information security management system."
                : "Applicable; " + e.implementation().status().key().replace('-', ' ') + (e.implementation()
                .appliedControls().isEmpty() ? "." : ", realised by applied controls "
                + String.join(", ", e.implementation().appliedControls()) + ".");
        return Tree.object().put("component-uuid", uuid("component")).put("uuid", uuid("by-component\n"
                + e.control())).put("description", description)
                .put("implementation-status", Tree.object().put("state", state)
                        .put("remarks", excluded ? null : e.implementation().reason().orElse(null)));
    }

    /**
     * {@return OSCAL's implementation state for an isms status}: implemented, partial and planned as named; not
     * implemented is planned too (an applicable control is to be implemented), the exact status travelling in the
     * isms {@code implementation-status} property
     */
    static String state(ImplementationStatus status) {
        switch (status) {
            case IMPLEMENTED:
                return "implemented";
            case PARTIALLY_IMPLEMENTED:
                return "partial";
            default:
                return "planned";
        }
    }
}
