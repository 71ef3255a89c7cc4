// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.core.ProviderException;
import dev.isms.risk.method.OwaspScorer;
import dev.isms.risk.spi.RiskScorer;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScorerRegistryTest {

    /** A loader whose second provider cannot be instantiated, as {@code ServiceLoader} reports it. */
    private static Iterable<RiskScorer> brokenLoader() {
        return () -> new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < 2;
            }

            @Override
            public RiskScorer next() {
                if (i++ == 0) {
                    return new OwaspScorer();
                }
                throw new ServiceConfigurationError("dev.isms.risk.spi.RiskScorer: Provider com.acme.Broken could"
                        + " not be instantiated");
            }
        };
    }

    @Test
    void wrapsALoaderErrorInAProviderException() {
        ProviderException e = assertThrows(ProviderException.class,
                () -> ScorerRegistry.discover(brokenLoader(), List.of()));
        assertTrue(e.getMessage().contains("com.acme.Broken"), e.getMessage());
        assertTrue(e.getCause() instanceof ServiceConfigurationError, String.valueOf(e.getCause()));
    }

    @Test
    void discoveredAndExplicitScorersAreIndexedById() {
        ScorerRegistry r = ScorerRegistry.discover(List.of(new OwaspScorer()), List.of());
        assertEquals(Set.of(OwaspScorer.ID), r.ids());
        assertEquals(OwaspScorer.ID, r.find(OwaspScorer.ID).orElseThrow().id());
    }

    @Test
    void aBrokenStandardEngineFailsTheSameWayOnEveryCall() {
        Outcome<ScorerRegistry> broken = Outcome.of(() -> ScorerRegistry.discover(brokenLoader(), List.of()));
        ProviderException first = assertThrows(ProviderException.class, () -> broken.get("the standard engine"));
        ProviderException second = assertThrows(ProviderException.class, () -> broken.get("the standard engine"));
        assertEquals(first.getMessage(), second.getMessage());
        assertTrue(first.getMessage().startsWith("the standard engine is unavailable: "), first.getMessage());
        assertSame(first.getCause(), second.getCause());
        ScorerRegistry ok = ScorerRegistry.of(List.of());
        assertSame(ok, Outcome.of(() -> ok).get("x"));
    }
}
