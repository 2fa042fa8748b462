"""A learned reader of names: a logistic model that scores each name the tagger finds (an organisation, or a
person, place or product the tagger may have mistaken a coined company name for) on whether the text is about it
as a company, and registers the names the rules did not take when the model is sure enough.

On text the rules have not seen, whole companies go missing: "Zhipu AI" tagged as a person, "Sophgo" as a place,
"ByteDance" named with no description the rules know. The model reads the name's shape (a legal form, a coined
word, a Chinese place first, the words of an authority or a medium) and its surroundings (a company description
before or after it, a listing or accusation in its sentence, how often the text names it, a foreign description),
not the name itself.

`bench/relations.py` fits it with the pair model and writes kg/extract/names.yaml; this module only computes
features and applies the shipped weights.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from kg.extract.relations import bucket, probability

MODEL = Path(__file__).with_name("names.yaml")
LABELS = ("ORG", "PERSON", "GPE", "PRODUCT", "NORP", "FAC", "WORK_OF_ART", "LOC")
SPEECH_AFTER = re.compile(r"\s*(?:,[^,]{0,40},\s*)?(?:said|says|told|reported|wrote|according)\b")
MEDIA = re.compile(r"\b(?:Reuters|Bloomberg|Times|Post|Journal|News|Press|Agency|Xinhua|Nikkei|Caixin|Wire|Review|"
                   r"Magazine|Daily|Herald|Tribune|Guardian|Economist|Telegraph|Insider|Monitor|Watch|Report)\b")


@lru_cache(maxsize=1)
def model() -> dict:
    """The shipped model: {"weights": {feature: w}, "threshold": p | None, ...}; empty when none ships."""
    import yaml
    if not MODEL.is_file():
        return {}
    return yaml.safe_load(MODEL.read_text()) or {}


def accepts(features: tuple[str, ...]) -> tuple[bool, float]:
    """Whether the shipped model takes the name for a company's, and its probability."""
    m = model()
    if not m or m.get("threshold") is None:
        return False, 0.0
    p = probability(features, m["weights"])
    return p >= m["threshold"], p


# Where a paragraph or a sentence ends ("... leave\n\n", "... day. The"), not an abbreviation ("U.S. Commerce")
SENTENCE_BREAK = re.compile(r"\n|(?<=[a-z0-9][.!?])\s+(?=[A-Z\"“])")


@lru_cache(maxsize=1)
def _nationality_before():
    """The last nationality in the words before a name ("Dutch chipmaker", "the Chinese owner of")."""
    from kg.extract import article as a   # (article imports this module)
    # (the greedy lead makes the group the last nationality that the words up to the name follow)
    return re.compile(r"(?s).*\b(" + a._FOREIGN_ADJ + r"|Chinese|China[’']s|state-owned|state-run)\s+(?:[\w-]+\s+){0,4}$")


def contexts(text: str, name: str) -> tuple[str, ...]:
    """What the text says around every occurrence of a name: a foreign, Chinese or company description before
    it, an introduction after it, a non-company group before it ("research group IPVM"), speech after it."""
    from kg.extract import article as a
    found, assets, seen = set(), 0, 0
    for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text):
        before, after = text[max(0, m.start() - 80):m.start()], text[m.end():m.end() + 80]
        # (the words of its own paragraph and sentence: not a headline's "... as Western brands leave" before it)
        before = SENTENCE_BREAK.split(before)[-1]
        # the nationality closest before the name is the one that describes it: "the Chinese owner of Dutch
        # chipmaker Nexperia" describes Nexperia as Dutch
        nationality = _nationality_before().match(before)
        if nationality:
            found.add("chinese" if re.match(r"Chinese|China|state", nationality.group(1)) else "foreign")
        if re.search(r"\b" + a.DESCRIPTOR + r"\s+$", before) or re.match(
                r"\s*,\s*(?:a|an|the|one\s+of|[A-Z]\w*[’']s)\s+[^,.;]{0,60}?\b" + a.DESCRIPTOR + r"\b", after):
            found.add("described")
        if a.NOT_COMPANY_GROUP.search(before) or re.match(r"\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:research|"
                                                          r"advocacy|rights|industry|trade)\s+group", after):
            found.add("non-company-group")
        if SPEECH_AFTER.match(after):
            found.add("speaker")
        if re.search(r"\b(?:backing|funding|investments?|invested|investors?|backers?|shareholders?)\s+"
                     r"(?:from|by|of|in|including|such\s+as)?\s*(?:[\w-]+\s+){0,2}$", before):
            found.add("investor")
        seen += 1
        # "owns the Tenke Fungurume copper and cobalt mine": a mine's or a field's name
        assets += bool(re.search(r"\bthe\s+$", before) and re.match(
            r"(?:\s+[\w-]+){0,4}?\s+(?:mine|mines|field|fields|oilfield|deposit|deposits|basin|concession|block)\b", after))
    if seen and assets == seen:
        found.add("asset")
    return tuple(sorted(found))


