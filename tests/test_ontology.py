import pytest

from kg.ontology import Concept, Vocabulary, _read_scheme


def test_vocabularies_load_with_hierarchy(ontology):
    assert ontology.sectors.by_key["facial-recognition"].broader == ("biometrics",)
    assert "biometrics" in ontology.sectors.ancestors("facial-recognition")
    assert ontology.regions.by_key["hangzhou"].attr("kind") == "city"
    assert ontology.regions.ancestors("hangzhou") == ["zhejiang", "china"]


def test_longest_synonym_wins_and_acronyms_match_case(ontology):
    hits = ontology.sectors.find("a video surveillance company and an AI firm, not the word ai or said")
    assert [c.key for _, _, c in hits] == ["video-surveillance", "artificial-intelligence"]


def test_hyphenated_place_modifier_matches(ontology):
    assert [c.key for _, _, c in ontology.regions.find("Guangzhou-based provider")] == ["guangzhou"]
    assert ontology.regions.find("Guangzhou-ish") == []


def test_programme_synonyms(ontology):
    keys = [c.key for _, _, c in ontology.programmes.find(
        "the Entity List, the Section 1260H list and the ban on American investment")]
    assert keys == ["us-bis-entity-list", "us-dod-1260h", "us-treasury-ns-cmic"]


def test_unknown_broader_concept_fails_loudly():
    with pytest.raises(ValueError, match="unknown broader"):
        _read_scheme({"scheme": "s", "class": "Sector", "concepts": {"a": {"label": "A", "broader": "nope"}}})


def test_namespace_typo_fails():
    from kg.namespaces import KG
    with pytest.raises(AttributeError):
        KG.sectr  # noqa: B018
