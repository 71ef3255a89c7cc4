// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.fair;

/**
 * How a {@link BetaPert} turns (min, mode, max, λ) into the shapes α and β of its beta distribution.
 *
 * <p>Both variants share the mean μ = (min + λ·mode + max) / (λ + 2) of the "modified PERT" (Vose, <i>Risk
 * Analysis: A Quantitative Guide</i>, 3rd ed., 2008; as implemented by R's {@code mc2d::rpert} and
 * {@code prevalence::betaPERT}). With t = (mode − min) / (max − min) they differ in what else they match.
 *
 * @since 0.1
 */
public enum PertVariant {
    /**
     * Matches the mean and the mode: α = 1 + λ·t and β = 1 + λ·(1 − t). This is the beta-PERT of the PERT
     * literature and of most FAIR tools; the mean-and-mode "Vose" formula of the R packages above,
     * α = (μ − min)(2·mode − min − max) / ((mode − μ)(max − min)), reduces to the same α and β.
     * Its variance is αβ(max − min)² / ((α + β)²(α + β + 1)). This is the default.
     */
    CLASSIC,
    /**
     * Matches the mean and the variance σ² = (max − min)² / (λ + 2)², which for λ = 4 is the original PERT rule
     * σ = range / 6 (Malcolm, Roseboom, Clark and Fazar, <i>Operations Research</i> 7(5), 1959), by the beta
     * method of moments: with m = (μ − min) / (max − min) and k = (λ + 2)²·m(1 − m) − 1, α = m·k and
     * β = (1 − m)·k. Since m ≥ 1 / (λ + 2), k is always positive; α or β falls below 1 when the mode is near a
     * bound, and the mode of the result is only approximately the stated mode.
     */
    MOMENT_MATCHED
}
