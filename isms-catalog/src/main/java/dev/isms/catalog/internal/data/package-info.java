// SPDX-License-Identifier: Apache-2.0
/**
 * Internal: the Jackson-free loader of the built-in JSON resources that sit in this package. Not exported.
 */
package dev.isms.catalog.internal.data;
