// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.json;

import static dev.isms.catalog.json.IsmsJsonTest.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.FormatException;
import dev.isms.core.requirement.Requirement;
import dev.isms.core.requirement.RequirementSet;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Every problem of a management-system document is reported at its JSON pointer, all at once, bounded. */
class IsmsJsonReadErrorsTest {
    private static final Catalog CATALOG = Catalog.builder("c:1", "C").control(Control.of("5.1", "One"))
            .control(Control.of("5.2", "Two")).build();
    private static final RequirementSet CLAUSES = RequirementSet.of("r:1", "R", "1", List.of(
            Requirement.of("4", "Context"), Requirement.builder("4.1", "Issues").parent("4").build(),
            Requirement.of("5", "Leadership")));
    private final IsmsJson json = IsmsJson.defaults();

    private static FormatException fails(Function<String, ?> parse, String document) {
        return assertThrows(FormatException.class, () -> parse.apply(document.replace('\'', '"')));
    }

    @Test
    void aStatementReportsControlsOutsideItsCatalogueRepeatsAndEntryRules() {
        FormatException e = fails(json.statementOfApplicability(CATALOG)::parse, """
                {'format': 'isms-soa', 'formatVersion': 1, 'catalog': 'other:1', 'version': '1', 'date': '2026-3-1',
                 'entries': [{'control': '9.9', 'applicability': 'applicable', 'reasons': ['risk-treatment']},
                             {'control': '5.1', 'applicability': 'excluded'},
                             {'control': '5.1', 'applicability': 'applicable', 'reasons': ['gut-feeling']},
                             {'control': '5.2', 'applicability': 'maybe', 'colour': 'red',
                              'implementation': {'status': 'done'}}]}
                """);
        assertProblem(e, "/catalog", "must be the id of the catalogue given to the reader, 'c:1', but was 'other:1'");
        assertProblem(e, "/date", "must be a day such as '2026-03-01' but was '2026-3-1'");
        assertProblem(e, "/entries/0/control", "must be a control of catalogue 'c:1' but was '9.9'");
        assertProblem(e, "/entries/1", "justification must be given for an excluded control");
        assertProblem(e, "/entries/2/control", "duplicate control '5.1' (first at /entries/1/control)");
        assertProblem(e, "/entries/3/applicability", "must be one of applicable, excluded, undecided but was 'maybe'");
        assertProblem(e, "/entries/3/implementation/status", "but was 'done'");
        assertProblem(e, "/entries/3/colour", "unknown field 'colour'");
        assertEquals(8, e.problems().size(), e.getMessage());
    }

    @Test
    void anApprovedStatementWithAnUndecidedControlIsReportedAtItsApproval() {
        FormatException e = fails(json.statementOfApplicability(CATALOG)::parse, """
                {'format': 'isms-soa', 'formatVersion': 1, 'catalog': 'c:1', 'version': '1', 'date': '2026-03-01',
                 'approval': {'approvedBy': 'Board', 'date': '2026-03-02'},
                 'entries': [{'control': '5.1', 'applicability': 'applicable', 'reasons': ['contractual']}]}
                """);
        assertProblem(e, "/approval", "needs every control decided but 1 are undecided, the first 5.2");
    }

    @Test
    void aGapAssessmentReportsClausesControlsAndMaturitiesAtTheirPointers() {
        FormatException e = fails(json.gapAssessment(CLAUSES, CATALOG)::parse, """
                {'format': 'isms-gap-assessment', 'formatVersion': 1, 'requirements': 'r:2', 'catalog': 'c:1',
                 'date': '2026-03-01', 'scale': {'min': 0, 'max': 3},
                 'clauses': [{'id': '4', 'conformity': 'conformant', 'maturity': 2},
                             {'id': '5', 'conformity': 'not-applicable', 'notes': 'n/a'},
                             {'id': '4.1', 'conformity': 'conformant', 'maturity': 4},
                             {'id': '7', 'conformity': 'conformant'}],
                 'controls': [{'id': '5.1', 'conformity': 'not-assessed', 'maturity': 1},
                              {'id': '5.1', 'conformity': 'conformant', 'weight': 0},
                              {'id': '8.1', 'conformity': 'conformant'}],
                 'documents': [{'clause': '9', 'title': 'Scope', 'owner': 'CISO', 'nextReview': '2027-01-01'}]}
                """);
        assertProblem(e, "/clauses/0/id", "must be a leaf clause but '4' has 1 sub-clauses; assess them instead");
        assertProblem(e, "/clauses/1/conformity", "must not be not-applicable for a clause");
        assertProblem(e, "/clauses/2/maturity", "must be on the scale 0..3 but was 4");
        assertProblem(e, "/clauses/3/id", "must be a clause of requirement set 'r:1' but was '7'");
        assertProblem(e, "/controls/0", "maturity must be empty when conformity is not-assessed but was 1");
        assertProblem(e, "/controls/1/id", "duplicate id '5.1' (first at /controls/0/id)");
        assertProblem(e, "/controls/2/id", "must be a control of catalogue 'c:1' but was '8.1'");
        assertProblem(e, "/documents/0/clause", "must be a clause of requirement set 'r:1' but was '9'");
        assertProblem(e, "/requirements", "must be the id of the requirement set given to the reader, 'r:1', but was"
                + " 'r:2'");
    }

