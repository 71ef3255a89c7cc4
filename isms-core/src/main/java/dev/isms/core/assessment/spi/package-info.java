// SPDX-License-Identifier: Apache-2.0
/**
 * The plug-in interface for scoring a group of gap-assessment results:
 * {@link dev.isms.core.assessment.spi.ScoringStrategy}, found with {@link java.util.ServiceLoader}.
 *
 * <p>The built-ins are {@code average}, {@code weighted} and {@code minimum}
 * (see {@link dev.isms.core.assessment.ScoringStrategies}). No method accepts or returns {@code null};
 * implementations are stateless and thread-safe.
 */
package dev.isms.core.assessment.spi;
