// SPDX-License-Identifier: Apache-2.0
package dev.isms.examples.startup;

import dev.isms.catalog.Catalogs;
import dev.isms.core.ControlType;
import dev.isms.core.SecurityProperty;
import dev.isms.core.Theme;

/**
 * The first answer a program gets from the library: load ISO/IEC 27002:2022 and count the technological,
 * preventive controls that protect both confidentiality and integrity. {@code src/bench/startup.sh} times it
 * against {@link HelloWorld} to measure what the library adds to a JVM's start-up.
 */
public final class FirstAnswer {
    private FirstAnswer() {
    }

    /**
     * Prints the count.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        int count = Catalogs.iso27002_2022().query().theme(Theme.TECHNOLOGICAL).any(ControlType.PREVENTIVE)
                .all(SecurityProperty.CONFIDENTIALITY, SecurityProperty.INTEGRITY).count();
        System.out.println(count);
    }
}