    @Test
    void assetsReportEachBadValueAndTheLifecycleStepThatMayNotFollow() {
        FormatException e = fails(json.assets()::parse, """
                {'format': 'isms-assets', 'formatVersion': 1, 'assets': [
                 {'id': 'A-1', 'name': 'Laptop', 'type': 'hardware', 'values': {'confidentiality': 0, 'Bad Key': 2},
                  'handling': {'maintenanceInterval': 'six months', 'location': {'kind': 'moon', 'place': ' '}},
                  'lifecycle': [{'state': 'in-use', 'date': '2025-01-01'}, {'state': 'requested', 'date': '2025-02-01'},
                                {'state': 'disposed', 'date': '2025-03-01'}]},
                 {'id': 'A-1', 'name': 'Again', 'type': 'gadget', 'handling': {'maintenanceInterval': 'P0D'},
                  'lifecycle': [{'state': 'in-use', 'date': '2025-01-01'},
                                {'state': 'returned', 'date': '2024-12-31'}]}]}
                """);
        assertProblem(e, "/assets/0/values/confidentiality", "must be a value level of at least 1 but was 0");
        assertProblem(e, "/assets/0/values/Bad Key", "consequence category must be 1..40 lower-case letters");
        assertProblem(e, "/assets/0/handling/maintenanceInterval", "must be an ISO 8601 period such as 'P6M'");
        assertProblem(e, "/assets/0/handling/location/kind", "must be one of on-premises, remote-work, cloud,"
                + " third-party, in-transit but was 'moon'");
        assertProblem(e, "/assets/0/handling/location/place", "must not be blank");
        assertProblem(e, "/assets/0/lifecycle/1", "cannot move from in-use to requested (allowed: in-maintenance,"
                + " returned, disposed)");
        assertProblem(e, "/assets/1/type", "but was 'gadget'");
        assertProblem(e, "/assets/1/lifecycle/1", "date must not be before the previous step's 2025-01-01");
        assertProblem(e, "/assets/1/id", "duplicate asset id 'A-1' (first at /assets/0/id)");
        assertProblem(e, "/assets/1/handling/maintenanceInterval", "must be a positive period but was P0D");
        assertEquals(10, e.problems().size(), "the step after a refused move is not reported:\n" + e.getMessage());
    }