def features(ent, sent, run) -> tuple[str, ...]:
    """Binary features of one tagged name in its sentence. `run` is the extractor's state for the document
    (its vocabularies, its counts of each name in the text)."""
    from kg.extract import article as a   # (article imports this module)
    from kg.resolve import GENERIC, NON_COMPANY_HEADS

    o = run.o
    text = ent.text.strip()
    words = text.split()
    st = sent.text
    s = ent.start_char - sent.span.start_char
    e = ent.end_char - sent.span.start_char
    before, after = st[:s], st[e:]
    f = ["bias", "label:" + ent.label_, "words:" + bucket(len(words), (1, 2, 3))]
    if a.LEGAL_FORM.search(" " + text):
        f.append("legal-form")
    if re.search(r"\b" + a.COMPANY_SUFFIX + r"\.?$", text):
        f.append("company-suffix")
    if text.isupper() and len(text) <= 8:
        f.append("initialism")
    first = words[0].strip(",.’'") if words else ""
    if first and first.lower() not in a.lexicon():
        f.append("coined-word")
    if any(w.lower() not in a.lexicon() for w in words[1:]):
        f.append("coined-later-word")
    place = o.regions.lookup(first) if first else None
    if place is not None and len(words) > 1:
        f.append("chinese-place-first" if place.attr("kind") in a.CHINESE_PLACE_KINDS else "place-first")
    if o.regions.lookup(text) is not None:
        f.append("is-place")
    if o.programmes.lookup(text) is not None or o.bodies.lookup(text) is not None:
        f.append("is-programme-or-authority")
    if o.sectors.lookup(text) is not None:
        f.append("is-sector")
    if NON_COMPANY_HEADS.search(text):
        f.append("authority-or-institution-word")
    if MEDIA.search(text):
        f.append("media-word")
    if re.search(r"\b(?:China|Chinese|Sino)\b", text):
        f.append("china-in-name")
    if all(w.lower().strip(",.") in GENERIC for w in words):
        f.append("generic-words")
    f += [f"anywhere:{x}" for x in run.name_contexts(text)]
    # what stands around it
    if re.search(r"\b" + a.DESCRIPTOR + r"\s+$", before):
        f.append("descriptor-before")         # "chip designer Sophgo"
    if a.FOREIGN.search(before[-60:]):
        f.append("foreign-before")
    if re.search(r"\b(?:Chinese|China[’']s|state-owned|state-run)\s+(?:[\w-]+\s+){0,4}$", before):
        f.append("chinese-before")
    if a.PLACE_BASED_BEFORE.search(before):
        f.append("place-based-before")         # "Beijing-based ByteDance"
    if re.match(r"\s*,\s*(?:a|an|the|one\s+of|[A-Z]\w*[’']s)\s+[^,.;]{0,60}?\b" + a.DESCRIPTOR + r"\b", after):
        f.append("described-after")            # "Sophgo, a chip designer"
    if re.match(r"\s+(?:is|was)\s+(?:a|an|one\s+of)\b[^,.;]{0,50}?\b" + a.DESCRIPTOR + r"\b", after):
        f.append("is-a-company")
    if SPEECH_AFTER.match(after):
        f.append("speaker")
    if re.search(r"\b(?:by|from|at|to|told|with)\s+(?:the\s+)?$", before):
        f.append("after-preposition")
    if re.match(r"[’']s\b", after):
        f.append("possessor")
    if re.match(r"\s*\(", after):
        f.append("glossed")
    if before.rstrip().endswith("("):
        f.append("in-brackets")
    if re.search(r"\b(?:Mr|Ms|Mrs|Dr|President|Secretary|Senator|Rep|CEO|chief|founder|spokesman|spokeswoman|"
                 r"spokesperson|minister|analyst|director)\.?\s+$", before, re.I):
        f.append("person-title-before")
    root = ent.root
    f.append("dep:" + root.dep_)
    if a.ADDITION.fullmatch(root.head.text) or a.REMOVAL.fullmatch(root.head.text):
        f.append("argument-of-listing-verb")
    if any(a0 <= sent.start + (t.idx - sent.span[0].idx) < b0 for t in (root.head, *root.conjuncts)
           for a0, b0 in run.known_in(sent)):
        f.append("next-to-a-known-company")    # "Zhipu AI and Huawei", "Huawei's rival Honor"
    # what the sentence says
    if o.programmes.find(st):
        f.append("sentence-names-a-programme")
    if o.allegations.find(st):
        f.append("sentence-names-an-accusation")
    if o.sectors.find(st):
        f.append("sentence-names-a-sector")
    if a.INCLUDE_LIST.search(before):
        f.append("in-an-enumeration")
    if sent.heading:
        f.append("heading")
    f.append("mentions:" + bucket(run.name_counts.get(text, 0), (1, 2, 4)))
    return tuple(f) + tuple(f"{ent.label_}|{x}" for x in f[1:])
