// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal;

import dev.isms.core.internal.Checks;
import dev.isms.risk.RiskModelException;
import dev.isms.risk.spi.RiskScorer;
import dev.isms.risk.spi.ScoringRequest;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Typed, checked access to a scoring request's text parameters, shared by the built-in scorers so that every
 * missing, unknown or out-of-range parameter gives the same kind of message naming the method, field and value.
 * Numbers are read by the strict grammar of {@link Numbers}; values are quoted with {@link Checks#quote}.
 */
public final class Parameters {
    private final String method;
    private final Map<String, String> values;

    private Parameters(String method, Map<String, String> values) {
        this.method = method;
        this.values = values;
    }

    /**
     * Copies scoring parameters into a name-sorted, unmodifiable map, rejecting null names and values.
     *
     * @param parameters the parameters
     * @return the copy
     */
    public static Map<String, String> sorted(Map<String, String> parameters) {
        TreeMap<String, String> sorted = new TreeMap<>();
        for (Map.Entry<String, String> e : parameters.entrySet()) {
            sorted.put(Objects.requireNonNull(e.getKey(), "parameter name"),
                    Objects.requireNonNull(e.getValue(), "parameter " + e.getKey()));
        }
        return Collections.unmodifiableMap(sorted);
    }

    /**
     * Wraps a request's parameters, rejecting names the scorer does not read.
     *
     * @param scorer the scorer, for its id and parameter names
     * @param request the request
     * @return the parameters
     * @throws RiskModelException naming the first unknown parameter and the known ones
     */
    public static Parameters of(RiskScorer scorer, ScoringRequest request) {
        for (String name : request.parameters().keySet()) {
            if (!scorer.parameterNames().contains(name)) {
                throw new RiskModelException(scorer.id() + ": unknown parameter " + Checks.quote(name)
                        + "; known parameters are " + new TreeSet<>(scorer.parameterNames()));
            }
        }
        return new Parameters(scorer.id(), request.parameters());
    }

    /**
     * Wraps a request's parameters without checking their names, for scorers whose parameter names are open-ended
     * (they check names themselves).
     *
     * @param methodId the scorer's id, for messages
     * @param request the request
     * @return the parameters
     */
    public static Parameters unchecked(String methodId, ScoringRequest request) {
        return new Parameters(methodId, request.parameters());
    }

    /**
     * Tells whether a parameter was given.
     *
     * @param name the parameter
     * @return true if present
     */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /**
     * Returns a mandatory text parameter.
     *
     * @param name the parameter
     * @return its value
     * @throws RiskModelException if missing
     */
    public String text(String name) {
        String v = values.get(name);
        if (v == null) {
            throw new RiskModelException(method + ": missing mandatory parameter '" + name + "'");
        }
        return v;
    }

    /**
     * Returns a mandatory integer parameter within a range: ASCII digits, optionally after {@code '-'}.
     *
     * @param name the parameter
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @return the value
     * @throws RiskModelException if missing, not an integer or out of range, naming it
     */
    public int integer(String name, int min, int max) {
        long i = longInteger(name, "an integer " + min + ".." + max);
        if (i < min || i > max) {
            throw new RiskModelException(method + ": parameter '" + name + "' must be " + min + ".." + max
                    + " but was " + i);
        }
        return (int) i;
    }

    /**
     * Returns a mandatory integer parameter of any long value: ASCII digits, optionally after {@code '-'}.
     *
     * @param name the parameter
     * @param rule what a valid value is, for the message
     * @return the value
     * @throws RiskModelException if missing or not an integer that fits a long, naming it
     */
    public long longInteger(String name, String rule) {
        String v = text(name);
        try {
            return Numbers.parseInteger(v);
        } catch (NumberFormatException e) {
            throw new RiskModelException(method + ": parameter '" + name + "' must be " + rule + " but was "
                    + Checks.quote(v), e);
        }
    }

    /**
     * Returns a mandatory decimal parameter within a range, by the grammar of {@link Numbers}.
     *
     * @param name the parameter
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @return the value
     * @throws RiskModelException if missing, not a decimal number or out of range, naming it
     */
    public double decimal(String name, double min, double max) {
        String v = text(name);
        double d;
        try {
            d = Numbers.parseDecimal(v);
        } catch (NumberFormatException e) {
            throw new RiskModelException(method + ": parameter '" + name + "' must be a decimal number " + min + ".."
                    + max + " but was " + Checks.quote(v), e);
        }
        if (!(d >= min && d <= max)) {
            throw new RiskModelException(method + ": parameter '" + name + "' must be " + min + ".." + max
                    + " but was " + Checks.quote(v));
        }
        return d;
    }

    /**
     * Returns a mandatory parameter that must be one of some words, ignoring case.
     *
     * @param name the parameter
     * @param allowed the allowed words, upper case
     * @return the index of the word in {@code allowed}
     * @throws RiskModelException if missing or not allowed, listing the words
     */
    public int choice(String name, List<String> allowed) {
        String v = text(name);
        int i = allowed.indexOf(v.trim().toUpperCase(Locale.ROOT).replace(' ', '_'));
        if (i < 0) {
            throw new RiskModelException(method + ": parameter '" + name + "' must be one of " + allowed
                    + " but was " + Checks.quote(v));
        }
        return i;
    }

    /**
     * Returns a mandatory parameter converted by a parser that throws {@link IllegalArgumentException} for text it
     * rejects, such as an enum's {@code parse}.
     *
     * @param <T> the converted type
     * @param name the parameter
     * @param parser converts the text, throwing {@code IllegalArgumentException} if it is not valid
     * @param rule what a valid value is, for the message, such as {@code "a level name or 0..100"}
     * @return the converted value
     * @throws RiskModelException if missing or rejected by the parser, naming the parameter, value and rule
     */
    public <T> T parsed(String name, Function<String, T> parser, String rule) {
        String v = text(name);
        try {
            return parser.apply(v);
        } catch (IllegalArgumentException e) {
            throw new RiskModelException(method + ": parameter '" + name + "' must be " + rule + " but was "
                    + Checks.quote(v), e);
        }
    }

    /**
     * Like {@link #parsed(String, Function, String)}, and the message also gives the parser's reason.
     *
     * @param <T> the converted type
     * @param name the parameter
     * @param parser converts the text, throwing {@code IllegalArgumentException} with a reason if it is not valid
     * @param rule what a valid value is, for the message
     * @return the converted value
     * @throws RiskModelException if missing or rejected by the parser, naming the parameter, value, rule and reason
     */
    public <T> T parsedWithReason(String name, Function<String, T> parser, String rule) {
        String v = text(name);
        try {
            return parser.apply(v);
        } catch (IllegalArgumentException e) {
            throw new RiskModelException(method + ": parameter '" + name + "' must be " + rule + " but was "
                    + Checks.quote(v) + ": " + e.getMessage(), e);
        }
    }
}
