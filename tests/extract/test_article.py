"""The extractor's behaviours, pinned on short texts written for these tests."""
from tests.conftest import text_doc


def facts(extractor, text):
    return {(t.subject, t.predicate, t.object) for t in extractor.extract(text_doc(text))}


def kinds(extractor, text, subject_word):
    return {(t.predicate, t.object) for t in extractor.extract(text_doc(text)) if subject_word in t.subject}


def test_every_triple_carries_its_exact_evidence_span(extractor):
    doc = text_doc("Title of the page\n\nBeijing-based SenseTime is an AI company. It is on the 1260H list.")
    triples = extractor.extract(doc)
    assert triples
    for t in triples:
        assert doc.text[t.start:t.end] == t.evidence
        assert 0 < t.confidence <= 1


def test_descriptor_and_based_in(extractor):
    got = kinds(extractor, "Guangzhou-based facial recognition provider Cloudwalk opened an office.", "CloudWalk")
    assert ("sector", "Facial recognition") in got and ("based_in", "Guangzhou") in got


def test_copula_and_apposition(extractor):
    got = kinds(extractor, "Quectel, a leading maker of wireless modules, said nothing.", "Quectel")
    assert ("sector", "Telecommunications") in got
    got = kinds(extractor, "Hesai is a lidar company based in Shanghai.", "Hesai")
    assert {("sector", "Automotive and electric vehicles"), ("based_in", "Shanghai")} <= got


def test_mere_co_occurrence_gives_no_sector(extractor):
    assert not any(p == "sector" for p, _ in kinds(
        extractor, "Hikvision met drone and semiconductor executives in Paris.", "Hikvision"))


def test_pronoun_and_definite_description_refer_back(extractor):
    text = ("Megvii is headquartered in Beijing. The company was added to the Entity List in 2019. "
            "Its facial recognition software is widely used.")
    got = kinds(extractor, text, "Megvii")
    assert ("listed_on", "Commerce Entity List (BIS trade blacklist)") in got
    assert ("based_in", "Beijing") in got


def test_denial_is_not_an_allegation(extractor):
    got = kinds(extractor, "DJI denies using forced labor in its supply chain.", "DJI")
    assert ("denies", "Use of forced labor") in got
    assert not any(p == "alleged" for p, _ in got)


def test_dispute_of_listing(extractor):
    got = kinds(extractor, "Tencent has balked at its inclusion, saying \u201cwe are not a military company.\u201d", "Tencent")
    assert ("disputes", "DoD Section 1260H list of Chinese military companies") in got
    assert not any(p == "alleged" for p, _ in got)


def test_removal_is_recorded_with_its_action(extractor):
    triples = extractor.extract(text_doc("Megvii falls off list after a year\n\nThe Pentagon removed Megvii "
                                         "from the Section 1260H list."))
    actions = {t.qualifiers for t in triples if t.predicate == "listed_on"}
    assert (("action", "removed"),) in actions


def test_prose_list_members_inherit_group_sanction_and_unknown_firms_are_found(extractor):
    text = ("Those added to the Entity List include two police bureaus and three commercial firms. "
            "The companies include Zhejiang Dahua Technology, Anhui Quantum Sensing Co and Nanhu Vision Technology Co.")
    got = facts(extractor, text)
    subjects = {s for s, p, o in got if p == "listed_on" and "Entity List" in o}
    assert any("Dahua" in s for s in subjects)
    assert {"Anhui Quantum Sensing Co", "Nanhu Vision Technology Co"} <= {s.rstrip(".") for s in subjects}


def test_group_allegation_applies_to_named_members(extractor):
    text = ("Hikvision and Dahua were added to the Entity List. The filing said the entities have been "
            "implicated in human rights violations.")
    got = facts(extractor, text)
    assert sum(1 for s, p, o in got if p == "alleged" and o == "Human rights abuses") == 2


def test_following_firms_apply_to_the_paragraphs_after(extractor):
    text = ("The following firms have been designated Chinese military companies.\n\n"
            "Aisino Corporation is a large technology company.\n\nInspur is a server maker.\n\n"
            "Unrelated heading\n\nHuawei launched a phone.")
    listed = {s for s, p, o in facts(extractor, text) if p == "listed_on"}
    assert any("Aisino" in s for s in listed) and any("Inspur" in s for s in listed)
    assert not any("Huawei" in s for s in listed)


