"""The learned readers (kg/extract/relations.py for company–fact pairs, kg/extract/names.py for names): what they
score, what they add to the rules and what they may never add, and that the shipped models are the ones
bench/relations.py fits."""
import pytest
import yaml

from kg.extract import names, relations
from tests.conftest import ROOT, load_script, text_doc


def candidates(extractor, text):
    (_triples, found, _names), = extractor.read_many([text_doc(text)])
    return found


def test_features_of_the_subject_next_to_the_listing(extractor):
    found = candidates(extractor, "Velmora Technology Co was added to the Entity List in 2023.")
    listed = [c for c in found if c.object_type == "Sanction"]
    assert len(listed) == 1 and listed[0].read_by_rules
    assert {"companies:1", "nearest", "rule-subject", "listing-argument", "Sanction|nearest"} <= set(listed[0].features)
    assert 0.5 < listed[0].probability < 1


def test_no_pair_from_the_words_of_a_company_name(extractor):
    found = candidates(extractor, "Zelix Robotics Co and Velmora Technology Co were added to the Entity List.")
    assert {c.object_type for c in found} == {"Sanction"}


def test_a_company_in_a_clause_on_the_listed_one_is_marked(extractor):
    found = candidates(extractor, "Also added to the Entity List was Qorvex, a Chinese chip designer whose circuit "
                                  "was found in a Huawei processor, in a possible breach of export controls.")
    huawei = [c for c in found if c.subject.startswith("Huawei") and c.object_type == "Sanction"]
    assert huawei and all(relations.vetoed(c.features) for c in huawei)
    assert all(not relations.vetoed(c.features) for c in found if c.subject == "Qorvex")


def weights_that_accept_everything(monkeypatch, kinds=("Sector",)):
    model = {"weights": {"bias": 6.0}, "thresholds": {k: 0.5 for k in kinds}}
    monkeypatch.setattr(relations, "model", lambda: model)


def test_the_model_adds_what_the_rules_left_unread(extractor, monkeypatch):
    text = "Hikvision met drone and semiconductor executives in Paris."
    assert not any(t.predicate == "sector" for t in extractor.extract(text_doc(text)))   # the rules read nothing here
    weights_that_accept_everything(monkeypatch)
    added = [t for t in extractor.extract(text_doc(text)) if t.predicate == "sector"]
    assert {t.object for t in added} == {"Drones and unmanned aerial vehicles", "Semiconductors"}
    for t in added:
        assert t.extractor == "kg-rules/model" and t.evidence == text and abs(t.confidence - relations.probability(
            next(c.features for c in candidates(extractor, text) if c.object == t.object))) < 0.01


def test_the_model_never_adds_a_vetoed_pair_nor_replaces_a_rule(extractor, monkeypatch):
    text = ("Also added to the Entity List was Qorvex, a Chinese chip designer whose circuit was found in a Huawei "
            "processor, in a possible breach of export controls.")
    before = {(t.subject, t.predicate, t.object): t.extractor for t in extractor.extract(text_doc(text))}
    weights_that_accept_everything(monkeypatch, kinds=("Sanction",))
    after = {(t.subject, t.predicate, t.object): t.extractor for t in extractor.extract(text_doc(text))}
    assert {s for s, p, _ in after if p == "listed_on"} == {"Qorvex"}
    assert {k: v for k, v in after.items() if k in before} == before


def test_kinds_without_a_threshold_are_never_added(extractor, monkeypatch):
    weights_that_accept_everything(monkeypatch, kinds=("Region",))
    text = "Hikvision met drone and semiconductor executives in Paris."
    assert not any(t.predicate == "sector" for t in extractor.extract(text_doc(text)))


def tagged_names(extractor, text):
    (_triples, _pairs, found), = extractor.read_many([text_doc(text)])
    return found


def test_names_the_rules_did_not_take_are_scored_with_what_surrounds_them(extractor):
    found = tagged_names(extractor, "Lawmakers want to ban Zorvexa, whose apps they say send user data to Beijing. "
                                    "Zorvexa said it stores American data in Texas.")
    assert found and {c.text for c in found} == {"Zorvexa"}
    assert not any(c.registered_by_rules for c in found)
    said = next(c for c in found if "speaker" in c.features)
    assert {"coined-word", "mentions:2", "anywhere:speaker"} <= set(said.features)


def test_authorities_investors_and_peoples_are_never_name_candidates(extractor):
    text = ("The Federal Communications Commission (FCC) said it would act. The FCC voted on Tuesday to bar Velmora "
            "Technology Co, which has backing from Sequoia Capital China, over the surveillance of Uyghurs.")
    assert {c.text for c in tagged_names(extractor, text)} <= {"Velmora Technology Co"}


def test_a_name_the_model_accepts_becomes_a_company(extractor, monkeypatch):
    text = ("Lawmakers want to ban Zorvexa, whose apps they say send user data to Beijing. "
            "Zorvexa said it stores American data in Texas.")
    assert not any(t.subject == "Zorvexa" for t in extractor.extract(text_doc(text)))
    monkeypatch.setattr(names, "model", lambda: {"weights": {"bias": 6.0}, "threshold": 0.5})
    assert any(t.subject == "Zorvexa" for t in extractor.extract(text_doc(text)))
    monkeypatch.setattr(names, "model", lambda: {"weights": {"bias": 6.0}, "threshold": None})
    assert not any(t.subject == "Zorvexa" for t in extractor.extract(text_doc(text)))


def bench_module():
    return load_script(ROOT / "bench" / "relations.py", "bench_relations")


def test_shipped_model_is_the_fitted_one():
    bench = bench_module()
    if not bench.SCORER.is_file():
        pytest.fail(f"{bench.SCORER} is missing: the labelled pairs are scored with it")
    rows, name_rows = bench.examples()
    assert any(r["label"] for r in rows) and not all(r["label"] for r in rows)
    assert any(r["label"] for r in name_rows) and not all(r["label"] for r in name_rows)
    shipped_names = yaml.safe_load(names.MODEL.read_text())
    assert shipped_names["names"] == len(name_rows)
    name_strength = bench.choose_strength(name_rows)
    assert shipped_names["strength"] == name_strength
    assert shipped_names["threshold"] == bench.name_threshold(bench.held_out(name_rows, name_strength), show=False)
    fitted = bench.fit(name_rows, name_strength)
    assert set(fitted) == set(shipped_names["weights"])
    assert all(abs(fitted[f] - shipped_names["weights"][f]) < 1e-3 for f in fitted)
    shipped = yaml.safe_load(relations.MODEL.read_text())
    assert shipped["pairs"] == len(rows)
    strength = bench.choose_strength(rows)
    assert shipped["strength"] == strength
    assert shipped["thresholds"] == bench.choose_thresholds(bench.held_out(rows, strength))
    fitted = bench.fit(rows, strength)
    assert set(fitted) == set(shipped["weights"])
    assert all(abs(fitted[f] - shipped["weights"][f]) < 1e-3 for f in fitted)
