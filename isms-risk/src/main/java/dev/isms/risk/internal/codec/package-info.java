// SPDX-License-Identifier: Apache-2.0
/**
 * The JSON codec behind {@code dev.isms.risk.json.RiskJson}: the risk module's only package that imports Jackson.
 * Documents are read by the catalogue module's strict, bounded codec (shared through a qualified export) into the
 * DTO records here, checked with Bean Validation, then mapped onto the risk records while every problem is
 * collected with its JSON pointer; a register's model problems are mapped from their model paths to pointers. Not
 * exported; opened to Jackson and hibernate-validator only. No method accepts or returns {@code null} unless it says
 * so; DTOs are immutable records.
 */
package dev.isms.risk.internal.codec;
