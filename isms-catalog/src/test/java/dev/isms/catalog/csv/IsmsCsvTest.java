// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.csv;

import static dev.isms.catalog.csv.CsvCells.cell;
import static dev.isms.catalog.csv.CsvCells.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.catalog.Catalogs;
import dev.isms.catalog.SharedData;
import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.ControlRef;
import dev.isms.core.Evidence;
import dev.isms.core.FormatException;
import dev.isms.core.applied.AppliedControl;
import dev.isms.core.applied.AppliedControlSet;
import dev.isms.core.applied.AppliedControlStatus;
import dev.isms.core.asset.Asset;
import dev.isms.core.asset.AssetInventory;
import dev.isms.core.asset.AssetLifecycle;
import dev.isms.core.asset.AssetLocation;
import dev.isms.core.asset.AssetState;
import dev.isms.core.asset.AssetType;
import dev.isms.core.asset.ConsequenceCategory;
import dev.isms.core.assessment.AssessmentResult;
import dev.isms.core.assessment.Conformity;
import dev.isms.core.assessment.GapAssessment;
import dev.isms.core.audit.AuditProgramme;
import dev.isms.core.audit.Audit;
import dev.isms.core.audit.AuditScope;
import dev.isms.core.audit.Auditor;
import dev.isms.core.audit.CorrectiveAction;
import dev.isms.core.audit.Finding;
import dev.isms.core.audit.FindingGrade;
import dev.isms.core.audit.FindingRegister;
import dev.isms.core.audit.FindingSubject;
import dev.isms.core.soa.InclusionReason;
import dev.isms.core.soa.SoaEntry;
import dev.isms.core.soa.StatementOfApplicability;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IsmsCsvTest {
    private static final LocalDate D = LocalDate.of(2026, 3, 2);
    private final IsmsCsv csv = IsmsCsv.defaults();
    private final Catalog iso = Catalogs.iso27002_2022();

    private StatementOfApplicability soa() {
        AppliedControlSet applied = AppliedControlSet.of(AppliedControl.builder("AC-1", "MFA")
                .realises(ControlRef.of(iso, iso.require("8.5").id())).status(AppliedControlStatus.IMPLEMENTED)
                .build());
        return StatementOfApplicability.builder(iso, "1.0", D)
                .entry(SoaEntry.builder(iso.require("8.5").id()).include(InclusionReason.RISK_TREATMENT,
                        InclusionReason.CONTRACTUAL).risks(List.of("R-3", "R|7")).owner("=HYPERLINK(\"x\")")
                        .evidence(List.of(Evidence.of("Pen test", "https://x/y", D, D.plusYears(1)))).build())
                .entry(SoaEntry.excluded(iso.require("7.10").id(), "-No removable media,\n\"at all\""))
                .appliedControls(applied).build();
    }

    @Test
    void theStatementHasOneRowPerControlWithTitlesStatusAndNeutralisedCells() {
        String text = csv.statementOfApplicability(iso).toCsv(soa());
        List<List<String>> rows = parse(text);
        assertEquals(csv.statementOfApplicability(iso).columns(), rows.get(0));
        assertEquals(94, rows.size());
        int r = 1 + iso.controls().indexOf(iso.require("8.5"));
        assertEquals("8.5", cell(rows, r, "control"));
        assertEquals("Secure authentication", cell(rows, r, "title"));
        assertEquals("applicable", cell(rows, r, "applicability"));
        assertEquals("risk-treatment|contractual", cell(rows, r, "reasons"));
        assertEquals("implemented", cell(rows, r, "implementation"));
        assertEquals("AC-1", cell(rows, r, "appliedControls"));
        assertEquals("'=HYPERLINK(\"x\")", cell(rows, r, "owner"));
        assertEquals("=HYPERLINK(\"x\")", IsmsCsv.restore(cell(rows, r, "owner")));
        assertEquals("Pen test (https://x/y, 2026-03-02 to 2027-03-02)", cell(rows, r, "evidence"));
        assertEquals("R-3|R\\|7", cell(rows, r, "risks"));
        int x = 1 + iso.controls().indexOf(iso.require("7.10"));
        assertEquals("'-No removable media,\n\"at all\"", cell(rows, x, "justification"));
        assertEquals("excluded", cell(rows, x, "applicability"));
        assertEquals("undecided", cell(rows, 1, "applicability"));
        assertTrue(text.startsWith("control,title,applicability,reasons,justification,implementation,"), text);
        assertTrue(text.contains("\"'-No removable media,\n\"\"at all\"\"\""), "quoted, quotes doubled");
        assertTrue(text.contains("\r\n") && text.endsWith("\r\n"), "CRLF line ends");
    }

    @Test
    void theGapListIsRankedByPriority() {
        GapAssessment g = GapAssessment.builder(Catalogs.iso27001_2022Requirements(), iso, D)
                .clause("6.1.2", AssessmentResult.of(Conformity.PARTIALLY_CONFORMANT, 2))
                .control("8.5", AssessmentResult.builder(Conformity.NOT_CONFORMANT).maturity(1).notes("+none")
                        .appliedControls(List.of("AC-1")).build())
                .control("5.1", AssessmentResult.of(Conformity.CONFORMANT, 5)).build();
        List<List<String>> rows = parse(csv.gaps().toCsv(g));
        assertEquals(List.of("rank", "kind", "id", "title", "conformity", "maturity", "weight", "notes",
                "appliedControls", "evidence"), rows.get(0));
        assertEquals(List.of("1", "control", "8.5", "Secure authentication", "not-conformant", "1", "1.0",
                "'+none", "AC-1", ""), rows.get(1));
        assertEquals(List.of("2", "clause", "6.1.2"), rows.get(2).subList(0, 3));
        assertEquals("not-assessed", cell(rows, 3, "conformity"));
        assertEquals(g.gaps().size() + 1, rows.size());
    }

    @Test
    void theAssetInventoryShowsHandlingAndTheCurrentState() {
        Asset laptop = Asset.builder("A-7", "Laptop 0042", AssetType.HARDWARE).owner("IT").custodian("@jdoe")
                .value(ConsequenceCategory.CONFIDENTIALITY, 4).value(ConsequenceCategory.of("legal"), 2)
                .location(AssetLocation.of(AssetLocation.Kind.REMOTE_WORK, "home office"))
                .maintenanceEvery(Period.ofMonths(6)).lifecycle(AssetLifecycle.start(AssetState.IN_USE, D)
                        .moveTo(AssetState.DISPOSED, D.plusDays(5)).withErasureEvidence(Evidence.of("Erasure"
                                + " certificate", "DMS-9", D.plusDays(6)))).build();
        Asset plain = Asset.builder("A-8", "Wiki", AssetType.SOFTWARE).build();
        List<List<String>> rows = parse(csv.assets().toCsv(AssetInventory.of(laptop, plain)));
        assertEquals(List.of("A-7", "Laptop 0042", "hardware", "IT", "", "confidentiality=4|legal=2", "", "",
                "remote-work", "home office", "'@jdoe", "P6M", "disposed", "2026-03-07",
                "Erasure certificate (DMS-9, 2026-03-08)"), rows.get(1));
        assertEquals(List.of("A-8", "Wiki", "software", "", "", "", "", "", "", "", "", "", "", "", ""), rows.get(2));
    }

    @Test
    void findingsShowTheirCorrectiveActionsAndStates() {
        Audit audit = Audit.builder("IA-1", D, D.plusDays(1)).scope(AuditScope.of(Set.of("IT"), Set.of("9"),
                Set.of())).criteria("ISO/IEC 27001:2022").auditors(Auditor.of("J. Auditor")).build();
        Finding major = new Finding("F-1", "IA-1", FindingGrade.MAJOR_NONCONFORMITY, FindingSubject.clause("9.2.2"),
                "No audit programme", D);
        Finding obs = new Finding("F-2", "IA-1", FindingGrade.OBSERVATION, FindingSubject.appliedControl("AC-1"),
                "Weak logs", D);
        CorrectiveAction ca = CorrectiveAction.raise("CA-1", major, "CISO", D.plusMonths(1))
                .analyse(D.plusDays(2), "No owner", "Assign one");
        FindingRegister r = FindingRegister.of(new AuditProgramme("AP", D, D.plusYears(3), List.of(audit)),
                List.of(major, obs), List.of(ca));
        List<List<String>> rows = parse(csv.findings().toCsv(r));
        assertEquals(List.of("F-1", "IA-1", "2026-03-02", "major-nonconformity", "clause 9.2.2",
                "No audit programme", "CA-1", "analysed", "CISO", "2026-04-02"), rows.get(1));
        assertEquals(List.of("F-2", "IA-1", "2026-03-02", "observation", "applied control AC-1", "Weak logs", "", "",
                "", ""), rows.get(2));
    }

    @Test
    void theCatalogueExportHasTheAttributesAndReadsBackEqual() {
        List<List<String>> rows = parse(csv.catalog().toCsv(iso));
        assertEquals(94, rows.size());
        assertEquals(List.of("5.1", "Policies for information security", "Organizational", "", "Preventive",
                "Confidentiality|Integrity|Availability", "Identify", "Governance",
                "Governance_and_Ecosystem|Resilience"), rows.get(1));
        Catalog back = Catalog.builder(iso.id(), iso.title()).controls(csv.parseControls(csv.catalog().toCsv(iso)))
                .build();
        for (int i = 0; i < iso.size(); i++) {
            Control c = iso.controls().get(i);
            Control b = back.controls().get(i);
            assertEquals(List.of(c.id(), c.title(), c.theme(), c.attributes()), List.of(b.id(), b.title(), b.theme(),
                    b.attributes()));
        }
    }

    @Test
    void theAttributeCountsMatchTheReferenceData() throws Exception {
        List<List<String>> rows = parse(csv.attributeCounts().toCsv(iso));
        assertEquals(List.of("attribute", "value", "controls"), rows.get(0));
        assertEquals(List.of("Control type", "Preventive", "83"), rows.get(1));
        assertEquals(List.of("Security domains", "Resilience", "8"), rows.get(rows.size() - 1));
        Path reference = SharedData.referenceDir().resolve("iso27002-2022-attribute-counts.csv");
        List<List<String>> expected = parse(Files.readString(reference, StandardCharsets.UTF_8));
        assertEquals(expected.size(), rows.size());
        for (int i = 1; i < rows.size(); i++) {
            assertEquals(expected.get(i).subList(1, 3), rows.get(i).subList(1, 3), "value and count, row " + i);
        }
    }

    @Test
    void aMappingSetHasOneRowPerMapping() {
        List<List<String>> rows = parse(csv.mappingSet().toCsv(Catalogs.mapping2013To2022()));
        assertEquals(List.of("source", "target", "relationship", "rationale", "strength"), rows.get(0));
        assertEquals(Catalogs.mapping2013To2022().mappings().size() + 1, rows.size());
        assertEquals("A.5.1.1", rows.get(1).get(0));
    }

    @Test
    void aByteOrderMarkIsWrittenOnlyWhenAskedAndSkippedWhenRead() {
        IsmsCsv excel = IsmsCsv.builder().byteOrderMark(true).build();
        String text = excel.catalog().toCsv(iso);
        assertTrue(text.startsWith("\uFEFFid,title"), text.substring(0, 20));
        assertTrue(csv.catalog().toCsv(iso).startsWith("id,title"));
        assertEquals(csv.parseControls(csv.catalog().toCsv(iso)), excel.parseControls(text));
        assertEquals("IsmsCsv[UTF-8, BOM]", excel.toString());
        assertTrue(excel.byteOrderMark());
        assertEquals("IsmsCsv[UTF-8, no BOM]", IsmsCsv.defaults().toString());
    }

    @Test
    void neutralisesEveryFormulaStartAndRestoresExactly() {
        for (String s : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "\nx", "'quoted", "''")) {
            assertEquals("'" + s, IsmsCsv.neutralise(s));
            assertEquals(s, IsmsCsv.restore(IsmsCsv.neutralise(s)));
        }
        for (String s : List.of("", "a=1", " =1", "5.1", "é")) {
            assertEquals(s, IsmsCsv.neutralise(s));
            assertEquals(s, IsmsCsv.restore(s));
        }
    }

    @Test
    void readingReportsEachBadRowWithItsLine() {
        String header = String.join(",", csv.catalog().columns()) + "\r\n";
        FormatException e = assertThrows(FormatException.class, () -> csv.parseControls(header
                + "5.1,Title,Spiritual,,Preventive,,,,\r\n"
                + "5..2,,,,,,,,\r\n"
                + "5.3,T,,9.9,Preventative,Confidentiality|Confidentiality,,,\r\n"
                + "5.4,\"multi\nline\",,,,,\r\n"
                + "5.1,Again,,,,,,,\r\n"));
        assertEquals("line 2", e.location());
        assertTrue(e.problems().get(0).message().contains("theme"), e.getMessage());
        assertTrue(e.getMessage().contains("line 3: id control id must not have an empty segment"), e.getMessage());
        assertTrue(e.getMessage().contains("line 3: title must not be blank"), e.getMessage());
        assertTrue(e.getMessage().contains("line 4: parent must be a control on an earlier line but was '9.9'"),
                e.getMessage());
        assertTrue(e.getMessage().contains("line 4: controlTypes"), e.getMessage());
        assertTrue(e.getMessage().contains("line 4: securityProperties must not repeat 'Confidentiality'"),
                e.getMessage());
        assertTrue(e.getMessage().contains("line 5: must have 9 cells but has 7"), e.getMessage());
        assertTrue(e.getMessage().contains("line 7: id repeats control 5.1"), e.getMessage());
        FormatException h = assertThrows(FormatException.class, () -> csv.parseControls("id,name\r\n1,x\r\n"));
        assertEquals("line 1", h.location());
        assertTrue(h.getMessage().contains("header must be id,title,theme,parent"), h.getMessage());
        FormatException q = assertThrows(FormatException.class, () -> csv.parseControls(header + "5.1,\"open"));
        assertTrue(q.getMessage().contains("malformed CSV"), q.getMessage());
    }
}
