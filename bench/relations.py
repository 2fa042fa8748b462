"""Train the extractor's learned readers and choose when they may act: the pair reader
(kg/extract/relations.py, company–fact pairs in a sentence) and the name reader (kg/extract/names.py, tagged
names the rules did not take).

Examples come from the labelled articles (the shared gold and the sets in bench/labelled, all but MEASURE_ONLY),
labelled by the shared scorer's own matching: a pair is right when the gold has that fact for that company, a
name when it names one of the gold's companies. Each reader is a logistic model (scikit-learn, L2) whose
strength is the one of STRENGTHS with the lowest leave-one-set-out log loss (fitted on the other sets, applied
to the held-out one).

When a reader may act is measured leave-one-set-out too:
- pairs, against today's rules: what the model alone reads, and what it would add to the rules (the pairs they
  did not read). The rules were written from these very sets, so what they leave unread is mostly noise: a
  pessimistic measure, which rules a threshold out only when it adds at least MIN_ADDITIONS and fewer than
  TARGET_PRECISION of them are right;
- pairs, against the rules' first look at each held-out set (bench/labelled/first-look.jsonl): what the model
  would have added then, how many are right, and the recall gained. Each kind's threshold is the lowest of
  THRESHOLDS that the first measure does not rule out and at which these additions are at least TARGET_PRECISION
  right over at least MIN_ADDITIONS; a kind with none gets no threshold (the model adds nothing of it);
- names: the names it would register that the rules did not take, one per name and article; the threshold is the
  lowest at which at least MIN_ADDITIONS of them are at least TARGET_PRECISION right, else none.
The thresholds are chosen on the same held-out figures they are judged by, so those figures flatter them
somewhat; the measure of the final code is a set no rule and no reader has learned from.

    python bench/relations.py [--write]      (--write: kg/extract/names.yaml and kg/extract/relations.yaml)
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from calibration import FIRST_LOOK, SCORER, scorer  # noqa: E402
from kg.extract.relations import probability, vetoed  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
OUT = ROOT / "kg" / "extract" / "relations.yaml"
NAMES_OUT = ROOT / "kg" / "extract" / "names.yaml"
# Sets kept out of the rules and of the learned readers' training: the measure of the final code. (Their
# first-look triples still calibrate confidences, as every held-out set's do: see bench/calibration.py.)
MEASURE_ONLY = {"holdout267"}
STRENGTHS = (0.03, 0.1, 0.3, 1.0)          # scikit-learn's C: smaller is more regularised
THRESHOLDS = (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)
TARGET_PRECISION = 0.9
MIN_ADDITIONS = 5


def sets() -> dict[str, tuple[Path, Path]]:
    """The labelled sets the readers learn from: all but MEASURE_ONLY."""
    out = {"shared": (SHARED / "data" / "articles", SHARED / "data" / "gold")}
    for d in sorted((ROOT / "bench" / "labelled").iterdir()):
        if (d / "gold").is_dir() and d.name not in MEASURE_ONLY:
            out[d.name] = (d / "articles", d / "gold")
    return out


def name_label(text: str, companies: dict, ontology) -> bool:
    """Whether a tagged name names one of the gold's companies: it holds one of the company's names ("Zhipu AI
    Co"), or is the start or end of one ("Zhipu", "Unicom"), and is not a place ("China")."""
    sc = scorer()
    t = sc.norm(text)
    if ontology.regions.lookup(text) is not None or len(t.strip()) < 3:
        return False
    for name, spec in companies.items():
        for alias in [name] + spec["aliases"]:
            a = sc.norm(alias)
            if a in t or (a.startswith(t) or a.endswith(t)):
                return True
    return False


def examples() -> tuple[list[dict], list[dict]]:
    """One row per pair (set, article, features, whether the rules read it, its label), and one per tagged name
    (set, article, text, features, whether the rules took it, its label)."""
    from kg.extract.article import RuleExtractor
    from kg.ontology import load
    from kg.pipeline import default_index
    from kg.readers.article import read_article

    score_doc = scorer().score_doc
    ontology = load()
    extractor = RuleExtractor(ontology, default_index(ontology))
    rows, name_rows = [], []
    for name, (articles, gold_dir) in sets().items():
        for gold_path in sorted(gold_dir.glob("*.json")):
            article = next(p for p in sorted(articles.iterdir()) if p.stem == gold_path.stem)
            gold = json.loads(gold_path.read_text())
            (_triples, candidates, name_candidates), = extractor.read_many([read_article(str(article))])
            for c in candidates:
                tp, *_ = score_doc([{"subject": c.subject, "object": c.object, "object_type": c.object_type}], gold)
                rows.append({"set": name, "article": gold_path.stem, "features": c.features, "read": c.read_by_rules,
                             "kind": c.object_type, "subject": c.subject, "object": c.object, "label": bool(tp)})
            for c in name_candidates:
                name_rows.append({"set": name, "article": gold_path.stem, "text": c.text, "features": c.features,
                                  "read": c.registered_by_rules, "label": name_label(c.text, gold["companies"], ontology)})
    return rows, name_rows


def fit(rows: list[dict], strength: float) -> dict[str, float]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([{f: 1 for f in r["features"]} for r in rows])
    y = [r["label"] for r in rows]
    model = LogisticRegression(C=strength, fit_intercept=False, max_iter=5000).fit(x, y)
    return {f: round(float(w), 4) for f, w in zip(vec.get_feature_names_out(), model.coef_[0]) if abs(w) >= 1e-4}


def held_out(rows: list[dict], strength: float) -> list[tuple[dict, float]]:
    """Each row with its probability from a model fitted on the other sets."""
    out = []
    for name in sorted({r["set"] for r in rows}):
        weights = fit([r for r in rows if r["set"] != name], strength)
        out += [(r, probability(r["features"], weights)) for r in rows if r["set"] == name]
    return out


def per_pair(scored: list[tuple[dict, float]], unread_only: bool) -> dict[tuple, tuple[float, dict]]:
    """The extractor keeps one triple per (article, company, object): the highest-scoring sentence's."""
    best: dict[tuple, tuple[float, dict]] = {}
    for r, p in scored:
        if unread_only and (r["read"] or vetoed(r["features"])):
            continue
        k = (r["set"], r["article"], r["subject"], r["kind"], r["object"])
        if k not in best or p > best[k][0]:
            best[k] = (p, r)
    return best


def thresholds(scored: list[tuple[dict, float]], show: bool) -> dict[str, set[float]]:
    """Per kind, the thresholds the additions to today's rules do not rule out, leave-one-set-out: fewer than
    MIN_ADDITIONS of them (too few to judge), or at least TARGET_PRECISION right."""
    pairs = per_pair(scored, unread_only=True)
    alone = per_pair(scored, unread_only=False)
    allowed: dict[str, set[float]] = {}
    for kind in ("Sector", "Region", "Allegation", "Sanction"):
        if show:
            print(f"\n{kind}: threshold, model alone (triples, right), added to the rules (triples, right)")
        for t in THRESHOLDS:
            a = [r for p, r in alone.values() if r["kind"] == kind and p >= t]
            added = [r for p, r in pairs.values() if r["kind"] == kind and p >= t]
            right = sum(r["label"] for r in added)
            if show:
                print(f"  {t:.2f}  alone {len(a):4d} {sum(r['label'] for r in a):4d} ({_ratio(sum(r['label'] for r in a), len(a))})"
                      f"   added {len(added):4d} {right:4d} ({_ratio(right, len(added))})")
            if len(added) < MIN_ADDITIONS or right / len(added) >= TARGET_PRECISION:
                allowed.setdefault(kind, set()).add(t)
        if show:
            print(f"  not ruled out: {', '.join(f'{t:.2f}' for t in sorted(allowed.get(kind, ()))) or 'none'}")
    return allowed


def choose_thresholds(scored: list[tuple[dict, float]], show: bool = False) -> dict[str, float]:
    """Each kind's threshold: the lowest one that both measures allow (see thresholds and first_look)."""
    return first_look(scored, show, thresholds(scored, show))


def first_look(scored: list[tuple[dict, float]], show: bool, allowed: dict[str, set[float]]) -> dict[str, float]:
    """What the model would have added to the rules as they were when each held-out set was first read
    (bench/labelled/first-look.jsonl), on that set: additions, how many are right, and the recall they gain.
    The pairs come from today's reading of the text, so companies found only by rules written later are left
    out (additions for a company the first look did not find at all are not counted)."""
    sc = scorer()
    rows = [json.loads(line) for line in FIRST_LOOK.read_text().splitlines() if line.strip()]
    looked = defaultdict(list)
    for r in rows:
        looked[(r["set"], r["article"])].append(r)
    by_article: dict[tuple, list] = {}     # every article of every set with a first look, pairs or none
    golds: dict[tuple, dict] = {}
    for name in sorted({k[0] for k in looked} - MEASURE_ONLY):
        for gold_path in sorted((ROOT / "bench" / "labelled" / name / "gold").glob("*.json")):
            by_article[(name, gold_path.stem)] = []
            golds[(name, gold_path.stem)] = json.loads(gold_path.read_text())
    for r, p in scored:
        if (r["set"], r["article"]) in by_article:
            by_article[(r["set"], r["article"])].append((r, p))
    chosen = {}
    for kind in ("Sector", "Region", "Allegation", "Sanction"):
        if show:
            print(f"\n{kind}, added to the first-look rules on their held-out sets: threshold, added, right, recall gained")
        for t in THRESHOLDS:
            added = right = base_found = new_found = required = 0
            for key, items in sorted(by_article.items()):
                gold = golds[key]
                first = looked.get(key, [])
                extra = _additions(sc, [(r, p) for r, p in items if r["kind"] == kind], first, gold, {kind: t})
                added += len(extra)
                right += sc.score_doc(extra, gold)[0]
                _tp, _fp, f0, req, *_ = sc.score_doc(first, gold)
                _tp, _fp, f1, _req, *_ = sc.score_doc(first + extra, gold)
                base_found, new_found, required = base_found + f0, new_found + f1, required + req
            if show:
                print(f"  {t:.2f}  added {added:4d}  right {right:4d} ({_ratio(right, added)})  "
                      f"recall {base_found / required:.3f} -> {new_found / required:.3f}")
            if kind not in chosen and added >= MIN_ADDITIONS and right / added >= TARGET_PRECISION \
                    and t in allowed.get(kind, ()):
                chosen[kind] = t
        if show:
            print(f"  chosen: {chosen.get(kind, 'none (the model adds nothing of this kind)')}")
    if show:   # all kinds at their chosen thresholds
        totals = [0] * 7   # first look: right, triples, found; with additions: the same; required facts
        for key, items in sorted(by_article.items()):
            gold = golds[key]
            first = looked.get(key, [])
            extra = _additions(sc, items, first, gold, chosen)
            tp0, fp0, f0, req, *_ = sc.score_doc(first, gold)
            tp1, fp1, f1, _req, *_ = sc.score_doc(first + extra, gold)
            totals = [a + b for a, b in zip(totals, (tp0, tp0 + fp0, f0, tp1, tp1 + fp1, f1, req))]
        print(f"\nfirst-look rules: precision {_ratio(totals[0], totals[1])} recall {totals[2] / totals[6]:.3f}; "
              f"with the model's additions at the chosen thresholds: precision {_ratio(totals[3], totals[4])} "
              f"recall {totals[5] / totals[6]:.3f}  ({len(by_article)} articles, {totals[6]} required facts)")
    return chosen


def _additions(sc, items, first, gold, thresholds: dict[str, float]) -> list[dict]:
    """The triples the model adds to a first look's: one per (company, kind, object) above its kind's threshold,
    for companies the first look found."""
    companies = gold["companies"]
    found = {sc.company_of(f["subject"], companies) or sc.norm(f["subject"]) for f in first}
    have = {(sc.company_of(f["subject"], companies) or sc.norm(f["subject"]), sc.kind_of(f["object_type"]),
             sc.norm(f["object"])) for f in first}
    best: dict[tuple, dict] = {}
    for r, p in items:
        comp = sc.company_of(r["subject"], companies) or sc.norm(r["subject"])
        k = (comp, sc.kind_of(r["kind"]), sc.norm(r["object"]))
        if r["kind"] in thresholds and p >= thresholds[r["kind"]] and k not in have and comp in found \
                and not vetoed(r["features"]):
            best.setdefault(k, {"subject": r["subject"], "object": r["object"], "object_type": r["kind"]})
    return list(best.values())


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "  - "


def log_loss(scored: list[tuple[dict, float]]) -> float:
    eps = 1e-9
    return -sum(math.log(max(eps, p if r["label"] else 1 - p)) for r, p in scored) / len(scored)


def choose_strength(rows: list[dict], show: bool = False) -> float:
    """The regularisation strength with the lowest leave-one-set-out log loss (ties go to more regularisation)."""
    losses = {}
    for strength in STRENGTHS:
        losses[strength] = log_loss(held_out(rows, strength))
        if show:
            print(f"C={strength:g}: leave-one-set-out log loss {losses[strength]:.4f}")
    strength = min(STRENGTHS, key=lambda s: (round(losses[s], 6), s))
    if show:
        print(f"chosen C={strength:g}")
    return strength


def name_threshold(scored: list[tuple[dict, float]], show: bool) -> float | None:
    """The lowest threshold at which the names the model would add (those the rules did not take, one per name
    and article) are at least TARGET_PRECISION right, leave-one-set-out; None if there is none."""
    if show:
        print("\nnames: threshold, model alone (names, right), added to the rules (names, right)")
    chosen = None
    for t in THRESHOLDS:
        alone: dict[tuple, bool] = {}
        added: dict[tuple, bool] = {}
        for r, p in scored:
            if p >= t:
                k = (r["set"], r["article"], r["text"])
                alone[k] = r["label"]
                if not r["read"]:
                    added[k] = r["label"]
        right = sum(added.values())
        if show:
            print(f"  {t:.2f}  alone {len(alone):4d} {sum(alone.values()):4d} ({_ratio(sum(alone.values()), len(alone))})"
                  f"   added {len(added):4d} {right:4d} ({_ratio(right, len(added))})")
        if chosen is None and len(added) >= MIN_ADDITIONS and right / len(added) >= TARGET_PRECISION:
            chosen = t
    if show:
        print(f"  chosen: {chosen if chosen is not None else 'none (the model registers no name)'}")
    return chosen


def write(path: Path, what: str, content: dict) -> None:
    header = f"# Written by bench/relations.py from the labelled articles: the extractor's learned {what}. Do not edit.\n"
    path.write_text(header + yaml.safe_dump(content, sort_keys=True))
    print(f"\nwrote {path.relative_to(ROOT)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true",
                    help=f"write the models to {NAMES_OUT.relative_to(ROOT)} and {OUT.relative_to(ROOT)}")
    args = ap.parse_args()
    if not SCORER.is_file():
        sys.exit(f"error: {SCORER} not found (the shared scorer labels the pairs)")
    rows, name_rows = examples()
    print(f"tagged names: {len(name_rows)} ({sum(r['label'] for r in name_rows)} a company's); "
          f"not taken by the rules: {sum(not r['read'] for r in name_rows)} "
          f"({sum(r['label'] for r in name_rows if not r['read'])} a company's)")
    name_strength = choose_strength(name_rows, show=True)
    name_t = name_threshold(held_out(name_rows, name_strength), show=True)
    if args.write:
        write(NAMES_OUT, "name reader", {"strength": name_strength, "names": len(name_rows), "threshold": name_t,
                                         "weights": fit(name_rows, name_strength)})
        # the pairs depend on the names the name reader registers: read again with the model just written
        from kg.extract import names
        names.model.cache_clear()
        rows, _ = examples()
    positives = sum(r["label"] for r in rows)
    unread = [r for r in rows if not r["read"]]
    print(f"\npairs: {len(rows)} ({positives} right) from {len({(r['set'], r['article']) for r in rows})} articles "
          f"in {len({r['set'] for r in rows})} sets; unread by the rules: {len(unread)} ({sum(r['label'] for r in unread)} right)")
    strength = choose_strength(rows, show=True)
    chosen = choose_thresholds(held_out(rows, strength), show=True)
    if args.write:
        write(OUT, "pair reader", {"strength": strength, "pairs": len(rows), "thresholds": chosen,
                                   "weights": fit(rows, strength)})


if __name__ == "__main__":
    main()
