// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.core.asset.ConsequenceCategory;
import dev.isms.risk.RiskModelException;
import dev.isms.risk.RiskScore;
import dev.isms.risk.criteria.RiskBand;
import dev.isms.risk.criteria.RiskCriteria;
import dev.isms.risk.criteria.RiskMatrix;
import dev.isms.risk.criteria.Scale;
import dev.isms.risk.spi.RiskScorer;
import dev.isms.risk.spi.ScoringRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class MatrixScorerTest {
    private final MatrixScorer scorer = new MatrixScorer();

    /** A 5 x 5 likelihood x consequence product matrix; legal has its own 3-level scale (1 Low .. 3 Critical). */
    static RiskCriteria criteria() {
        RiskMatrix product = RiskMatrix.ofProduct(5, 5, List.of(new RiskBand("Low", 1, 4),
                new RiskBand("Medium", 5, 9), new RiskBand("High", 10, 16), new RiskBand("Critical", 17, 25)));
        RiskMatrix legal = RiskMatrix.of(product.levels(), new int[][] {
            {0, 1, 2}, {0, 1, 2}, {1, 2, 3}, {1, 2, 3}, {2, 3, 3}});
        return RiskCriteria.builder("acme", 3)
                .likelihood(Scale.of("likelihood", "Rare", "Unlikely", "Possible", "Likely", "Almost certain"))
                .consequence(Scale.of("consequence", "Minor", "Moderate", "Major", "Severe", "Critical"), product)
                .consequence(ConsequenceCategory.of("legal"), Scale.of("legal", "Fine", "Sanction", "Licence"),
                        legal)
                .build();
    }

    private RiskScore score(Map<String, String> parameters) {
        return scorer.score(ScoringRequest.of(parameters, criteria()));
    }

    @Test
    void identifiesItself() {
        assertEquals("iso27005-matrix", scorer.id());
        assertEquals("1", scorer.version());
        assertTrue(scorer.parameterNames().contains("likelihood"));
        assertTrue(scorer.parameterNames().contains("consequence.confidentiality"));
    }

    @Test
    void scoresTheWorkedFiveByFiveExample() {
        // likelihood 4 (Likely) x consequence 3 (Major) = 12, in the band High 10..16
        Map<String, String> p = Map.of("likelihood", "4", "consequence.confidentiality", "3");
        RiskScore s = score(p);
        assertEquals("High", s.level());
        assertEquals(2, s.rank());
        assertEquals(2.0, s.value());
        assertEquals(Optional.of("acme@3"), s.criteria());
        assertEquals(p, s.parameters());
        assertEquals("likelihood Likely; confidentiality Major -> High; highest: High", s.explanation());
        assertEquals(2, MatrixScorer.level(criteria(), 4, ConsequenceCategory.CONFIDENTIALITY, 3));
    }

    @Test
    void takesTheHighestLevelOverTheCategories() {
        // availability 1 x 4 = 4 Low; integrity 5 x 4 = 20 Critical
        RiskScore s = score(Map.of("likelihood", "4", "consequence.availability", "1", "consequence.integrity", "5"));
        assertEquals("Critical", s.level());
        assertEquals("likelihood Likely; availability Minor -> Low; integrity Critical -> Critical; highest:"
                + " Critical", s.explanation());
    }

    @Test
    void usesACategorysOwnScaleAndMatrix() {
        RiskScore s = score(Map.of("likelihood", "5", "consequence.legal", "2"));
        assertEquals("Critical", s.level());
        assertEquals("likelihood Almost certain; legal Sanction -> Critical; highest: Critical", s.explanation());
        assertMessage("iso27005-matrix: parameter 'consequence.legal' must be 1..3 but was 4",
                Map.of("likelihood", "1", "consequence.legal", "4"));
    }

    @Test
    void acceptsAnyValidCategoryName() {
        assertEquals("Low", score(Map.of("likelihood", "1", "consequence.reputation", "1")).level());
    }

    @Test
    void rejectsARequestWithoutCriteria() {
        RiskModelException e = assertThrows(RiskModelException.class,
                () -> scorer.score(ScoringRequest.of(Map.of("likelihood", "1", "consequence.integrity", "1"))));
        assertEquals("iso27005-matrix: needs risk criteria but the request has none", e.getMessage());
    }

    @Test
    void rejectsALikelihoodOutsideTheScale() {
        assertMessage("iso27005-matrix: parameter 'likelihood' must be 1..5 but was 7",
                Map.of("likelihood", "7", "consequence.integrity", "1"));
        assertMessage("iso27005-matrix: parameter 'likelihood' must be an integer 1..5 but was 'x'",
                Map.of("likelihood", "x", "consequence.integrity", "1"));
    }

    @Test
    void rejectsAMissingLikelihood() {
        assertMessage("iso27005-matrix: missing mandatory parameter 'likelihood'",
                Map.of("consequence.integrity", "1"));
    }

    @Test
    void rejectsAMissingConsequence() {
        assertMessage("iso27005-matrix: missing mandatory parameter 'consequence.<category>' (at least one)",
                Map.of("likelihood", "2"));
    }

    @Test
    void rejectsAnUnknownParameter() {
        assertMessage("iso27005-matrix: unknown parameter 'impact'; known parameters are [likelihood,"
                + " consequence.<category>]", Map.of("likelihood", "2", "impact", "3"));
    }

    @Test
    void quotesAnUnknownParameterNameEscaped() {
        assertMessage("iso27005-matrix: unknown parameter ' \\t\\r\\n\\u001b'; known parameters are [likelihood,"
                + " consequence.<category>]", Map.of("likelihood", "2", " \t\r\n\u001b", "3"));
        RiskModelException e = assertThrows(RiskModelException.class,
                () -> score(Map.of("likelihood", "2", "consequence.x\ud800", "1")));
        assertTrue(e.getMessage().startsWith("iso27005-matrix: parameter 'consequence.x\\ud800' names no valid"),
                e.getMessage());
    }

    @Test
    void rejectsAnInvalidCategoryName() {
        RiskModelException e = assertThrows(RiskModelException.class,
                () -> score(Map.of("likelihood", "2", "consequence.Legal", "1")));
        assertTrue(e.getMessage().startsWith("iso27005-matrix: parameter 'consequence.Legal' names no valid"
                + " category: "), e.getMessage());
    }

    @Test
    void isFoundByTheServiceLoader() {
        assertTrue(ServiceLoader.load(RiskScorer.class).stream().anyMatch(p -> p.type() == MatrixScorer.class));
    }

    private void assertMessage(String message, Map<String, String> parameters) {
        RiskModelException e = assertThrows(RiskModelException.class, () -> score(parameters));
        assertEquals(message, e.getMessage());
    }
}
