// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog;

import dev.isms.core.ControlType;
import dev.isms.core.SecurityProperty;
import dev.isms.core.Theme;

/** The first-answer program that {@link CatalogsStartupTest} runs in a fresh JVM with class loading logged. */
public final class StartupPathMain {
    private StartupPathMain() {
    }

    /**
     * Loads ISO/IEC 27002:2022 and runs one query.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        int n = Catalogs.iso27002_2022().query().theme(Theme.TECHNOLOGICAL).any(ControlType.PREVENTIVE)
                .all(SecurityProperty.CONFIDENTIALITY, SecurityProperty.INTEGRITY).count();
        System.out.println(n);
    }
}
