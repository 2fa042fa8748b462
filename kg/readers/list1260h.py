"""Reader for the Section 1260H list in OpenSanctions' CSV layout: one row per listing period."""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.ids import content_hash
from kg.readers.base import read_text

COLUMNS = ("Name", "Clean Name", "Alias", "Previous Name", "Parent Name", "Note",
           "Start date", "End date", "Source Url")
REQUIRED = ("Name", "Start date")


@dataclass(frozen=True)
class ListRow:
    line: int                    # 1-based line of the record in the file
    start: int                   # character span of the record in the file text
    end: int
    raw: str
    name: str                    # as printed
    clean_name: str
    aliases: tuple[str, ...]
    previous_names: tuple[str, ...]
    parent: str
    note: str
    start_date: str
    end_date: str
    source_url: str


@dataclass(frozen=True)
class ListFile:
    path: str
    text: str
    content_hash: str
    rows: tuple[ListRow, ...]
    problems: tuple[str, ...]    # rows skipped, one line each


def looks_like_list(text: str) -> bool:
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    return "Name" in first and "Start date" in first


def _date(value: str, column: str, line: int) -> str:
    value = value.strip()
    if not value:
        return ""
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise InputError(f"line {line}: {column} {value!r} is not a valid YYYY-MM-DD date") from None


_TRAILING_PARENS = re.compile(r"\s*\((?:formerly\s+)?[^()]*(?:\([^()]*\)[^()]*)*[)\]]\s*$")


def clean_printed_name(name: str) -> str:
    """The printed name without the trailing '*' and trailing parenthetical short name."""
    name = name.strip().rstrip("*").strip()
    return _TRAILING_PARENS.sub("", name).strip() or name


def clean_name_cell(value: str) -> tuple[str, tuple[str, ...]]:
    """Some Clean Name cells keep the printed short name: "Aerospace CH UAV Co., Ltd (CH UAV)".
    Drop such a trailing parenthetical (returned as an alias) unless it names a place ("(Beijing)")."""
    from kg.resolve import fold, place_prefix
    m = re.search(r"\s*\(([^()]*)\)\s*$", value)
    if not m or place_prefix(fold(m.group(1))):
        return value, ()
    return value[:m.start()].strip(), (m.group(1).strip(),)


def _split(value: str, sep: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in value.split(sep) if p.strip())


def read_list(path: Path) -> ListFile:
    text, data = read_text(path)
    lines = text.splitlines(keepends=True)
    offsets, pos = [], 0
    for ln in lines:
        offsets.append(pos)
        pos += len(ln)
    offsets.append(pos)
    reader = csv.reader(io.StringIO(text))
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as e:
        raise InputError(f"{path}: not a CSV file ({e})") from None
    header = [h.strip() for h in header]
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        raise InputError(f"{path}: not the 1260H list layout, missing column(s) {', '.join(missing)}")
    index = {c: header.index(c) for c in COLUMNS}
    rows, problems, seen = [], [], set()
    consumed = reader.line_num
    while True:
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            raise InputError(f"{path}: malformed CSV near line {reader.line_num}: {e}") from None
        first_line, consumed = consumed + 1, reader.line_num
        if not any(f.strip() for f in record):
            continue
        if len(record) != len(header):
            problems.append(f"{path}:{first_line}: {len(record)} fields, expected {len(header)}; row skipped")
            continue
        get = {c: record[i].strip() for c, i in index.items()}
        if not get["Name"] and not get["Clean Name"]:
            problems.append(f"{path}:{first_line}: row has no name; row skipped")
            continue
        try:
            start_date = _date(get["Start date"], "Start date", first_line)
            end_date = _date(get["End date"], "End date", first_line)
        except InputError as e:
            problems.append(f"{path}:{e}; row skipped")
            continue
        if not start_date:
            problems.append(f"{path}:{first_line}: row has no Start date; row skipped")
            continue
        if end_date and end_date < start_date:
            problems.append(f"{path}:{first_line}: End date {end_date} is before Start date {start_date}; row skipped")
            continue
        key = tuple(record)
        if key in seen:
            continue   # an exact duplicate row adds nothing
        seen.add(key)
        s, e = offsets[first_line - 1], offsets[min(consumed, len(lines))]
        clean, extra_alias = clean_name_cell(get["Clean Name"] or clean_printed_name(get["Name"]))
        aliases = _split(get["Alias"], ",")
        rows.append(ListRow(
            line=first_line, start=s, end=e, raw=text[s:e].rstrip("\n"), name=get["Name"] or get["Clean Name"],
            clean_name=clean, aliases=aliases + tuple(a for a in extra_alias if a not in aliases),
            previous_names=_split(get["Previous Name"], ";"),
            parent=get["Parent Name"], note=get["Note"], start_date=start_date, end_date=end_date,
            source_url=get["Source Url"]))
    if not rows:
        raise InputError(f"{path}: no usable rows" + (f" ({problems[0]})" if problems else ""))
    return ListFile(path=str(path), text=text, content_hash=content_hash(data), rows=tuple(rows),
                    problems=tuple(problems))
