// SPDX-License-Identifier: Apache-2.0
/**
 * Certification: an ISMS {@link dev.isms.core.certification.Certificate} and its three-year cycle (ISO/IEC
 * 17021-1:2015 clause 9.1.3): stage 1 and 2, surveillance in years 1 and 2, recertification before expiry, what is
 * due or overdue on a day, and the ISO/IEC 27001:2013 to 2022 {@linkplain dev.isms.core.certification.Transition
 * transition} (2013 certificates valid only until 2025-10-31).
 *
 * <p>Time is passed in as a {@link java.time.LocalDate} or a {@link java.time.Clock}. No method accepts or
 * returns {@code null}; every type is immutable and thread-safe (builders excepted).
 */
package dev.isms.core.certification;
