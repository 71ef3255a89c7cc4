// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.it;

import dev.isms.catalog.Catalogs;
import dev.isms.catalog.csv.IsmsCsv;
import dev.isms.catalog.json.CatalogJson;
import dev.isms.catalog.json.IsmsBundle;
import dev.isms.catalog.json.IsmsJson;
import dev.isms.catalog.json.JsonFormat;
import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.ControlId;
import dev.isms.core.ControlRef;
import dev.isms.core.FormatException;
import dev.isms.core.applied.AppliedControl;
import dev.isms.core.applied.AppliedControlSet;
import dev.isms.core.applied.AppliedControlStatus;
import dev.isms.core.soa.InclusionReason;
import dev.isms.core.soa.SoaEntry;
import dev.isms.core.soa.StatementOfApplicability;
import java.time.LocalDate;
import java.util.List;

/**
 * Run by {@link ModulePathTest} in a fresh JVM with isms and its dependencies on the module path: proves that the
 * codec works there, with hibernate-validator as a named module reaching the DTOs through the qualified
 * {@code opens}, and that the built-in provider is found by {@link java.util.ServiceLoader} through {@code provides}.
 */
public final class ModulePathMain {
    private ModulePathMain() {
    }

    /**
     * Checks the module set-up and prints {@code OK}, or throws.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        check(CatalogJson.class.getModule().isNamed(), "dev.isms.catalog is not a named module");
        check(ModuleLayer.boot().findModule("org.hibernate.validator").isPresent(),
                "hibernate-validator is not resolved as a named module");
        Catalog iso = Catalogs.iso27002_2022();
        CatalogJson json = CatalogJson.defaults();
        check(json.parseCatalog(json.toJson(iso)).equals(iso), "JSON round trip changed the catalogue");
        String blankTitle = json.toJson(iso).replace("\"Policies for information security\"", "\"  \"");
        try {
            json.parseCatalog(blankTitle);
            throw new IllegalStateException("a blank title was accepted");
        } catch (FormatException e) {
            check(e.location().equals("/controls/0/title"), "blank title reported at " + e.location());
        }
        check(Catalogs.find("iso27001:2013").isPresent(), "the built-in provider was not found");
        check(Catalogs.mapping("nist-sp800-53r5-to-iso27001-2022").mappings().size() == 642,
                "the NIST SP 800-53 crosswalk did not load from the module");
        check(Catalogs.iso27000Family().size() > 40, "the standards register did not load from the module");
        checkRecordFormats(iso);
        System.out.println("OK");
    }

    /** The JSON and CSV formats of the management-system records, through their own opened and required modules. */
    private static void checkRecordFormats(Catalog iso) {
        AppliedControlSet applied = AppliedControlSet.of(AppliedControl.builder("AC-1", "MFA")
                .realises(ControlRef.of(iso, ControlId.parse("8.5"))).status(AppliedControlStatus.IMPLEMENTED).build());
        StatementOfApplicability soa = StatementOfApplicability.builder(iso, "1", LocalDate.of(2026, 1, 1))
                .entry(SoaEntry.applicable(ControlId.parse("8.5"), InclusionReason.RISK_TREATMENT))
                .appliedControls(applied).build();
        IsmsBundle bundle = IsmsBundle.builder("Acme", "All").appliedControls(applied).statementOfApplicability(soa)
                .build();
        JsonFormat<IsmsBundle> json = IsmsJson.defaults().bundle(Catalogs.iso27001_2022Requirements(), iso);
        check(json.parse(json.toJson(bundle)).equals(bundle), "JSON round trip changed the bundle");
        try {
            json.parse(json.toJson(bundle).replace("\"id\": \"AC-1\"", "\"id\": \" \""));
            throw new IllegalStateException("a blank applied control id was accepted");
        } catch (FormatException e) {
            check(e.location().equals("/appliedControls/0/id"), "blank id reported at " + e.location());
        }
        IsmsCsv csv = IsmsCsv.defaults();
        List<Control> back = csv.parseControls(csv.catalog().toCsv(iso));
        for (int i = 0; i < iso.size(); i++) {
            Control c = iso.controls().get(i);
            check(back.get(i).id().equals(c.id()) && back.get(i).attributes().equals(c.attributes()),
                    "CSV round trip changed control " + c.id());
        }
        String rows = csv.statementOfApplicability(iso).toCsv(soa);
        check(rows.contains("\r\n8.5,\"Secure authentication\",applicable,risk-treatment,,implemented,,AC-1,"),
                "the SoA CSV lacks its row: " + rows.substring(rows.indexOf("\n8.5,"), rows.indexOf("\n8.6,")));
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
