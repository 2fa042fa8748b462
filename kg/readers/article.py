"""Reader for news articles: plain text or HTML, optional front matter, boilerplate removed.

The cleaned text is a sequence of paragraphs joined by blank lines; every evidence span the
extractor reports is an offset into that text.
"""
from __future__ import annotations

import re
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

from kg.errors import InputError
from kg.ids import content_hash, make_key
from kg.readers.base import decode, read_text
from kg.types import Document, Source

FETCH_TIMEOUT, FETCH_LIMIT = 20, 10 * 1024 * 1024
FETCH_TYPES = ("text/html", "text/plain", "application/xhtml+xml")

# A line that starts the page's tail: everything after it is site furniture, not the article.
TAIL_MARKERS = re.compile(
    r"^(related (posts|articles|stories|news)|article topics|latest\b.*\bnews|more (news|stories)|"
    r"read more|you (may|might) also like|recommended|comments?|leave a (reply|comment)|"
    r"most (viewed|read|popular)\b.*|share this( article)?|subscribe\b.*|sign up\b.*newsletter.*|"
    r"featured company|trending)\s*:?$", re.IGNORECASE)
# Lines that are never article text.
JUNK_LINE = re.compile(r"^(fb pixel|advertisement|skip to (main )?content|[\s|•·/\\-]*)$", re.IGNORECASE)
BOILERPLATE_CLASSES = re.compile(
    r"(^|[\s_-])(nav|navbar|menu|top-bar|header|footer|sidebar|side-bar|related|more-news|"
    r"comments?|share|social|newsletter|subscribe|advert|ads?|promo|breadcrumbs?|widget|cookie)([\s_-]|$)",
    re.IGNORECASE)
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
BLOCK_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "pre", "td")


def is_url(path: str) -> bool:
    return urlparse(str(path)).scheme in ("http", "https")


