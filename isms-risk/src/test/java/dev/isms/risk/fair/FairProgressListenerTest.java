// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.fair;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import org.junit.jupiter.api.Test;

class FairProgressListenerTest {

    @Test
    void noneIgnoresProgress() {
        assertDoesNotThrow(() -> FairProgressListener.NONE.onProgress(1, 2));
    }
}
