"""A learned second reader: a logistic model that scores each company–fact pair a sentence holds (a company
mention and a sector, place, accusation or programme named in the same sentence) from the sentence's structure,
and adds the pairs the rules did not read when the model is confident enough.

The rules read the wordings they were written for and nothing else; on text they have not seen, most misses are
facts the sentence ties to a company in a wording no rule knows. The model reads no wording: its features are
structural and generic (how far the fact is from the company in the parse and in words, whether the company is
the subject or the only company in the sentence, whether a clause boundary or a negation stands between them,
whether the rules gave the fact to another company in this sentence ...), so it carries over to new text.

`bench/relations.py` fits it on the labelled articles (the shared gold and bench/labelled), chooses each kind's
threshold by leave-one-set-out precision of what it would add, and writes kg/extract/relations.yaml; this module
only computes features and applies the shipped weights (no training library at run time).
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from pathlib import Path

from kg.types import ALLEGATION, REGION, SANCTION, SECTOR

MODEL = Path(__file__).with_name("relations.yaml")
KINDS = (SECTOR, REGION, ALLEGATION, SANCTION)
# Dependency labels that open a clause of its own: a fact across one is often about something else.
CLAUSE_DEPS = frozenset({"relcl", "advcl", "ccomp", "acl", "xcomp", "parataxis", "csubj"})
NEGATION = re.compile(r"\b(?:not|never|no|n[’']t|without)\b", re.I)
REPORTING = re.compile(r"\b(?:said|says|say|according\s+to|told|alleged|claimed|argued|warned)\b|[“”\"]", re.I)


# The rules' reading of the structure that rules a pair out, whatever the model says: the company is an investor
# or sits in a clause about another company, the clause holding the fact describes another company, or the text
# calls the company foreign (held-out pairs with these were all wrong: see bench/relations.py); the group a
# listed or accused unit belongs to is not listed or accused itself ("Changji Esquel Textile Co, a unit of
# shirtmaker Esquel Group"; "two units of shipping giant COSCO, accusing them of ..."), nor the owner whose arm or parent
# a listing names ("Crane maker ZPMC's U.S. arm added to Pentagon list"),
# nor is a company named inside a clause on the listed one ("Qorvex, whose circuit was in a Huawei processor"),
# nor accused there ("..., in a possible breach of export controls"); nor is who accuses another ("Velmora has
# accused Zelix of stealing its trade secrets");
# and a negated accusation is none ("it does not share genetic data"; the rules read it as a denial, or not at all);
# nor is the victim of a cyberattack accused of it ("was hit by a ransomware attack"), nor a company of what others
# raised concerns about or what a remedy addresses ("brands that had raised concerns about forced labour");
# nor is a place or sector in a description of another company ("its stake in the Cardiff-based business"), nor what
# is said of the company's people ("Its owner, Ye Cheng, has ties to the Party").
VETO = frozenset({"excluded", "clause-of-another", "foreign", "description-of-another", "people-of-company",
                  f"{SANCTION}|owner-of-unit", f"{ALLEGATION}|owner-of-unit", f"{SANCTION}|owner-of-arm",
                  "in-clause-of-the-listed", f"{ALLEGATION}|in-clause-of-another", f"{ALLEGATION}|negated",
                  f"{ALLEGATION}|accuser", f"{ALLEGATION}|victim", f"{ALLEGATION}|others-concern"})


def vetoed(features: tuple[str, ...]) -> bool:
    return not VETO.isdisjoint(features)


@lru_cache(maxsize=1)
def model() -> dict:
    """The shipped model: {"weights": {feature: w}, "thresholds": {kind: p}, ...}; empty when none ships
    (then the rules alone decide)."""
    import yaml
    if not MODEL.is_file():
        return {}
    return yaml.safe_load(MODEL.read_text()) or {}


def probability(features: tuple[str, ...], weights: dict[str, float] | None = None) -> float:
    """The model's probability that the text states the pair (features as `features` gives them)."""
    w = model().get("weights", {}) if weights is None else weights
    z = sum(w.get(f, 0.0) for f in features)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return f">{edges[-1]}"


def _head(tokens) -> object | None:
    """The token of a span whose head lies outside it (the span's syntactic head)."""
    inside = {t.i for t in tokens}
    return next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), None)


def _path(a, b) -> tuple[int, int, object | None]:
    """Edges from a and from b up to their lowest common ancestor, and that ancestor. (spaCy makes a new Token
    object at each access: tokens are compared by index, never by identity.)"""
    up_a = [a]
    while up_a[-1].head.i != up_a[-1].i and len(up_a) < 60:
        up_a.append(up_a[-1].head)
    index = {t.i: n for n, t in enumerate(up_a)}
    t, n = b, 0
    while t.i not in index:
        if t.head.i == t.i or n > 60:
            return 99, 99, None
        t, n = t.head, n + 1
    return index[t.i], n, t


def _crossings(start, steps: int) -> int:
    t, n = start, 0
    for _ in range(steps):
        if t.dep_ in CLAUSE_DEPS:
            n += 1
        t = t.head
    return n


