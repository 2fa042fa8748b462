"""The generated pages in a real browser (Debian's chromium, driven by Playwright): offline, no
console errors, a drawn canvas, tooltips on hover, and source text that never runs as markup."""
import re
import subprocess

import pytest

from kg.graph import Graph
from kg.types import Entity, Source, Statement
from tests.conftest import KG

CHROMIUM = "/usr/bin/chromium"
HOSTILE = "<img src=x onerror=alert(1)> href"


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--no-first-run", "--disable-sync", "--disable-quic"])
        yield b
        b.close()


class Opened:
    def __init__(self, browser, path):
        self.page = browser.new_page(viewport={"width": 1200, "height": 900})
        self.errors, self.requests, self.dialogs = [], [], []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_function("window.network !== undefined && network.body.data.nodes.length > 0")
        self.page.wait_for_timeout(800)

    def offline_and_clean(self):
        assert [u for u in self.requests if not u.startswith(("file:", "data:"))] == []
        assert self.errors == [] and self.dialogs == []

    def drawn_pixels(self) -> int:
        return self.page.evaluate("""() => { const c = document.querySelector('#mynetwork canvas');
            const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;
            for (let i = 0; i < d.length; i += 4) { if (d[i + 3] > 0 && (d[i] < 240 || d[i + 1] < 240 || d[i + 2] < 240)) n++; }
            return n; }""")

    def hover(self, node_id: str) -> str:
        self.page.evaluate("() => network.fit()")
        self.page.wait_for_timeout(300)
        network_pos = self.page.evaluate("id => network.canvasToDOM(network.getPositions([id])[id])", node_id)
        box = self.page.locator("#mynetwork canvas").bounding_box()
        self.page.mouse.move(box["x"] + network_pos["x"], box["y"] + network_pos["y"])
        self.page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5000)
        return self.page.evaluate("document.querySelector('div.vis-tooltip').innerText")

    def close(self):
        self.page.close()


def view(args, tmp_path, name):
    out = tmp_path / name
    r = subprocess.run([KG, "viz", *args, "--output", str(out)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == str(out)
    return out


@pytest.mark.parametrize("args,focus", [
    (["--company", "Hikvision", "--hops", "2"], "company/hangzhou-hikvision-digital-technology"),
    (["--query", "allegations-in-region", "-p", "region=Xinjiang"], "region/xinjiang"),
    (["--path", "Hikvision", "SenseTime"], "company/sensetime-group"),
])
def test_views_load_offline_draw_and_show_tooltips(browser, full_build_dir, tmp_path, args, focus):
    path = view([str(full_build_dir), *args], tmp_path, "view.html")
    text = path.read_text(encoding="utf-8")
    assert not re.search(r"<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=", text, re.I)   # loads no file
    opened = Opened(browser, path)
    try:
        opened.offline_and_clean()
        assert opened.drawn_pixels() > 2000
        from kg.graph import read_build
        name = read_build(full_build_dir).entities[focus].name
        assert name in opened.hover(focus)
        opened.offline_and_clean()
    finally:
        opened.close()


def test_overview_of_a_full_build(browser, full_build_dir):
    opened = Opened(browser, full_build_dir / "overview.html")
    try:
        opened.offline_and_clean()
        assert opened.drawn_pixels() > 2000
    finally:
        opened.close()


def test_large_views_are_laid_out_in_python_and_say_what_was_left_out(browser, tmp_path, full_build):
    from kg.export.html import render
    path = tmp_path / "large.html"
    path.write_text(render(full_build.graph, "capped", max_nodes=150, layout_above=100), encoding="utf-8")
    assert "150 nodes" in path.read_text(encoding="utf-8")
    opened = Opened(browser, path)
    try:
        opened.offline_and_clean()
        assert opened.page.evaluate("network.physics.options.enabled") is False
        assert opened.page.evaluate("network.body.data.nodes.length") == 150
        left_out = len({x for s in full_build.graph.statements.values() for x in (s.subject, s.object)}) - 150
        assert f"{left_out} less connected nodes left out" in opened.page.inner_text(".kg-count")
        assert opened.drawn_pixels() > 2000
    finally:
        opened.close()


def test_source_text_renders_as_text_and_runs_no_script(browser, tmp_path):
    g = Graph()
    g.add_source(Source(id="article/x", kind="article", title=HOSTILE, url="javascript:alert(2)"))
    g.add_entity(Entity(id="company/evil", type="Company", name=HOSTILE, aliases=("<script>alert(3)</script>",)))
    g.add_entity(Entity(id="sector/drones", type="Sector", name="Drones"))
    g.add_statement(Statement(id="stmt/x", subject="company/evil", predicate="sector", object="sector/drones",
                              source="article/x", evidence=HOSTILE + " <svg onload=alert(4)>", start=0, end=10,
                              extractor="test", confidence=0.5))
    from kg.viz import company
    path = company(g, HOSTILE).save(tmp_path / "hostile.html")
    assert "<img src=x" not in path.read_text(encoding="utf-8")
    opened = Opened(browser, path)
    try:
        tip = opened.hover("company/evil")
        assert HOSTILE in tip and "<script>alert(3)</script>" in tip     # shown as the text it is
        opened.page.evaluate("network.selectEdges([]); true")
        assert opened.page.evaluate("document.querySelectorAll('.kg-tip img, .kg-tip script, .kg-tip svg').length") == 0
        opened.offline_and_clean()    # no alert dialog, no error, no request
    finally:
        opened.close()
