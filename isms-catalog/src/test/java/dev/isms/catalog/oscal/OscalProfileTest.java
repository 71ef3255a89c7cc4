// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.oscal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.catalog.Catalogs;
import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.ControlId;
import dev.isms.core.FormatException;
import dev.isms.core.Problem;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OscalProfileTest {
    private static Catalog nist;

    @BeforeAll
    static void read() {
        nist = OscalData.nist();
    }

    private static Set<String> ids(Catalog c) {
        return c.controls().stream().map(x -> x.id().toString()).collect(Collectors.toSet());
    }

    @Test
    void moderateBaselineSelectsExactlyTheResolvedCataloguesControls() {
        OscalProfile moderate = Oscal.readProfile(OscalData.baseline("MODERATE"));
        Catalog resolved = Oscal.resolveProfile(moderate, nist);
        assertEquals(287, resolved.size());
        assertEquals(ids(Oscal.readCatalog(OscalData.moderateResolved())), ids(resolved));
        assertEquals(nist.id(), resolved.id());
        assertEquals(moderate.title(), resolved.title());
        assertEquals("5.1.1+u4", resolved.metadata().get("oscal.profile-version"));
        assertTrue(resolved.groups().size() <= 20);
        assertEquals(Optional.of(ControlId.parse("ac-2")), resolved.require("ac-2.1").parent());
    }

    @Test
    void lowAndHighBaselinesResolveToo() {
        assertEquals(149, Oscal.resolveProfile(Oscal.readProfile(OscalData.baseline("LOW")), nist).size());
        assertEquals(370, Oscal.resolveProfile(Oscal.readProfile(OscalData.baseline("HIGH")), nist).size());
    }

    @Test
    void childControlsPatternsAndExclusionsCombine() {
        OscalProfile p = OscalProfile.of("Mine", "1", List.of(
                OscalProfile.Import.of("#nist", List.of(OscalProfile.Selection.of("ac-2").includingChildControls(),
                        OscalProfile.Selection.matching("au-1?")), List.of(OscalProfile.Selection.of("ac-2.13")))));
        Catalog c = Oscal.resolveProfile(p, nist);
        assertEquals(13, c.children(ControlId.parse("ac-2")).size() + 1);
        assertEquals(Optional.empty(), c.find("ac-2.13"));
        assertEquals(List.of("ac", "au"), c.groups().stream().map(g -> g.id()).collect(Collectors.toList()));
        assertTrue(c.contains("au-10") && c.contains("au-16") && !c.contains("au-1"));
        OscalProfile all = OscalProfile.of("All", "1", List.of(OscalProfile.Import.all("#nist",
                List.of(OscalProfile.Selection.of("ac-2")))));
        Catalog most = Oscal.resolveProfile(all, nist);
        assertEquals(1188, most.size());
        assertEquals(Optional.empty(), most.require("ac-2.1").parent(), "a child whose parent is out is top-level");
    }

    @Test
    void resolvesAgainstAnIsoCatalogueByItsExportedIds() {
        OscalProfile p = OscalProfile.of("Crypto", "1", List.of(OscalProfile.Import.of("iso.json",
                List.of(OscalProfile.Selection.of("iso27002-2022-8.24", "iso27002-2022-5.1")), List.of())));
        Catalog c = Oscal.resolveProfile(p, Catalogs.iso27002_2022());
        assertEquals(List.of("5.1", "8.24"), c.controls().stream().map(x -> x.id().toString()).toList());
        assertEquals(List.of("5", "8"), c.groups().stream().map(g -> g.id()).toList());
    }

    @Test
    void danglingReferencesAreAllReportedWithPointers() {
        OscalProfile p = OscalProfile.of("Bad", "1", List.of(OscalProfile.Import.of("#x",
                List.of(OscalProfile.Selection.of("ac-1", "zz-1", "zz-2")),
                List.of(OscalProfile.Selection.of("qq-9")))));
        FormatException e = assertThrows(FormatException.class, () -> Oscal.resolveProfile(p, nist));
        assertEquals(List.of(
                "/profile/imports/0/exclude-controls/0/with-ids/0: names control 'qq-9', which catalogue '" + nist.id()
                        + "' does not have",
                "/profile/imports/0/include-controls/0/with-ids/1: names control 'zz-1', which catalogue '"
                        + nist.id() + "' does not have",
                "/profile/imports/0/include-controls/0/with-ids/2: names control 'zz-2', which catalogue '"
                        + nist.id() + "' does not have"),
                e.problems().stream().map(Problem::toString).toList());
        assertEquals("profile 'Bad'", e.resource());
    }

    @Test
    void writtenProfilesReadBackEqualAndValidate(@TempDir Path dir) throws Exception {
        OscalProfile moderate = Oscal.readProfile(OscalData.baseline("MODERATE"));
        Path file = dir.resolve("p.json");
        Oscal.writeProfile(moderate, file);
        assertEquals(moderate, Oscal.readProfile(file));
        String json = Files.readString(file);
        OscalSchemas.assertValid("1.1.3", "profile", json);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Oscal.writeProfile(moderate, out, OscalOptions.defaults());
        assertEquals(json, out.toString(StandardCharsets.UTF_8));
        assertEquals(moderate, Oscal.parseProfile(Oscal.toJson(moderate)));
    }

    @Test
    void malformedProfilesAreReported() {
        FormatException e = assertThrows(FormatException.class, () -> Oscal.parseProfile("{\"profile\": {\"uuid\":"
                + " \"1f3c1c7e-0d2b-4d8a-9a4f-3b2f6f1c2a10\", \"metadata\": {\"title\": \"T\","
                + " \"last-modified\": \"x\","
                + " \"version\": \"1\", \"oscal-version\": \"1.1.3\"}, \"imports\": [{\"href\": \"#a\"},"
                + " {\"href\": \"#b\", \"include-controls\": [{\"with-ids\": [\"1.1\"], \"with-child-controls\":"
                + " \"maybe\"}]}]}}"));
        assertEquals(List.of(
                "/profile/imports/0: an import must have either 'include-all' or 'include-controls'",
                "/profile/imports/1/include-controls/0/with-child-controls: must be 'yes' or 'no' but was 'maybe'",
                "/profile/imports/1/include-controls/0/with-ids/0: must be an OSCAL token (a control id) but was"
                        + " '1.1'"),
                e.problems().stream().map(Problem::toString).toList());
        assertTrue(assertThrows(FormatException.class, () -> Oscal.parseProfile("{\"catalog\": {}}")).getMessage()
                .contains("document must be an OSCAL profile"));
    }

    @Test
    void patternsAndChildControlsReadBackAndAMatchingWithoutPatternIsReported() {
        OscalProfile written = OscalProfile.of("Patterns", "1", List.of(OscalProfile.Import.of("#cat", List.of(
                OscalProfile.Selection.matching("ac-*"), OscalProfile.Selection.of("au-2").includingChildControls()),
                List.of(OscalProfile.Selection.matching("ac-1?")))));
        String json = Oscal.toJson(written);
        assertTrue(json.contains("\"pattern\": \"ac-*\""), json);
        assertEquals(written, Oscal.parseProfile(json));
        FormatException e = assertThrows(FormatException.class, () -> Oscal.parseProfile(json.replace(
                "\"pattern\": \"ac-*\"", "\"glob\": \"ac-*\"")));
        assertEquals(List.of("/profile/imports/0/include-controls/0/matching/0: required field 'pattern' is missing",
                "/profile/imports/0/include-controls/0/matching/0/glob: unknown field 'glob' (the OSCAL schema allows"
                        + " pattern)"),
                e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void valuesTheModelRefusesAreProblemsAtTheirPointer() {
        String doc = "{\"profile\": {\"uuid\": \"1f3c1c7e-0d2b-4d8a-9a4f-3b2f6f1c2a10\", \"metadata\": {\"title\":"
                + " \"T%s\", \"last-modified\": \"2026-01-01T00:00:00Z\", \"version\": \"1\", \"oscal-version\":"
                + " \"1.1.3\"}, \"imports\": [{\"href\": \"%s\", \"include-all\": {}}]}}";
        FormatException e = assertThrows(FormatException.class, () -> Oscal.parseProfile(doc.formatted("", "#a\\u001b")));
        assertEquals(List.of("/profile/imports/0: import href must not contain control character U+001B (at index 2)"
                + " but was '#a\\u001b'"), e.problems().stream().map(Problem::toString).toList());
        FormatException t = assertThrows(FormatException.class, () -> Oscal.parseProfile(doc.formatted("\\u0000", "#a")));
        assertEquals("/profile/metadata", t.location());
        assertTrue(t.getMessage().contains("U+0000"), t.getMessage());
    }

    @Test
    void valueTypesCheckTheirComponents() {
        assertEquals("import '#a' must either include all controls or list inclusions, but does neither",
                assertThrows(IllegalArgumentException.class, () -> OscalProfile.Import.of("#a", List.of(), List.of()))
                        .getMessage());
        assertEquals("import '#a' must either include all controls or list inclusions, but does both",
                assertThrows(IllegalArgumentException.class, () -> new OscalProfile.Import("#a", true,
                        List.of(OscalProfile.Selection.of("x")), List.of())).getMessage());
        assertEquals("selection must name at least one id or pattern", assertThrows(IllegalArgumentException.class,
                () -> OscalProfile.Selection.of(List.of())).getMessage());
        assertEquals("profile imports must not be empty", assertThrows(IllegalArgumentException.class,
                () -> OscalProfile.of("t", "1", List.of())).getMessage());
        assertEquals("selection id must be an OSCAL token (a letter or '_', then letters, digits, '.', '-', '_') but was"
                + " '5.1'", assertThrows(IllegalArgumentException.class, () -> OscalProfile.Selection.of("5.1"))
                .getMessage());
        OscalProfile.Selection s = OscalProfile.Selection.of("a").includingChildControls();
        assertEquals(s, s.includingChildControls());
        Control unused = Control.of("a", "A");
        assertEquals("a", unused.id().toString());
    }
}
