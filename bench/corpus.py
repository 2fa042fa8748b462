"""A SYNTHETIC corpus, for measuring scale only: N news-like articles assembled from the 1260H list's
company names and sentence templates. Every file says it is synthetic (title prefix, front matter
`synthetic: true`, URLs under https://synthetic.invalid/). Its facts are invented combinations and
must never be read as information about any company.

    .venv/bin/python bench/corpus.py OUT_DIR N [--seed 1260]
"""
from __future__ import annotations

import argparse
import csv
import random
from pathlib import Path

LIST_CSV = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "lists" / "us-dod-1260h.csv"

SECTORS = ["video surveillance company", "facial recognition provider", "drone maker", "chipmaker",
           "telecommunications equipment supplier", "shipbuilder", "battery maker", "genomics company",
           "artificial intelligence firm", "satellite operator", "aerospace group", "cybersecurity company"]
CITIES = ["Beijing", "Shanghai", "Shenzhen", "Hangzhou", "Guangzhou", "Wuhan", "Chengdu", "Xi'an", "Nanjing",
          "Tianjin", "Hefei", "Harbin"]
REGIONS = ["Xinjiang", "Tibet"]
PROGRAMMES = ["the Entity List", "the Pentagon's 1260H list", "the Treasury's NS-CMIC list",
              "the UFLPA Entity List"]
ALLEGATIONS = ["human rights abuses", "mass surveillance of Uyghurs", "forced labor", "espionage",
               "data-privacy concerns", "supplying the Chinese military"]
FACTS = [
    "{name}, a {sector} based in {city}, was added to {programme} on {date}.",
    "{short} is a {sector} headquartered in {city}.",
    "The company has been accused of {allegation} in {region}.",
    "{short} denied the allegations and said it complies with all applicable laws.",
    "Rights groups say {short} supplied equipment used for {allegation} in {region}.",
    "{city}-based {sector} {short} said it would challenge its designation in court.",
    "{short} operates facilities in {region}, according to company filings.",
]
FILLER = [
    "Analysts said the decision could disrupt supply chains for months.",
    "Shares of several listed firms fell in Hong Kong trading after the announcement.",
    "The ministry said it firmly opposes what it called the abuse of export controls.",
    "Officials did not respond to requests for comment on Tuesday.",
    "The measures take effect thirty days after publication in the Federal Register.",
    "Industry groups warned that the rules were written too broadly.",
    "Lawmakers from both parties have pressed for tougher enforcement.",
    "Trade between the two countries rose last year despite the tensions.",
    "The list is updated every year and names companies said to support the military.",
    "Several of the companies named have previously rejected such claims.",
]


def companies() -> list[tuple[str, str]]:
    """(full name, short name) pairs from the list."""
    out = {}
    with open(LIST_CSV, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            full = row["Clean Name"].strip()
            short = (row["Alias"] or "").split(";")[0].strip() or full.split(",")[0]
            if full:
                out[full] = short
    return sorted(out.items())


def article(i: int, rng: random.Random, names: list[tuple[str, str]]) -> str:
    year = rng.choice([2019, 2020, 2021, 2022, 2023, 2024, 2025])
    date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    paragraphs = []
    for _ in range(rng.randint(4, 6)):
        name, short = rng.choice(names)
        sentences = []
        for _ in range(rng.randint(2, 4)):
            template = rng.choice(FACTS) if rng.random() < 0.6 else rng.choice(FILLER)
            sentences.append(template.format(name=name, short=short, sector=rng.choice(SECTORS),
                                             city=rng.choice(CITIES), region=rng.choice(REGIONS),
                                             programme=rng.choice(PROGRAMMES), allegation=rng.choice(ALLEGATIONS),
                                             date=date))
        paragraphs.append(" ".join(sentences))
    title = f"[SYNTHETIC] Scale-test article {i}: {rng.choice(names)[1]} and the sanctions lists"
    head = (f"---\ntitle: {title}\nurl: https://synthetic.invalid/articles/{i}\npublished: {date}\n"
            f"synthetic: true\n---\n\n")
    return head + title + "\n\n" + "\n\n".join(paragraphs) + "\n"


def generate(out: Path, n: int, seed: int = 1260) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    names = companies()
    paths = []
    for i in range(n):
        p = out / f"synthetic-{i:05d}.txt"
        p.write_text(article(i, rng, names), encoding="utf-8")
        paths.append(p)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("n", type=int)
    parser.add_argument("--seed", type=int, default=1260)
    args = parser.parse_args()
    generate(args.out, args.n, args.seed)
    print(f"{args.n} synthetic articles in {args.out}")


if __name__ == "__main__":
    main()
