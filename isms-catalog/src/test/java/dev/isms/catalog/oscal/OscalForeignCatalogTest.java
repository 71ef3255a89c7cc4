// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.oscal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.isms.core.Catalog;
import dev.isms.core.FormatException;
import dev.isms.core.Problem;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Catalogues that other tools wrote, read through {@link Oscal}: who the publisher is (OSCAL has no publisher field,
 * only parties in roles) and how a statement of labelled, nested items becomes a control's plain text.
 */
class OscalForeignCatalogTest {
    private static final String CREATOR = "11111111-1111-4111-8111-111111111111";
    private static final String PUBLISHER = "22222222-2222-4222-8222-222222222222";
    private static final String NAMELESS = "33333333-3333-4333-8333-333333333333";

    private static String catalog(String metadataExtra, String controlExtra) {
        return ("{'catalog': {'uuid': '1f3c1c7e-0d2b-4d8a-9a4f-3b2f6f1c2a10', 'metadata': {'title': 'T',"
                + " 'last-modified': '2026-01-01T00:00:00Z', 'version': '1', 'oscal-version': '1.1.3'"
                + metadataExtra + "}, 'controls': [{'id': 'c-1', 'title': 'One'" + controlExtra + "}]}}")
                .replace('\'', '"');
    }

    private static String parties() {
        return ", 'parties': [{'uuid': '" + CREATOR + "', 'type': 'organization', 'name': 'Creator Org'},"
                + " {'uuid': '" + PUBLISHER + "', 'type': 'organization', 'name': 'Publisher Org'},"
                + " {'uuid': '" + NAMELESS + "', 'type': 'person'}]";
    }

    private static String roles(String... roleAndParty) {
        StringBuilder b = new StringBuilder(", 'responsible-parties': [");
        for (int i = 0; i < roleAndParty.length; i += 2) {
            b.append(i == 0 ? "" : ", ").append("{'role-id': '").append(roleAndParty[i]).append("', 'party-uuids': ['")
                    .append(roleAndParty[i + 1]).append("']}");
        }
        return b.append(']').toString();
    }

    private static String publisher(String metadataExtra) {
        return Oscal.parseCatalog(catalog(metadataExtra, "")).publisher();
    }

    @Test
    void thePublisherIsThePartyInThePublisherRoleElseTheCreator() {
        assertEquals("Publisher Org", publisher(parties() + roles("creator", CREATOR, "publisher", PUBLISHER)));
        assertEquals("Publisher Org", publisher(parties() + roles("publisher", PUBLISHER, "creator", CREATOR)));
        assertEquals("Creator Org", publisher(parties() + roles("contact", PUBLISHER, "creator", CREATOR)));
        assertEquals("Creator Org", publisher(parties() + roles("creator", CREATOR, "creator", PUBLISHER)),
                "the first party named in a role");
    }

    @Test
    void aRoleNamingAnUnknownOrNamelessPartyIsPassedOver() {
        assertEquals("Creator Org", publisher(parties() + roles("publisher", NAMELESS, "creator", CREATOR)));
        assertEquals("Creator Org", publisher(parties() + roles("publisher",
                "44444444-4444-4444-8444-444444444444", "creator", CREATOR)));
        assertEquals("unspecified", publisher(parties() + roles("contact", CREATOR)));
        assertEquals("unspecified", publisher(parties()));
        assertEquals("unspecified", publisher(""));
    }

    private static Optional<String> text(String parts) {
        Catalog c = Oscal.parseCatalog(catalog("", ", 'parts': " + parts.replace('\'', '"')));
        return c.require("c-1").text();
    }

    private static String item(String label, String prose, String children) {
        return "{'id': 'i-" + label.replaceAll("[^a-z0-9]", "") + "', 'name': 'item', 'props': [{'name': 'label',"
                + " 'value': '" + label + "'}]" + (prose == null ? "" : ", 'prose': '" + prose + "'") + children + "}";
    }

    @Test
    void aStatementsItemsBecomeLinesWithTheirLabelsAndSubItemsIndented() {
        String statement = "[{'id': 's', 'name': 'statement', 'prose': 'The organization:', 'parts': ["
                + item("a.", "Defines accounts;", ", 'parts': [" + item("1.", "Authorized users;", "") + ", "
                        + item("2.", null, ", 'parts': [" + item("(a)", "deep", "") + "]") + "]") + ", "
                + item("b.", "Reviews them.", "") + "]}]";
        assertEquals(Optional.of("""
                The organization:
                a. Defines accounts;
                  1. Authorized users;
                  2.
                    (a) deep
                b. Reviews them."""), text(statement));
    }

    @Test
    void onlyTheStatementPartIsTextAndBlankProseIsLeftOut() {
        assertEquals(Optional.of("Do it."), text("[{'name': 'guidance', 'prose': 'Advice'},"
                + " {'name': 'statement', 'prose': 'Do it.'}]"));
        assertEquals(Optional.empty(), text("[{'name': 'guidance', 'prose': 'Advice'}]"));
        assertEquals(Optional.empty(), text("[{'name': 'statement', 'prose': '  '}]"));
        assertEquals(Optional.of("Only a label: x."), text("[{'name': 'statement', 'parts': [{'name': 'item',"
                + " 'props': [{'name': 'label', 'value': 'Only a label: x.'}]}]}]"));
        assertEquals(Optional.of("b. Text"), text("[{'name': 'statement', 'parts': [{'name': 'item', 'props':"
                + " [{'name': 'label', 'value': 'a.', 'ns': 'https://example.org/ns'},"
                + " {'name': 'label', 'value': 'b.'},"
                + " {'name': 'sort-id', 'value': 'z'}], 'prose': 'Text'}]}]"));
    }

    @Test
    void aTitleWithAControlCharacterIsReportedAtTheTitleEvenBesideABadId() {
        String json = catalog("", "").replace("\"controls\": [", ("'controls': [{'id': '1 bad', 'title':"
                + " 'Bell\\u0007'}, ").replace('\'', '"'));
        FormatException e = assertThrows(FormatException.class, () -> Oscal.parseCatalog(json));
        assertEquals(List.of("/catalog/controls/0/id: must be an OSCAL token (a letter or '_', then letters, digits,"
                + " '.', '-', '_') but was '1 bad'", "/catalog/controls/0/title: control title must not contain control"
                + " character U+0007 (at index 4) but was 'Bell\\u0007'"),
                e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void aGroupTitleWithAControlCharacterIsReportedAtTheTitle() {
        String json = catalog("", "").replace("\"controls\": [", ("'groups': [{'id': 'g-1', 'title': 'Tab\\there',"
                + " 'controls': [{'id': 'c-2', 'title': 'Two'}]}], 'controls': [").replace('\'', '"'));
        FormatException e = assertThrows(FormatException.class, () -> Oscal.parseCatalog(json));
        assertEquals(List.of("/catalog/groups/0/title: group title must not contain control character U+0009 (at index"
                + " 3) but was 'Tab\\there'"), e.problems().stream().map(Problem::toString).toList());
    }
}
