"""Company names: normalisation, short forms, and an index that resolves mentions to companies.

A mention resolves to a known company when, after folding case, punctuation and legal suffixes,
it equals one of the company's names or name variants (place prefix dropped, generic trailing
words dropped), or is a near-identical spelling (rapidfuzz). A mention that carries a place prefix
the company's own names do not carry ("Shenzhen SenseTime Technology" against "SenseTime Group")
is a different company: groups name their subsidiaries that way.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

LEGAL = {"co", "ltd", "limited", "inc", "incorporated", "corp", "corporation", "company", "plc", "llc",
         "sa", "ag", "gmbh", "the", "jsc", "cos"}
GENERIC = LEGAL | {
    "technology", "technologies", "tech", "science", "sciences", "information", "digital", "network",
    "networks", "electronic", "electronics", "communication", "communications", "group", "holding",
    "holdings", "international", "industry", "industries", "industrial", "investment", "development",
    "engineering", "construction", "aviation", "aerospace", "system", "systems", "intelligent",
    "intelligence", "mobile", "telecom", "semiconductor", "manufacturing", "national", "chinese", "china",
    "shipbuilding", "heavy", "equipment", "energy", "power", "new", "materials", "security", "and", "of",
    "for", "research", "institute", "services", "service", "trading", "import", "export", "software",
    "microelectronics", "integrated", "circuit", "circuits", "instruments", "machinery", "shipping",
    "finance", "state", "general", "academy", "smart", "vision", "data", "cloud", "global", "hk",
    "usa", "america", "americas", "resources", "products", "solutions", "optical", "optics", "medical",
    "bio", "biotech", "robotics", "automation", "precision", "defense", "defence", "aircraft", "satellite",
    "space", "marine", "ocean", "offshore", "oil", "gas", "chemical", "nuclear", "railway", "railways",
    "computer", "computing", "memory", "storage", "display", "photonics", "wireless", "radio", "micro",
    "enterprise", "enterprises", "industrial", "logistics", "transport", "innovation", "co.,", "branch",
    "trade", "economic", "motor", "motors", "automobile", "auto", "entertainment",
}
# The words that say a name is a group's or a company's, and no more: "X Group" is "X Corp".
ORGANISATIONAL = LEGAL | {"group", "holding", "holdings"}


def droppable_last_words(folded: str) -> set[str]:
    """The last words a name may lose and still name the same company: its generic words ("CloudWalk Technology"
    is "CloudWalk"), but only its group words after a place ("Shanghai Zhenhua Heavy Industries" is not "Shanghai
    Zhenhua Shipping", though both reduce to "Shanghai Zhenhua"; "China General Nuclear Power Group" is "... Corp")."""
    return ORGANISATIONAL if place_prefix(folded) else GENERIC - REGIONAL
# A region a name ends with makes it a regional subsidiary: "China Telecom Americas" is not China Telecom.
REGIONAL = {"americas", "america", "usa", "europe"}
NON_COMPANY_HEADS = re.compile(
    r"\b(department|ministry|(?<!engineering )bureau|agency|commission|administration|council|court|army|forum|association|"
    r"office|police|government|committee|academy|university|institute|school|congress|senate|house|"
    r"parliament|embassy|customs|authority|federation|union|party|foundation|centre|center|lab|laboratory|"
    r"act|law|list|times|news|post|journal|magazine|review|pentagon|treasury|white house|state council|"
    r"stock exchange|exchange|market|index|central bank|reserve bank|people's bank|people’s bank|world bank|"
    r"federal reserve|monetary authority)\b",
    re.IGNORECASE)

_PAREN = re.compile(r"\([^()]*\)|\[[^\]]*\]")


@lru_cache(maxsize=None)
def _places() -> frozenset[str]:
    from kg import ontology
    words = set()
    for c in ontology.load().regions.concepts:
        for s in (c.label, *c.synonyms):
            if " " not in s:
                words.add(fold(s))
    return frozenset(words | {"zhonghang", "guangdong", "chen"} - {"us", "usa", "uk", "eu"})


def fold(text: str) -> str:
    """Lowercase ASCII words separated by single spaces; '&' becomes 'and'."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = text.replace("&", " and ").lower()
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def strip_legal(folded: str) -> str:
    words = folded.split()
    while words and words[-1] in LEGAL:
        words.pop()
    while words and words[0] == "the":
        words.pop(0)
    return " ".join(words)


_LEGAL_SPELLED_OUT = {"corp": "corporation", "co": "company", "ltd": "limited", "inc": "incorporated"}


def name_key(name: str) -> str:
    """The key two spellings of one company's name share ("Co., Ltd" = "Co. Ltd.", "Aviation Industry Corp of
    China" = "Aviation Industry Corporation of China"). Parenthesised parts stay: "(Beijing)" tells two SMIC
    companies apart."""
    return strip_legal(" ".join(_LEGAL_SPELLED_OUT.get(w, w) for w in fold(name).split()))


def distinctive(folded: str) -> bool:
    return any(w not in GENERIC and w not in _places() and not w.isdigit() for w in folded.split())


def place_prefix(folded: str) -> str:
    first = folded.split(" ", 1)[0] if folded else ""
    return first if first in _places() else ""


def variants(name: str) -> set[str]:
    """Folded forms of a name that still identify the company."""
    base = name_key(name)
    out = {base} if base else set()
    words = base.split()
    if place_prefix(base) and len(words) > 1:
        rest = " ".join(words[1:])
        # Keep "Dahua Technology" but not "Mobile Communications Group" or "Telecom".
        if distinctive(rest) and (len(words) > 2 or len(rest) >= 4):
            out.add(rest)
    for form in list(out):
        ws = form.split()
        while len(ws) > 1 and ws[-1] in GENERIC and ws[-1] not in REGIONAL:
            ws = ws[:-1]
            cut = " ".join(ws)
            if distinctive(cut) and (len(ws) > 1 or len(cut) >= 4):
                out.add(cut)
    return {v for v in out if distinctive(v)}


def _same_distinctive_words(a: str, b: str) -> bool:
    """Whether two folded names spell the same words that tell a company apart, up to a typo or a transliteration
    ("Hangzhou Hikvison" is Hikvision; "Shanghai Giant Network Technology" is not "Shanghai Yitu Network Technology",
    however much else they share)."""
    from rapidfuzz import fuzz

    def own(name: str) -> list[str]:
        return [w for w in name.split() if w not in GENERIC and w not in _places()]
    return all(max(fuzz.ratio(w, v) for v in b.split()) >= 75 for w in own(a)) \
        and all(max(fuzz.ratio(w, v) for v in a.split()) >= 75 for w in own(b))


@dataclass
class KnownCompany:
    id: str
    name: str
    names: set[str] = field(default_factory=set)     # as written: full names, previous names
    aliases: set[str] = field(default_factory=set)   # short names as written (Hikvision, DJI)


class CompanyIndex:
    """Resolves company mentions to known companies (from the list, or found earlier in a text)."""

    def __init__(self):
        self.companies: dict[str, KnownCompany] = {}
        self._by_name: dict[str, set[str]] = {}      # full and previous names as given
        self._by_alias: dict[str, set[str]] = {}     # short names as given (Hikvision, CNOOC)
        self._by_variant: dict[str, set[str]] = {}   # derived forms
        self._places_of: dict[str, set[str]] = {}
        self._regex = None
        self._lowercase_forms: set[str] = set()     # surface forms written in lower case ("iFlytek"), set with _regex

    def add(self, company_id: str, name: str, names=(), aliases=()) -> KnownCompany:
        c = self.companies.setdefault(company_id, KnownCompany(company_id, name))
        c.names.update(n for n in (name, *names) if n)
        c.aliases.update(a for a in aliases if a)
        for n in c.names | c.aliases:
            key = name_key(n)
            if key:
                (self._by_name if n in c.names else self._by_alias).setdefault(key, set()).add(company_id)
            for v in variants(n):
                self._by_variant.setdefault(v, set()).add(company_id)
            p = place_prefix(name_key(n))
            if p:
                self._places_of.setdefault(company_id, set()).add(p)
        self._regex = None
        return c

    def remove(self, company_id: str) -> None:
        """Forget a company (a text's short name that turned out to be another's abbreviation)."""
        self.companies.pop(company_id, None)
        self._places_of.pop(company_id, None)
        for table in (self._by_name, self._by_alias, self._by_variant):
            for key in [k for k, ids in table.items() if company_id in ids]:
                table[key].discard(company_id)
                if not table[key]:
                    del table[key]
        self._regex = None

    def resolve(self, mention: str, fuzzy: bool = True) -> str | None:
        key = name_key(mention)
        if not key:
            return None
        for cand in self._candidates(key):
            return cand
        bare = re.sub(r"\s*\([^()]*\)\s*\*?$", "", mention).strip()
        if bare and bare != mention.strip():   # "Aerospace CH UAV Co., Ltd (CH UAV)"
            return self.resolve(bare, fuzzy)
        # a place-prefixed name we do not know is another company, unless it differs only by group words
        placed, droppable = bool(place_prefix(key)), droppable_last_words(key)
        ws = key.split()
        while len(ws) > 1 and ws[-1] in droppable:
            ws = ws[:-1]
            for cand in self._candidates(" ".join(ws), derived=not placed):   # (a name or alias as listed, then)
                return cand
        if fuzzy and len(key) >= 12:
            from rapidfuzz import fuzz, process
            hit = process.extractOne(key, self._by_variant.keys(), scorer=fuzz.ratio, score_cutoff=92)
            if hit and _same_distinctive_words(key, hit[0]):
                ids = self._by_variant[hit[0]]
                if len(ids) == 1:
                    return next(iter(ids))
        return None

    def _candidates(self, folded: str, derived: bool = True) -> list[str]:
        # A full name beats a short name, which beats a derived form; an ambiguous form resolves to nothing.
        for table in (self._by_name, self._by_alias, self._by_variant) if derived else (self._by_name, self._by_alias):
            ids = table.get(folded, set())
            if ids:
                return sorted(ids) if len(ids) == 1 else []
        return []

    def surface_forms(self) -> dict[str, str]:
        """Text forms to search for in articles, mapped to company ids."""
        out = {}
        for c in self.companies.values():
            for n in c.names | c.aliases:
                clean = re.sub(r"\s+", " ", _PAREN.sub(" ", n)).strip().rstrip("*").strip()
                forms = {clean, re.sub(r",?\s*(Co\.?,?\s*Ltd\.?|Corporation|Limited|Inc\.?|Corp\.?)$", "", clean).strip()}
                if re.search(r"\S\s*\((?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|BVI|HK|PRC)\)(?:\s+\S|$)", n.strip()):
                    # a place inside the name: "COSCO Shipping Tanker (Dalian) Co", "... (Dalian)", "China Mobile Hong Kong (BVI)"
                    forms.add(n.strip())
                for f in list(forms):
                    # "Autel Robotics" is "Autel" in running text: the name less its generic last words, when what
                    # is left still tells the company apart (one word of five letters at least, so no first name)
                    ws = f.split()
                    while len(ws) > 1 and fold(ws[-1]) in GENERIC:
                        ws.pop()
                        cut = " ".join(ws)
                        if distinctive(fold(cut)) and (len(ws) > 1 or len(cut) >= 5) and self.resolve(cut, fuzzy=False) == c.id:
                            forms.add(cut)
                words = clean.split()
                if place_prefix(fold(clean)) and len(words) > 2:
                    forms.add(" ".join(words[1:]))
                for f in forms:
                    f = f.strip(" ,")
                    # a name as given ("China Mobile") stands even when its words are common ones
                    # (a short name as given, too: the brand "Jinhua" is also a city's name)
                    given = f in c.aliases or (f in c.names and len(f.split()) >= 2)
                    # (two capitals only as a given short name: "MP" of "MP Materials", where the text calls it so)
                    if f and (given or distinctive(fold(f))) and (len(f) >= 3 or given and re.fullmatch(r"[A-Z]{2}", f)) \
                            and self.resolve(f, fuzzy=False) == c.id:
                        out[f] = c.id
        return out

    def regex(self):
        if self._regex is None:
            forms = self.surface_forms()
            self._lowercase_forms = {f for f in forms if f[:1].islower()}
            sensitive = sorted((f for f in forms if f.isupper() or len(f) <= 4), key=len, reverse=True)
            insensitive = sorted((f for f in forms if f not in sensitive), key=len, reverse=True)

            def alt(fs):
                return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in fs) or "(?!x)x"
            self._regex = (re.compile(r"(?<![\w-])(?:" + alt(sensitive) + r")(?![\w-])"),
                           re.compile(r"(?<![\w-])(?:" + alt(insensitive) + r")(?![\w-])", re.IGNORECASE))
        return self._regex

    def find(self, text: str) -> list[tuple[int, int, str]]:
        hits = []
        for rx in self.regex():
            for m in rx.finditer(text):
                # a name is written with a capital: "eight commercial firms" does not name "Commercial Aircraft
                # Corp of China", unless the name itself starts in lower case ("iFlytek")
                if m.group(0)[:1].islower() and re.sub(r"\s+", " ", m.group(0)) not in self._lowercase_forms:
                    continue
                cid = self.resolve(m.group(0), fuzzy=False)
                if cid:
                    hits.append((m.start(), m.end(), cid))
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        out, last = [], -1
        for h in hits:
            if h[0] >= last:
                out.append(h)
                last = h[1]
        return out
