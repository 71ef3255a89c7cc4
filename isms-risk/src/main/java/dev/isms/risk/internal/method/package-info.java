// SPDX-License-Identifier: Apache-2.0
/**
 * Helpers of the built-in scoring methods in {@code dev.isms.risk.method}: text forms and factor checks that the
 * public value types and their scorers share. Not exported; no method accepts or returns {@code null}.
 */
package dev.isms.risk.internal.method;
