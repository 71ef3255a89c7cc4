// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.fair;

import dev.isms.risk.fair.BetaPert;
import dev.isms.risk.fair.Constant;
import dev.isms.risk.fair.Distribution;
import dev.isms.risk.fair.LogNormal;

// Why: the one edge where the sealed Distribution hierarchy is turned into concrete samplers.
/** Compiles public distribution values into samplers. */
public final class Samplers {
    private Samplers() {
    }

    /**
     * Returns the sampler of a distribution.
     *
     * @param distribution the distribution
     * @return a stateless, thread-safe sampler
     */
    public static Sampler of(Distribution distribution) {
        if (distribution instanceof BetaPert pert) {
            return pert.isDegenerate()
                    ? new ConstantSampler(pert.min())
                    : new PertSampler(pert.min(), pert.max(), pert.alpha(), pert.beta());
        }
        if (distribution instanceof LogNormal logNormal) {
            return new LogNormalSampler(logNormal.mu(), logNormal.sigma());
        }
        return new ConstantSampler(((Constant) distribution).value());
    }
}