    @Test
    void auditsReportDanglingReferencesAndStepsOutOfOrder() {
        FormatException e = fails(json.audits()::parse, """
                {'format': 'isms-audits', 'formatVersion': 1,
                 'programme': {'id': 'AP', 'cycleStart': '2026-01-01', 'cycleEnd': '2028-12-31', 'audits': [
                   {'id': 'IA-1', 'scope': {'areas': ['IT']}, 'criteria': ['ISO/IEC 27001:2022'], 'start': '2026-05-11',
                    'end': '2026-05-12', 'auditors': [{'name': 'J. Doe', 'ownAreas': ['IT']}]},
                   {'id': 'IA-2', 'scope': {'clauses': ['9']}, 'criteria': ['x'], 'start': '2029-01-01',
                    'end': '2029-01-02', 'auditors': [{'name': 'K'}]}]},
                 'findings': [{'id': 'F-1', 'audit': 'IA-9', 'grade': 'minor-nonconformity',
                               'subject': {'clause': '9.2', 'control': 'c:1#5.1'}, 'statement': 's',
                               'date': '2026-05-11'},
                              {'id': 'F-2', 'audit': 'IA-2', 'grade': 'observation', 'subject': {'clause': '9.2'},
                               'statement': 's', 'date': '2028-12-31'},
                              {'id': 'F-3', 'audit': 'IA-1', 'grade': 'major-nonconformity',
                               'subject': {'appliedControl': 'AC-1'}, 'statement': 's', 'date': '2026-05-12'}],
                 'correctiveActions': [{'id': 'CA-1', 'finding': 'F-2', 'owner': 'o', 'due': '2026-06-01',
                                        'steps': [{'step': 'raised', 'date': '2026-05-12'}]},
                                       {'id': 'CA-2', 'finding': 'F-3', 'owner': 'o', 'due': '2026-06-01',
                                        'steps': [{'step': 'raised', 'date': '2026-05-12'},
                                                  {'step': 'implemented', 'date': '2026-05-13'}]},
                                       {'id': 'CA-3', 'finding': 'F-3', 'owner': 'o', 'due': '2026-05-01',
                                        'steps': [{'step': 'corrected', 'date': '2026-05-12', 'note': 'n'}]}]}
                """);
        assertProblem(e, "/programme/audits/0", "auditor 'J. Doe' must not audit their own area but the scope"
                + " includes 'IT'");
        assertProblem(e, "/programme/audits/1/start", "the audit must lie within the programme's cycle");
        assertProblem(e, "/findings/0/audit", "must name an audit of programme 'AP' but was 'IA-9'");
        assertProblem(e, "/findings/0/subject", "must name exactly one of clause, control, appliedControl but named 2");
        assertProblem(e, "/correctiveActions/0/finding", "must name a nonconformity but 'F-2' is"
                + " observation");
        assertProblem(e, "/correctiveActions/1/steps/1", "implementing is not allowed in state open (allowed in"
                + " analysed)");
        assertProblem(e, "/correctiveActions/2/steps/0/description", "is required for a 'corrected' step");
        assertProblem(e, "/correctiveActions/2/steps/0/note", "is not a member of a 'corrected' step (it has step,"
                + " date, description)");
    }

    @Test
    void monitoringReportsUnknownIndicatorsAndRepeatedMeasurements() {
        FormatException e = fails(json.monitoring()::parse, """
                {'format': 'isms-monitoring', 'formatVersion': 1,
                 'indicators': [{'id': 'K', 'name': 'n', 'method': 'm', 'frequency': 'P0D',
                                 'target': {'comparison': 'at-least', 'value': 1e999}},
                                {'id': 'K', 'name': 'n', 'method': 'm', 'frequency': 'P1M',
                                 'target': {'comparison': 'at-least', 'value': 1}}],
                 'objectives': [{'id': 'O', 'statement': 's', 'owner': 'o', 'indicators': ['K', 'X']}],
                 'measurements': [{'indicator': 'K', 'date': '2026-01-01', 'value': 1},
                                  {'indicator': 'K', 'date': '2026-01-01', 'value': 2},
                                  {'indicator': 'Z', 'date': '2026-01-01', 'value': 2}]}
                """);
        assertProblem(e, "/indicators/0/frequency", "must be a positive period but was P0D");
        assertProblem(e, "/indicators/1/id", "duplicate indicator id 'K' (first at /indicators/0/id)");
        assertProblem(e, "/objectives/0/indicators/1", "must name a performance indicator of the document but was 'X'");
        assertProblem(e, "/measurements/1/date", "must be measured once per indicator and day");
        assertProblem(e, "/measurements/2/indicator", "but was 'Z'");
    }

    @Test
    void aBundleChecksItsReferencesAndKeepsMembersStrict() {
        IsmsExamples.Context x = IsmsExamples.context(1);
        JsonFormat<IsmsBundle> format = json.bundle(x.requirements(), x.catalog());
        String text = format.toJson(IsmsExamples.bundle(1)).replace("\"id\": \"AC-1\",", "\"id\": \"AC-X\",");
        FormatException e = assertThrows(FormatException.class, () -> format.parse(text));
        assertProblem(e, "/statementOfApplicability/entries/0/implementation/appliedControls/0",
                "must name an applied control of the bundle but 'AC-1' is not one");
        assertProblem(e, "/audits/findings/0/subject/appliedControl", "but 'AC-1' is not one");
        String nested = format.toJson(IsmsExamples.bundle(1)).replace("\"statementOfApplicability\": {",
                "\"statementOfApplicability\": {\"format\": \"isms-soa\",");
        assertProblem(assertThrows(FormatException.class, () -> format.parse(nested)),
                "/statementOfApplicability/format", "unknown field 'format'");
    }