def _structure(mh, hh, m_toks, h_toks, text: str, s: int, e: int, kind: str) -> list[str]:
    """How the fact's words sit around the company: inside its phrase, naming what it is or makes, the object of
    what it does, the place it is based in."""
    from kg.extract.article import ACTIVITY_VERB, COMPANY_HEAD, PRODUCT_NOUN   # (article imports this module)
    f = []
    if any(a.i == mh.i for a in hh.ancestors):
        f.append("fact-under-company")       # "Hikvision, the world's largest camera maker"
    if any(a.i == hh.i for a in mh.ancestors):
        f.append("company-under-fact")
    head = hh.head
    if hh.dep_ in ("compound", "amod", "nmod", "npadvmod") or hh.dep_ == "pobj":
        noun = head if hh.dep_ != "pobj" else head.head
        if COMPANY_HEAD.fullmatch(noun.lower_):
            f.append("fact-describes-company-noun")   # "surveillance camera maker"
        elif PRODUCT_NOUN.fullmatch(noun.lower_):
            f.append("fact-describes-product")         # "5G equipment"
    verb = next((a for a in hh.ancestors if a.dep_ not in ("compound", "amod", "pobj", "prep", "conj", "cc")), None)
    if verb is not None and ACTIVITY_VERB.fullmatch(verb.lower_):
        f.append("fact-object-of-activity")           # "it makes drones"
    window = text[max(0, s - 25):e + 25].lower()
    if kind == REGION:
        if re.search(r"\b(?:based|headquartered)\b", window):
            f.append("based-word-near")
        if re.search(r"\bin\s+(?:the\s+)?$", text[max(0, s - 8):s]):
            f.append("in-before-place")
    return f


def features(sent, mention, hit: tuple[int, int], kind: str, context: dict) -> tuple[str, ...]:
    """Binary features of one (mention, fact-hit) pair in a sentence. `hit` is the fact's span in the sentence's
    text; `context` carries what the rules and the document know (see _Run._candidates)."""
    text = sent.text
    span = sent.span
    base = span[0].idx
    s, e = hit
    ms, me = mention.start - sent.start, mention.end - sent.start
    f: list[str] = ["bias"]
    keys = {m.key for m in sent.mentions}
    f.append("companies:" + bucket(len(keys), (1, 2, 3)))
    # nearness: is this company the one closest to the fact, before or after it
    def gap(m) -> int:
        a, b = m.start - sent.start, m.end - sent.start
        return s - b if b <= s else a - e if a >= e else 0
    nearest = min(sent.mentions, key=lambda m: (abs(gap(m)), m.start))
    if nearest.key == mention.key:
        f.append("nearest")
    before = [m for m in sent.mentions if m.end - sent.start <= s]
    after = [m for m in sent.mentions if m.start - sent.start >= e]
    if before and before[-1].key == mention.key:
        f.append("nearest-before")
    if after and after[0].key == mention.key:
        f.append("nearest-after")
    f.append("fact-after" if me <= s else "fact-before" if ms >= e else "fact-inside")
    words_between = len(re.findall(r"\w+", text[me:s] if me <= s else text[e:ms]))
    f.append("words:" + bucket(words_between, (0, 2, 5, 10, 20)))
    if re.search(r"[;:]|\s[–—-]\s", text[min(me, e):max(ms, s)]):
        f.append("punctuation-between")
    m_toks = [t for t in span if ms <= t.idx - base < me]
    h_toks = [t for t in span if s <= t.idx - base < e]
    mh, hh = _head(m_toks), _head(h_toks)
    if mh is not None and hh is not None:
        up_m, up_h, lca = _path(mh, hh)
        f.append("path:" + bucket(up_m + up_h, (1, 2, 3, 4, 6, 9)))
        crossings = _crossings(mh, up_m) + _crossings(hh, up_h)
        f.append("clauses:" + bucket(crossings, (0, 1)))
        if lca is not None:
            f.append("lca-dep:" + ("mention" if lca.i == mh.i else "fact" if lca.i == hh.i else lca.dep_))
        f.append("mention-dep:" + mh.dep_)
        if mh.dep_ in ("nsubj", "nsubjpass") and lca is not None and up_m == 1:
            f.append("subject-of-lca")
        f.append("fact-dep:" + hh.dep_)
        f += _structure(mh, hh, m_toks, h_toks, text, s, e, kind)
    else:
        f.append("no-parse")
    if mention.anaphor:
        f.append("anaphor")
        if sum(1 for m in sent.mentions if m.start == mention.start) > 1:
            f.append("group-reference")
    if mention is sent.mentions[0]:
        f.append("first-mention")
    if context["subject"]:
        f.append("rule-subject")
    if context["listed"]:
        f.append("listed-company")
    if context["foreign"]:
        f.append("foreign")
    if context["focus"]:
        f.append("document-focus")
    f.append("doc-mentions:" + bucket(context["doc_mentions"], (1, 3, 6)))
    if context["other_got_it"]:
        f.append("rules-gave-it-another")
    if context["in_name"]:
        f.append("fact-in-name")
    f.append("same-kind-hits:" + bucket(context["same_kind_hits"], (1, 2)))
    if NEGATION.search(text[max(0, s - 40):s]):
        f.append("negation-before")
    if REPORTING.search(text):
        f.append("reporting")
    if sent.heading:
        f.append("heading")
    if context["group_noun"]:
        f.append("group-noun")
    if context["first_in_paragraph"]:
        f.append("first-in-paragraph")
    f.extend(context.get("kind_features", ()))
    # every feature twice: once shared by all kinds, once for this kind alone
    return tuple(f) + tuple(f"{kind}|{x}" for x in f)
