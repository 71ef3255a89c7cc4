// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.fair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.isms.risk.fair.AnnualLossModel;
import dev.isms.risk.fair.Constant;
import dev.isms.risk.fair.FairProgressListener;
import dev.isms.risk.fair.FairScenario;
import dev.isms.risk.fair.FairVulnerability;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class SimulationRunnerTest {

    private static SimulationRunner runner(Duration startTimeout, FairProgressListener listener) {
        FairScenario s = FairScenario.of("s", Constant.of(1), FairVulnerability.direct(Constant.of(1)), Constant.of(5));
        ScenarioKernel kernel = new ScenarioKernel(s, AnnualLossModel.LEF_TIMES_MAGNITUDE);
        return new SimulationRunner(List.of(kernel, kernel), 10, new LossStatistics(10, new double[0], 1), listener,
                startTimeout);
    }

    @Test
    @Timeout(60)
    void failsWhenTheExecutorStartsNoTaskInTime() {
        var e = assertThrows(RejectedExecutionException.class,
                () -> runner(Duration.ZERO, FairProgressListener.NONE).run(1, task -> { }, 2, () -> false));
        assertEquals("FAIR simulation: the executor started none of its 1 task(s) within 0 s; it must run them"
                + " without waiting for the calling thread", e.getMessage());
    }

    @Test
    void aTaskThatStartsAfterTheRunFailedSimulatesNothing() {
        AtomicInteger progress = new AtomicInteger();
        Runnable[] late = new Runnable[1];
        assertThrows(RejectedExecutionException.class, () -> runner(Duration.ZERO, (done, total) ->
                progress.incrementAndGet()).run(1, task -> late[0] = task, 1, () -> false));
        late[0].run();
        assertEquals(0, progress.get());
    }
}
