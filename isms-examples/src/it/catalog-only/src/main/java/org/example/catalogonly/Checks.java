// SPDX-License-Identifier: Apache-2.0
package org.example.catalogonly;

/** Assertions for a program without a test framework. */
final class Checks {
    private Checks() {
    }

    static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    /** Checks that the program runs as a named module exactly when started on the module path. */
    static void launchedOn(String how, Class<?> main) {
        check(main.getModule().isNamed() == how.equals("module-path"), "started on the " + how + " but "
                + main.getModule());
    }

    /** {@return whether the class can be loaded from here} */
    static boolean present(String className) {
        try {
            Class.forName(className, false, Checks.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