    @Test
    void manyProblemsAreCappedAndCounted() {
        StringBuilder controls = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            controls.append(i == 0 ? "" : ", ").append("{\"id\": \"AC-").append(i).append("\", \"name\": \"n\",")
                    .append(" \"status\": \"unknown\"}");
        }
        FormatException e = assertThrows(FormatException.class, () -> json.appliedControls().parse(
                "{\"format\": \"isms-applied-controls\", \"formatVersion\": 1, \"appliedControls\": [" + controls
                        + "]}"));
        assertEquals(IsmsJson.MAX_PROBLEMS, e.problems().size());
        assertEquals(400, e.omitted());
        assertEquals("/appliedControls/0/status", e.location());
    }

    @Test
    void malformedTypedAndTrailingContentIsReported() {
        assertProblem(fails(json.certificate()::parse, "{'format': 'isms-certificate', 'formatVersion': 1,"
                + " 'number': 7}"), "/number", "must be a string but was a number");
        assertProblem(fails(json.certificate()::parse, "{'format': 'isms-certificate', 'formatVersion': 1}"),
                "/number", "is required");
        FormatException trailing = fails(json.managementReview()::parse, "{'format': 'isms-management-review',"
                + " 'formatVersion': 1, 'id': 'MR', 'date': '2026-01-01', 'attendees': ['CEO']} {}");
        assertTrue(trailing.getMessage().contains("unexpected content after the end of the JSON document"),
                trailing.getMessage());
        FormatException review = fails(json.managementReview()::parse, "{'format': 'isms-management-review',"
                + " 'formatVersion': 1, 'id': 'MR', 'date': '2026-01-01', 'attendees': [],"
                + " 'inputs': {'gossip': 'x', 'audit-results': ' '},"
                + " 'decisions': [{'kind': 'vote', 'description': 'd'}]}");
        assertProblem(review, "/inputs/gossip", "must be one of previous-actions");
        assertProblem(review, "/inputs/audit-results", "must not be blank");
        assertProblem(review, "/decisions/0/kind", "must be one of continual-improvement, isms-change but was 'vote'");
        FormatException certificate = fails(json.certificate()::parse, "{'format': 'isms-certificate',"
                + " 'formatVersion': 1, 'number': 'C', 'standard': 'ISO/IEC 27001', 'edition': '2022', 'scope': 's',"
                + " 'body': 'b', 'issued': '2026-01-01', 'expires': '2030-01-01', 'audits': [{'kind': 'stage-3',"
                + " 'date': '2025-12-01'}]}");
        assertProblem(certificate, "/audits/0/kind", "but was 'stage-3'");
        FormatException cycle = fails(json.certificate()::parse, "{'format': 'isms-certificate', 'formatVersion': 1,"
                + " 'number': 'C', 'standard': 'ISO/IEC 27001', 'edition': '2022', 'scope': 's', 'body': 'b',"
                + " 'issued': '2026-01-01', 'expires': '2030-01-01'}");
        assertProblem(cycle, "", "certificate 'C' expires must be at most three years after the issue day");
    }

    @Test
    void listsReportBadAndRepeatedItemsAtTheirIndex() {
        FormatException e = fails(json.audits()::parse, """
                {'format': 'isms-audits', 'formatVersion': 1,
                 'programme': {'id': 'AP', 'cycleStart': '2026-01-01', 'cycleEnd': '2028-12-31', 'audits': [
                   {'id': 'IA-1', 'scope': {'areas': ['IT', 'HR', 'IT'], 'clauses': ['9.2', '9..2', '9.2'],
                    'controls': ['c:1#5.1', '5.1', 'c:1#5.1']}, 'criteria': ['x', 'x'], 'start': '2026-05-11',
                    'end': '2026-05-12', 'auditors': [{'name': 'K'}]}]}}
                """);
        String scope = "/programme/audits/0/scope";
        assertProblem(e, scope + "/areas/2", "must not repeat 'IT' (first at " + scope + "/areas/0)");
        assertProblem(e, scope + "/clauses/1", "control id ");
        assertProblem(e, scope + "/clauses/1", " but was '9..2'");
        assertProblem(e, scope + "/clauses/2", "must not repeat the value at " + scope + "/clauses/0");
        assertProblem(e, scope + "/controls/1", "control reference ");
        assertProblem(e, scope + "/controls/1", " but was '5.1'");
        assertProblem(e, scope + "/controls/2", "must not repeat the value at " + scope + "/controls/0");
        assertProblem(e, "/programme/audits/0/criteria/1",
                "must not repeat 'x' (first at /programme/audits/0/criteria/0)");
        assertEquals(6, e.problems().size(), e.getMessage());
        FormatException soa = fails(json.statementOfApplicability(CATALOG)::parse, """
                {'format': 'isms-soa', 'formatVersion': 1, 'catalog': 'c:1', 'version': '1', 'date': '2026-03-01',
                 'entries': [{'control': '5.1', 'applicability': 'applicable',
                              'reasons': ['risk-treatment', 'contractual', 'risk-treatment', 'gut-feeling']}]}
                """);
        assertProblem(soa, "/entries/0/reasons/2", "must not repeat 'risk-treatment'");
        assertProblem(soa, "/entries/0/reasons/3", "must be one of ");
        assertProblem(soa, "/entries/0/reasons/3", " but was 'gut-feeling'");
        assertEquals(2, soa.problems().size(), soa.getMessage());
    }

    @Test
    void findingsAndActionsReportDatesOutOfOrderAndStepsThatCannotStartOrRepeat() {
        FormatException e = fails(json.audits()::parse, """
                {'format': 'isms-audits', 'formatVersion': 1,
                 'programme': {'id': 'AP', 'cycleStart': '2026-01-01', 'cycleEnd': '2028-12-31', 'audits': [
                   {'id': 'IA-1', 'scope': {'areas': ['IT']}, 'criteria': ['c'], 'start': '2026-05-11',
                    'end': '2026-05-12', 'auditors': [{'name': 'K'}]}]},
                 'findings': [{'id': 'F-1', 'audit': 'IA-1', 'grade': 'minor-nonconformity',
                               'subject': {'clause': '9.2'}, 'statement': 's', 'date': '2026-05-10'},
                              {'id': 'F-2', 'audit': 'IA-1', 'grade': 'major-nonconformity',
                               'subject': {'clause': '9.3'},
                               'statement': 's', 'date': '2026-05-11'}],
                 'correctiveActions': [
                   {'id': 'CA-1', 'finding': 'F-9', 'owner': 'o', 'due': '2026-06-01',
                    'steps': [{'step': 'raised', 'date': '2026-05-12'}]},
                   {'id': 'CA-2', 'finding': 'F-2', 'owner': 'o', 'due': '2026-05-01',
                    'steps': [{'step': 'raised', 'date': '2026-05-12'}]},
                   {'id': 'CA-3', 'finding': 'F-2', 'owner': 'o', 'due': '2026-06-01', 'steps': []},
                   {'id': 'CA-4', 'finding': 'F-2', 'owner': 'o', 'due': '2026-06-01',
                    'steps': [{'step': 'corrected', 'date': '2026-05-12', 'description': 'd'}]},
                   {'id': 'CA-5', 'finding': 'F-2', 'owner': 'o', 'due': '2026-06-01',
                    'steps': [{'step': 'raised', 'date': '2026-05-12'}, {'step': 'raised', 'date': '2026-05-13'}]},
                   {'id': 'CA-6', 'finding': 'F-2', 'owner': 'o', 'due': '2026-06-01',
                    'steps': [{'step': 'raised', 'date': '2026-05-12'},
                              {'step': 'corrected', 'date': '2026-05-11', 'description': 'd'}]}]}
                """);
        assertProblem(e, "/findings/0/date", "must not be before the start of audit 'IA-1' 2026-05-11 but was"
                + " 2026-05-10");
        assertProblem(e, "/correctiveActions/0/finding", "must name a finding of the document but was 'F-9'");
        assertProblem(e, "/correctiveActions/1/due", "must not be before the day it was raised 2026-05-12 but was"
                + " 2026-05-01");
        assertProblem(e, "/correctiveActions/2/steps", "must start with a 'raised' step but was empty");
        assertProblem(e, "/correctiveActions/3/steps/0/step", "the first step must be 'raised' but was 'corrected'");
        assertProblem(e, "/correctiveActions/4/steps/1/step", "'raised' is only allowed as the first step");
        assertProblem(e, "/correctiveActions/5/steps/1/date", "must not be before the previous step's 2026-05-12 but"
                + " was 2026-05-11");
        assertEquals(7, e.problems().size(), e.getMessage());
    }
}
