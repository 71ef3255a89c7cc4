// SPDX-License-Identifier: Apache-2.0
/**
 * Internal: the built-in data. The versioned JSON resources in this package are the reviewable source; the build
 * compiles each into a compact binary form ({@link dev.isms.catalog.internal.data.CompactCompiler}, reading the JSON
 * through the one Jackson codec), which {@link dev.isms.catalog.internal.data.BuiltIns} reads at start-up with a
 * {@code DataInputStream}, without Jackson. Not exported.
 */
package dev.isms.catalog.internal.data;
