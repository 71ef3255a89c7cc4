// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.hostile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.isms.catalog.CatalogRegistry;
import dev.isms.catalog.Catalogs;
import dev.isms.catalog.json.CatalogJson;
import dev.isms.catalog.json.IsmsJson;
import dev.isms.catalog.oscal.Oscal;
import dev.isms.catalog.oscal.OscalOptions;
import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.ControlType;
import dev.isms.core.Theme;
import dev.isms.core.asset.AssetInventory;
import dev.isms.core.mapping.MappingSet;
import dev.isms.risk.RiskEngine;
import dev.isms.risk.RiskFixtures;
import dev.isms.risk.RiskScore;
import dev.isms.risk.Tier;
import dev.isms.risk.criteria.RiskCriteria;
import dev.isms.risk.json.RiskJson;
import dev.isms.risk.json.RiskJsonFixtures;
import dev.isms.risk.register.RiskRegister;
import dev.isms.risk.spi.ScoringRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * Soak: 16 threads share the built-in catalogues, one {@link RiskEngine} and one register, and run a fixed, mixed
 * list of operations (catalogue look-ups and queries, scores of every built-in method, FAIR simulations, JSON round
 * trips (OSCAL read and write, isms JSON write and read, RiskJson round trips of the shared register and its parts),
 * register queries and score verification) interleaved. Every operation must succeed and give the same result as the
 * same operation in a single-threaded run.
 */
class ConcurrentUseSoakTest {
    private static final int THREADS = 16;
    private static final int OPS_PER_THREAD = 300;

    private final CatalogRegistry registry = Catalogs.standard();
    private final Catalog iso = Catalogs.iso27002_2022();
    private final RiskEngine engine = RiskEngine.standard();
    private final RiskCriteria criteria = RiskFixtures.criteria();
    private final RiskRegister register = RiskFixtures.register().build();
    private static final OscalOptions OSCAL = OscalOptions.defaults();

    private final CatalogJson json = CatalogJson.defaults();
    private final IsmsJson isms = IsmsJson.defaults();
    private final RiskJson riskJson = RiskJsonFixtures.JSON; // resolves the register's catalogue
    private final AssetInventory assets = RiskFixtures.assets();
    private final MappingSet mapping = Catalogs.mapping2013To2022();
    private final Catalog small = Catalog.builder("soak:1", "Soak").groups(iso.groups())
            .controls(iso.controls().subList(0, 6)).build();
    private final List<String> vectors = List.of("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
            "CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:C/C:L/I:N/A:L", "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N",
            "CVSS:4.0/AV:A/AC:H/AT:P/PR:L/UI:A/VC:L/VI:N/VA:L/SC:H/SI:L/SA:N/E:P");
    private final RiskScore stored = engine.score("iso27005-matrix", ScoringRequest.of(Map.of("likelihood", "3",
            "consequence.confidentiality", "4"), criteria));

    /** {@return operation i: a mixed read, query, score or round trip, as a comparable string} */
    private String op(int i) {
        switch (i % 12) {
            case 0: {
                Control c = iso.controls().get(i % iso.size());
                return registry.require(iso.id()).require(c.id()).title() + c.attributes();
            }
            case 1:
                return iso.query().theme(Theme.values()[i % 4]).any(ControlType.values()[i % 3]).list().toString();
            case 2:
                return engine.score("iso27005-matrix", ScoringRequest.of(Map.of("likelihood", Integer.toString(1 + i % 5),
                        "consequence.availability", Integer.toString(1 + i / 10 % 5)), criteria)).toString();
            case 3: {
                String v = vectors.get(i % vectors.size());
                return engine.score(v.startsWith("CVSS:3.1") ? "cvss-3.1" : "cvss-4.0",
                        ScoringRequest.of(Map.of("vector", v))).toString();
            }
            case 4:
                return engine.score("nist-800-30", ScoringRequest.of(Map.of("occurrence", Integer.toString(i % 101),
                        "adverse-impact-likelihood", "Moderate", "impact", Integer.toString(i * 7 % 101)))).toString();
            case 5:
                return engine.score("fair", ScoringRequest.of(Map.of("tef", "0.5,1.5,4", "vulnerability", "0.05,0.15,0.4",
                        "loss.lognormal90", "40000,900000", "years", "20", "seed", Integer.toString(i)))).toString();
            case 6:
                return i % 100 == 6 ? Oscal.parseCatalog(Oscal.toJson(small, OSCAL)).equals(small) + json.toJson(small)
                        : json.toJson(small).length() + iso.find(iso.controls().get(i % iso.size()).id()).toString();
            case 7:
                return i % 1000 == 7 ? Oscal.parseMappingCollection(Oscal.toJson(mapping)).equals(mapping) + json.toJson(mapping)
                        : register.top(2, Tier.values()[i % 3]).toString() + register.heatMap(Tier.INHERENT);
            case 8:
                return register.profile(i % 2 == 0 ? "R-1" : "R-2") + register.verify(engine).toString();
            case 10: {
                String text = riskJson.register().toJson(register);
                RiskRegister read = riskJson.register().parse(text);
                return read.equals(register) + riskJson.register().toJson(read);
            }
            case 11: {
                String text = isms.assets().toJson(assets);
                return isms.assets().parse(text).equals(assets) + riskJson.scenarios().toJson(riskJson.scenarios()
                        .parse(riskJson.scenarios().toJson(register.scenarios())));
            }
            default:
                return engine.verify(stored) + engine.recompute(stored, criteria).toString();
        }
    }

    @Test
    void sixteenThreadsSharingCataloguesEngineAndRegisterGetTheSingleThreadedResults(TestReporter reporter)
            throws InterruptedException {
        int total = THREADS * OPS_PER_THREAD;
        long t0 = System.nanoTime();
        String[] expected = new String[total];
        for (int i = 0; i < total; i++) {
            expected[i] = op(i);
        }
        long t1 = System.nanoTime();
        String[] actual = new String[total];
        Queue<Throwable> errors = new ConcurrentLinkedQueue<>();
        run(THREADS, t -> () -> {
            for (int i = t; i < total; i += THREADS) {
                try {
                    actual[i] = op(i);
                } catch (RuntimeException | Error e) {
                    errors.add(e);
                }
            }
        });
        long t2 = System.nanoTime();
        String figures = total + " operations: single-threaded " + (t1 - t0) / 1_000_000 + " ms, " + THREADS
                + " threads " + (t2 - t1) / 1_000_000 + " ms, " + errors.size() + " errors";
        reporter.publishEntry("soak", figures);
        System.out.println("soak: " + figures); // Surefire shows the reporter's entries only in its XML
        assertEquals(List.of(), List.copyOf(errors));
        assertArrayEquals(expected, actual);
    }

    /** Starts the threads together behind a gate and waits for all of them. */
    private static void run(int threads, IntFunction<Runnable> work) throws InterruptedException {
        CountDownLatch gate = new CountDownLatch(1);
        List<Thread> all = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Runnable r = work.apply(t);
            Thread thread = new Thread(() -> {
                try {
                    gate.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                r.run();
            }, "soak-" + t);
            thread.start();
            all.add(thread);
        }
        gate.countDown();
        for (Thread thread : all) {
            thread.join();
        }
    }
}
