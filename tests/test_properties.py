"""Property-based tests (hypothesis): readers and extractor never crash on arbitrary input, and every
triple's evidence is exactly cleaned_text[start:end]."""
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from kg.errors import InputError
from tests.conftest import text_doc

FAST = settings(max_examples=150, deadline=None)
SLOW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

FRAGMENTS = [
    "Hikvision", "Hangzhou Hikvision Digital Technology Co., Ltd.", "Dahua", "SenseTime", "DJI", "CETC", "Megvii",
    "Yixin Science and Technology Co", "it", "the company", "The firm", "is a", "video surveillance company",
    "Guangzhou-based", "facial recognition provider", "based in Hangzhou", "in Xinjiang", "Tibet",
    "was added to the Entity List", "the 1260H list", "was removed from", "denied the allegations",
    "human rights abuses", "repression of Uighurs", "a subsidiary of", "The companies include", ",", ".", " and ",
    "\n\n", "(", ")", "“", "”", "—", "  ", "\t", "https://example.org/a?b=c", "Related Posts", "Advertisement",
]
prose = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=20)), max_size=60).map(" ".join)


@FAST
@given(st.binary(max_size=2000))
def test_decode_returns_text_or_a_one_line_error(data):
    from kg.readers.base import decode
    try:
        text = decode(data, "x")
    except InputError as e:
        assert "\n" not in str(e)
    else:
        assert "\r" not in text


@FAST
@given(st.one_of(st.text(max_size=3000), prose))
def test_article_reader_paragraph_spans_index_the_cleaned_text(text):
    from kg.readers.article import read_article
    with tempfile.TemporaryDirectory() as d:
        for name in ("a.txt", "a.html"):
            p = Path(d) / name
            p.write_text(text, encoding="utf-8")
            try:
                doc = read_article(p)
            except InputError as e:
                assert "\n" not in str(e)
                continue
            for a, b in doc.paragraphs:
                assert 0 <= a <= b <= len(doc.text) and doc.text[a:b].strip() == doc.text[a:b]


@FAST
@given(st.recursive(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30),
                    lambda inner: st.tuples(st.sampled_from(["div", "p", "script", "nav", "li", "b", "table"]),
                                            st.lists(inner, max_size=4)).map(
                        lambda t: f"<{t[0]}>{''.join(t[1])}</{t[0]}>"), max_leaves=40))
def test_html_reader_survives_arbitrary_markup(markup):
    from kg.readers.article import html_paragraphs
    _meta, paragraphs = html_paragraphs("<html><body>" + markup + "</body></html>")
    assert all(isinstance(p, str) for p, _ in paragraphs)


@FAST
@given(st.lists(st.lists(st.one_of(st.text(max_size=15), st.sampled_from(["2021-06-03", "2024-02-30", "", "x"])),
                         max_size=11), max_size=8))
def test_list_reader_reads_or_rejects_arbitrary_rows(rows):
    import csv
    import io

    from kg.readers.list1260h import read_list
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["Name", "Clean Name", "Alias", "Previous Name", "Parent Name", "Note", "Start date", "End date",
                "Source Url"])
    w.writerows(rows)
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "l.csv"
        p.write_text(buf.getvalue(), encoding="utf-8")
        try:
            lf = read_list(p)
        except InputError as e:
            assert "\n" not in str(e)
        else:
            assert len(lf.rows) + len(lf.problems) <= len(rows)
            assert all(r.start_date for r in lf.rows)


@SLOW
@given(prose)
def test_extractor_never_crashes_and_evidence_is_the_exact_span(extractor, text):
    if not text.strip():
        return
    doc = text_doc(text)
    for t in extractor.extract(doc):
        assert doc.text[t.start:t.end] == t.evidence
        assert 0 <= t.start < t.end <= len(doc.text)
        assert 0.0 < t.confidence <= 1.0
