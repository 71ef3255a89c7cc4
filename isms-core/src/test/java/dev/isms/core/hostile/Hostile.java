// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.hostile;

import dev.isms.core.FormatException;
import dev.isms.core.Problem;
import dev.isms.core.internal.Checks;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.jqwik.api.statistics.Statistics;

/**
 * Runs one hostile input through a reader and checks the outcome: a value, or the documented typed exception with a
 * non-empty, bounded message that is safe to log (no control characters but line breaks, no lone surrogates) and, for
 * a {@link FormatException}, a capped problem list. Any other throwable, or a reader still running after
 * {@link #TIMEOUT_SECONDS} seconds, fails the try with a summary of the input. Outcomes go to jqwik's statistics
 * under the reader's name. (isms-catalog and isms-risk use it from isms-core's test-jar.)
 */
public final class Hostile {
    /** Per-try bound on a reader's run time; a try that takes longer is a hang. */
    public static final long TIMEOUT_SECONDS = 5;
    /** Bound on a message that is not a problem list (a parse, model or format error with one problem). */
    public static final int MAX_MESSAGE = 2_000;
    /** Bound on the problems a reader lists. */
    public static final int MAX_PROBLEMS = 100;
    /**
     * Bound on one problem's message: the longest legitimate one lists a vocabulary (about 600 characters) and quotes
     * one value (at most about 125). (Its location, a JSON pointer built from the document's own keys, is data and
     * unbounded; the exception message quotes it bounded, which the message bound checks.)
     */
    public static final int MAX_PROBLEM_TEXT = 1_000;

    private static final ExecutorService RUNNER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "hostile-reader");
        t.setDaemon(true);
        return t;
    });

    private Hostile() {
    }

    /**
     * Runs a reader on an input and checks the outcome.
     *
     * @param reader the reader's name, for statistics and failures
     * @param input the input, for the failure summary
     * @param documented the exception type the reader documents
     * @param call the reader applied to the input
     * @return the outcome: {@code "value"} or the exception's simple name
     */
    public static String attempt(String reader, String input, Class<? extends RuntimeException> documented,
            Callable<?> call) {
        String outcome = outcome(reader, input, documented, call);
        Statistics.label(reader).collect(outcome);
        return outcome;
    }

    /** {@link #attempt(String, String, Class, Callable)} for a byte input. */
    public static String attempt(String reader, byte[] input, Class<? extends RuntimeException> documented,
            Callable<?> call) {
        return attempt(reader, new String(input, StandardCharsets.UTF_8), documented, call);
    }

    private static String outcome(String reader, String input, Class<? extends RuntimeException> documented,
            Callable<?> call) {
        Future<?> f = RUNNER.submit(call);
        Object value;
        try {
            value = f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new AssertionError(reader + " still running after " + TIMEOUT_SECONDS + " s on " + summary(input));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (!documented.isInstance(cause)) {
                throw new AssertionError(reader + " threw " + cause.getClass().getName() + " (documented: "
                        + documented.getSimpleName() + ") on " + summary(input), cause);
            }
            checkMessage(reader, input, cause);
            return cause.getClass().getSimpleName();
        }
        if (value == null) {
            throw new AssertionError(reader + " returned null on " + summary(input));
        }
        return "value";
    }

    /**
     * Checks a typed exception: a non-empty message of bounded length, safe to log; a capped problem list.
     *
     * @param reader the reader's name, for failures
     * @param input the input, for failures
     * @param e the exception
     */
    public static void checkMessage(String reader, String input, Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            throw new AssertionError(reader + " threw " + e.getClass().getSimpleName() + " without a message on "
                    + summary(input), e);
        }
        int bound = MAX_MESSAGE;
        if (e instanceof FormatException) {
            FormatException f = (FormatException) e;
            check(!f.problems().isEmpty() && f.problems().size() <= MAX_PROBLEMS && f.omitted() >= 0,
                    reader, input, e, "lists " + f.problems().size() + " problems");
            for (Problem p : f.problems()) {
                check(!p.message().isBlank() && p.message().length() <= MAX_PROBLEM_TEXT, reader, input, e,
                        "has a problem message that is blank or longer than " + MAX_PROBLEM_TEXT);
            }
            bound = MAX_PROBLEMS * (MAX_PROBLEM_TEXT + 2 * Checks.QUOTE_LIMIT + 40) + MAX_MESSAGE;
        }
        check(m.length() <= bound, reader, input, e, "has a message of " + m.length() + " characters");
        for (int i = 0; i < m.length(); i++) {
            char c = m.charAt(i);
            boolean unsafe = c != '\n' && Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                    || Character.isSurrogate(c) && !paired(m, i);
            if (unsafe) {
                check(false, reader, input, e, String.format("has an unescaped U+%04X in its message at %d", (int) c, i));
            }
        }
    }

    private static boolean paired(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    private static void check(boolean ok, String reader, String input, Throwable e, String what) {
        if (!ok) {
            throw new AssertionError(reader + ": " + e.getClass().getSimpleName() + " " + what + " on "
                    + summary(input) + "\nmessage starts: " + escape(e.getMessage(), 500), e);
        }
    }

    /** {@return the input's length, hash and first characters, escaped} */
    public static String summary(String input) {
        return "input of " + input.length() + " chars (hash " + Integer.toHexString(input.hashCode()) + "): "
                + escape(input, 300);
    }

    private static String escape(String s, int limit) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < Math.min(limit, s.length()); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029') {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append(s.length() > limit ? "\"…" : "\"").toString();
    }
}
