// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog;

/** Calls the standard registry three times in a JVM where a registered provider cannot be instantiated. */
public final class BrokenProviderMain {
    private BrokenProviderMain() {
    }

    /**
     * Prints one line per call: the exception type and its cause's type, or the result.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        for (int i = 0; i < 3; i++) {
            try {
                System.out.println("standard: " + Catalogs.standard());
            } catch (RuntimeException | Error e) {
                System.out.println("standard: " + e.getClass().getName() + " caused by "
                        + (e.getCause() == null ? "nothing" : e.getCause().getClass().getName()) + ": "
                        + e.getMessage());
            }
        }
        try {
            Catalogs.find("iso27002:2022");
        } catch (RuntimeException | Error e) {
            System.out.println("find: " + e.getClass().getName());
        }
        System.out.println("built-in: " + Catalogs.iso27002_2022().size());
    }
}
