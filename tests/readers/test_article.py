import http.server
import threading

import pytest

from kg.errors import InputError
from kg.readers.article import read_article

from tests.conftest import ARTICLES


def test_front_matter_is_metadata_not_text():
    doc = read_article(ARTICLES / "asiaone-2019-10-hikvision-trade-blacklist.txt")
    assert doc.source.published == "2019-10-08"
    assert doc.source.url.startswith("https://www.asiaone.com/")
    assert "published:" not in doc.text and not doc.text.startswith("---")


def test_raw_page_sidebar_and_footer_are_dropped():
    doc = read_article(ARTICLES / "biometricupdate-2025-01-1260h-list.txt")
    for junk in ("Liquid", "GovTech", "Philippines", "Leave a Reply", "FB pixel", "Related Posts"):
        assert junk not in doc.text
    assert "Megvii falls off list" in doc.text            # an in-article heading stays
    assert doc.text.count("Facial recognition, digital ID firms land") == 1


def test_html_menus_and_unrelated_headlines_are_dropped():
    doc = read_article(ARTICLES / "econotimes-2024-10-dji-sues-pentagon.html")
    assert doc.source.published == "2024-10-19" and "econotimes.com" in doc.source.url
    for junk in ("Takaichi", "Tesla", "Sign in", "Privacy", "ads.js"):
        assert junk not in doc.text
    assert "DJI denies using forced labor" in doc.text


def test_paragraph_spans_index_the_cleaned_text():
    doc = read_article(ARTICLES / "sdmmag-2019-10-hikvision-dahua-entity-list.txt")
    for s, e in doc.paragraphs:
        assert doc.text[s:e] and "\n\n" not in doc.text[s:e]


@pytest.mark.parametrize("content,reason", [
    (b"", "empty"), (b"\x00\x01binary\x00", "binary"), (b"caf\xe9 au lait", "UTF-8")])
def test_bad_files_get_one_line_errors(tmp_path, content, reason):
    p = tmp_path / "a.txt"
    p.write_bytes(content)
    with pytest.raises(InputError, match=reason) as e:
        read_article(p)
    assert "\n" not in str(e.value) and str(p) in str(e.value)


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_article(tmp_path / "nope.txt")


def test_bom_and_crlf(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("\ufeffTitle line\r\n\r\nHikvision is a video surveillance company.\r\n".encode("utf-8"))
    doc = read_article(p)
    assert "\r" not in doc.text and doc.text.startswith("Title line")


@pytest.fixture
def http_server():
    pages = {"/a.html": ("text/html", b"<html><body><article><p>DJI, the world's largest drone manufacturer, "
                                       b"is on the Pentagon's list.</p></article></body></html>"),
             "/img.png": ("image/png", b"\x89PNG....")}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            ctype, body = pages.get(self.path, ("text/plain", b""))
            self.send_response(200 if self.path in pages else 404)
            self.send_header("Content-Type", ctype)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *a):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


def test_url_is_fetched_and_read(http_server):
    doc = read_article(http_server + "/a.html")
    assert doc.source.url == http_server + "/a.html"
    assert "drone manufacturer" in doc.text


def test_url_wrong_type_or_missing_is_rejected(http_server):
    with pytest.raises(InputError, match="content type image/png"):
        read_article(http_server + "/img.png")
    with pytest.raises(InputError, match="could not fetch"):
        read_article(http_server + "/missing")


def test_deeply_nested_html_keeps_its_text(tmp_path):
    p = tmp_path / "deep.html"
    p.write_text("<html><body>" + "<div>" * 1500 + "<p>Hikvision is a video surveillance company.</p>" +
                 "</div>" * 1500 + "</body></html>")
    assert "Hikvision is a video surveillance company." in read_article(p).text


def test_control_characters_in_html_are_not_an_error(tmp_path):
    p = tmp_path / "ctl.html"
    p.write_text("<html><body><script>x</script>\x1f<p>Dahua\x0b is a drone maker.</p></body></html>")
    assert "Dahua" in read_article(p).text


def test_a_raw_pages_header_keeps_the_headline_not_the_menu_and_a_newsletter_line_is_no_tail(tmp_path):
    page = tmp_path / "raw.txt"
    page.write_text("Menu  Markets  Banking  Cyber  Search\nSign up for our newsletter\n\n"
                    "Ransomware attack on Velmora Bank's U.S. arm disrupts trades\n\nNovember 10, 2023 · 4 min read\n\n"
                    "The U.S. unit of Velmora Bank was hit by a ransomware attack, the bank said on Thursday.\n\n"
                    "Trending now\nZelcor raises forecast\n", encoding="utf-8")
    doc = read_article(page)
    assert doc.text.startswith("Ransomware attack on Velmora Bank's U.S. arm disrupts trades")
    assert "was hit by a ransomware attack" in doc.text
    assert "Menu" not in doc.text and "Zelcor" not in doc.text