def fetch(url: str, timeout: float = FETCH_TIMEOUT, limit: int = FETCH_LIMIT) -> tuple[str, bytes]:
    req = urllib.request.Request(url, headers={"User-Agent": "kg/0.1 (+knowledge-graph builder)"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            ctype = resp.headers.get_content_type()
            if ctype not in FETCH_TYPES:
                raise InputError(f"{url}: content type {ctype} is not a web page or text")
            data = resp.read(limit + 1)
    except InputError:
        raise
    except Exception as e:   # urllib raises many kinds; all mean the same thing to the user
        raise InputError(f"{url}: could not fetch ({e.__class__.__name__}: {e})") from None
    if len(data) > limit:
        raise InputError(f"{url}: page is over the {limit}-byte limit")
    return decode(data, url), data


def read_article(path: str | Path) -> Document:
    if is_url(str(path)):
        text, data = fetch(str(path))
        name, default_url = str(path), str(path)
    else:
        text, data = read_text(Path(path))
        name, default_url = str(path), ""
    meta, body = split_front_matter(text)
    if looks_like_html(body, name):
        html_meta, paragraphs = html_paragraphs(body)
        meta = {**html_meta, **meta}
    else:
        paragraphs = text_paragraphs(body)
    paragraphs = drop_boilerplate(paragraphs)
    if not paragraphs:
        raise InputError(f"{name}: no article text found")
    url = meta.get("url", default_url)
    source = Source(id="article/" + make_key(url or Path(name).name), kind="article",
                    title=meta.get("title") or paragraphs[0][0][:200], url=url,
                    path=name if not is_url(name) else "", published=meta.get("published", ""),
                    content_hash=content_hash(data))
    return assemble(source, paragraphs)


def assemble(source: Source, paragraphs: list[tuple[str, bool]]) -> Document:
    parts, spans, headings, pos = [], [], set(), 0
    for i, (para, heading) in enumerate(paragraphs):
        parts.append(para)
        spans.append((pos, pos + len(para)))
        if heading:
            headings.add(i)
        pos += len(para) + 2
    return Document(source=source, text="\n\n".join(parts), paragraphs=spans, headings=headings)


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    if not text.startswith("---\n"):
        return {}, text
    end = text.find("\n---", 4)
    if end < 0:
        return {}, text
    meta = {}
    for line in text[4:end].splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip():
            meta[key.strip().lower()] = value.strip().strip("'\"")
    if "date" in meta and "published" not in meta:
        meta["published"] = meta["date"]
    return meta, text[end + 4:].lstrip("-").lstrip("\n")


def looks_like_html(text: str, name: str) -> bool:
    head = text.lstrip()[:500].lower()
    return name.lower().endswith((".html", ".htm")) or head.startswith(("<!doctype html", "<html")) \
        or ("<body" in head and "</" in text)


def _norm_space(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def is_heading(line: str) -> bool:
    """A short line with no sentence-final punctuation: a title or section heading."""
    words = line.split()
    return 0 < len(words) <= 16 and not re.search(r"[.!?:;\"”]$", line.strip())


def text_paragraphs(body: str) -> list[tuple[str, bool]]:
    """Plain text: paragraphs are separated by blank lines; single newlines inside are kept joined."""
    out = []
    for block in re.split(r"\n\s*\n", body):
        lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
        if not lines:
            continue
        if all(is_heading(ln) for ln in lines) and len(lines) > 1:
            out.extend((_norm_space(ln), True) for ln in lines)
        else:
            para = _norm_space(" ".join(lines))
            out.append((para, is_heading(para)))
    return out


def html_paragraphs(html: str) -> tuple[dict[str, str], list[tuple[str, bool]]]:
    import lxml.html

    # Control characters are not allowed in an XML tree: lxml refuses to move text holding them.
    html = CONTROL_CHARS.sub(" ", html)
    try:
        # huge_tree: libxml2 otherwise drops everything nested deeper than 256 elements (up to 2048 here)
        root = lxml.html.fromstring(html, parser=lxml.html.HTMLParser(huge_tree=True))
    except Exception as e:
        raise InputError(f"HTML could not be parsed: {e}") from None
    meta = {}
    for el in root.iter("link"):
        if (el.get("rel") or "").lower() == "canonical" and el.get("href"):
            meta["url"] = el.get("href").strip()
    for el in root.iter("meta"):
        prop = (el.get("property") or el.get("name") or "").lower()
        if prop in ("article:published_time", "date", "pubdate", "dc.date") and el.get("content"):
            meta["published"] = el.get("content").strip()[:10]
        if prop == "og:url" and el.get("content") and "url" not in meta:
            meta["url"] = el.get("content").strip()
    title = root.find(".//title")
    if title is not None and title.text:
        meta["title"] = _norm_space(title.text.split("|")[0])
    for bad in root.xpath("//script|//style|//noscript|//template|//iframe|//svg|//nav|//header|//footer"
                          "|//aside|//form|//head"):
        bad.drop_tree()
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        marker = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('role') or ''}"
        if BOILERPLATE_CLASSES.search(marker) or el.get("role") in ("navigation", "banner", "contentinfo"):
            el.drop_tree()
    # Prefer an explicit article container when the page has one.
    scope = (root.xpath("//article") or root.xpath("//*[contains(@class,'article-body') or "
                                                    "contains(@class,'entry-content') or "
                                                    "contains(@class,'post-content')]") or [root])[0]
    out = []
    for el in scope.iter(*BLOCK_TAGS):
        if any(a.tag in BLOCK_TAGS for a in el.iterancestors()):
            continue   # nested block: its text is already in the ancestor's
        text = _norm_space(el.text_content())
        if text:
            out.append((text, el.tag.startswith("h") or is_heading(text)))
    return meta, out


def drop_boilerplate(paragraphs: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Cut the page tail (related posts, comments ...) and the header zone's stray lines."""
    kept = []
    for text, heading in paragraphs:
        if TAIL_MARKERS.match(text):
            if any(not h for _t, h in kept):
                break
            continue   # in the page header ("Sign up for our newsletter" above the headline): a stray line, not the tail
        if JUNK_LINE.match(text):
            continue
        kept.append((text, heading))
    # Header zone: the short lines before the first body paragraph. Keep the title (the line a
    # page repeats, else the first) and drop the rest: they are teasers for other articles.
    first_body = next((i for i, (t, h) in enumerate(kept) if not h), len(kept))
    header = kept[:first_body]
    if len(header) > 1:
        texts = [t for t, _ in header]
        # (a raw page's menu comes first: "Menu Markets Banking Cyber": the headline is a sentence-like line)
        headline = [t for t in texts if not re.search(r"[|·•]", t) and len(t.split()) >= 4
                    and any(w[:1].islower() for w in t.split()[1:])]
        title = next((t for t in texts if texts.count(t) > 1), max(headline, key=len) if headline else texts[0])
        kept = [(title, True)] + kept[first_body:]
    # A related-article teaser often sits as a lone heading right at the end of the article.
    while kept and kept[-1][1]:
        kept.pop()
    return kept
