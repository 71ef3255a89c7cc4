// SPDX-License-Identifier: Apache-2.0
package dev.isms.examples.startup;

/**
 * The baseline of the start-up measurement: a JVM that starts, prints a line and exits, on the same class path
 * as {@link FirstAnswer}.
 */
public final class HelloWorld {
    private HelloWorld() {
    }

    /**
     * Prints a line.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.println("hello");
    }
}
