"""The calibration factors the extractor uses are the ones bench/calibration.py fits from the first-look
triples, and the extractor applies them."""
import yaml

from kg.extract import article
from tests.conftest import ROOT, load_script, text_doc


def calibration_module():
    return load_script(ROOT / "bench" / "calibration.py", "calibration")


def test_shipped_factors_are_the_fitted_ones():
    cal = calibration_module()
    rows = [__import__("json").loads(line) for line in cal.FIRST_LOOK.read_text().splitlines() if line.strip()]
    data = cal.labelled(rows)
    assert len(data) == len(rows) and not all(ok for _, ok in data)   # some first-look triples were wrong
    shipped = yaml.safe_load(article.CALIBRATION.read_text())
    sets = sorted({row["set"] for row, _ in data})
    weight = cal.choose_weight(data, sets)
    assert shipped["prior_weight"] == str(weight)
    assert shipped["rules"] == cal.fit(data, weight)


def test_extractor_scales_each_rule_by_its_factor(extractor, monkeypatch):
    text = "Guangzhou-based facial recognition provider Cloudwalk opened an office."
    before = {t.extractor: t.confidence for t in extractor.extract(text_doc(text))}
    monkeypatch.setattr(article, "calibration", lambda: {"sector-descriptor": 0.5})
    after = {t.extractor: t.confidence for t in extractor.extract(text_doc(text))}
    assert after["kg-rules/sector-descriptor"] < before["kg-rules/sector-descriptor"]
    # the rule with no factor in the patched table keeps its prior, undivided by the shipped factor
    shipped = yaml.safe_load(article.CALIBRATION.read_text())["rules"]["based-in"]["factor"]
    assert abs(after["kg-rules/based-in"] * shipped - before["kg-rules/based-in"]) < 0.01 or before["kg-rules/based-in"] == 0.99
