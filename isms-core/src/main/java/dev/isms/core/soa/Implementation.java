// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.soa;

import dev.isms.core.applied.AppliedControl;
import dev.isms.core.applied.AppliedControlStatus;
import dev.isms.core.internal.Values;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A control's implementation status in the Statement of Applicability and where it comes from: derived from the
 * applied controls that realise the control (see {@link ImplementationStatus#derive(Collection)}), or set
 * explicitly with a reason.
 *
 * @param status the status
 * @param appliedControls the ids of the applied controls that realise the control, no repeats
 * @param reason why the status was set explicitly, or empty when it is derived
 * @since 0.2
 */
public record Implementation(ImplementationStatus status, List<String> appliedControls, Optional<String> reason) {

    private static final Implementation NONE = new Implementation(ImplementationStatus.NOT_IMPLEMENTED, List.of(),
            Optional.empty());

    /**
     * Validates and copies the components.
     *
     * @param status the status, not null
     * @param appliedControls the applied controls' ids, not blank, no repeats
     * @param reason the reason for an explicit status, or empty; never blank
     */
    public Implementation {
        Objects.requireNonNull(status, "implementation status");
        appliedControls = Values.texts(appliedControls, "implementation appliedControls");
        Values.optionalText(reason, "implementation reason");
    }

    /** {@return a derived "not implemented": no applied control realises the control} */
    public static Implementation notImplemented() {
        return NONE;
    }

    /**
     * Derives the status from the applied controls that realise a control.
     *
     * @param realising those applied controls, not null
     * @return the derived implementation, listing their ids
     */
    public static Implementation derive(Collection<AppliedControl> realising) {
        List<AppliedControlStatus> statuses = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (AppliedControl a : realising) {
            statuses.add(a.status());
            ids.add(a.id());
        }
        return new Implementation(ImplementationStatus.derive(statuses), ids, Optional.empty());
    }

    /**
     * Sets a status explicitly.
     *
     * @param status the status, not null
     * @param reason why, not blank
     * @return the explicit implementation
     */
    public static Implementation explicit(ImplementationStatus status, String reason) {
        return new Implementation(status, List.of(), Optional.of(reason));
    }

    /** {@return true if the status was set explicitly rather than derived} */
    public boolean isExplicit() {
        return reason.isPresent();
    }
}