def test_subsidiary_with_place_prefix_is_its_own_company(extractor):
    text = "Shenzhen SenseTime Technology Co. Ltd., SenseTime\u2019s wholly-owned subsidiary, was named."
    got = facts(extractor, text)
    assert ("Shenzhen SenseTime Technology Co. Ltd.", "subsidiary_of", "SenseTime Group Inc.") in got


def test_region_kinds_are_kept_apart(extractor):
    text = ("Dahua is a video surveillance company based in Hangzhou. Dahua signed contracts with local "
            "governments in Xinjiang. It has been accused of human rights abuses in Tibet.")
    got = kinds(extractor, text, "Dahua")
    assert {("based_in", "Hangzhou"), ("operates_in", "Xinjiang"), ("linked_to", "Tibet")} <= got


def test_other_companies_aside_gives_no_sector(extractor):
    got = kinds(extractor, "The ban covers Hikvision, along with several other facial recognition companies.",
                "Hikvision")
    assert ("sector", "Facial recognition") not in got


def test_government_bodies_and_media_are_not_companies(extractor):
    text = ("The Bureau of Industry and Security added entities to the Entity List over repression of Uyghurs. "
            "The BBC and the National Institute of Standards and Technology reported it.")
    assert extractor.extract(text_doc(text)) == []


def test_deterministic(extractor):
    text = "Beijing-based SenseTime is an AI company on the 1260H list."
    assert extractor.extract(text_doc(text)) == extractor.extract(text_doc(text))


def test_a_run_on_line_is_not_read_as_one_sentence(extractor):
    from tests.conftest import text_doc
    doc = text_doc("Hikvision is a video surveillance company based in Hangzhou and " * 60)
    assert extractor.extract(doc) == []      # 3,800 characters without a full stop: not prose
    short = text_doc("Hikvision is a video surveillance company based in Hangzhou.")
    assert {t.predicate for t in extractor.extract(short)} == {"sector", "based_in"}


def test_allegation_holder_from_an_inflected_report_verb(extractor):
    from tests.conftest import text_doc
    got = {(t.predicate, dict(t.qualifiers).get("holder")) for t in extractor.extract(
        text_doc("US officials said Hikvision was complicit in human rights abuses in Xinjiang."))}
    assert ("alleged", "US officials") in got
    got = {(t.predicate, dict(t.qualifiers).get("holder")) for t in extractor.extract(
        text_doc("Rights groups accuse Dahua of mass surveillance of Uyghurs."))}
    assert ("alleged", "Rights groups") in got


def test_sanction_dates_come_from_the_sentence_when_it_gives_one(extractor):
    from tests.conftest import text_doc

    def dated(text, published="2025-02-01"):
        return {(t.predicate, t.date) for t in extractor.extract(text_doc(text, published=published))
                if t.predicate in ("listed_on", "disputes")}
    assert dated("The Commerce Department added Hikvision to the Entity List in October 2019.") == \
        {("listed_on", "2019-10")}
    assert dated("Megvii was removed from the 1260H list on January 7, 2025.") == {("listed_on", "2025-01-07")}
    # a month and day without a year take the article's year (the year before, if that is later)
    assert dated("On Dec. 30, Dahua was added to the Entity List.", published="2020-01-03") == \
        {("listed_on", "2019-12-30")}
    # none, or two different dates: the article's date stands
    assert dated("Hikvision was added to the Entity List.") == {("listed_on", "2025-02-01")}
    assert {d for _, d in dated("Hikvision, added to the Entity List in 2019, sued in 2021.")} == {"2025-02-01"}


def test_sentence_date_forms():
    from kg.extract.article import sentence_date
    assert sentence_date("on 2024-12-25") == "2024-12-25"
    assert sentence_date("on 7 Jan. 2025") == "2025-01-07"
    assert sentence_date("since 2019") == "2019"
    assert sentence_date("It may 5 times grow", "2025-02-01") == ""
    assert sentence_date("on February 30, 2024") == ""
    assert sentence_date("In 2019-2020 revenue grew.") == ""
