#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Vectorised NumPy reference for the FairSimulationBenchmark job (same model, same scenario parameters).

Job: 1,000 scenarios x 10,000 simulated years; per scenario three classic beta-PERT inputs (lambda = 4):
threat event frequency (TEF), vulnerability (V) and loss magnitude (LM); annual loss = TEF * V * LM per year;
summary per scenario: mean and P10/P50/P90/P95/P99 (numpy's default 'linear' percentile, the same definition as
the Java engine).

Run (on the benchmark machine, in the same session as the JMH run; unset the OpenBLAS hints for this command only):

    env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python3 isms-risk/src/jmh/python/fair_numpy.py

It prints the best and median wall time of --repeats runs (default 5) of the whole job, single process.
"""
import argparse
import time

import numpy as np

SCENARIOS = 1_000
YEARS = 10_000
PERCENTILES = [10, 50, 90, 95, 99]


def scenario_parameters(n):
    """(min, mode, max) triples per input, identical to FairSimulationBenchmark.scenario(i)."""
    i = np.arange(n)
    tef = (np.full(n, 0.5), 2.0 + (i % 7), 20.0 + (i % 13))
    vuln = (np.full(n, 0.05), 0.2 + 0.05 * (i % 5), np.full(n, 0.9))
    lm = (np.full(n, 10_000.0), 50_000.0 + 1_000.0 * (i % 17), np.full(n, 2_000_000.0))
    return tef, vuln, lm


def pert(rng, lo, mode, hi, years, lam=4.0):
    """Classic PERT: alpha = 1 + lam (mode - min) / (max - min), beta = 1 + lam (max - mode) / (max - min)."""
    span = hi - lo
    a = 1.0 + lam * (mode - lo) / span
    b = 1.0 + lam * (hi - mode) / span
    x = rng.beta(a[:, None], b[:, None], size=(a.size, years))
    return lo[:, None] + span[:, None] * x


def job(seed):
    rng = np.random.default_rng(seed)
    tef, vuln, lm = scenario_parameters(SCENARIOS)
    ale = pert(rng, *tef, YEARS)
    ale *= pert(rng, *vuln, YEARS)
    ale *= pert(rng, *lm, YEARS)
    mean = ale.mean(axis=1)
    pct = np.percentile(ale, PERCENTILES, axis=1)
    return mean, pct


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    times = []
    for r in range(args.repeats):
        start = time.perf_counter()
        mean, pct = job(args.seed + r)
        times.append(time.perf_counter() - start)
    print(f"numpy {np.__version__}: {SCENARIOS} scenarios x {YEARS} years, 3 beta-PERT inputs")
    print(f"scenario 0: mean={mean[0]:.1f} P10..P99={np.round(pct[:, 0], 1).tolist()}")
    print(f"best {min(times):.3f} s, median {sorted(times)[len(times) // 2]:.3f} s over {args.repeats} runs")


if __name__ == "__main__":
    main()
