// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.fair;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DistributionTest {

    @Test
    void factoriesCreateTheDefaultShapes() {
        assertEquals(BetaPert.of(1, 2, 3), Distribution.pert(1, 2, 3));
        assertEquals(LogNormal.from90PercentInterval(1, 9), Distribution.logNormal90(1, 9));
        assertEquals(Constant.of(4), Distribution.constant(4));
    }
}
