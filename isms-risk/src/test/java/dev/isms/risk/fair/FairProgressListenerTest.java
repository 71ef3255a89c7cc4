// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.fair;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FairProgressListenerTest {

    @Test
    void seesEachCompletedCountOnceWithTheTotalEvenFromSeveralThreads() {
        ConcurrentLinkedQueue<int[]> calls = new ConcurrentLinkedQueue<>();
        FairSimulation sim = FairSimulationTest.many(12, 10)
                .progressListener((done, total) -> calls.add(new int[] {done, total})).build();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            sim.run(7, pool, 3);
        } finally {
            pool.shutdown();
        }
        Set<Integer> done = calls.stream().map(c -> c[0]).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(IntStream.rangeClosed(1, 12).boxed().toList(), List.copyOf(done));
        assertEquals(12, calls.size());
        assertEquals(Set.of(12), calls.stream().map(c -> c[1]).collect(Collectors.toSet()));
    }

    @Test
    void noneLeavesTheResultAsWithoutAListener() {
        FairResult quiet = FairSimulationTest.many(3, 50).build().run(11);
        FairResult none = FairSimulationTest.many(3, 50).progressListener(FairProgressListener.NONE).build().run(11);
        assertEquals(quiet, none);
    }
}
