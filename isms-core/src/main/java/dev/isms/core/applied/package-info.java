// SPDX-License-Identifier: Apache-2.0
/**
 * Applied controls: what the organisation actually does (a measure, a safeguard such as "MFA on all admin
 * accounts"), kept apart from the catalogue controls it realises and from the requirements that ask for them.
 *
 * <p>One {@link dev.isms.core.applied.AppliedControl} realises controls of any catalogue (by
 * {@link dev.isms.core.ControlRef}), treats risks (by scenario id), has an owner, a status, a due date and
 * evidence; an {@link dev.isms.core.applied.AppliedControlSet} answers which applied controls realise a control
 * and which evidence has expired. The Statement of Applicability derives implementation status from them.
 *
 * <p>No method accepts or returns {@code null}; every type is immutable and thread-safe.
 */
package dev.isms.core.applied;
