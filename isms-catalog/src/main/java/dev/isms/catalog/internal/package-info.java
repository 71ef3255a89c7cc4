// SPDX-License-Identifier: Apache-2.0
/**
 * Internal: the built-in catalogue provider and the provider registry that calls {@link java.util.ServiceLoader}.
 * Not exported; nothing here is API.
 */
package dev.isms.catalog.internal;
