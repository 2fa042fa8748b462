"""Calibrate the article extractor's confidences on what it got right and wrong on text it had not seen.

`bench/labelled/first-look.jsonl` keeps every triple the extractor produced the first time it read each
held-out set (before any rule was made from that set), with the commit it ran at. Each triple is marked
right or wrong here by the shared scorer's own matching against the set's gold.

A confidence is calibrated when, of the triples given confidence c, a fraction c is right. Each rule's
confidence is scaled by a factor: the rule's observed precision on first-look triples, shrunk towards its
prior (the confidence it gave) by a weight of pseudo-observations, divided by that prior. Rules with no
first-look triples keep their prior.

The weight is the one of WEIGHTS whose factors score the lowest Brier leave-one-set-out (factors fitted on
the other sets, scored on the held-out one); an infinite weight keeps the priors as they are, so factors
are shipped only when they beat the priors on text they were not fitted on. Prints the Brier score and
expected calibration error for the raw priors and for each weight, and the per-rule counts. `--write` fits
the factors with the chosen weight on every set and writes kg/extract/calibration.yaml.

    python bench/calibration.py [--write]
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
FIRST_LOOK = ROOT / "bench" / "labelled" / "first-look.jsonl"
OUT = ROOT / "kg" / "extract" / "calibration.yaml"
SCORER = ROOT.parent / "shared" / "tools" / "score_extraction.py"
WEIGHTS = (2.0, 4.0, 8.0, 16.0, 32.0, float("inf"))   # pseudo-observations at the rule's prior
BINS = (0.0, 0.6, 0.7, 0.8, 0.9, 1.01)


@lru_cache(maxsize=1)
def scorer():
    """The shared scorer's module, loaded once (its matching labels triples right or wrong)."""
    spec = importlib.util.spec_from_file_location("score_extraction", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def labelled(rows: list[dict]) -> list[tuple[dict, bool]]:
    """Each first-look triple with whether the gold has it (one triple scored alone: right if it matches a fact)."""
    score_doc = scorer().score_doc
    golds: dict[tuple, dict] = {}
    out = []
    for row in rows:
        key = (row["set"], row["article"])
        if key not in golds:
            golds[key] = json.loads((ROOT / "bench" / "labelled" / row["set"] / "gold" / f"{row['article']}.json").read_text())
        tp, _fp, *_ = score_doc([row], golds[key])
        out.append((row, bool(tp)))
    return out


def rule_of(row: dict) -> str:
    return row["extractor"].split("/", 1)[-1]


def fit(data: list[tuple[dict, bool]], weight: float) -> dict[str, dict]:
    by_rule: dict[str, list[tuple[float, bool]]] = defaultdict(list)
    for row, ok in data:
        by_rule[rule_of(row)].append((row["confidence"], ok))
    table = {}
    for rule, items in sorted(by_rule.items()):
        n, right = len(items), sum(ok for _c, ok in items)
        prior = sum(c for c, _ok in items) / n
        precision = prior if weight == float("inf") else (right + weight * prior) / (n + weight)
        table[rule] = {"triples": n, "right": right, "mean_prior": round(prior, 3),
                       "calibrated_precision": round(precision, 3), "factor": round(precision / prior, 3)}
    return table


def calibrated(row: dict, table: dict[str, dict]) -> float:
    return min(0.99, row["confidence"] * table.get(rule_of(row), {}).get("factor", 1.0))


def reliability(pairs: list[tuple[float, bool]]) -> tuple[float, float, list[tuple[str, int, float, float]]]:
    brier = sum((c - ok) ** 2 for c, ok in pairs) / len(pairs)
    ece, bins = 0.0, []
    for lo, hi in zip(BINS, BINS[1:]):
        inside = [(c, ok) for c, ok in pairs if lo <= c < hi]
        if not inside:
            continue
        mean_c = sum(c for c, _ in inside) / len(inside)
        observed = sum(ok for _, ok in inside) / len(inside)
        ece += len(inside) / len(pairs) * abs(mean_c - observed)
        bins.append((f"{lo:.1f}-{min(hi, 1.0):.1f}", len(inside), mean_c, observed))
    return brier, ece, bins


def leave_one_set_out(data, sets, weight: float) -> list[tuple[float, bool]]:
    """Calibrated confidences of each set's triples, from factors fitted on the other sets only."""
    pairs = []
    for held in sets:
        table = fit([d for d in data if d[0]["set"] != held], weight)
        pairs += [(calibrated(row, table), ok) for row, ok in data if row["set"] == held]
    return pairs


def choose_weight(data, sets, show: bool = False) -> float:
    """The shrinkage weight with the lowest leave-one-set-out Brier score (ties go to more shrinkage)."""
    scored = []
    for weight in WEIGHTS:
        pairs = leave_one_set_out(data, sets, weight)
        brier, ece, bins = reliability(pairs)
        scored.append((round(brier, 6), -weight, weight))
        if show:
            name = "raw priors (infinite weight)" if weight == float("inf") else f"weight {weight:g}"
            print(f"\n{name}: Brier {brier:.4f}  expected calibration error {ece:.3f}  (leave-one-set-out)")
            print(f"  {'confidence':<12}{'triples':>8}{'mean conf':>11}{'observed':>10}")
            for label, n, mean_c, observed in bins:
                print(f"  {label:<12}{n:>8}{mean_c:>11.3f}{observed:>10.3f}")
    best = min(scored)[2]
    if show:
        print(f"\nchosen weight: {best:g}")
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help=f"write the fitted factors to {OUT.relative_to(ROOT)}")
    args = ap.parse_args()
    if not SCORER.is_file():
        sys.exit(f"error: {SCORER} not found (the shared scorer marks triples right or wrong)")
    rows = [json.loads(line) for line in FIRST_LOOK.read_text().splitlines() if line.strip()]
    data = labelled(rows)
    sets = sorted({row["set"] for row, _ in data})
    right = sum(ok for _, ok in data)
    print(f"first-look triples: {len(data)} ({right} right, {len(data) - right} wrong) from sets {', '.join(sets)}")

    weight = choose_weight(data, sets, show=True)
    table = fit(data, weight)
    print(f"\n{'rule':<22}{'triples':>8}{'right':>7}{'prior':>8}{'calibrated':>12}{'factor':>8}")
    for rule, t in table.items():
        print(f"{rule:<22}{t['triples']:>8}{t['right']:>7}{t['mean_prior']:>8.3f}{t['calibrated_precision']:>12.3f}"
              f"{t['factor']:>8.3f}")
    if args.write:
        header = ("# Written by bench/calibration.py from bench/labelled/first-look.jsonl: per-rule factors that scale\n"
                  "# the extractor's prior confidences to the precision each rule showed on held-out text. Do not edit.\n")
        OUT.write_text(header + yaml.safe_dump({"prior_weight": str(weight), "rules": table}, sort_keys=True))
        print(f"\nwrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
