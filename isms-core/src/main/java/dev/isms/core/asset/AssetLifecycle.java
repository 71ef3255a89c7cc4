// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.asset;

import dev.isms.core.Evidence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The history of an asset's lifecycle: each state it entered, in order. The moves follow {@link AssetState}'s
 * rules and days never go back, so every lifecycle that exists is valid; an empty history means the asset's
 * lifecycle is not tracked.
 *
 * @param history the steps, oldest first
 * @since 0.2
 */
public record AssetLifecycle(List<AssetEvent> history) {
    private static final AssetLifecycle UNTRACKED = new AssetLifecycle(List.of());

    /**
     * Validates and copies the history.
     *
     * @param history the steps, not null
     * @throws IllegalArgumentException naming the step that starts in a wrong state, moves where its state may not,
     *         or goes back in time
     */
    public AssetLifecycle {
        history = List.copyOf(history);
        for (int i = 0; i < history.size(); i++) {
            String problem = problem(i == 0 ? null : history.get(i - 1), history.get(i));
            if (problem != null) {
                throw new IllegalArgumentException("asset lifecycle history[" + i + "] " + problem);
            }
        }
    }

    /** {@return the problem with a step after another (null for the first), or null if none} */
    static String problem(AssetEvent previous, AssetEvent next) {
        if (previous == null) {
            return next.state().isStart() ? null : "must start requested or in-use but was " + next.state().key();
        }
        if (!previous.state().canMoveTo(next.state())) {
            return "cannot move from " + previous.state().key() + " to " + next.state().key() + " (allowed: "
                    + keys(previous.state()) + ")";
        }
        if (next.date().isBefore(previous.date())) {
            return "date must not be before the previous step's " + previous.date() + " but was " + next.date();
        }
        return null;
    }

    private static String keys(AssetState s) {
        List<String> out = new ArrayList<>();
        for (AssetState n : s.next()) {
            out.add(n.key());
        }
        return out.isEmpty() ? "none" : String.join(", ", out);
    }

    /** {@return a lifecycle that is not tracked: no history} */
    public static AssetLifecycle untracked() {
        return UNTRACKED;
    }

    /**
     * Starts a lifecycle.
     *
     * @param state requested or in use
     * @param date the day, not null
     * @return the lifecycle
     * @throws IllegalArgumentException if the state is not a start state
     */
    public static AssetLifecycle start(AssetState state, LocalDate date) {
        return new AssetLifecycle(List.of(AssetEvent.of(state, date)));
    }

    /** {@return the current state, or empty if not tracked} */
    public Optional<AssetState> state() {
        return last().map(AssetEvent::state);
    }

    /** {@return the day the current state was entered, or empty if not tracked} */
    public Optional<LocalDate> since() {
        return last().map(AssetEvent::date);
    }

    private Optional<AssetEvent> last() {
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }

    /**
     * Returns the lifecycle after one more step.
     *
     * @param step the step, not null
     * @return the new lifecycle
     * @throws IllegalStateException if the move is not allowed from the current state, or goes back in time
     */
    public AssetLifecycle moveTo(AssetEvent step) {
        String problem = problem(last().orElse(null), Objects.requireNonNull(step, "step"));
        if (problem != null) {
            throw new IllegalStateException("asset lifecycle " + problem);
        }
        List<AssetEvent> copy = new ArrayList<>(history);
        copy.add(step);
        return new AssetLifecycle(copy);
    }

    /**
     * Returns the lifecycle after one more step without note or evidence.
     *
     * @param state the state entered, not null
     * @param date the day, not null
     * @return the new lifecycle
     * @throws IllegalStateException if the move is not allowed
     */
    public AssetLifecycle moveTo(AssetState state, LocalDate date) {
        return moveTo(AssetEvent.of(state, date));
    }

    /**
     * Returns the day the asset last entered a state.
     *
     * @param state the state, not null
     * @return the day, or empty if it never did
     */
    public Optional<LocalDate> lastEntered(AssetState state) {
        Objects.requireNonNull(state, "state");
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).state() == state) {
                return Optional.of(history.get(i).date());
            }
        }
        return Optional.empty();
    }

    /** {@return the evidence of secure erasure: the evidence of the disposal step; empty if not disposed or none} */
    public Optional<Evidence> erasureEvidence() {
        return last().filter(e -> e.state() == AssetState.DISPOSED).flatMap(AssetEvent::evidence);
    }

    /**
     * Returns the lifecycle with erasure evidence recorded on its disposal step (evidence often arrives after
     * the asset has gone).
     *
     * @param proof the evidence, not null
     * @return the new lifecycle
     * @throws IllegalStateException if the asset is not disposed
     */
    public AssetLifecycle withErasureEvidence(Evidence proof) {
        Objects.requireNonNull(proof, "proof");
        if (state().orElse(null) != AssetState.DISPOSED) {
            throw new IllegalStateException("asset lifecycle erasure evidence needs a disposed asset but the state"
                    + " was " + state().map(AssetState::key).orElse("untracked"));
        }
        List<AssetEvent> copy = new ArrayList<>(history);
        copy.set(copy.size() - 1, copy.get(copy.size() - 1).withEvidence(proof));
        return new AssetLifecycle(copy);
    }
}
