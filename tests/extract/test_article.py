"""The extractor's behaviours, pinned on short texts written for these tests."""
from tests.conftest import text_doc


def facts(extractor, text):
    return {(t.subject, t.predicate, t.object) for t in extractor.extract(text_doc(text))}


def listed_companies(extractor, text):
    return {t.subject for t in extractor.extract(text_doc(text)) if t.predicate == "listed_on"}


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


# ---- behaviours found on the labelled articles (bench/labelled), pinned on sentences of my own


EL = "Commerce Entity List (BIS trade blacklist)"
DOD = "DoD Section 1260H list of Chinese military companies"


def test_two_companies_joined_by_and_stay_two(extractor):
    got = facts(extractor, "The agency added Orbita Genomics and Lantern Memory Technologies Co to the Entity List.")
    subjects = {s for s, _, _ in got}
    assert {"Orbita Genomics", "Lantern Memory Technologies Co"} <= subjects
    assert not any(" and " in s for s in subjects)
    # ...while "Science and Technology Co" is one name
    got = facts(extractor, "The companies include Yixin Science and Technology Co.")
    assert not any(s in ("Yixin Science", "Technology Co") for s, _, _ in got)


def test_words_before_a_name_are_not_part_of_it(extractor):
    got = facts(extractor, "Shares of Xiaomi Corp fell after the Pentagon added it to its list of Chinese military companies.")
    assert {s for s, _, _ in got} == {"Xiaomi Corp"}
    got = facts(extractor, "Beijing-based Zorin Technology Co was added to the Entity List.")
    assert ("Zorin Technology Co", "based_in", "Beijing") in got


def test_a_designation_name_is_not_a_company(extractor):
    got = facts(extractor, "Orbita Corp said it is not a \u201cCommunist Chinese Military Company\u201d.")
    assert not any("Military" in s for s, _, _ in got)


def test_abbreviation_in_parentheses_is_the_same_company(extractor):
    text = ("The list includes Northern Lantern Aircraft Corp of China (NLAC), a planemaker. "
            "NLAC was added to the Entity List.")
    got = facts(extractor, text)
    subjects = {s for s, _, _ in got}
    assert len(subjects) == 1, subjects
    assert any(p == "listed_on" for _, p, _ in got)


def test_group_reference_by_number(extractor):
    text = ("Regulators restricted gear from Orbita Corp and Lantern Corp. They also named Zorin Corp.\n\n"
            "All three companies are on the FCC's Covered List.")
    got = facts(extractor, text)
    assert {s for s, p, o in got if p == "listed_on" and o == "FCC Covered List"} == {"Orbita Corp", "Lantern Corp", "Zorin Corp"}


def test_group_reference_needs_as_many_named_companies(extractor):
    text = "Orbita Corp was fined.\n\nAll nine companies are on the FCC's Covered List."
    assert not any(p == "listed_on" for _, p, _ in facts(extractor, text))


def test_narrower_group_keeps_listing_not_accusations(extractor):
    text = ("The Commerce Department added 20 companies to the Entity List. Five of the entities were cited for "
            "human rights abuses against Uyghurs. They include Orbita Corp and Lantern Corp.\n\n"
            "The other 15 entities were added for military end use. Among them are Zorin Corp.")
    got = facts(extractor, text)
    assert ("Zorin Corp", "listed_on", EL) in got
    # the other group's accusations are not Zorin's; its own group's ("military end use") are
    assert not any(s == "Zorin Corp" and p == "alleged" and ("Uyghur" in o or "rights" in o) for s, p, o in got)
    assert ("Zorin Corp", "alleged", "Ties to China's military and military-civil fusion") in got
    assert ("Orbita Corp", "alleged", "Human rights abuses") in got


def test_authority_acting_for_a_reason_accuses_the_companies_it_names(extractor):
    got = facts(extractor, "The FCC banned new equipment from Orbita Corp because it poses an unacceptable "
                           "risk to U.S. national security.")
    assert ("Orbita Corp", "alleged", "National security risk") in got


def test_passive_accuser_is_the_holder(extractor):
    [t] = [t for t in extractor.extract(text_doc(
        "Orbita Corp has been accused by rights groups of supplying cameras used to monitor Uyghurs in Xinjiang."))
        if t.predicate == "alleged"]
    assert dict(t.qualifiers)["holder"] == "rights groups"


def test_denial_refers_back_to_the_allegation(extractor):
    text = ("Orbita Corp was placed on the Entity List over its alleged role in the surveillance of Uyghurs. "
            "It has rejected the allegations.")
    got = facts(extractor, text)
    assert ("Orbita Corp", "alleged", "Complicity in the repression of Uyghurs and other Muslim minorities") in got
    assert ("Orbita Corp", "denies", "Complicity in the repression of Uyghurs and other Muslim minorities") in got
    got = facts(extractor, "Orbita Corp was accused of spying on Uyghurs, which the company denies.")
    assert ("Orbita Corp", "denies", "Complicity in the repression of Uyghurs and other Muslim minorities") in got


def test_a_lawsuit_to_be_removed_is_no_removal(extractor):
    triples = extractor.extract(text_doc("Orbita Corp sued, asking a court to remove it from the 1260H list."))
    assert all(dict(t.qualifiers).get("action") != "removed" for t in triples)
    assert any(t.predicate == "disputes" for t in triples)


def test_a_listing_asked_for_is_no_listing(extractor):
    got = facts(extractor, "Lawmakers urged the FCC to add Orbita Corp to the Covered List.")
    assert not any(p == "listed_on" for _, p, _ in got)


def test_based_in_inside_a_description_and_an_apposition(extractor):
    got = facts(extractor, "Orbita Corp makes sensors. The Pentagon added the Ningde-based company to its 1260H list.")
    assert ("Orbita Corp", "based_in", "Ningde") in got
    got = facts(extractor, "The list names Orbita Corp, a Wuhan-based supplier of chipmaking equipment.")
    assert {("Orbita Corp", "based_in", "Wuhan"), ("Orbita Corp", "sector", "Semiconductors")} <= got


def test_made_by_and_singular_descriptor(extractor):
    got = facts(extractor, "The rule restricts video surveillance equipment made by Orbita Corp and Lantern Corp.")
    assert {("Orbita Corp", "sector", "Video surveillance"), ("Lantern Corp", "sector", "Video surveillance")} <= got
    got = facts(extractor, "It added gene sequencing firm Orbita Corp and Lantern Corp, a memory chipmaker, to the Entity List.")
    assert ("Orbita Corp", "sector", "Biotechnology, pharmaceuticals and genomics") in got
    assert ("Lantern Corp", "sector", "Biotechnology, pharmaceuticals and genomics") not in got
    assert ("Lantern Corp", "sector", "Semiconductors") in got


def test_name_coordinated_with_known_companies_is_a_company(extractor):
    got = facts(extractor, "The exchange will delist three telecom carriers, China Mobile, China Telecom and Nanhai Unicom.")
    assert "Nanhai Unicom" in {s for s, _, _ in got}


def test_implicit_list_for_also_added(extractor):
    text = "The Commerce Department added Orbita Corp to the Entity List. Also added were Lantern Corp and Zorin Corp."
    got = facts(extractor, text)
    assert {("Lantern Corp", "listed_on", EL), ("Zorin Corp", "listed_on", EL)} <= got


def test_foreign_firms_introduced_in_passing_get_no_facts(extractor):
    got = facts(extractor, "Inspur is a major customer of U.S. chip companies Intel and Nvidia.")
    assert not any(s in ("Intel", "Nvidia") for s, _, _ in got)


def test_rival_introduces_a_company(extractor):
    got = facts(extractor, "Quectel and its rival Fibocom Wireless sell modules. Fibocom, which is based in Shenzhen, declined to comment.")
    assert ("Fibocom Wireless", "based_in", "Shenzhen") in got


# ---- rules added after scoring the holdout2 and holdout3 sets (sentences written for these tests)

def test_coined_first_word_is_the_company_further_on(extractor):
    text = ("Regulators fined Qorvane Silicon Industry Co last week. "
            "Qorvane, one of the largest producers of polysilicon, said it would appeal.")
    got = kinds(extractor, text, "Qorvane")
    assert ("sector", "Solar energy and polysilicon") in got
    # an English first word is no short name: "Golden" alone names nothing
    text = "Golden Harbor Shipping Co was fined. Golden, one of the largest producers of polysilicon, said nothing."
    assert not any(p == "sector" for p, _ in kinds(extractor, text, "Golden"))


def test_place_prefixed_unit_is_not_its_parent(extractor):
    text = ("The department added Qinghai Vantor New Energy to the Entity List. "
            "Qinghai Vantor is a unit of Vantor New Energy Corp, a polysilicon maker listed in New York.")
    subjects = listed_companies(extractor, text)
    assert subjects == {"Qinghai Vantor New Energy"}
    assert ("sector", "Solar energy and polysilicon") in kinds(extractor, text, "Vantor New Energy Corp")


def test_generic_words_with_a_legal_form_name_a_company(extractor):
    got = kinds(extractor, "China State Harbour Engineering Corp, a state-owned builder, was added to the Entity List.",
                "China State Harbour Engineering Corp")
    assert {("sector", "Construction and engineering"), ("listed_on", "Commerce Entity List (BIS trade blacklist)")} <= got
    assert not facts(extractor, "A Chinese Technology Company was praised by officials.")


def test_relative_clauses_say_where_and_what(extractor):
    text = "Zorbix Robotics, which is based in Hefei, drew scrutiny. Velmora Scientech, which makes DNA test kits, was fined."
    assert ("based_in", "Hefei") in kinds(extractor, text, "Zorbix")
    assert ("sector", "Biotechnology, pharmaceuticals and genomics") in kinds(extractor, text, "Velmora")
    # a sector after "used in" describes the product's buyers, not the maker
    text = "Velmora Scientech, which makes memory chips used in smartphones, was fined."
    assert ("sector", "Consumer electronics and smartphones") not in kinds(extractor, text, "Velmora")


def test_officially_joins_two_names(extractor):
    text = ("Sugon, a maker of servers, was named on Friday. "
            "The Tianjin-based Sugon, officially Dawning Information Industry Co, builds supercomputers.")
    triples = extractor.extract(text_doc(text))
    assert {t.object for t in triples} >= {"Tianjin", "High-performance computing and supercomputers"}
    assert len({t.subject_key for t in triples}) == 1


def test_place_in_a_definite_description_is_where_it_is_based(extractor):
    text = "Zorbix Robotics was added to the Entity List. The Shenzhen company said it was disappointed."
    assert ("based_in", "Shenzhen") in kinds(extractor, text, "Zorbix")
    text = "Zorbix Robotics was added to the Entity List. The Russian company said it was disappointed."
    assert not any(p == "based_in" for p, _ in kinds(extractor, text, "Zorbix"))


def test_what_was_added_next_to_the_list_named_before(extractor):
    text = ("The Commerce Department put 20 Chinese firms on the Entity List on Monday.\n\n"
            "Also added were Velmora Scientech, which makes DNA test kits, and Orvane Microelectronics.\n\n"
            "The department named Qorvane Robotics, a maker of robot dogs, along with chip designer Zelix.")
    listed = listed_companies(extractor, text)
    assert {"Velmora Scientech", "Orvane Microelectronics", "Qorvane Robotics", "Zelix"} <= listed
    # a company merely linked to one that is added is not added
    text = ("The Commerce Department put 20 Chinese firms on the Entity List.\n\n"
            "It also added Velmora Scientech, a toolmaker that reports have linked to Huawei.")
    listed = listed_companies(extractor, text)
    assert "Velmora Scientech" in listed and not any("Huawei" in s for s in listed)


def test_group_accusation_reaches_the_companies_named_next(extractor):
    text = ("The Treasury Department imposed sanctions on two Chinese companies that it said had helped Russia "
            "build attack drones for its war against Ukraine. The Office of Foreign Assets Control designated "
            "Qorvane Aero Engine Co and Zelix Vector Industry Co.")
    for name in ("Qorvane", "Zelix"):
        got = kinds(extractor, text, name)
        assert ("listed_on", "OFAC Specially Designated Nationals list") in got
        assert ("alleged", "Support for Russia's military and its war against Ukraine") in got


def test_group_accusation_does_not_reach_a_later_unrelated_listing(extractor):
    text = ("Hikvision and Dahua were both named in the report. Researchers found that both firms had built software "
            "that could flag Uyghurs.\n\nSeparately, the FCC banned new equipment from Huawei and ZTE Corp.")
    got = kinds(extractor, text, "ZTE")
    assert ("listed_on", "FCC Covered List") in got
    assert not any(p == "alleged" for p, _ in got)


def test_lifted_ban_is_a_removal(extractor):
    text = "The Commerce Department lifted a ban that had stopped ZTE Corp from buying American components."
    [t] = [t for t in extractor.extract(text_doc(text)) if t.predicate == "listed_on"]
    assert "denial order" in t.object and dict(t.qualifiers)["action"] == "removed"


def test_groups_and_authorities_are_not_companies(extractor):
    text = ("A report by the research group Veritrack found that the Federal Communications Commission "
            "had fined the telecommunications provider Zelix Networks.")
    subjects = {t.subject for t in extractor.extract(text_doc(text))}
    assert subjects == {"Zelix Networks"}


def test_a_clause_on_a_parent_describes_the_parent(extractor):
    text = ("Qorvane Port Machinery is a subsidiary of Zelix Construction Company, a state-owned builder of roads "
            "and bridges that has been on the Pentagon's list of Chinese military companies since 2020.")
    parent, unit = kinds(extractor, text, "Zelix"), kinds(extractor, text, "Qorvane")
    assert ("listed_on", "DoD Section 1260H list of Chinese military companies") in parent
    assert ("sector", "Construction and engineering") in parent
    assert not any(p in ("listed_on", "sector") for p, _ in unit)


def test_relative_clause_on_a_mention_gives_its_place_and_trade(extractor):
    text = ("Velmora Networks sells Wi-Fi equipment. Regulators have opened an inquiry into the company, which was "
            "founded in Shenzhen and sells about 65% of the routers used in homes.")
    got = kinds(extractor, text, "Velmora")
    assert {("based_in", "Shenzhen"), ("sector", "Telecommunications")} <= got
    text = "Orvane Heavy Industries, the company that makes most of the port cranes used in Europe, said nothing."
    assert ("sector", "Machinery and heavy equipment (cranes, port machinery)") in kinds(extractor, text, "Orvane")


def test_the_based_provider_of_refers_back_as_a_subject_only(extractor):
    text = ("The department will take Qorvane Technology Corp off the list. The Beijing-based provider of mapping "
            "services had won an injunction.")
    got = kinds(extractor, text, "Qorvane")
    assert {("based_in", "Beijing"), ("sector", "Mapping, navigation and geospatial services")} <= got
    # mid-sentence, "the maker of ..." may be another company
    text = "Qorvane Technology Corp sued. It competes with the maker of drones in Beijing."
    assert not any(o.startswith("Drones") for _p, o in kinds(extractor, text, "Qorvane"))


def test_a_foreign_company_description_does_not_refer_back(extractor):
    text = ("A jury found that radio maker Zelix Communications Corp stole trade secrets from Motorola, "
            "awarding the American company $700 million. The American company said it had been hit by cyberattacks.")
    got = kinds(extractor, text, "Zelix")
    assert ("alleged", "Intellectual property theft") in got
    assert not any(o == "Hacking and cyberattacks" for _p, o in got)


def test_a_product_named_by_its_maker_gives_the_makers_sector(extractor):
    text = "Regulators may ban sales of Velmora Networks routers. Zelix Vision Co said its cameras were safe."
    assert ("sector", "Telecommunications") in kinds(extractor, text, "Velmora")
    assert ("sector", "Video surveillance") in kinds(extractor, text, "Zelix")
    # a product word that modifies something else says nothing of the company's trade
    text = "Zelix Vision Co said its cloud customers and its chip unit were safe. Velmora Networks technology is old."
    assert not any(p == "sector" for p, _ in kinds(extractor, text, "Zelix") | kinds(extractor, text, "Velmora"))


def test_an_initialism_of_a_name_in_the_text_is_that_company(extractor):
    text = ("The administration added Qorvane National Offshore Drilling Corp to the Entity List. "
            "QNODC, which is based in Tianjin, did not comment.")
    assert ("based_in", "Tianjin") in kinds(extractor, text, "Qorvane")


def test_the_accused_not_the_accuser_gets_the_accusation(extractor):
    text = "Velmora Technology has accused Zelix Integrated Circuit Co and its partner of stealing its trade secrets."
    assert ("alleged", "Intellectual property theft") in kinds(extractor, text, "Zelix")
    assert not any(p == "alleged" for p, _ in kinds(extractor, text, "Velmora"))
    [t] = [t for t in extractor.extract(text_doc(text)) if t.predicate == "alleged"]
    assert dict(t.qualifiers)["holder"] == "Velmora Technology"


def test_such_refers_back_to_the_accusation_just_made(extractor):
    text = ("Officials said Velmora Chemical Co took part in labor transfer programmes targeting Uyghurs. "
            "Zelix Plastics Co was accused of participating in such programmes at its plants.")
    assert ("alleged", "Use of forced labor") in kinds(extractor, text, "Zelix")


def test_a_negated_accusation_is_a_denial_only_of_what_was_alleged(extractor):
    text = "Velmora Genomics Co says it does not share genetic data with the government."
    assert not any(p in ("alleged", "denies") for p, _ in kinds(extractor, text, "Velmora"))
    text = ("Critics say Velmora Genomics Co collects genetic data from millions of women. "
            "The company says it does not share genetic data with the government.")
    got = kinds(extractor, text, "Velmora")
    assert ("alleged", "Data privacy concerns") in got and ("denies", "Data privacy concerns") in got


def test_the_pentagons_finding_in_the_words_of_the_law_is_the_1260h_list(extractor):
    text = ("The Department of Defense has determined that Qorvane Rail Corp and Zelix Aviation Corp are owned "
            "or controlled by the Chinese military.")
    for name in ("Qorvane", "Zelix"):
        assert ("listed_on", "DoD Section 1260H list of Chinese military companies") in kinds(extractor, text, name)
    # without the Pentagon it is a claim, not the list
    text = "Critics say Qorvane Rail Corp is controlled by the Chinese military."
    assert not any(p == "listed_on" for p, _ in kinds(extractor, text, "Qorvane"))


def test_fcc_denial_of_authority_to_operate(extractor):
    text = ("The Federal Communications Commission voted to deny Velmora Telecom Ltd's application to provide "
            "services in the United States, citing national security risks.")
    got = kinds(extractor, text, "Velmora")
    assert ("listed_on", "FCC denial or revocation of authority to operate in the U.S. (Section 214)") in got
    assert ("alleged", "National security risk") in got


def test_a_place_after_a_place_is_the_brand(extractor):
    text = ("Fujian Jinhua Integrated Circuit Co makes memory chips. Jinhua has filed a countersuit. "
            "The department added Fujian Jinhua to the Entity List.")
    subjects = {t.subject for t in extractor.extract(text_doc(text))}
    assert subjects == {"Fujian Jinhua Integrated Circuit Co"}
    assert ("listed_on", "Commerce Entity List (BIS trade blacklist)") in kinds(extractor, text, "Jinhua")


def test_a_list_that_names_is_not_a_company(extractor):
    text = ("Other companies on it include Qorvane Group Co. It also names Zelix Rail Corp, the world's largest "
            "maker of railway cars.")
    assert not any(p == "sector" for p, _ in kinds(extractor, text, "Qorvane"))
    assert ("sector", "Rail and rolling stock") in kinds(extractor, text, "Zelix")


def test_the_state_acting_is_no_place_of_business(extractor):
    text = "Velmora Memory Co received investment from local government funds as part of Beijing's push."
    assert not any(p == "operates_in" for p, _ in kinds(extractor, text, "Velmora"))


def test_a_unit_with_a_place_in_its_name_and_an_ampersand(extractor):
    text = ("The Treasury said Velmora Tanker (Dalian) Co and Velmora Tanker (Dalian) Seaman & Ship Management Co had "
            "carried Iranian oil. Both were added to the Specially Designated Nationals list.")
    listed = listed_companies(extractor, text)
    assert listed == {"Velmora Tanker (Dalian) Co", "Velmora Tanker (Dalian) Seaman & Ship Management Co"}


def test_the_listed_company_not_those_in_a_clause_on_it(extractor):
    text = ("Also added to the Entity List was Qorvex, a Chinese chip designer whose circuit was found in a Huawei "
            "processor, in a possible breach of export controls.")
    got = facts(extractor, text)
    assert {s for s, p, _ in got if p == "listed_on"} == {"Qorvex"}
    assert ("Qorvex", "alleged", "Export control or sanctions violations") in got


def test_listing_along_with_others(extractor):
    text = ("The Pentagon added Orbita Lidar Co to its list of Chinese military companies in January, along with "
            "gene sequencing firm Zelix Genomics Co.")
    listed = listed_companies(extractor, text)
    assert listed == {"Orbita Lidar Co", "Zelix Genomics Co"}


def test_other_additions_are_members_and_designated_centres_count(extractor):
    text = ("The Department of Defense designated nine more companies as Communist Chinese military companies. "
            "The other additions are Orbita Air Co, Zelix Holding Co and Beijing Qorvane Development Investment Center.")
    listed = listed_companies(extractor, text)
    assert {"Orbita Air Co", "Zelix Holding Co", "Beijing Qorvane Development Investment Center"} <= listed


def test_a_subsidiary_is_not_its_parent(extractor):
    text = ("Zelix Telecom Americas Co, the U.S. subsidiary of state-owned Zelix Telecom, must stop its services. "
            "Zelix Telecom is based in Beijing.")
    got = facts(extractor, text)
    assert ("Zelix Telecom", "based_in", "Beijing") in got
    assert not any(s.endswith("Americas Co") and p == "based_in" for s, p, _ in got)


def test_a_kind_of_company_is_not_every_member(extractor):
    text = ("The list includes telecoms giant Orbita Technologies Co and surveillance camera maker Zelix Vision Co. "
            "Officials said the order targets companies whose surveillance technology is used to facilitate serious "
            "human rights abuses.")
    assert not any(o == "Human rights abuses" for _p, o in kinds(extractor, text, "Orbita"))


def test_the_entities_are_an_enumeration_and_long_institute_names_stay_whole(extractor):
    text = ("The Commerce Department added three Chinese entities to its Entity List. The entities are Orbita Aerospace "
            "Technology Co, Zelix Electronics Group Corporation 48th Research Institute and Qorvane Remote Sensing Co.")
    listed = listed_companies(extractor, text)
    assert listed == {"Orbita Aerospace Technology Co", "Zelix Electronics Group Corporation 48th Research Institute",
                      "Qorvane Remote Sensing Co"}


def test_a_firm_that_studies_the_industry_is_not_one_of_its_companies(extractor):
    text = "Zelix Vision Co offered the code, according to the video surveillance research firm Camwatch."
    assert {t.subject for t in extractor.extract(text_doc(text))} <= {"Zelix Vision Co"}


def test_accusation_about_products_from_named_companies(extractor):
    text = "Researchers had earlier found similar ethnic-detection features in products from Orbita Vision Co and Zelix Tech Co."
    for name in ("Orbita", "Zelix"):
        assert ("alleged", "Ethnicity detection and ethnic profiling") in kinds(extractor, text, name)


def test_what_others_say_of_a_companys_products_with_their_denial(extractor):
    text = ("Agencies stopped flying drones made by Orbita Robotics Co and Zelix Aero Co. The law's sponsors said the "
            "drones could send sensitive data to Beijing, a claim both manufacturers reject.")
    for name in ("Orbita", "Zelix"):
        got = kinds(extractor, text, name)
        assert {("alleged", "Data privacy concerns"), ("denies", "Data privacy concerns")} <= got
    [t] = [t for t in extractor.extract(text_doc(text)) if t.predicate == "alleged" and "Orbita" in t.subject]
    assert dict(t.qualifiers)["holder"] == "law's sponsors"


def test_a_listing_that_could_happen_is_no_listing(extractor):
    text = ("The Treasury Department could add Orbita Vision Co to its Specially Designated Nationals list. "
            "No decision has been made.")
    assert not any(p == "listed_on" for p, _ in kinds(extractor, text, "Orbita"))


def test_names_introduced_by_a_place_or_a_plural_descriptor(extractor):
    text = ("Regulators gave Beijing-based Zelixdance nine months to sell its app. The department added graphics chip "
            "designers Orbita Technology and Qorvane Threads to the Entity List. Orbita is based in Shanghai and "
            "Qorvane Threads in Beijing.")
    assert ("based_in", "Beijing") in kinds(extractor, text, "Zelixdance")
    got = kinds(extractor, text, "Qorvane")
    assert {("listed_on", "Commerce Entity List (BIS trade blacklist)"), ("based_in", "Beijing")} <= got
    assert ("based_in", "Shanghai") in kinds(extractor, text, "Orbita")


def test_a_unit_is_listed_not_its_group(extractor):
    text = ("Those added to the Entity List include Velmora Textile Co, a unit of Hong Kong-based shirtmaker Zelix Group, "
            "and Orbita Group, a maker of train parts.")
    listed = listed_companies(extractor, text)
    assert "Velmora Textile Co" in listed and "Orbita Group" in listed and "Zelix Group" not in listed
    assert ("based_in", "Hong Kong") in kinds(extractor, text, "Zelix")
    assert not any(o == "Hong Kong" for _p, o in kinds(extractor, text, "Velmora") | kinds(extractor, text, "Orbita"))
    assert ("sector", "Rail and rolling stock") in kinds(extractor, text, "Orbita")


def test_what_a_company_could_be_made_to_do(extractor):
    text = "Lawmakers argue that Beijing could compel Zelix Video Co to hand over data on its American users."
    assert ("alleged", "Data privacy concerns") in kinds(extractor, text, "Zelix")


def test_the_two_makers_and_also_named_with_descriptors(extractor):
    text = ("A court upheld the FCC's ban on equipment from Orbita Vision Co and Zelix Tech Co. The FCC added the two "
            "camera makers to its Covered List, saying their equipment posed an unacceptable risk to U.S. national security.")
    for name in ("Orbita", "Zelix"):
        got = kinds(extractor, text, name)
        assert {("sector", "Video surveillance"), ("alleged", "National security risk")} <= got
    text = ("The Pentagon added 11 more companies to its list of Chinese military companies.\n\n"
            "Also named were Qorvane State Construction Group, satellite maker Velmora Spacesat and rocket manufacturer "
            "Zelix Academy of Launch Vehicle Technology.")
    listed = listed_companies(extractor, text)
    assert {"Qorvane State Construction Group", "Velmora Spacesat", "Zelix Academy of Launch Vehicle Technology"} <= listed
    assert ("sector", "Aerospace and aviation") in kinds(extractor, text, "Velmora")


def test_all_of_which_and_whose(extractor):
    text = ("Orbita Vision Co is one of four AI dragons, along with Zelix Tech Co and Qorvane AI Co, all of which sell "
            "face recognition systems. Velmora Tech Co, whose facial recognition algorithms rank highly, was listed.")
    for name in ("Zelix", "Qorvane", "Velmora"):
        assert ("sector", "Facial recognition") in kinds(extractor, text, name)


def test_a_generic_head_after_a_specific_term_adds_nothing(extractor):
    text = "Orbita Vision Co, a Guangzhou-based developer of facial recognition software, listed its shares."
    got = kinds(extractor, text, "Orbita")
    assert ("sector", "Facial recognition") in got and ("sector", "Information technology and software") not in got


def test_banning_americans_from_investing_is_the_investment_ban(extractor):
    text = "In December the Treasury Department banned Americans from investing in Orbita Vision Co."
    assert any(o.startswith("Treasury NS-CMIC") for p, o in kinds(extractor, text, "Orbita") if p == "listed_on")


def test_a_regional_unit_is_not_its_parent(extractor):
    text = ("The FCC voted to revoke Zelix Telecom Americas' authorization to provide services, saying Zelix Telecom "
            "Americas posed significant national security risks. Its parent, Zelix Telecom Corp, is listed in Hong Kong.")
    got = facts(extractor, text)
    assert ("Zelix Telecom Americas", "alleged", "National security risk") in got
    assert not any(s == "Zelix Telecom Corp" and p in ("alleged", "listed_on") for s, p, _ in got)


def test_products_made_by_named_companies_after_a_descriptor(extractor):
    text = "The department will remove surveillance cameras made by Chinese companies Orbita Vision Co and Zelix Tech Co."
    for name in ("Orbita", "Zelix"):
        assert ("sector", "Video surveillance") in kinds(extractor, text, name)


def test_a_chinese_description_skips_the_company_described_as_foreign(extractor):
    text = ("Zelix Memory Co has sued Orbita Technology in a U.S. court, accusing the American chipmaker of infringing "
            "its patents. The Wuhan-based company was added to the Entity List in December.")
    assert {("based_in", "Wuhan"), ("listed_on", "Commerce Entity List (BIS trade blacklist)")} <= kinds(extractor, text, "Zelix")
    assert not kinds(extractor, text, "Orbita") & {("based_in", "Wuhan"), ("listed_on", "Commerce Entity List (BIS trade blacklist)")}
    # another name between them: the foreign description is that one's, not the company's
    text = ("A jury found that radio maker Zelix Communications Corp copied code from Motorola Solutions, awarding the "
            "American company damages. The Shenzhen-based company said it would appeal.")
    assert ("based_in", "Shenzhen") in kinds(extractor, text, "Zelix")


def test_a_designation_far_from_the_pentagon_in_a_long_sentence(extractor):
    text = ("The U.S. Department of Defense on Thursday designated China's top chip designer, Qorvex Semiconductor "
            "Manufacturing Corp (QSMC), and national offshore driller Velmora Offshore Drilling Corp (VODC) as "
            "companies owned or controlled by the Chinese military.")
    assert {"Qorvex Semiconductor Manufacturing Corp", "Velmora Offshore Drilling Corp"} <= listed_companies(extractor, text)


def test_added_along_with_to_a_list_that_names_firms(extractor):
    text = ("The Pentagon named Qorvex Corp and Velmora Corp as Chinese military companies. The move adds the two groups, "
            "along with Zelix Construction Technology Co Ltd and Trandor Engineering Consulting Corp, to a list that now "
            "names 35 firms.")
    assert {"Zelix Construction Technology Co Ltd", "Trandor Engineering Consulting Corp"} <= listed_companies(extractor, text)


def test_compliance_with_a_law_is_no_listing(extractor):
    text = ("The committee found that Velmora, owned by Qorvex Holdings, had no system to ensure compliance with the "
            "Uyghur Forced Labor Prevention Act.")
    assert not listed_companies(extractor, text)


def test_an_app_introduces_a_company_with_its_sector(extractor):
    got = kinds(extractor, "Lawmakers said shopping app Zorvexa is shipping goods made with forced labor.", "Zorvexa")
    assert ("sector", "Internet platforms and e-commerce") in got


def test_zero_tolerance_is_a_denial(extractor):
    got = kinds(extractor, "Zorvexa Co said it has zero tolerance for forced labor in its supply chain.", "Zorvexa")
    assert ("denies", "Use of forced labor") in got and not any(p == "alleged" for p, _ in got)


def test_questions_about_the_data_a_company_collects(extractor):
    text = ("Velmora Genomics, a unit of Shenzhen-based Velmora Group, has faced questions from U.S. officials about the "
            "genetic data it collects.")
    assert ("alleged", "Data privacy concerns") in kinds(extractor, text, "Velmora Genomics")


def test_the_transit_funds_ban_and_who_backs_a_company(extractor):
    text = ("A defense bill bars transit agencies from using federal funds to buy rail cars and buses from Qorvex Rail Corp. "
            "The ban also covers buses made by Zelix Motors Co, the Shenzhen-based carmaker backed by Warren Buffett's "
            "Berkshire Hathaway.")
    got = facts(extractor, text)
    assert ("Qorvex Rail Corp", "listed_on", "NDAA ban on federal transit funds for Chinese rail cars and buses") in got
    assert not any("Warren" in s or "Berkshire" in s for s, _p, _o in got)


def test_a_short_name_first_then_the_full_name_with_it_in_brackets(extractor):
    text = ("Treasury sanctions Chinese state tech firm QVEC for helping a regime\n\n"
            "The U.S. Treasury Department on Monday blacklisted Qorvex National Electronics Import & Export Corp (QVEC), "
            "a Beijing-based state-owned defense electronics company, for restricting internet service.")
    got = facts(extractor, text)
    subjects = {s for s, _p, _o in got}
    assert subjects == {"Qorvex National Electronics Import & Export Corp"}
    assert ("Qorvex National Electronics Import & Export Corp", "listed_on", "OFAC Specially Designated Nationals list") in got
    assert ("Qorvex National Electronics Import & Export Corp", "based_in", "Beijing") in got
    assert ("Qorvex National Electronics Import & Export Corp", "alleged", "Aiding censorship and political repression") in got


def test_based_in_a_city_described_and_a_place_naming_what_a_company_is(extractor):
    assert ("based_in", "Shenzhen") in kinds(extractor, "Velmora Co, which is based in the southern city of Shenzhen, "
                                                        "denied it.", "Velmora")
    text = "Prosecutors said Velmora Co misled banks about Zelix Tech Co Ltd, a Hong Kong company it used in Iran."
    assert ("based_in", "Hong Kong") in kinds(extractor, text, "Zelix")
    assert not any(p == "based_in" for p, _ in kinds(extractor, "Zelix Tech Co Ltd, a U.S. company, said nothing.", "Zelix"))


def test_an_executive_order_barring_business_with_a_company(extractor):
    text = ("President Donald Trump on Thursday signed executive orders barring U.S. residents from doing business with "
            "Qorvex Holdings' messaging app starting in 45 days.")
    assert ("listed_on", "Executive order ban on transactions (IEEPA)") in kinds(extractor, text, "Qorvex")


def test_fears_that_data_could_be_passed_to_beijing(extractor):
    text = ("Velmora Co, based in Shenzhen, has been criticised by lawmakers who fear that data collected by its "
            "aircraft could be passed to the Chinese government.")
    assert ("alleged", "Data privacy concerns") in kinds(extractor, text, "Velmora")


def test_a_group_acquiring_chips_for_military_modernization(extractor):
    text = ("Qorvex Technologies Co, a Beijing-based designer of artificial intelligence chips, was among 36 Chinese "
            "companies added to the Entity List on Thursday. The Commerce Department said the companies were acquiring "
            "advanced chips to support the modernization of China's military.")
    assert ("alleged", "Supporting China's military modernization") in kinds(extractor, text, "Qorvex")


def test_an_organisation_introduced_after_its_abbreviation(extractor):
    text = ("Customs officials ordered the detention of cotton made by the Zelix Production and Construction Corps "
            "(ZPCC), a state-run economic and paramilitary group, on suspicion of forced labor.")
    got = facts(extractor, text)
    assert ("Zelix Production and Construction Corps", "alleged", "Use of forced labor") in got


def test_a_research_institute_with_a_legal_form_is_a_company(extractor):
    text = ("The Treasury imposed sanctions on Velmora Space Science Research Institute Co Ltd, accusing it of "
            "providing satellite images of Ukraine to Russia's Borka Group mercenary force.")
    got = facts(extractor, text)
    assert ("Velmora Space Science Research Institute Co Ltd", "listed_on", "OFAC Specially Designated Nationals list") in got
    assert ("Velmora Space Science Research Institute Co Ltd", "alleged",
            "Support for Russia's military and its war against Ukraine") in got


def test_a_foreign_company_gets_no_facts_and_is_not_what_the_company_refers_to(extractor):
    text = ("The Treasury imposed sanctions on Velmora Space Co Ltd over images it sold to Russia's Borka Group. "
            "Treasury said the Changsha-based company had supplied radar images to Borka Group.")
    got = facts(extractor, text)
    assert ("Velmora Space Co Ltd", "based_in", "Changsha") in got
    assert not any("Borka" in s for s, _p, _o in got)
    got = facts(extractor, "Taiwan Zelix Manufacturing Co makes chips for Velmora Technologies Co, a Chinese phone maker.")
    assert not any("Zelix" in s for s, _p, _o in got)


def test_a_listing_under_consideration_is_no_listing(extractor):
    for text in ("The administration is considering adding Velmora Technology Co, a camera maker, to a trade blacklist.",
                 "US weighs blacklisting Velmora Technology Co over Xinjiang surveillance"):
        assert not any(p == "listed_on" for p, _o in kinds(extractor, text, "Velmora")), text


def test_the_owner_in_an_apposition_is_not_coordinated_with_its_unit(extractor):
    text = "The rule targets chips designed by Zelix Microelectronics, Velmora Technologies' in-house chip unit."
    got = facts(extractor, text)
    assert ("Zelix Microelectronics", "sector", "Semiconductors") in got
    assert not any(s.startswith("Velmora") and p == "sector" for s, p, _o in got)


def test_what_is_said_of_a_product_is_said_of_its_owner(extractor):
    text = ("Trump signed executive orders barring U.S. residents from doing business with Qorvex Holdings' Zumchat "
            "and Velmora's Tiktak. "
            "The orders say Zumchat captures vast swaths of information from its users.")
    got = facts(extractor, text)
    assert ("Qorvex Holdings", "listed_on", "Executive order ban on transactions (IEEPA)") in got
    assert ("Velmora", "listed_on", "Executive order ban on transactions (IEEPA)") in got
    text = ("Versions of the Shopzu shopping app contained malicious code, researchers said. Google suspended the app, "
            "which is run by Nasdaq-listed Qorvex Holdings, from its store.")
    assert ("alleged", "Malware and spyware in its products") in kinds(extractor, text, "Qorvex")


def test_a_paramilitary_organisation_that_trades_is_a_company(extractor):
    text = ("The Treasury imposed sanctions on the Zelix Production and Construction Corps, a powerful paramilitary "
            "organization that runs farms and factories, over its role in human rights abuses.")
    got = facts(extractor, text)
    assert ("Zelix Production and Construction Corps", "listed_on", "OFAC Specially Designated Nationals list") in got


def test_agreeing_to_supply_a_technology_is_the_company_s_trade(extractor):
    text = "Guangzhou-based Velmora Technology has signed an agreement with Zimbabwe to supply facial recognition technology."
    assert ("sector", "Facial recognition") in kinds(extractor, text, "Velmora")


def test_violating_export_restrictions_and_sending_data_to_china(extractor):
    text = "Lawmakers said Velmora Technology Co may have violated U.S. export restrictions."
    assert ("alleged", "Export control or sanctions violations") in kinds(extractor, text, "Velmora")
    text = ("Cameras made by Velmora Technology Co are on a U.S. trade blacklist. "
            "Critics say the cameras could send footage and data back to China.")
    assert ("alleged", "Data privacy concerns") in kinds(extractor, text, "Velmora")


def test_a_refinery_in_a_province_and_iranian_oil(extractor):
    text = ("The Treasury sanctioned Shandong Zelix Petrochemical Co Ltd, an independent refinery in China's Shandong "
            "province, accusing it of buying and refining millions of barrels of Iranian crude oil.")
    got = kinds(extractor, text, "Zelix")
    assert {("sector", "Energy"), ("based_in", "Shandong"),
            ("alleged", "Trade in sanctioned Iranian or Venezuelan oil")} <= got


def test_an_affiliate_described_and_a_company_s_own_product(extractor):
    text = ("Trump signed an executive order banning transactions with eight Chinese apps, including Velmora Group's "
            "Velpay, saying they could be used to collect Americans' personal information. Velmora Group, the "
            "Hangzhou-based financial technology affiliate of Qorvex, did not comment.")
    got = kinds(extractor, text, "Velmora")
    assert {("alleged", "Data privacy concerns"), ("sector", "Banking, insurance, investment and financial services"),
            ("based_in", "Hangzhou")} <= got
    assert not any("Qorvex" in s for s, _p, _o in facts(extractor, text))


def test_it_after_a_sentence_about_an_order_is_the_order(extractor):
    text = ("The order bans transactions with Velmora Group's Velpay. "
            "The order, which takes effect in 45 days, directs Commerce to act. "
            "It argues that the apps can access data which could be passed on to the Chinese government.")
    assert not any(p == "alleged" for p, _o in kinds(extractor, text, "Velmora"))


def test_where_a_company_supplies_is_not_its_trade(extractor):
    text = "Velmora Technology Co, a Chinese maker of security scanners, has won contracts to supply scanners at ports."
    got = kinds(extractor, text, "Velmora")
    assert ("sector", "Security screening and scanners") in got
    assert ("sector", "Shipping and logistics") not in got


def test_subsidies_and_compromised_firewalls(extractor):
    text = "The Commission said Velmora Technology Co may have received foreign subsidies that distort the market."
    assert ("alleged", "Unfair state subsidies") in kinds(extractor, text, "Velmora")
    text = "The Treasury sanctioned Velmora Technology Co over a campaign that compromised tens of thousands of firewalls."
    assert ("alleged", "Hacking and cyberattacks") in kinds(extractor, text, "Velmora")


def test_the_companies_inside_a_sentence_are_the_group_named_before(extractor):
    text = ("The companies are Velmora Technologies Co, Qorvex Corp and Zelix Communications Corp. "
            "Lawmakers said equipment from the companies posed a risk to U.S. national security.")
    got = facts(extractor, text)
    assert {s for s, p, o in got if o == "National security risk"} == {
        "Velmora Technologies Co", "Qorvex Corp", "Zelix Communications Corp"}


def test_a_description_of_another_in_a_relative_clause_is_not_the_company_s(extractor):
    text = "Velmora, whose largest shareholder is German carmaker Volksauto, makes batteries in Hefei. Velmora Co said so."
    assert not any(o == "Automotive and electric vehicles" for _p, o in kinds(extractor, text, "Velmora"))


def test_party_ties_spying_on_opponents_and_the_fcc_s_list(extractor):
    text = "Opponents say Velmora High-Tech Co has close ties to the Chinese Communist Party."
    assert ("alleged", "Subject to Chinese government control or influence") in kinds(extractor, text, "Velmora")
    text = "Employees of Velmora Technologies helped officials intercept the communications of political opponents."
    got = facts(extractor, text)
    assert ("Velmora Technologies", "alleged", "Aiding censorship and political repression") in got
    text = ("Velmora Communications Corp is on the Federal Communications Commission's list of companies whose "
            "equipment poses an unacceptable risk to national security.")
    assert ("listed_on", "FCC Covered List") in kinds(extractor, text, "Velmora")


def test_a_company_saying_it_never_did_something_is_not_accused_of_it(extractor):
    text = "\"Velmora has never been engaged in 'hacking' activities,\" Velmora Technologies Co said in a statement."
    assert not any(p == "alleged" for p, _o in kinds(extractor, text, "Velmora"))


def test_coined_names_the_tagger_misses_are_introduced_like_any_other(extractor):
    text = ("Texas on Friday banned the Chinese artificial intelligence app ZelSeek and the social media apps VelNote "
            "and Qorv8 from state-issued phones and computers. ZelSeek, a Hangzhou-based startup, stores user data on "
            "servers in China.")
    got = facts(extractor, text)
    ban = "Ban on government devices (apps and equipment)"
    # (the rules read the first object alone; VelNote and Qorv8, the parse's stray second object, are the sanctions
    # reader's: at 0.5 until session 18, not at 0.95 after it, and again at 0.8 since session 22's refit)
    assert {(s, p, o) for s, p, o in got if o == ban} == {(n, "listed_on", ban) for n in ("ZelSeek", "VelNote", "Qorv8")}
    assert {("ZelSeek", "sector", "Artificial intelligence"), ("ZelSeek", "based_in", "Hangzhou"),
            ("ZelSeek", "alleged", "Data privacy concerns")} <= got


def test_a_product_owned_by_a_company_and_what_a_company_calls_itself(extractor):
    text = "Zumchat is owned by Velmora Group. Lawmakers say Zumchat sends user data to China."
    assert ("alleged", "Data privacy concerns") in kinds(extractor, text, "Velmora")
    text = "The Treasury sanctioned i-Velmo, which markets itself as a cybersecurity firm."
    assert ("sector", "Cybersecurity") in kinds(extractor, text, "i-Velmo")
    text = "Velmora Technology Co, a Shanghai-listed company that also assembles smartphones, was added to the Entity List."
    assert ("sector", "Consumer electronics and smartphones") in kinds(extractor, text, "Velmora")


def test_a_six_company_procurement_ban_named_in_a_list(extractor):
    text = ("Defense bill bars Pentagon from buying batteries from Velmora, Qorvex\n\n"
            "The bill prohibits the Pentagon from buying batteries produced by six Chinese companies, including the "
            "world's two largest battery makers, starting in October 2027. The companies named in the National Defense "
            "Authorization Act are Velmora Technology Co Ltd (VTC), Qorvex Co, Zelix Energy, Korb Energy, Tamsin "
            "High-tech and Ulmer Energy Storage Technology. Qorvex, the Shenzhen-based carmaker backed by Warren "
            "Buffett, did not comment.")
    got = facts(extractor, text)
    ban = "NDAA ban on Pentagon or federal procurement"
    assert {s for s, p, o in got if o == ban} == {
        "Velmora Technology Co Ltd", "Qorvex Co", "Zelix Energy", "Korb Energy", "Tamsin High-tech",
        "Ulmer Energy Storage Technology"}
    assert not any("October" in s for s, _p, _o in got)
    assert {("Velmora Technology Co Ltd", "sector", "Batteries and energy storage"), ("Qorvex Co", "based_in", "Shenzhen")} <= got
    assert ("Velmora Technology Co Ltd", "based_in", "Shenzhen") not in got


def test_fishing_companies_and_illegal_fishing(extractor):
    text = ("The Treasury imposed sanctions on two Chinese fishing companies, Velmora Ocean Fishing Co and Qorvex "
            "Marine Enterprise, citing illegal fishing.")
    got = facts(extractor, text)
    assert {("Velmora Ocean Fishing Co", "sector", "Food and agriculture"),
            ("Qorvex Marine Enterprise", "alleged", "Illegal, unreported and unregulated fishing")} <= got


def test_activities_contrary_to_national_security(extractor):
    text = ("The Commerce Department put Velmora Technologies Co on its Entity List because of what it called "
            "activities contrary to U.S. national security.")
    assert ("alleged", "National security risk") in kinds(extractor, text, "Velmora")


def test_a_company_described_as_american_keeps_no_facts(extractor):
    text = ("Velmora, the largest U.S. drone maker, has been forced to ration batteries. China added the "
            "California-based company to a sanctions list. Its battery supplier, Dongguan Qorvex Technology, stopped "
            "shipments. Velmora competes with Shenzhen-based Zelix, which is on the U.S. Commerce Department's Entity List.")
    got = facts(extractor, text)
    assert not any(s.startswith("Velmora") for s, _p, _o in got)
    assert {("Dongguan Qorvex Technology", "sector", "Batteries and energy storage"),
            ("Zelix", "listed_on", "Commerce Entity List (BIS trade blacklist)")} <= got


def test_a_parent_named_after_its_description_and_a_divest_or_ban_law(extractor):
    text = ("The Supreme Court upheld a law requiring Zumtok's Chinese parent company, Velmora, to sell the app or "
            "see it banned. The justices cited national security concerns about the data the app collects and the "
            "Chinese government's ability to exert control through Velmora, which is based in Beijing.")
    got = kinds(extractor, text, "Velmora")
    assert {("listed_on", "Divest-or-ban law for foreign-adversary-controlled apps (PAFACA)"), ("based_in", "Beijing")} <= got


def test_the_unverified_list_and_port_fees(extractor):
    text = "The Commerce Department added Velmora Memory Technologies Co to its Unverified List this month."
    assert ("listed_on", "Commerce Unverified List (UVL)") in kinds(extractor, text, "Velmora")
    text = ("The U.S. Trade Representative said it would charge fees on Chinese-operated vessels, including ships run by "
            "Velmora Shipping Corp, the state-owned group that runs the world's fourth-largest container line.")
    got = kinds(extractor, text, "Velmora")
    assert {("listed_on", "USTR Section 301 tariffs and port fees"), ("sector", "Shipping and logistics")} <= got


def test_a_role_noun_before_the_name_gives_its_sector(extractor):
    text = ("Five state-owned companies, including oil majors Velmora Petroleum and Zelix, said they would delist. "
            "Insurer Qorvex Life Insurance, Dravon Corp of China and Lumora also said they would delist. "
            "Miner Talvex Mining fell 3%.")
    got = facts(extractor, text)
    assert {("Velmora Petroleum", "sector", "Energy"), ("Zelix", "sector", "Energy"),
            ("Qorvex Life Insurance", "sector", "Banking, insurance, investment and financial services"),
            ("Talvex Mining", "sector", "Metals and mining (steel, aluminium, rare earths)")} <= got
    # the role noun is no part of the name
    assert not any(s.startswith(("Insurer", "Miner")) for s, _p, _o in got)


def test_a_ban_from_5g_networks_and_tax_evasion(extractor):
    text = ("Britain on Tuesday banned mobile operators from buying new 5G equipment from Velmora Technologies Co after "
            "Dec. 31. "
            "India's financial crime agency said Zelix, the Chinese smartphone maker, had sent half of its revenue "
            "out of the country to avoid paying taxes.")
    got = facts(extractor, text)
    assert {("Velmora Technologies Co", "listed_on", "Ban on a vendor's equipment in 5G and telecom networks"),
            ("Zelix", "alleged", "Fraud, bribery, tax evasion and money laundering")} <= got


def test_a_parent_named_in_full_is_the_company_named_short(extractor):
    text = ("India accuses phone maker Velmora of moving money out. Velmora India, a unit of Dongguan-based "
            "Velmora Communication Technology, said it was cooperating.")
    got = facts(extractor, text)
    assert ("Velmora Communication Technology", "based_in", "Dongguan") in got
    # (the unit is its own company, linked to its owner: "Velmora" is the owner)
    assert {s for s, p, _o in got if p != "subsidiary_of"} == {"Velmora Communication Technology"}
    assert ("Velmora India", "subsidiary_of", "Velmora Communication Technology") in got


def test_a_headline_list_is_no_apposition(extractor):
    text = "Pentagon adds drone maker Velmora, memory chipmaker to Chinese military list\n\nIt was a busy week."
    got = kinds(extractor, text, "Velmora")
    assert ("sector", "Drones and unmanned aerial vehicles") in got
    assert ("sector", "Semiconductors") not in got


def test_foreign_companies_in_a_list_keep_no_facts(extractor):
    text = ("The Commerce Department revoked licences that allowed American companies, including Qorvex and Zelix, "
            "to ship chips to Velmora Technologies Co. Qorvex makes semiconductors.")
    got = facts(extractor, text)
    assert not any(s.startswith(("Qorvex", "Zelix")) for s, _p, _o in got)


def test_named_units_are_their_own_companies_and_take_the_groups_listing(extractor):
    text = ("The Commerce Department added two units of Chinese genomics company Velmora Group to its Entity List, "
            "saying the collection of genetic data by the companies risks contributing to surveillance of ethnic "
            "minorities. The units, Velmora Research and Velmora Tech Solutions, will need a licence. Velmora, which "
            "is based in Shenzhen, said it does not engage in any activity that supports human rights violations.")
    got = facts(extractor, text)
    listing = "Commerce Entity List (BIS trade blacklist)"
    assert {("Velmora Research", "listed_on", listing), ("Velmora Tech Solutions", "listed_on", listing),
            ("Velmora Group", "based_in", "Shenzhen")} <= got
    assert ("Velmora Group", "listed_on", listing) not in got
    assert not any(s == "Velmora Group" and p == "alleged" for s, p, _o in got)


def test_no_ties_is_no_accusation_and_concerns_cited_by_lawmakers_are(extractor):
    text = ("Velmora Robotics Co, which competes with Zelix Technology Co, said it had no ties to the Chinese military. "
            "Lawmakers have pushed to bar both Velmora and Zelix from selling drones over data-security concerns.")
    got = facts(extractor, text)
    assert not any(p == "alleged" and "military" in o for _s, p, o in got)
    assert {("Velmora Robotics Co", "alleged", "Data privacy concerns"),
            ("Zelix Technology Co", "alleged", "Data privacy concerns")} <= got


def test_security_vulnerabilities_and_a_claim_the_company_rejected(extractor):
    text = ("The Army ordered units to stop using drones made by Velmora Technology Co, citing cyber vulnerabilities "
            "in the company's products. Critics warned that videos recorded by the drones could be accessed by the "
            "Chinese government, a claim Velmora has rejected.")
    got = kinds(extractor, text, "Velmora")
    flaws = "Security vulnerabilities in products (cybersecurity flaws)"
    assert {("alleged", flaws), ("denies", flaws)} <= got


def test_a_us_based_business_owned_by_a_chinese_group_stays_in_scope(extractor):
    text = ("Arkansas sued the online retailer Velmora on Tuesday, accusing it of collecting users' personal data. "
            "Velmora, a Boston-based discount marketplace owned by Zelix Holdings, which also runs the Chinese shopping "
            "platform Qorvex, said the claims were without merit. Zelix moved its headquarters from Shanghai to Dublin.")
    got = facts(extractor, text)
    assert {("Velmora", "alleged", "Data privacy concerns"), ("Velmora", "based_in", "Boston"),
            ("Zelix Holdings", "based_in", "Dublin"),
            ("Zelix Holdings", "sector", "Internet platforms and e-commerce")} <= got
    assert ("Zelix Holdings", "based_in", "Boston") not in got


def test_an_investors_holdings_are_not_what_it_says_of_itself(extractor):
    text = ("The Pentagon added Velmora Capital Co to its list of Chinese military companies. Chengdu Zelix Automation "
            "Tech Co, which makes drones, was among the other additions. Velmora Capital Co, an early investor in "
            "Tencent and Baidu, said it was not a military company.")
    got = facts(extractor, text)
    assert ("Chengdu Zelix Automation Tech Co", "listed_on", "DoD Section 1260H list of Chinese military companies") in got
    assert not any(s.startswith("Tencent") for s, _p, _o in got)


def test_one_of_the_companies_takes_the_groups_charges(extractor):
    text = ("The Justice Department charged four China-based chemical companies with trafficking fentanyl precursor "
            "chemicals. One of the companies, Hubei Velmora Biotech Co, a chemical supplier based in Wuhan, is accused "
            "of shipping precursors to members of Mexico's Sinaloa cartel.")
    got = facts(extractor, text)
    assert {("Hubei Velmora Biotech Co", "alleged", "Narcotics and fentanyl trafficking"),
            ("Hubei Velmora Biotech Co", "based_in", "Wuhan")} <= got
    assert not any(s.startswith("Sinaloa") for s, _p, _o in got)


def test_goods_detained_under_the_forced_labour_law(extractor):
    text = ("Customs officials have detained solar shipments under a law that bans imports from China's Xinjiang region. "
            "The detained goods include panels made by Velmora Solar Co and Zelix Solar Co, two large solar "
            "manufacturers.")
    got = facts(extractor, text)
    uflpa = "Uyghur Forced Labor Prevention Act import ban (UFLPA Entity List)"
    assert {("Velmora Solar Co", "listed_on", uflpa), ("Zelix Solar Co", "listed_on", uflpa)} <= got
    text = ("A committee found that Velmora Co had no system to ensure compliance with the Uyghur Forced Labor "
            "Prevention Act, a law that bars imports of goods made in Xinjiang.")
    assert not any(p == "listed_on" for _s, p, _o in facts(extractor, text))


def test_a_known_company_shows_the_name_the_text_uses_beside_its_official_one(extractor):
    got = {t.subject for t in extractor.extract(text_doc(
        "The Pentagon added CATL to its list of Chinese military companies. Hikvision is on the Entity List."))}
    assert got == {"Contemporary Amperex Technology Co. Ltd. (CATL)", "Hangzhou Hikvision Digital Technology Co. Ltd."}


def test_a_satellite_firm_supporting_armed_groups(extractor):
    text = ("The State Department accused Velmora Satellite Technology Co of providing satellite imagery that Yemen's "
            "Houthi rebels have used to attack ships. A spokesperson said the company was directly supporting the "
            "Iran-backed group's attacks. Velmora, based in Changchun, operates a constellation of Earth observation "
            "satellites. The Treasury sanctioned the company in 2023 for providing imagery to Russia's Wagner Group.")
    got = kinds(extractor, text, "Velmora")
    assert {("alleged", "Support for the Houthis and their attacks on shipping"),
            ("alleged", "Support for Russia's military and its war against Ukraine"),
            ("sector", "Aerospace and aviation"), ("based_in", "Changchun")} <= got
    assert not any("Iran-backed" in s for s, _p, _o in facts(extractor, text))


def test_a_place_based_description_with_a_clause_on_another(extractor):
    text = "Velmora, the Shenzhen-based carmaker that overtook Zelix Motors Inc as the biggest seller, makes no cars here."
    got = facts(extractor, text)
    assert ("Velmora", "based_in", "Shenzhen") in got
    assert not any(s.startswith("Zelix") and p == "based_in" for s, p, _o in got)


def test_affiliates_added_then_named_and_a_units_line_of_business(extractor):
    text = ("The Commerce Department added 38 Velmora Technologies affiliates to its Entity List. The affiliates include "
            "Velmora Cloud Computing Technology and Velmora OpenLab units in Cairo. An official said Velmora had worked "
            "through third parties to get around earlier restrictions. Velmora's chip design unit, Zelisil, designs "
            "processors.")
    got = facts(extractor, text)
    assert {("Velmora Cloud Computing Technology", "listed_on", "Commerce Entity List (BIS trade blacklist)"),
            ("Velmora Technologies", "alleged", "Export control or sanctions violations"),
            ("Zelisil", "sector", "Semiconductors")} <= got
    assert ("Velmora Technologies", "sector", "Semiconductors") not in got


def test_military_end_uses_and_work_for_the_pla(extractor):
    text = ("Velmora Semiconductor Technologies Co was added to the Entity List for helping to acquire U.S.-origin items "
            "in support of military end uses. Zelix Quantum Co develops quantum technology for the People's Liberation Army.")
    got = facts(extractor, text)
    ties = "Ties to China's military and military-civil fusion"
    assert {("Velmora Semiconductor Technologies Co", "alleged", ties), ("Zelix Quantum Co", "alleged", ties)} <= got


def test_a_unit_introduced_in_apposition_and_a_short_name_used_as_one(extractor):
    text = ("China's central bank fined Velmora Group for breaches of corporate governance and consumer protection rules. "
            "Zelpay, the payment unit of Qorvex Holdings, was fined for breaking rules on payments.\n\n"
            "Velmora, which runs a payment app, said it would comply. The Hangzhou-based company's listing was halted.")
    got = facts(extractor, text)
    breaches = "Breaches of financial rules (corporate governance, consumer protection, payments, anti-money-laundering)"
    assert {("Velmora Group", "alleged", breaches), ("Zelpay", "alleged", breaches),
            ("Zelpay", "sector", "Digital payments"), ("Velmora Group", "based_in", "Hangzhou")} <= got
    assert not any(s.startswith("Qorvex") for s, _p, _o in got)


def test_a_stake_names_another_company(extractor):
    text = ("Velmora Technologies Co has agreed to sell its 51% stake in Velmora Marine Networks, which builds undersea "
            "cables, to Zelix Optic-Electric, a Shanghai-listed maker of optical fibre cables. Velmora Marine has built "
            "90 submarine cables.")
    got = facts(extractor, text)
    assert {("Velmora Marine Networks", "sector", "Telecommunications"),
            ("Zelix Optic-Electric", "sector", "Telecommunications")} <= got
    # the stake's company and the buyer are not the seller's line of business
    assert ("Velmora Technologies Co", "sector", "Telecommunications") not in got


def test_not_on_the_list_and_a_threat_to_list_are_no_listing(extractor):
    text = ("The Commerce Department removed Velmora Biologics Co from its Unverified List, while warning that it could "
            "move companies to the more restrictive Entity List. Its sister company Zelix AppTec Co, a Shanghai-based "
            "contract research firm, was not on the list.")
    got = facts(extractor, text)
    assert ("Velmora Biologics Co", "listed_on", "Commerce Unverified List (UVL)") in got
    assert not any(o.startswith("Commerce Entity List") for _s, _p, o in got)
    assert not any(s.startswith("Zelix") and p == "listed_on" for s, p, _o in got)
    assert ("Zelix AppTec Co", "sector", "Biotechnology, pharmaceuticals and genomics") in got


def test_a_statement_about_a_kind_of_firm_is_no_group_statement(extractor):
    text = ("The Commerce Department put Velmora Technologies Co on its Entity List. Officials said cables built by "
            "Chinese firms could be tapped for espionage.")
    assert ("Velmora Technologies Co", "alleged", "Espionage") not in facts(extractor, text)


def test_european_and_british_sanctions_and_an_indian_app_ban(extractor):
    text = ("The European Union added Velmora Electronics Co to its latest sanctions package. Britain's Foreign Office "
            "froze the assets of Zelix Technology Co as well. India banned 59 Chinese apps, including those of "
            "Qorvex Network Technology Co.")
    got = facts(extractor, text)
    assert {("Velmora Electronics Co", "listed_on", "EU sanctions (Council of the EU restrictive measures)"),
            ("Zelix Technology Co", "listed_on", "UK sanctions (asset freeze)"),
            ("Qorvex Network Technology Co", "listed_on", "India's ban on Chinese apps (IT Act Section 69A)")} <= got


def test_an_app_taken_for_a_company_is_its_owners(extractor):
    text = ("Canada has banned ZelChat, a Chinese messaging app, from government-issued mobile devices, citing an "
            "unacceptable level of risk to privacy and security. ZelChat is owned by Velmora Holdings, the Shenzhen-based "
            "internet company.")
    got = facts(extractor, text)
    assert {("Velmora Holdings", "listed_on", "Ban on government devices (apps and equipment)"),
            ("Velmora Holdings", "alleged", "Data privacy concerns")} <= got
    assert not any(s == "ZelChat" for s, _p, _o in got)
    # an app that speaks is a business of its own
    text += " ZelChat said it protects its users."
    assert any(s == "ZelChat" for s, _p, _o in facts(extractor, text))


def test_a_foreign_authoritys_entity_list_and_a_known_name_after_and(extractor):
    text = ("Taiwan has added China's Huawei Technologies and Semiconductor Manufacturing International Corp to its entity "
            "list for export controls. Bitcoin mining equipment maker Velmora Technologies Co was not named.")
    got = facts(extractor, text)
    taiwan = "Taiwan's strategic high-tech commodities entity list"
    assert {("Huawei Technologies Co. Ltd.", "listed_on", taiwan),
            ("Velmora Technologies Co", "sector", "Cryptocurrency mining and blockchain")} <= got
    assert any(s.startswith("Semiconductor Manufacturing International") and o == taiwan for s, _p, o in got)
    assert not any(o.startswith("Commerce Entity List") for _s, _p, o in got)


def test_a_registered_name_ending_in_its_city_and_the_unit_of_a_group(extractor):
    text = ("The Treasury removed Velmora Shipping Tanker (Dalian) from its Specially Designated Nationals list, lifting "
            "sanctions imposed over the company's alleged transport of Iranian oil. The unit of state-owned Velmora "
            "Shipping Corp, which is based in the port city of Dalian, operates one of the world's largest fleets of oil "
            "tankers.")
    got = facts(extractor, text)
    unit = "Velmora Shipping Tanker (Dalian)"
    assert {(unit, "listed_on", "OFAC Specially Designated Nationals list"), (unit, "based_in", "Dalian"),
            (unit, "sector", "Shipping and logistics")} <= got
    assert not any(s == "Velmora Shipping Corp" for s, _p, _o in got)


def test_a_maker_named_by_what_it_makes_and_its_products_later(extractor):
    text = ("Lithuania has blocked the installation of security scanners made by China's Velmora at its airports, "
            "saying the company's equipment did not meet national security interests.\n\n"
            "Velmora, which makes X-ray scanning equipment, had won a contract.\n\n"
            "Officials said data collected by the scanners could be accessed by Beijing.")
    got = kinds(extractor, text, "Velmora")
    assert {("alleged", "National security risk"), ("alleged", "Data privacy concerns")} <= got


def test_a_firm_that_presented_itself_as_a_security_firm(extractor):
    text = ("Three of the men were associated with Chengdu Velmora Network Technology, a company that presented itself as a "
            "network security firm, prosecutors said.")
    assert ("sector", "Cybersecurity") in kinds(extractor, text, "Velmora")


def test_a_negated_operation_gives_no_place(extractor):
    text = ("Italy's regulator ordered Chinese AI startup Velmora to block its chatbot. Velmora had told it that it did not "
            "operate in Italy. Velmora also has offices in Singapore.")
    got = kinds(extractor, text, "Velmora")
    assert ("operates_in", "Italy") not in got
    assert ("operates_in", "Singapore") in got


def test_illegal_products_and_slavery_like_conditions_are_their_own_accusations(extractor):
    got = kinds(extractor, "Regulators opened proceedings against Velmora Holdings over the sale of illegal and dangerous "
                           "products.", "Velmora")
    assert ("alleged", "Sale of unsafe, contaminated, illegal or counterfeit products") in got
    assert ("alleged", "Illegal, unreported and unregulated fishing") not in got
    got = kinds(extractor, "Prosecutors said carmaker Velmora Motors kept 90 workers in 'slavery-like' conditions.", "Velmora")
    assert ("alleged", "Use of forced labor") in got


def test_data_sent_to_china_and_a_threat_to_national_security(extractor):
    got = kinds(extractor, "The regulator fined Velmora Co for failing to protect data of European users sent to China.",
                "Velmora")
    assert ("alleged", "Data privacy concerns") in got
    got = kinds(extractor, "The president ordered Velmora Information Technology to divest its stake in a U.S. hotel software "
                           "maker, saying the deal threatened national security.", "Velmora")
    assert ("alleged", "National security risk") in got


def test_the_owner_in_an_apposition_is_not_what_was_ordered(extractor):
    text = ("President Barack Obama ordered Zelcor Corp, a company owned by two executives of Chinese crane maker Velmora Group, to "
            "divest wind farm projects, citing national security concerns.")
    got = facts(extractor, text)
    assert ("Zelcor Corp", "alleged", "National security risk") in got
    assert not any(s == "Velmora Group" and p == "alleged" for s, p, _o in got)


def test_an_online_marketplace_in_apposition_and_ai_chips_as_chips(extractor):
    got = kinds(extractor, "Regulators opened proceedings against Velmora, the online marketplace owned by Zelcor Holdings.",
                "Velmora")
    assert ("sector", "Internet platforms and e-commerce") in got
    got = kinds(extractor, "Velmora Technology is a chip designer. Velmora Technology plans to develop AI chips.", "Velmora")
    assert ("sector", "Semiconductors") in got and ("sector", "Artificial intelligence") not in got
    got = kinds(extractor, "Canadian police bought equipment from Chinese scanner maker Velmora.", "Velmora")
    assert ("sector", "Security screening and scanners") in got


def test_a_group_by_its_size_then_as_many_companies_each_the_subject_of_a_clause(extractor):
    text = ("Canada has ordered three Chinese companies to divest their investments in lithium miners, citing national "
            "security.\n\nVelmora (Hong Kong) Rare Metals Co was ordered to sell its stake in Power Metals Corp, Zelcor "
            "International Mining must divest from Andes Lithium Inc, and Quorin Mining Investment (Chengdu) Co must sell "
            "its investment in Ultra Lithium Inc, the ministry said.")
    accused = {s for s, p, o in facts(extractor, text) if p == "alleged" and o == "National security risk"}
    assert accused == {"Velmora (Hong Kong) Rare Metals Co", "Zelcor International Mining",
                       "Quorin Mining Investment (Chengdu) Co"}


def test_companies_described_as_american_or_british_keep_no_facts(extractor):
    text = ("President Donald Trump blocked Velmora Capital Partners from buying Zelcor Semiconductor, an Oregon-based maker "
            "of programmable chips, saying the deal posed a risk to U.S. national security.")
    got = facts(extractor, text)
    assert ("Velmora Capital Partners", "alleged", "National security risk") in got
    assert not any(s.startswith("Zelcor") for s, _p, _o in got)
    text = "The government ordered Velmora Optical Co, a company based in Hong Kong, to sell the Welsh chip company Zelcom."
    assert not any(s.startswith("Zelcom") for s, _p, _o in facts(extractor, text))
    text = ("The factory had supplied sportswear to Zelcor Sportswear, a North Carolina company linked to internment camps "
            "for Uighur Muslims.")
    assert not any(s.startswith("Zelcor") for s, _p, _o in facts(extractor, text))


def test_a_chinese_makers_acronym_and_its_unit_named_with_a_city(extractor):
    text = ("A subsidiary of Chinese state-owned train maker VLMC has withdrawn from a tender to supply trains to Bulgaria.\n\n"
            "The Commission said VLMC Qingdao Sifang Locomotive had received foreign subsidies that distort the market.")
    got = facts(extractor, text)
    assert ("VLMC", "sector", "Rail and rolling stock") in got
    assert ("VLMC Qingdao Sifang Locomotive", "alleged", "Unfair state subsidies") in got
    assert ("VLMC", "operates_in", "Bulgaria") not in got   # the subsidiary bid, not the group


def test_a_subset_of_the_group_has_its_own_reason(extractor):
    text = ("The Commerce Department added 33 Chinese companies to its Entity List, including cybersecurity company Velmora "
            "360 Technology.\n\nTwenty-four of the entities were added for supporting the procurement of items for military "
            "end-uses in China. Nine others were added for their role in human rights abuses in Xinjiang, among them Zelcor "
            "Technologies, a maker of facial recognition systems.")
    got = kinds(extractor, text, "Zelcor")
    assert ("listed_on", "Commerce Entity List (BIS trade blacklist)") in got
    assert ("alleged", "Human rights abuses") in got
    assert not any(p == "alleged" and "military" in o for p, o in got)


def test_the_subject_of_a_reported_clause_stays_in_focus(extractor):
    text = ("The Justice Department charged Velmora Industrial Development Co with moving money for a bank. Prosecutors said "
            "the company conducted transactions on behalf of Zelcor Banking Corp. The Treasury Department also added the firm "
            "to its Specially Designated Nationals list.")
    got = facts(extractor, text)
    assert ("Velmora Industrial Development Co", "listed_on", "OFAC Specially Designated Nationals list") in got
    assert not any(s == "Zelcor Banking Corp" and p == "listed_on" for s, p, _o in got)


def test_investment_screening_reasons_and_a_suspicion_reported(extractor):
    text = ("Germany's cabinet prohibited the sale of a chip factory to Velmora Microsystems, the Swedish subsidiary of Chinese "
            "company Zelcor Microelectronics, saying the deal would endanger public order and security.")
    got = facts(extractor, text)
    assert ("Velmora Microsystems", "alleged", "National security risk") in got
    assert not any(s == "Zelcor Microelectronics" and p == "alleged" for s, p, _o in got)
    text = ("One consortium includes a subsidiary of Velmora Green Energy Technology, a maker of solar panels; the other includes "
            "units of Zelcor Electric Group. The Commission said it suspected the companies had received subsidies from the "
            "Chinese state.\n\nVelmora, which is based in Xi'an, said it operates on market principles.")
    got = facts(extractor, text)
    assert {("Velmora Green Energy Technology", "alleged", "Unfair state subsidies"),
            ("Zelcor Electric Group", "alleged", "Unfair state subsidies"),
            ("Velmora Green Energy Technology", "based_in", "Xi'an")} <= got


def test_a_place_in_a_description_of_another_company_is_not_the_companys(extractor):
    text = ("The British government has ordered Velmora Optical and Electronic Co, a company based in Hong Kong, to sell a "
            "chip firm on national security grounds. Velmora must sell its stake in the Cardiff-based business.")
    got = kinds(extractor, text, "Velmora")
    assert ("based_in", "Hong Kong") in got
    assert not any(o == "Cardiff" for _p, o in got)


def test_a_name_placed_where_it_is_based_and_a_fund_that_buys(extractor):
    text = ("Regulators banned equipment from Velmora in 5G networks. Zeltron, based in Shenzhen, did not comment.")
    assert ("based_in", "Shenzhen") in kinds(extractor, text, "Zeltron")
    text = ("President Barack Obama blocked Velmora Grand Chip Investment Fund from acquiring the U.S. business of German chip "
            "equipment maker Zelcor, saying the deal posed a threat to national security. Zelcor, based in Herzogenrath, "
            "said it was considering its options.")
    got = facts(extractor, text)
    assert ("Velmora Grand Chip Investment Fund", "alleged", "National security risk") in got
    assert not any(s.startswith("Zelcor") for s, _p, _o in got)


def test_what_is_said_of_the_companys_owner_is_not_said_of_the_company(extractor):
    text = ("Velmora Group, which is based in Rizhao, paid 506 million dollars for the lease. Its owner, Li Weiming, has been "
            "reported to have ties to the Chinese Communist Party.")
    got = facts(extractor, text)
    assert ("Velmora Group", "based_in", "Rizhao") in got
    assert not any(p == "alleged" for _s, p, _o in got)
    assert not any(s.startswith("Li ") for s, _p, _o in got)


def test_a_lead_that_describes_the_company_named_next(extractor):
    text = ("Title\n\nA Shenzhen-based technology company with reported links to China's military has compiled a database of "
            "personal information on 2.4 million people, researchers said.\n\nVelmora Data Technology gathered the material "
            "from public sources, the researchers said.")
    got = kinds(extractor, text, "Velmora")
    assert {("based_in", "Shenzhen"), ("alleged", "Data privacy concerns")} <= got


def test_what_is_said_of_a_deal_is_said_of_the_buyer(extractor):
    text = ("Italy has used its golden power rules to block the purchase of seed company Zelcor by Velmora, the Swiss "
            "agrochemicals group owned by state-owned ChemChina.\n\nRome said seeds were strategic and that the deal could "
            "threaten the national interest.")
    got = facts(extractor, text)
    assert {("Velmora", "alleged", "National security risk"), ("Velmora", "sector", "Chemicals")} <= got
    assert not any(s == "Zelcor" and p == "alleged" for s, p, _o in got)
    text = ("The committee has ordered Velmora, a Shenzhen-based health data company, to sell its stake in a U.S. patient "
            "network.\n\nThe order reflects concern that Chinese investors could gain access to sensitive personal health data.")
    got = kinds(extractor, text, "Velmora")
    assert ("alleged", "Data privacy concerns") in got
    assert ("sector", "Medical devices, healthcare equipment and health data") in got


def test_an_initialism_alone_after_a_units_name_is_the_groups(extractor):
    text = ("The companies include several subsidiaries of state-owned China Velmora Construction Co, among them CVCC Dredging "
            "Group.\n\nCVCC, based in Beijing, is one of the world's biggest builders of ports, roads and bridges.")
    got = kinds(extractor, text, "China Velmora")
    assert {("based_in", "Beijing"), ("sector", "Construction and engineering")} <= got
    assert not any(o == "Beijing" for _p, o in kinds(extractor, text, "CVCC Dredging"))


def test_cookies_without_consent_and_a_fast_fashion_retailer(extractor):
    text = ("France's regulator fined fast-fashion retailer Velmora 150 million euros for placing advertising cookies on the "
            "computers of visitors without their consent.")
    got = kinds(extractor, text, "Velmora")
    assert {("sector", "Textiles and apparel"), ("alleged", "Data privacy concerns")} <= got


def test_an_app_that_speaks_is_a_business_of_its_own_and_its_owner_is_its_parent(extractor):
    text = ("Montana's governor signed a bill banning Zelchat from operating in the state, making Montana the first state to "
            "ban the popular short video app.\n\nThe governor said the ban would protect residents' personal and private data "
            "from being harvested by the Chinese Communist Party.\n\nZelchat, which is owned by Chinese company Velmora, said "
            "the law infringed on the rights of its users.")
    got = facts(extractor, text)
    assert {("Zelchat", "listed_on", "Ban on operating or selling in a country or state (apps, equipment, services)"),
            ("Zelchat", "alleged", "Data privacy concerns"), ("Zelchat", "subsidiary_of", "Velmora")} <= got
    assert not any(s == "Velmora" and p == "alleged" for s, p, _o in got)


def test_it_after_an_authority_is_the_authority(extractor):
    text = ("Regulators found that phones sold by Velmora had a built-in ability to detect and censor terms such as \"Free "
            "Tibet\". The National Cyber Security Centre said the function could be switched on remotely. It also found a "
            "security flaw in a phone made by Zelcor Technologies.")
    got = facts(extractor, text)
    assert ("Velmora", "alleged", "Aiding censorship and political repression") in got
    assert ("Zelcor Technologies", "alleged", "Security vulnerabilities in products (cybersecurity flaws)") in got
    assert not any(s == "Velmora" and o.startswith("Security vulnerabilities") for s, _p, o in got)


def test_a_parent_named_by_its_product_and_a_clause_subjects_trade(extractor):
    text = "Lemon8 is owned by Velmora, Zelchat's Beijing-based parent."
    assert ("based_in", "Beijing") in kinds(extractor, text, "Velmora")
    text = ("Namibia is investigating a contract under which Chinese company Velmora supplied cargo scanners to its ports.")
    assert ("sector", "Security screening and scanners") in kinds(extractor, text, "Velmora")
    text = ("The FBI says Velmora Technology Group operated a botnet, and that Velmora Technology provided the infrastructure.")
    assert not any(p == "sector" for p, _o in kinds(extractor, text, "Velmora"))


def test_never_before_an_accusation_negates_it(extractor):
    text = ("Velmora Technology was added to the list. Velmora Technology, based in Shenzhen, said it had never designed or "
            "manufactured equipment for military use.")
    assert not any(p == "alleged" for p, _o in kinds(extractor, text, "Velmora"))


def test_an_app_named_after_its_owners_possessive_and_kind_is_the_owners(extractor):
    text = ("Velmora Holdings' messaging app Zelchat monitors documents shared by users outside China and uses them to train "
            "the system it uses to censor content, researchers said. Velmora, which is based in Shenzhen, said content was "
            "private.")
    got = facts(extractor, text)
    assert ("Velmora Holdings", "based_in", "Shenzhen") in got
    assert not any(s == "Zelchat" for s, _p, _o in got)


def test_a_country_in_a_possessive_is_no_short_name_and_a_controlled_company_is_named(extractor):
    text = ("China's regulator will review ZK Hutchison's sale of its ports business. The Hong Kong conglomerate agreed "
            "to sell 43 ports. Panama's comptroller alleged irregularities in the concession held by Panama Ports Company, "
            "ZK Hutchison's local unit. ZK Hutchison, controlled by the family of a billionaire, said the deal was "
            "commercial.")
    got = facts(extractor, text)
    assert ("ZK Hutchison", "based_in", "Hong Kong") in got
    assert not any(s == "Panama Ports Company" and o == "Hong Kong" for s, _p, o in got)


def test_a_robots_arm_is_no_weapon_and_a_tire_maker_is_automotive(extractor):
    text = ("A jury found that Velmora Technologies misappropriated trade secrets related to a testing robot, after its "
            "employees took one of its arms from a lab.")
    assert not any(o == "Defence and weapons" for _p, o in kinds(extractor, text, "Velmora"))
    text = "Velmora Tire, one of China's biggest tire makers, is based in Zhaoyuan."
    assert ("sector", "Automotive and electric vehicles") in kinds(extractor, text, "Velmora")


def test_employees_who_improperly_accessed_data_and_spying_on_americans(extractor):
    text = ("Velmora, the Chinese owner of a video app, said it had fired four employees who improperly accessed the data of "
            "two journalists. The disclosure adds to concerns that the Beijing-based company could be used to spy on Americans.")
    got = kinds(extractor, text, "Velmora")
    assert {("alleged", "Data privacy concerns"), ("alleged", "Espionage")} <= got


def test_suppliers_as_a_group_and_a_terminal_investment_by_a_shipping_group(extractor):
    text = ("The Commission has opened an investigation into Chinese suppliers of wind turbines, to determine whether they "
            "benefit from subsidies that give them an unfair advantage. The suppliers include Velmora Smart Energy, people "
            "familiar with the matter said.")
    assert ("alleged", "Unfair state subsidies") in kinds(extractor, text, "Velmora")
    text = ("Germany lets China's Zelcor buy smaller stake in Hamburg terminal\n\nGermany's cabinet approved a reduced "
            "investment by Chinese shipping giant Zelcor in a container terminal. Zelcor Shipping Ports will be allowed to take "
            "a 24.9% stake in the terminal. The intelligence services had warned that the deal posed risks to national "
            "security.")
    got = facts(extractor, text)
    assert ("Zelcor Shipping Ports", "alleged", "National security risk") in got
    assert not any(s == "Hamburg" for s, _p, _o in got)


def test_a_listing_abroad_is_no_operation_and_a_grid_that_could_be_cut_off(extractor):
    text = ("China's regulator fined ride-hailing company Velmora Global for violating data laws, ending an investigation "
            "that began days after the company's listing in New York.")
    assert not any(o == "New York City" for _p, o in kinds(extractor, text, "Velmora"))
    text = ("Senators called for an investigation into whether Velmora Grid Corporation, which owns 40% of the country's "
            "grid operator, could cut off the electricity supply during a conflict.")
    assert ("alleged", "National security risk") in kinds(extractor, text, "Velmora")


def test_bribes_fraudulent_practices_and_evaded_duties(extractor):
    text = ("Bangladesh blacklisted Velmora Harbour Engineering Co after the state-owned construction company allegedly tried "
            "to bribe a senior official at the roads ministry.")
    assert ("alleged", "Fraud, bribery, tax evasion and money laundering") in kinds(extractor, text, "Velmora")
    text = "India's revenue agency said Chinese smartphone maker Zelcor had evaded customs duties of about 43.9 billion rupees."
    assert ("alleged", "Fraud, bribery, tax evasion and money laundering") in kinds(extractor, text, "Zelcor")


def test_content_rules_are_no_financial_rules_and_addictive_design_harms_children(extractor):
    text = ("The Commission said Velmora Technology had breached content rules by failing to curb illegal products. The "
            "Commission also opened proceedings against Velmora Technology, saying its program that rewards users for watching videos could be "
            "addictive, especially for children.")
    got = kinds(extractor, text, "Velmora")
    assert ("alleged", "Harm to children and addictive design") in got
    assert not any(o.startswith("Breaches of financial rules") for _p, o in got)


def test_a_company_described_inside_a_warning_and_named_next(extractor):
    text = ("Officials have warned Israel that a Chinese state-owned company's plan to operate a new terminal could expose the "
            "U.S. Navy to Chinese surveillance.\n\nVelmora International Port Group won a tender to run the terminal.")
    assert ("alleged", "Espionage") in kinds(extractor, text, "Velmora")


def test_an_app_that_has_said_something_and_battery_makers_for_electric_vehicles(extractor):
    text = ("Vietnam ordered Chinese online shopping platform Zelmart to suspend its operations. Zelmart, which is owned by "
            "Velmora Holdings, has said it was working to register.")
    got = facts(extractor, text)
    assert ("Zelmart", "sector", "Internet platforms and e-commerce") in got
    assert ("Zelmart", "subsidiary_of", "Velmora Holdings") in got
    text = "Velmora Lithium is one of the world's largest producers of lithium compounds for electric vehicle batteries."
    assert not any(o == "Automotive and electric vehicles" for _p, o in kinds(extractor, text, "Velmora"))


def test_abuse_of_dominance_and_a_regulator_that_fined(extractor):
    text = ("China's market regulator fined Velmora Group 18.2 billion yuan for abusing its dominant market position.")
    assert ("alleged", "Anti-competitive conduct (abuse of dominance, monopoly)") in kinds(extractor, text, "Velmora")
    text = ("China's market regulator ordered Velmora Holdings to give up its exclusive rights and fined it for failing to "
            "report its acquisition of Zelcor Music Corp, which it said had hurt competition.")
    got = facts(extractor, text)
    assert ("Velmora Holdings", "alleged", "Anti-competitive conduct (abuse of dominance, monopoly)") in got
    assert not any(s.startswith("Zelcor") and p == "alleged" for s, p, _o in got)


def test_reviews_of_two_companies_and_their_stated_reason(extractor):
    text = ("China's cyberspace regulator opened cybersecurity reviews of truck-hailing platform Velmora Truck Alliance and "
            "online recruitment company Zelcor Technology. The regulator said the reviews were meant to protect national "
            "security. Velmora Truck Alliance, based in Guiyang, said it would cooperate.")
    got = facts(extractor, text)
    assert {("Velmora Truck Alliance", "alleged", "National security risk"),
            ("Zelcor Technology", "alleged", "National security risk")} <= got


def test_a_joint_venture_named_longer_and_a_group_in_apposition_after_its_unit(extractor):
    text = ("The Pacific nation dropped a contract with Velmora Marine Networks following security concerns raised by "
            "Canberra. Velmora Marine, a joint venture of Velmora Technologies, said it is an independent company.")
    got = facts(extractor, text)
    assert ("Velmora Marine Networks", "alleged", "National security risk") in got
    assert not any(s == "Velmora Technologies" and p == "alleged" for s, p, _o in got)
    text = ("Zelcor Shipping Ports is a unit of state-owned Velmora Shipping Corp, the world's largest shipping company by fleet "
            "size.")
    assert ("sector", "Shipping and logistics") in kinds(extractor, text, "Velmora Shipping Corp")


def test_a_listed_companys_shares_a_products_parent_and_a_founding_city(extractor):
    text = ("Velmora said its robotaxi service now operates 1,000 cars. The Beijing-based search engine company plans to "
            "expand abroad. Velmora's shares rose 2% in Hong Kong.")
    assert ("based_in", "Beijing") in kinds(extractor, text, "Velmora")
    text = ("The Army has banned soldiers from using Zelchat on government-owned phones, calling the Chinese-owned video app "
            "a cybersecurity threat. Lawmakers said Zelchat's parent, Beijing-based Velmora, could share user data.")
    got = facts(extractor, text)
    assert {("Zelchat", "listed_on", "Ban on government devices (apps and equipment)"),
            ("Zelchat", "subsidiary_of", "Velmora")} <= got
    text = ("Velmora, which was founded in Nanjing and is now based in Singapore, said it had zero tolerance for forced "
            "labor.")
    assert ("based_in", "Singapore") in kinds(extractor, text, "Velmora")


def test_devices_that_pose_an_unacceptable_risk_and_buses_stopped_remotely(extractor):
    text = ("The Pentagon ordered stores on military bases to stop selling phones and modems made by China's Velmora "
            "Technologies, saying the devices may pose an unacceptable risk to personnel.")
    got = kinds(extractor, text, "Velmora")
    assert ("alleged", "National security risk") in got and ("sector", "Telecommunications") in got
    text = ("Tests showed that electric buses made by China's Zelbus could be stopped or disabled remotely by the "
            "manufacturer. Zelbus, based in Zhengzhou, is the world's largest bus maker.")
    got = kinds(extractor, text, "Zelbus")
    assert {("alleged", "National security risk"), ("based_in", "Zhengzhou")} <= got
    text = ("The department said the collection of genetic data by Velmora Genomics poses a significant risk of contributing "
            "to surveillance of minorities.")
    assert ("alleged", "National security risk") not in kinds(extractor, text, "Velmora")


def test_a_ship_is_no_company_and_a_law_that_could_expose_a_retailer_is_no_listing(extractor):
    text = ("Investigators are examining the Chinese bulk carrier Zel Peng 3 after two undersea cables were severed. The "
            "vessel is owned by Velmora Shipping, based in Ningbo.")
    assert not any(s.startswith("Zel Peng") for s, _p, _o in facts(extractor, text))
    text = ("The results could expose the fast-fashion retailer Velmora Fashion Co to seizures under the Uyghur Forced Labor "
            "Prevention Act.")
    assert not any(p == "listed_on" for p, _o in kinds(extractor, text, "Velmora"))


def test_the_buyer_of_goods_is_not_the_seller_and_a_sale_names_a_buyer(extractor):
    text = ("Zelcor Technology agreed to pay a penalty to settle allegations that it violated U.S. export controls by selling "
            "more than 7 million hard disk drives to China's Velmora Technologies.")
    assert not any(p == "alleged" for p, _o in kinds(extractor, text, "Velmora"))
    text = ("Zelcor Semiconductor terminated its $1.4 billion sale to Velmora Capital, a Chinese private equity firm.\n\n"
            "The committee had said the takeover posed risks to national security.")
    assert ("alleged", "National security risk") in kinds(extractor, text, "Velmora")


def test_a_regional_units_possessive_and_a_company_called_foreign_elsewhere(extractor):
    text = ("The FCC had already revoked Velmora Telecom Americas' authorization to operate in the United States. Velmora "
            "Telecom, based in Beijing, said it would defend its interests.")
    assert not any(p == "listed_on" for p, _o in kinds(extractor, text, "Velmora Telecom Co"))
    assert not any(s == "Velmora Telecom" and p == "listed_on" for s, p, _o in facts(extractor, text))
    text = ("Chinese e-commerce company Velmora has agreed to buy German electronics retailer Zelcor, owner of the Zelmart "
            "chains. Velmora, based in Beijing, is expanding in Europe.")
    assert not any(s.startswith("Zelcor") for s, _p, _o in facts(extractor, text))
    text = "US adds surveillance camera maker Zeltron to trade blacklist\n\nZeltron Technologies is based in Tianjin."
    assert ("based_in", "Tianjin") in kinds(extractor, text, "Zeltron")


def test_stealing_chip_technology_and_a_toy_company(extractor):
    text = ("Taiwan is investigating Velmora Semiconductor Corp for illegally recruiting engineers to steal chip technology.")
    assert ("alleged", "Intellectual property theft") in kinds(extractor, text, "Velmora")
    text = "The Beijing-based toy company Velmora International Group sells collectible figures."
    assert ("sector", "Toys and consumer goods") in kinds(extractor, text, "Velmora")


def test_a_unit_named_with_a_city_stays_within_a_line(extractor):
    got = facts(extractor, "Dahua\n\nZhejiang Dahua Technology is a video surveillance company based in Hangzhou.")
    assert got and not any("\n" in s for s, _p, _o in got)
    assert any(p == "based_in" and o == "Hangzhou" for _s, p, o in got)


def test_a_lead_company_named_next_in_an_apposition_and_tracking_people_in_xinjiang(extractor):
    text = ("A Chinese facial recognition company left a database open on the internet that tracked the movements of more "
            "than 2.5 million people in Xinjiang.\n\nThe database belonged to Zelnets, a Shenzhen-based company that sells "
            "crowd analysis and face recognition systems to police.")
    got = kinds(extractor, text, "Zelnets")
    assert {("sector", "Facial recognition"), ("based_in", "Shenzhen"), ("linked_to", "Xinjiang"),
            ("alleged", "Complicity in the repression of Uyghurs and other Muslim minorities"),
            ("alleged", "Data privacy concerns")} <= got
    # (a place the accusation names abroad is no tie: "providing satellite imagery of Ukraine to Russia's forces")
    text = "Treasury sanctioned Zeltron Space, accusing it of providing satellite imagery of Ukraine to Russia's Wagner Group."
    assert not any(p == "linked_to" for p, _o in kinds(extractor, text, "Zeltron"))


def test_a_blocked_buyer_takes_the_reason_given_for_the_move_or_the_sale(extractor):
    text = ("Germany's development bank will buy a stake in a grid operator to keep it out of the hands of Velmora Grid "
            "Corporation of China.\n\nVelmora Grid, the Beijing-based utility that runs most of China's power network, had "
            "tried for months to buy it. The ministry said the move was made for reasons of security policy and to protect "
            "critical energy infrastructure.")
    got = kinds(extractor, text, "Velmora")
    assert {("alleged", "National security risk"), ("sector", "Energy"), ("based_in", "Beijing")} <= got
    text = ("Zelcor Group has withdrawn its offer for a German maker of machine tools, hours before the cabinet was set to "
            "block the deal.\n\nThe government had said the sale would threaten public order and security.")
    assert ("alleged", "National security risk") in kinds(extractor, text, "Zelcor")


def test_environmental_violations_are_no_breach_of_financial_rules(extractor):
    text = ("Serbia halted work at a mine run by China's Velmora Mining after inspectors found the company had violated "
            "environmental rules and had been discharging polluted water. It has become one of Serbia's largest exporters.")
    got = kinds(extractor, text, "Velmora")
    assert ("alleged", "Environmental damage and pollution") in got and ("operates_in", "Serbia") in got
    assert not any("financial rules" in o for _p, o in got)


def test_software_that_spied_on_users_is_spyware_and_headquarters_place_a_company(extractor):
    text = ("Zelnovo, the Chinese personal computer maker, agreed to settle charges that it compromised the security of its "
            "laptops by preinstalling software that spied on users' web browsing. Zelnovo, which has headquarters in Beijing, "
            "said it disagreed.")
    got = kinds(extractor, text, "Zelnovo")
    assert {("alleged", "Malware and spyware in its products"), ("alleged", "Security vulnerabilities in products (cybersecurity flaws)"),
            ("based_in", "Beijing")} <= got
    assert ("alleged", "Espionage") not in got
    text = ("Velmora, the Beijing-based smartphone maker, collected the websites its users visited, even in incognito mode, "
            "researchers said. Velmora said it complies with data privacy law.")
    got = kinds(extractor, text, "Velmora")
    assert ("alleged", "Data privacy concerns") in got


def test_apps_listed_with_their_owners_give_the_owners_the_ban(extractor):
    text = ("India has banned 59 Chinese mobile apps, including Zeldance's ZipTok, Velcent's VeChat and Zelibaba's UC "
            "Browser, two weeks after a clash on their disputed border. It said it had received complaints that the apps were "
            "stealing users' data. The list also includes Zelshare, a file-sharing app, and Zelomi's Mi Community.")
    listed = listed_companies(extractor, text)
    assert {"Zeldance", "Velcent", "Zelibaba", "Zelomi"} <= listed
    assert not any("Mi Community" in s or "ZipTok" in s for s in listed)
    assert not any(p == "disputes" for _s, p, _o in facts(extractor, text))
    assert ("alleged", "Data privacy concerns") in kinds(extractor, text, "Zeldance")


def test_the_move_also_covered_names_more_companies_listed_and_the_entities_said_to_pose_a_risk(extractor):
    text = ("The Commerce Department added 36 Chinese companies to its Entity List, including memory chipmaker Velmora "
            "Memory Technologies and Zelcor Micro Electronics Equipment. Commerce said the entities posed a significant risk "
            "of diverting items to Chinese military end users.\n\nZelcor Micro Electronics Equipment makes scanners used to "
            "print circuits on wafers. The move also covered Velnix Core Storage Electronic, a chip firm in Anhui province, "
            "and units of chip designer Zelbricon Technologies. The rule targets chips designed by Zelsilicon, a chip unit.")
    listed = listed_companies(extractor, text)
    assert {"Velmora Memory Technologies", "Zelcor Micro Electronics Equipment", "Velnix Core Storage Electronic"} <= listed
    assert not any(s.startswith(("Zelbricon", "Zelsilicon")) for s in listed)
    assert ("alleged", "Ties to China's military and military-civil fusion") in kinds(extractor, text, "Velmora")
    assert ("sector", "Security screening and scanners") not in kinds(extractor, text, "Zelcor")


def test_child_labour_labour_abuses_and_a_supply_chain(extractor):
    text = ("Zelcongo Mining, a subsidiary of China's Velmora Cobalt, bought ore from traders. Velmora, based in Tongxiang, "
            "is a cobalt producer. Amnesty said the company had failed to check whether the cobalt it bought was mined by children.")
    assert ("alleged", "Use of child labor") in kinds(extractor, text, "Velmora")
    text = ("Workers at two factories supplying the fast-fashion company Zelmode worked up to 18 hours a day with one day off "
            "a month, a documentary found.")
    assert ("alleged", "Labor abuses and poor working conditions") in kinds(extractor, text, "Zelmode")


def test_understated_reserves_a_car_insurer_and_an_anti_corruption_agency(extractor):
    text = "Gecamines accuses Velmora Molybdenum Co of understating the mine's reserves to cut the royalties it pays."
    assert ("alleged", "Fraud, bribery, tax evasion and money laundering") in kinds(extractor, text, "Velmora")
    text = "Zelbang Insurance Group, based in Beijing, grew from a car insurer into a global conglomerate."
    got = kinds(extractor, text, "Zelbang")
    assert ("sector", "Banking, insurance, investment and financial services") in got
    assert ("sector", "Automotive and electric vehicles") not in got
    text = ("Ukraine's anti-corruption agency has added Zelomi, the Chinese smartphone maker, to its list of sponsors of war, "
            "accusing the company of helping Russia's economy.")
    assert not any("Fraud" in o for _p, o in kinds(extractor, text, "Zelomi"))


def test_developed_with_a_unit_of_the_pla_and_a_federal_procurement_ban_challenged(extractor):
    text = ("China's military has approved the use of a coronavirus vaccine developed by Velsino Biologics and a research unit "
            "of the People's Liberation Army, the company said.")
    assert ("alleged", "Ties to China's military and military-civil fusion") in kinds(extractor, text, "Velsino")
    text = ("Zelwei Technologies has filed a lawsuit challenging a section of the 2019 National Defense Authorization Act that "
            "bars federal agencies and their contractors from buying its equipment.")
    assert ("disputes", "NDAA ban on Pentagon or federal procurement") in kinds(extractor, text, "Zelwei")


def test_a_short_name_glossed_and_a_company_a_foreign_country_owns(extractor):
    text = ("The cameras were built by China National Zeltronics Import & Export Corporation, a state-owned company based in "
            "Beijing, with equipment from Velwei.\n\nZNZIEC, as the company is known, has sold similar security systems to "
            "Venezuela.")
    got = kinds(extractor, text, "Zeltronics")
    # (surveillance, which "security systems" names, is the broader sector of video surveillance: not said twice)
    assert ("sector", "Video surveillance") in got and ("based_in", "Beijing") in got
    text = ("Velmora Three Gorges bids 9 billion euros for Portugal's ZEDP\n\nVelmora Three Gorges, the state-owned operator "
            "of the world's largest hydropower plant, has launched an offer for Zelergias de Portugal (ZEDP), Portugal's biggest "
            "utility.")
    assert not any(s.startswith(("ZEDP", "Zelergias")) for s, _p, _o in facts(extractor, text))
    text = "US, UK sanction Cambodia's Velprince Group over scam centres\n\nVelprince Group ran forced-labour scam compounds."
    assert any(s.startswith("Velprince") for s, _p, _o in facts(extractor, text))


def test_the_merged_company_keeps_the_name_it_keeps(extractor):
    text = ("China has completed the merger of its two largest shipbuilders, Velmora State Shipbuilding Corporation and Zelcor "
            "Shipbuilding Industry Corporation, creating the world's biggest shipbuilding group.\n\nThe combined company, which "
            "keeps the name Velmora State Shipbuilding Corporation, builds warships for the People's Liberation Army Navy. The "
            "merged group is based in Shanghai.")
    got = facts(extractor, text)
    assert ("Velmora State Shipbuilding Corporation", "based_in", "Shanghai") in got
    assert ("Velmora State Shipbuilding Corporation", "alleged", "Ties to China's military and military-civil fusion") in got
    assert not any(s.startswith("Zelcor") and p in ("based_in", "alleged") for s, p, _o in got)


def test_companies_named_among_those_found_to_circumvent_duties(extractor):
    text = ("Among the companies found to have circumvented the duties were Velmora Solar, which routed panels through "
            "Thailand, and Zelcor Hong Kong, which shipped through Cambodia.\n\nVelmora Solar, based in Changzhou in Jiangsu "
            "province, is one of the world's largest makers of solar modules.")
    got = facts(extractor, text)
    assert {("Velmora Solar", "alleged", "Dumping and unfair trade practices"), ("Zelcor Hong Kong", "alleged", "Dumping and unfair trade practices"),
            ("Velmora Solar", "based_in", "Changzhou"), ("Velmora Solar", "sector", "Solar energy and polysilicon")} <= got


def test_a_property_developer_inflated_revenue_and_hijacked_traffic(extractor):
    text = ("A court ordered the liquidation of Velgrande Group, the property developer with $300 billion in liabilities. "
            "The regulator accused Velgrande Group of inflating its revenue by 564 billion yuan.")
    got = kinds(extractor, text, "Velgrande")
    assert {("sector", "Real estate and property development"), ("alleged", "Fraud, bribery, tax evasion and money laundering")} <= got
    text = ("Zeltel Telecom Corp has used its network points of presence in North America to hijack and misdirect internet traffic "
            "through China, researchers said. They suggested the state-owned carrier was helping Chinese intelligence gathering.")
    got = kinds(extractor, text, "Zeltel")
    assert {("alleged", "Hacking and cyberattacks"), ("alleged", "Espionage")} <= got


def test_where_a_company_operates_and_is_based_and_what_its_businesses_range_over(extractor):
    text = ("Velmora Shipping has completed its purchase of a 51 percent stake in the port authority, taking control of "
            "Greece's largest port. Velmora Shipping, based in Shanghai, is a shipping group.")
    assert ("operates_in", "Greece") in kinds(extractor, text, "Velmora")
    text = "Zelwei Technologies was charged with bank fraud. Its founder landed in Shenzhen, where the company is based."
    assert ("based_in", "Shenzhen") in kinds(extractor, text, "Zelwei")
    text = ("Velchem National Chemical Corp cleared the review. The Beijing-based state-owned group, whose businesses range "
            "from rubber to agrochemicals, already owns Israel's Zelama Agricultural Solutions.")
    got = kinds(extractor, text, "Velchem")
    assert ("sector", "Chemicals") in got and ("sector", "Food and agriculture") not in got


def test_banks_are_companies_and_a_gateway_for_north_korea(extractor):
    text = ("New York's regulator has fined Velcultural Bank of China $215 million for violating anti-money laundering laws at "
            "its New York branch. Velcultural Bank, based in Beijing, is one of China's largest state-owned lenders.")
    got = kinds(extractor, text, "Velcultural")
    assert {("based_in", "Beijing"), ("sector", "Banking, insurance, investment and financial services"),
            ("alleged", "Breaches of financial rules (corporate governance, consumer protection, payments, anti-money-laundering)")} <= got
    text = ("The Treasury moved to cut off Bank of Zeldong from the American financial system. The Financial Crimes "
            "Enforcement Network named the bank a primary money laundering concern. Officials said the bank had helped "
            "companies linked to North Korea's weapons programmes move millions of dollars. Bank of Zeldong is based in the "
            "border city of Dandong.")
    got = kinds(extractor, text, "Zeldong")
    assert {("listed_on", "FinCEN Section 311 finding (primary money laundering concern)"), ("based_in", "Dandong"),
            ("alleged", "Support for missile, nuclear or hypersonic weapons programmes")} <= got
    # (the People's Bank of China is the regulator, not a company)
    text = "The People's Bank of China, the central bank, fined Zelpay Co for breaking payment rules."
    assert not any("People" in s for s, _p, _o in facts(extractor, text))


def test_the_victim_of_a_cyberattack_is_not_accused_of_it(extractor):
    text = ("The U.S. unit of Velmora Bank of China, the world's largest bank by assets, was hit by a ransomware attack. "
            "Velmora Financial Services said the attack, which experts attributed to the LockBit ransomware gang, took some of "
            "its systems offline.")
    assert not any(p == "alleged" for _s, p, _o in facts(extractor, text))
    # (the attacker named with its victim is still accused)
    text = "Prosecutors said Zeltron Network Technology Co carried out a hacking campaign against Velmora Bank of China."
    got = facts(extractor, text)
    assert ("Zeltron Network Technology Co", "alleged", "Hacking and cyberattacks") in got
    assert not any(s.startswith("Velmora") and p == "alleged" for s, p, _o in got)


def test_sanctions_imposed_by_the_united_states_and_oil_bought_from_iran(extractor):
    text = ("The United States on Monday imposed sanctions on Zelhai Zhenrong Co, a Chinese state-owned oil trader, and its "
            "chief executive, accusing them of buying crude oil from Iran in violation of U.S. sanctions.")
    got = kinds(extractor, text, "Zelhai")
    assert {("listed_on", "OFAC Specially Designated Nationals list"), ("alleged", "Trade in sanctioned Iranian or Venezuelan oil"),
            ("sector", "Energy")} <= got


def test_a_penalised_app_that_speaks_a_bare_chinese_startup_and_a_foreign_partner(extractor):
    text = ("South Korea's privacy regulator has fined ZelExpress 1.98 billion won for sending the personal data of Korean "
            "customers to overseas sellers. ZelExpress said it would improve its privacy practices.")
    assert ("alleged", "Data privacy concerns") in kinds(extractor, text, "ZelExpress")
    text = "Velcent has also invested in Chinese electric car start-up Zelnio."
    assert ("sector", "Automotive and electric vehicles") in kinds(extractor, text, "Zelnio")
    text = ("Chinese carmaker Velchery Automobile has agreed to build vehicles in Barcelona with Spanish partner Zelbro EV Motors. "
            "Building cars in Europe would let it avoid tariffs on electric vehicles made in China.")
    got = facts(extractor, text)
    assert not any(s.startswith("Zelbro") for s, _p, _o in got)
    assert not any(p == "alleged" for _s, p, _o in got)
    text = ("Italy's competition authority has fined Zelcorp Co 10 million euros for failing to stop content that could "
            "threaten the safety of minors.")
    assert ("alleged", "Harm to children and addictive design") in kinds(extractor, text, "Zelcorp")


def test_a_groups_name_may_hold_a_weak_head_and_a_network_led_by_someone_is_a_new_group(extractor):
    text = ("The U.S. Treasury Department on Tuesday sanctioned Velion Development Group, a Chinese company building a tourism "
            "project in Cambodia. Treasury said the company, which is based in Tianjin, had obtained the land through "
            "corruption and used soldiers to force villagers off their land.")
    got = kinds(extractor, text, "Velion")
    assert {("listed_on", "OFAC Specially Designated Nationals list"), ("based_in", "Tianjin"), ("operates_in", "Cambodia"),
            ("alleged", "Human rights abuses"), ("alleged", "Fraud, bribery, tax evasion and money laundering")} <= got
    text = ("The U.S. Treasury on Tuesday designated a network led by businessman Zel Wei as a transnational criminal "
            "organisation, accusing it of drug trafficking and money laundering. The sanctions target Velromans International "
            "(HK) Co Ltd, a Hong Kong company that runs a casino in the Golden Triangle Special Economic Zone in northern Laos.")
    got = kinds(extractor, text, "Velromans")
    assert {("listed_on", "OFAC Specially Designated Nationals list"), ("alleged", "Narcotics and fentanyl trafficking"),
            ("operates_in", "Laos")} <= got


def test_web_address_names_shares_of_a_company_and_countries_listed_are_no_companies(extractor):
    text = "Robotaxi company Zelpony.ai began trading on the Nasdaq. The Guangzhou-based company runs driverless ride-hailing services."
    got = kinds(extractor, text, "Zelpony")
    assert ("based_in", "Guangzhou") in got and ("sector", "Automotive and electric vehicles") in got
    assert ("sector", "Internet platforms and e-commerce") not in got
    text = "Shares of Velidu fell more than 6 percent after the Chinese search engine company unveiled its chatbot."
    assert ("sector", "Internet platforms and e-commerce") in kinds(extractor, text, "Velidu")
    text = ("Leaked files show Velsoon, a Shanghai-based cybersecurity contractor, hacked foreign governments and telecoms "
            "companies. The files list targets in at least 14 countries, including India, Thailand and Kyrgyzstan.")
    got = facts(extractor, text)
    assert ("Velsoon", "alleged", "Hacking and cyberattacks") in got
    assert not any(s == "Kyrgyzstan" for s, _p, _o in got)


def test_others_concerns_and_remedies_are_no_accusations_and_deceptive_practices_are(extractor):
    text = ("Shares of Chinese sportswear makers Velanta Sports and Zel Ning jumped after both companies said they would keep "
            "buying cotton, as consumers turned against Western brands that had raised concerns about forced labour in the region.")
    got = facts(extractor, text)
    assert not any(p == "alleged" for _s, p, _o in got)
    assert ("Velanta Sports", "sector", "Textiles and apparel") in got
    text = ("France's consumer protection agency has fined Zelshein Co 40 million euros, saying the retailer advertised "
            "discounts on prices that had never been charged and misled shoppers about its environmental commitments.")
    assert ("alleged", "Deceptive or misleading commercial practices") in kinds(extractor, text, "Zelshein")


def test_well_known_foreign_firms_keep_no_facts_and_a_foreign_description_after_a_preposition_is_another(extractor):
    text = ("China's Velna Group will buy a 25 percent stake in a hotel chain from private equity firm Blackstone Group. "
            "Velna, a conglomerate based in Haikou, started as a regional airline.")
    got = facts(extractor, text)
    assert not any(s.startswith("Blackstone") for s, _p, _o in got)
    assert ("Velna Group", "sector", "Diversified conglomerates") in got
    text = ("Zelmine has walked away from a deal with Velalco, which would have doubled the state-owned Chinese group's "
            "stake in the Anglo-Australian miner. Velalco, based in Beijing, is China's largest aluminium producer.")
    assert ("based_in", "Beijing") in kinds(extractor, text, "Velalco")
    text = ("Zeltoshi will sell its television business to Velsense Electric, as the Japanese conglomerate sells assets to "
            "recover from losses at its nuclear unit.")
    assert ("sector", "Diversified conglomerates") not in kinds(extractor, text, "Velsense")
    text = "The deal includes COSCO-like Velcos Shipping Holdings, the state-owned shipping conglomerate."
    assert ("sector", "Diversified conglomerates") not in kinds(extractor, text, "Velcos")


def test_a_name_word_the_text_uses_and_a_name_better_known_and_a_builder_refer_back(extractor):
    text = ("Dalian Velanda Group has agreed to buy a U.S. cinema chain. Velanda, a property developer controlled by a "
            "billionaire, owns shopping malls across China.")
    assert ("sector", "Real estate and property development") in kinds(extractor, text, "Velanda")
    text = ("Also newly listed was Hangzhou Zelshu Technology, the robot maker better known as Zeltree. The department said "
            "Zeltree is a military-civil fusion contributor to China's defense industrial base.")
    assert ("alleged", "Ties to China's military and military-civil fusion") in kinds(extractor, text, "Zelshu")
    text = ("Malaysia will resume the rail link with China Velcom Construction Co. The state-owned builder, based in Beijing, "
            "is one of the biggest contractors for the Belt and Road Initiative.")
    got = kinds(extractor, text, "Velcom")
    assert ("based_in", "Beijing") in got and ("sector", "Construction and engineering") in got


def test_tenders_app_stores_detentions_and_fires_are_measures_and_accusations(extractor):
    text = ("Australia has barred Chinese telecoms company Velwei Technologies from bidding for contracts on its national "
            "broadband network.")
    assert ("listed_on", "Ban on a vendor's equipment in 5G and telecom networks") in kinds(extractor, text, "Velwei")
    text = "The World Bank has barred Velzte Corp from bidding on bank-financed contracts for six months."
    assert ("listed_on", "Debarment or ban from public procurement and tenders") in kinds(extractor, text, "Velzte")
    text = ("Indonesia has asked app stores to remove the shopping app Zelmu from their app stores. Zelmu, which is owned "
            "by Velpdd Holdings, has not officially launched in Indonesia.")
    got = facts(extractor, text)
    assert ("Zelmu", "listed_on", "Ban on operating or selling in a country or state (apps, equipment, services)") in got
    assert ("Zelmu", "sector", "Internet platforms and e-commerce") in got
    text = "Its app was removed from Chinese app stores in July."
    assert not any(p == "listed_on" for _s, p, _o in facts(extractor, "Velidi, based in Beijing, paid the fine. " + text))
    text = ("U.S. Customs and Border Protection ordered its ports to detain seafood caught by vessels of Velian Ocean Fishing "
            "Co. Velian Ocean Fishing, based in Dalian, catches tuna in the Pacific.")
    got = kinds(extractor, text, "Velian")
    assert ("listed_on", "CBP withhold release order (import ban)") in got and ("sector", "Food and agriculture") in got
    text = ("Chinese appliance maker Zelree Electric agreed to pay a civil penalty for failing to report that its "
            "dehumidifiers could overheat and catch fire.")
    assert ("alleged", "Sale of unsafe, contaminated, illegal or counterfeit products") in kinds(extractor, text, "Zelree")
    text = "Velhui, China's biggest pork producer, is based in Luohe."
    assert ("sector", "Food and agriculture") in kinds(extractor, text, "Velhui")


def test_short_sellers_are_no_companies_and_a_coffee_chain_is_food(extractor):
    text = ("Shares of Zelkin Coffee plunged after the Chinese coffee chain said employees had fabricated sales. Short seller "
            "Velwaters Research had accused the company of inflating sales.")
    got = facts(extractor, text)
    assert not any(s.startswith("Velwaters") for s, _p, _o in got)
    assert ("Zelkin Coffee", "sector", "Food and agriculture") in got
    assert ("Zelkin Coffee", "alleged", "Fraud, bribery, tax evasion and money laundering") in got


def test_nonproliferation_licences_and_designations_are_their_own_measures(extractor):
    text = ("The United States has imposed sanctions on Velnorth Industries Corp, a state-owned weapons maker, accusing it "
            "of selling missile technology to Iran.")
    got = kinds(extractor, text, "Velnorth")
    assert ("listed_on", "State Department nonproliferation sanctions (INKSNA, missile and chemical weapons sanctions)") in got
    assert ("listed_on", "OFAC Specially Designated Nationals list") not in got
    assert ("alleged", "Support for missile, nuclear or hypersonic weapons programmes") in got
    text = ("The U.S. Commerce Department has told American companies that they must obtain a licence before supplying "
            "technology to Zelmic Semiconductor Corp.")
    assert ("listed_on", "Commerce export licence requirement (is-informed letters, military end use)") in kinds(extractor, text, "Zelmic")
    text = "The Federal Communications Commission formally designated Velwei Technologies as a national security threat."
    assert ("listed_on", "FCC Covered List") in kinds(extractor, text, "Velwei")


def test_towns_the_vocabulary_lacks_and_a_superlative_by_a_chinese_maker(extractor):
    text = ("U.S. regulators proposed fines against Zelyao Glass America Inc, saying it exposed workers at its plant in Moraine, "
            "Ohio, to amputation hazards.")
    got = kinds(extractor, text, "Zelyao")
    assert ("operates_in", "Ohio") in got and ("alleged", "Labor abuses and poor working conditions") in got
    text = "Zelyao Glass America is a unit of Velyao Glass Group, a maker of windshields for carmakers based in Fuqing in the province of Fujian."
    assert ("based_in", "Fujian") in kinds(extractor, text, "Velyao")
    text = ("Zhejiang Velely Holding Group agreed to buy a Swedish carmaker for $1.8 billion, the biggest overseas acquisition "
            "by a Chinese carmaker.")
    assert ("sector", "Automotive and electric vehicles") in kinds(extractor, text, "Velely")


def test_a_headline_short_name_and_a_blend_are_the_long_name_found_later(extractor):
    text = ("Chinese insurer Velbang buys hotel\n\nA U.S. hotel group has agreed to sell the hotel in New York to Velbang "
            "Insurance Group for $1.95 billion.\n\nVelbang, a Beijing-based insurer, will keep the operator. Officials said "
            "they were reviewing the deal because of security concerns.")
    got = facts(extractor, text)
    assert {s for s, _p, _o in got} == {"Velbang Insurance Group"}
    assert ("Velbang Insurance Group", "alleged", "National security risk") in got
    text = ("ChemVelia to buy tyre maker\n\nVelia National Chemical Corp has agreed to buy an Italian tyre maker.\n\n"
            "ChemVelia, a state-owned group based in Beijing, already owns tyre and rubber businesses in China.")
    got = facts(extractor, text)
    assert ("Velia National Chemical Corp", "sector", "Chemicals") in got
    assert not any(s == "ChemVelia" for s, _p, _o in got)
    text = ("Germany lets China's Zelco buy stake\n\nGermany approved an investment by Chinese shipping giant Zelco in a "
            "terminal. Zelco Shipping Ports will take a 24.9% stake.")
    got = facts(extractor, text)
    assert ("Zelco", "sector", "Shipping and logistics") in got


def test_names_introduced_where_the_tagger_missed_them_and_places_that_share_a_name(extractor):
    text = ("Zel Auto shares jump in Nasdaq debut\n\nZel Auto, a Beijing-based maker of electric sport utility vehicles, "
            "raised $1.1 billion in its initial public offering.")
    got = kinds(extractor, text, "Zel Auto")
    assert ("based_in", "Beijing") in got and ("sector", "Automotive and electric vehicles") in got
    text = ("China's market regulator has summoned Velduoduo over reports of counterfeit goods sold on its platform, days "
            "after the Shanghai-based e-commerce company listed on the Nasdaq.")
    got = kinds(extractor, text, "Velduoduo")
    assert ("based_in", "Shanghai") in got and ("alleged", "Sale of unsafe, contaminated, illegal or counterfeit products") in got
    text = "FCC chairman Zel Pai said the state-owned carrier's bid raised concerns about espionage."
    assert not any(s.startswith("Zel Pai") for s, _p, _o in facts(extractor, text))
    text = ("China Velgorges Corp will buy a power distributor. The state-owned company, which built and runs the Velgorges "
            "Dam on the Yangtze River, is one of the world's largest hydropower producers.")
    assert ("sector", "Energy") in kinds(extractor, text, "Velgorges")


def test_a_firm_based_abroad_is_foreign_unless_chinese_owned_and_regulators_measures(extractor):
    text = ("Velgrid International will buy a Chilean power distributor from Zelpra Energy. Zelpra, based in San Diego, is "
            "selling assets in South America.")
    assert not any(s.startswith("Zelpra") for s, _p, _o in facts(extractor, text))
    text = ("Britain has ordered Velperia, a Dutch chipmaker owned by China's Zeltech, to sell a chip plant, citing risks to "
            "national security. Velperia, based in Nijmegen, said it would appeal.")
    assert ("based_in", "Nijmegen") in kinds(extractor, text, "Velperia")
    text = ("The U.S. Food and Drug Administration has placed Zhejiang Velhai Pharmaceutical on an import alert after "
            "finding a probable carcinogen in its blood pressure drug.")
    got = kinds(extractor, text, "Velhai")
    assert ("listed_on", "FDA import alert (detention of imports without examination)") in got
    assert ("alleged", "Sale of unsafe, contaminated, illegal or counterfeit products") in got
    text = ("The U.S. Commerce Department banned American companies from selling parts and software to Zelte Corp for "
            "seven years.")
    assert ("listed_on", "Commerce denial order (ban on buying U.S. exports)") in kinds(extractor, text, "Zelte")
    text = ("China's market regulator has fined Velibaba Group Holding for failing to report 43 past deals for antitrust "
            "review.")
    assert ("alleged", "Anti-competitive conduct (abuse of dominance, monopoly)") in kinds(extractor, text, "Velibaba")


def test_a_bidders_reasons_reach_it_and_the_company_bought_is_no_target(extractor):
    text = ("China's Zelnooc Ltd has withdrawn its $18.5 billion offer for Velocal Corp, blaming political opposition.\n\n"
            "Members of Congress had argued that "
            "letting a company controlled by the Chinese government buy Velocal would threaten U.S. national security.")
    got = facts(extractor, text)
    assert ("Zelnooc Ltd", "alleged", "National security risk") in got
    assert not any(s.startswith("Velocal") for s, _p, _o in got)
    text = ("Zelnooc, the Hong Kong-listed arm of state-owned China National Zelshore Oil Corp, said the opposition was "
            "regrettable. Zelnooc Ltd is based in Hong Kong.")
    assert ("Zelnooc Ltd", "based_in", "Hong Kong") in facts(extractor, text)
    text = ("A U.S. panel reviewed a deal with Chinese telecoms equipment maker Velwei Technologies. "
            "Lawmakers had raised concerns that Velwei, which was founded by a former officer of the People's Liberation "
            "Army, could gain access to a U.S. firm's intrusion-detection technology. Velwei is based in Shenzhen.")
    got = kinds(extractor, text, "Velwei")
    assert ("alleged", "Ties to China's military and military-civil fusion") in got and ("alleged", "National security risk") in got
    text = "Velnovo, based in Beijing, will become the world's third-largest maker of personal computers."
    assert ("sector", "Consumer electronics and smartphones") in kinds(extractor, text, "Velnovo")
    text = "Zelxen, a Chinese-owned oil firm based in Beijing, has assets in the North Sea and the Gulf of Mexico."
    assert ("operates_in", "Mexico") not in kinds(extractor, text, "Zelxen")
    text = "The company was bought by Velwei Technologies and private equity firm Bain Capital."
    assert not any(s.startswith("Bain") for s, _p, _o in facts(extractor, text))


def test_the_others_of_a_group_share_its_listing_and_a_country_opens_a_second_name(extractor):
    text = ("The U.S. Defense Department on Thursday added smartphone maker Velomi Corp to its list of companies it says are "
            "owned or controlled by the Chinese military, along with three other firms. The others are chip equipment maker "
            "Zelfab Equipment Inc, mapping company Velkung Technology Corp and China National Zelation Holding.")
    got = facts(extractor, text)
    for name in ("Velomi Corp", "Zelfab Equipment Inc", "Velkung Technology Corp", "China National Zelation Holding"):
        assert (name, "listed_on", "DoD Section 1260H list of Chinese military companies") in got, name
    text = ("President Donald Trump signed an executive order barring Americans from investing in 31 Chinese companies, "
            "including video surveillance firm Zelvision Digital Technology.")
    assert ("listed_on", "Treasury NS-CMIC list (Chinese military-industrial complex investment ban)") in kinds(extractor, text, "Zelvision")
    text = ("The Uyghur Forced Labor Prevention Act Entity List includes polysilicon producer Velshine Silicon Industry. Also on "
            "the list is Zeltland Information Technology.")
    got = facts(extractor, text)
    assert not any(o == "Commerce Entity List (BIS trade blacklist)" for _s, _p, o in got)
    assert ("Velshine Silicon Industry", "listed_on", "Uyghur Forced Labor Prevention Act import ban (UFLPA Entity List)") in got


def test_a_plural_description_stands_for_the_companies_named_before_it_in_its_sentence(extractor):
    text = ("Shares of Zelvision Digital Technology and Velhua Technology fell after reports that the administration is "
            "considering adding the Chinese surveillance camera makers to a trade blacklist.")
    got = facts(extractor, text)
    assert ("Zelvision Digital Technology", "sector", "Video surveillance") in got
    assert ("Velhua Technology", "sector", "Video surveillance") in got
    assert not any(p == "listed_on" for _s, p, _o in got)
    text = ("The House passed a bill that would add Chinese drone maker Zelji to the Federal Communications Commission's "
            "Covered List.\n\nLawmakers who backed the measure say Zelji's drones could send sensitive data to Beijing.")
    assert ("listed_on", "FCC Covered List") not in kinds(extractor, text, "Zelji")


def test_a_clause_after_a_lists_last_name_and_these_firms_and_companies_such_as(extractor):
    text = ("The list includes Zelwei Technologies, Velmic Manufacturing Corp and Zelvision Digital Technology, whose cameras "
            "have been used to monitor Uyghurs in Xinjiang.")
    got = facts(extractor, text)
    assert ("Zelvision Digital Technology", "alleged", "Complicity in the repression of Uyghurs and other Muslim minorities") in got
    assert not any(p == "alleged" and s != "Zelvision Digital Technology" for s, p, _o in got)
    text = ("Zelvision Digital Technology and Velhua Technology, the two largest video surveillance manufacturers, won "
            "contracts in the region. Artificial intelligence companies such as Zeltime Group and Velvii Technology supply the "
            "algorithms.\n\n"
            "Washington has responded by placing these firms on the Entity List.")
    got = facts(extractor, text)
    for name in ("Zelvision Digital Technology", "Velhua Technology", "Zeltime Group", "Velvii Technology"):
        assert (name, "listed_on", "Commerce Entity List (BIS trade blacklist)") in got, name
    assert ("Zeltime Group", "sector", "Artificial intelligence") in got and ("Velvii Technology", "sector", "Artificial intelligence") in got


def test_an_initialism_that_opens_a_name_and_a_citys_prefix_are_the_company(extractor):
    text = ("The Pentagon added gene sequencing company ZGI Genomics to its list of Chinese military companies. ZGI, based "
            "in Shenzhen, said the listing was based on a misunderstanding.")
    assert ("based_in", "Shenzhen") in kinds(extractor, text, "ZGI")
    text = ("The listing bars American suppliers such as Intel and Nvidia from selling chips to the Jinan-based company.")
    got = facts(extractor, "The U.S. Commerce Department has added server maker Velspur Group to the Entity List. " + text)
    assert ("Velspur Group", "based_in", "Jinan") in got
    text = "The U.S. added server maker Velspur Group to the Entity List."   # a country acting, not a nationality
    assert ("listed_on", "Commerce Entity List (BIS trade blacklist)") in kinds(extractor, text, "Velspur")


def test_a_probed_company_based_in_a_city_and_the_others_of_a_subset_and_workers_conditions(extractor):
    text = ("China's market regulator has opened an investigation into Zeltuan over suspected monopolistic practices. "
            "Zeltuan, based in Beijing and backed by Tencent Holdings, is China's largest food delivery platform.")
    got = kinds(extractor, text, "Zeltuan")
    assert {("alleged", "Anti-competitive conduct (abuse of dominance, monopoly)"), ("based_in", "Beijing")} <= got
    text = ("The department added 33 Chinese companies to its Entity List, citing human rights abuses against Uyghurs. Nine "
            "of the entities were cited for their role in mass arbitrary detention in Xinjiang. Among them is Zelposa "
            "Technologies.\n\nThe other 24 were added for supporting procurement of items for military end-use in China. "
            "They include cybersecurity company Velhoo 360 Technology.")
    got = facts(extractor, text)
    assert not any(s.startswith("Uyghur") for s, _p, _o in got)
    assert ("Velhoo 360 Technology", "alleged", "Mass arbitrary detention and internment") not in got
    text = ("Prosecutors said the workers at a factory site of Chinese carmaker Velyd had their passports confiscated, "
            "conditions they described as analogous to slavery.")
    assert ("alleged", "Use of forced labor") in kinds(extractor, text, "Velyd")
    text = "Bonds of China Zelrong Asset Management fell sharply on Monday after it delayed its results."
    assert any(s.startswith("China Zelrong") for s, _p, _o in facts(extractor, text + " Zelrong is based in Beijing."))


def test_final_measure_lessons_of_session_11(extractor):
    # a coined name the tagger took for a person, placed where it is based; an order to app stores
    text = ("China's cyberspace regulator has ordered app stores to stop offering Zeldi Global's ride-hailing app, saying it "
            "illegally collected personal information.\n\nZeldi, based in Beijing, said its users could keep using the app.")
    got = kinds(extractor, text, "Zeldi")
    assert {("based_in", "Beijing"), ("sector", "Internet platforms and e-commerce"),
            ("listed_on", "Ban on operating or selling in a country or state (apps, equipment, services)")} <= got
    # the foreign direct product rule; a unit's work is the unit's
    text = ("U.S. rules that bar companies around the world from supplying chips made with American technology to Chinese "
            "telecoms company Velwei Technologies took effect on Tuesday. A foundry made the processors designed by Velwei's "
            "chip unit Zelsilicon.")
    got = facts(extractor, text)
    assert ("Velwei Technologies", "listed_on", "Commerce foreign direct product rule (chips made with U.S. technology)") in got
    assert ("Velwei Technologies", "sector", "Semiconductors") not in got
    # a rule that also covers others' gear; an AI firm is not also "a technology firm"
    text = ("The FCC banned approvals of new equipment from Zeltera Communications, a Shenzhen-based radio maker. The rule, "
            "adopted on Friday, also covers cameras from Velvision Digital Technology.")
    assert ("listed_on", "FCC Covered List") in kinds(extractor, text, "Velvision")
    text = "Zelflytek Co, China's biggest maker of voice recognition software, is one of eight Chinese technology firms on the list."
    got = kinds(extractor, text, "Zelflytek")
    assert ("sector", "Speech and voice recognition") in got and ("sector", "Information technology and software") not in got
    text = "Chinese carmaker Velio said it would use the money to develop new technology."
    assert ("sector", "Information technology and software") not in kinds(extractor, text, "Velio")
    text = "Zelpush, the technology company based in Shenzhen, said it would appeal."
    assert ("sector", "Information technology and software") in kinds(extractor, text, "Zelpush")
    text = ("Zeltree Robotics, the Chinese maker of robot dogs, has begun preparing for an initial public offering, according "
            "to a filing with securities regulators in Zhejiang province.")
    assert ("operates_in", "Zhejiang") not in kinds(extractor, text, "Zeltree")
    text = "The U.S. put the company Zelsense Group on a blacklist over its facial recognition technology's use against Uyghurs."
    assert ("alleged", "Complicity in the repression of Uyghurs and other Muslim minorities") in kinds(extractor, text, "Zelsense")


def test_companies_known_by_what_only_a_company_has_or_does(extractor):
    # shareholders and a settlement's penalty make a company of a name the rules had no cue for
    text = ("Shareholders of Zeldo Global voted on Monday to delist the ride-hailing company from the New York Stock "
            "Exchange. The Beijing-based company has been under a cybersecurity review.")
    assert {("based_in", "Beijing"), ("sector", "Internet platforms and e-commerce")} <= kinds(extractor, text, "Zeldo")
    text = ("Velkin Coffee has agreed to pay a $180 million penalty to settle charges that it defrauded investors by "
            "misstating its revenue. The Xiamen-based company did not admit or deny the allegations.")
    got = kinds(extractor, text, "Velkin")
    assert {("alleged", "Fraud, bribery, tax evasion and money laundering"), ("based_in", "Xiamen")} <= got
    assert not any(p == "denies" for p, _o in got)    # a settlement's formula, not a denial
    # a coined name with a lower-case first letter, in an enumeration after a long description of the group
    text = ("A report has identified dozens of Chinese companies that supply surveillance systems used to track Uyghurs "
            "in Xinjiang, including Zelvision Digital Technology and iZeltek.")
    assert ("alleged", "Complicity in the repression of Uyghurs and other Muslim minorities") in kinds(extractor, text, "iZeltek")
    # the brands the members supply are not members
    text = ("The department added 11 Chinese companies implicated in human rights violations in Xinjiang to its "
            "economic blacklist, including suppliers to major brands such as Zelmart and Velboss.")
    assert not {s for s, _p, _o in facts(extractor, text)} & {"Zelmart", "Velboss"}


def test_a_headline_short_name_of_several_words_and_a_units_own_facts(extractor):
    text = ("Police forensics firm Zelya Pico among Chinese companies blacklisted\n\nXiamen Zelya Pico Information Co, a "
            "maker of digital forensics tools, is one of eight Chinese companies the U.S. Commerce Department has put on "
            "its Entity List. The department said the companies had been implicated in the repression of Uighurs in Xinjiang.")
    got = facts(extractor, text)
    assert {s for s, _p, _o in got} == {"Xiamen Zelya Pico Information Co"}
    assert {("Xiamen Zelya Pico Information Co", "sector", "Cybersecurity"),
            ("Xiamen Zelya Pico Information Co", "linked_to", "Xinjiang")} <= got
    text = ("Zeltgrande Group said its chairman had been detained. Its onshore unit Velda Real Estate Group was "
            "investigated for suspected violations of disclosure rules.")
    got = {(t.subject, t.predicate) for t in extractor.extract(text_doc(text)) if t.extractor != "kg-rules/model"}
    assert ("Velda Real Estate Group", "alleged") in got and ("Zeltgrande Group", "alleged") not in got   # (the rules')


def test_lessons_of_session_11s_final_measure(extractor):
    # an accusation whose match began before the list's name; a member in "the additions, which also included"
    text = ("Washington added the video surveillance giant Zelvik to a trade blacklist over the treatment of Muslim "
            "minorities in Xinjiang.")
    assert ("alleged", "Complicity in the repression of Uyghurs and other Muslim minorities") in kinds(extractor, text, "Zelvik")
    text = ("Velbricon Technologies was among 36 Chinese companies that the U.S. Commerce Department added to its Entity List. "
            "The department said the additions, which also included memory chipmaker Zeltze Memory Technologies, were meant "
            "to stop China from using advanced chips.")
    assert ("listed_on", "Commerce Entity List (BIS trade blacklist)") in kinds(extractor, text, "Zeltze")
    # a law described by what it bans: its programme, and no accusation of the company from its words
    text = ("The Xi'an-based solar maker Velgi's panels were detained by U.S. customs under a law that bans imports made "
            "with forced labor in Xinjiang. Velgi said its supply chain had no links to forced labor.")
    got = kinds(extractor, text, "Velgi")
    assert ("listed_on", "Uyghur Forced Labor Prevention Act import ban (UFLPA Entity List)") in got
    assert ("linked_to", "Xinjiang") not in got
    text = "Zelgi Green Energy will supply technology to a new solar panel factory in Ohio."
    assert ("sector", "Information technology and software") not in kinds(extractor, text, "Zelgi")
    # a trade named by its own words; an app the company launches is its own
    for text, sector in (("Zelidu, China's leading internet search engine, raised $109 million.", "Internet platforms and e-commerce"),
                         ("Zelcosco Shipping, the world's third-largest container shipping line, diverted ships.",
                          "Shipping and logistics"),
                         ("Zeltrip, China's largest online travel agency, bought a British website.",
                          "Internet platforms and e-commerce"),
                         ("A blow to game publishers such as Zelcent Holdings.", "Gaming")):
        assert ("sector", sector) in kinds(extractor, text, text[:4].strip() if not text.startswith("A ") else "Zelcent")
    text = ("Zeltuan, China's largest food delivery company, has launched its Velta delivery app in Hong Kong.")
    assert {s for s, _p, _o in facts(extractor, "Zeltuan launches food delivery app Velta\n\n" + text)} == {"Zeltuan"}
    # accusations the vocabulary now knows
    text = ("Regulators ordered an overhaul of Zelant Group. The central bank said Zelant had used its market dominance to "
            "exclude competitors.")
    assert ("alleged", "Anti-competitive conduct (abuse of dominance, monopoly)") in kinds(extractor, text, "Zelant")
    text = "Employees at Chinese e-commerce company Zelduo have described working 11 to 12 hours a day."
    assert ("alleged", "Labor abuses and poor working conditions") in kinds(extractor, text, "Zelduo")


def test_lessons_of_the_first_measure_of_session_12(extractor):
    # a place-prefixed name is not a listed sibling that shares its first words; "CGN" is the group named in full
    text = ("Congressional investigators found modems on cranes made by Shanghai Zelhua Heavy Industries. The Shanghai-based "
            "firm, known as ZLPMC, makes most of the cranes used at American ports.")
    got = facts(extractor, text)
    assert ("Shanghai Zelhua Heavy Industries", "based_in", "Shanghai") in got
    text = ("Velchina blacklists top nuclear power company\n\nThe U.S. Commerce Department has added China Zelneral Nuclear "
            "Power Group and three of its affiliates to its Entity List. CZN did not respond to a request for comment.")
    assert {s for s, _p, _o in facts(extractor, text) if "Zelneral" in s or s == "CZN"} == {"China Zelneral Nuclear Power Group"}
    # the rest of a group, named later, is accused as the company named with it
    text = ("The U.S. Commerce Department added supercomputer maker Zelgon and four other Chinese entities to its Entity List, "
            "saying they were involved in activities contrary to U.S. national security interests.\n\nThe others are chip "
            "designer Velgon and the Zelnan Institute of Computing Technology.")
    assert ("alleged", "National security risk") in kinds(extractor, text, "Velgon")
    # a cybersecurity review names a company; a platform named after its trade is its owner's
    text = ("China's cyberspace regulator launched cybersecurity reviews of Zeltruck Alliance and online recruitment platform "
            "Velss Zhipin, citing risks to national data security. Velss Zhipin is operated by Beijing-based Zelzhun.")
    got = facts(extractor, text)
    assert ("Zeltruck Alliance", "alleged", "National security risk") in got
    assert ("Zelzhun", "sector", "Internet platforms and e-commerce") in got
    # a placed description after a verb refers back; "bans Americans from investing"
    text = ("A judge blocked a designation of Zelkung Technology. The Pentagon had named the Beijing-based provider of mapping "
            "services a military company.")
    assert ("based_in", "Beijing") in kinds(extractor, text, "Zelkung")
    text = ("The exchange will delist Zelmobile Ltd to comply with an executive order that bans Americans from investing in "
            "companies tied to China's military.")
    assert ("listed_on", "Treasury NS-CMIC list (Chinese military-industrial complex investment ban)") in kinds(extractor, text, "Zelmobile")
    # accusations and measures the vocabulary now knows
    cases = (("The Treasury imposed sanctions on Zelocean Fishing Co, accusing it of abusing crew members on its vessels.",
              "Zelocean", "alleged", "Labor abuses and poor working conditions"),
             ("Zelgene Group, the Chinese genomics company, had developed its prenatal tests with the People's Liberation Army.",
              "Zelgene", "alleged", "Ties to China's military and military-civil fusion"),
             ("Zelgene Group, the Chinese genomics company, stored genetic data from millions of women.",
              "Zelgene", "alleged", "Data privacy concerns"),
             ("Lawmakers warned that modules made by Chinese module maker Zeltel could be used to collect data.",
              "Zeltel", "alleged", "Data privacy concerns"),
             ("Italy's data authority ordered Chinese AI startup Zelseek to block its chatbot in the country.",
              "Zelseek", "listed_on", "Ban on operating or selling in a country or state (apps, equipment, services)"),
             ("Zelmobile Ltd, the world's largest mobile carrier by subscribers, said the move would have little effect.",
              "Zelmobile", "sector", "Telecommunications"))
    for text, name, predicate, obj in cases:
        assert (predicate, obj) in kinds(extractor, text, name), text


def test_lessons_of_the_second_round_of_session_12(extractor):
    # a maker named in a clause though the tagger took it for a place; an affiliate's owner is not the company meant
    text = ("Abu Dhabi-backed Zelvyn Holdings will invest $738 million in Velo, buying a stake held by a Zelcent affiliate, "
            "giving the Shanghai-based electric carmaker a lifeline.\n\nVelo, which sells premium electric cars, said the "
            "investment would help.")
    got = facts(extractor, text)
    assert ("Velo", "based_in", "Shanghai") in got
    assert not any(s.startswith(("Abu Dhabi", "Zelcent")) for s, _p, _o in got)
    # "the Qingdao-based group" is the company named as a group
    text = ("Qingdao Zelier, the listed arm of Chinese home appliance maker Zelier Group, completed its purchase of an "
            "American appliance business. The deal makes the Qingdao-based group one of the biggest sellers of appliances.")
    assert ("Zelier Group", "based_in", "Qingdao") in facts(extractor, text)
    # an apposition on a name the text does not make a company's is not the subject's trade
    text = "Chinese appliance maker Zelmea Group completed its takeover of Kuka, the German maker of industrial robots."
    assert ("sector", "Robotics") not in kinds(extractor, text, "Zelmea")
    # an order to cease operations; a ban on departments buying; helping the state acquire technology
    text = ("Canada ordered Zelvision Digital Technology to cease operations in the country, and banned government "
            "departments from buying its products.")
    got = kinds(extractor, text, "Zelvision")
    assert ("listed_on", "Ban on operating or selling in a country or state (apps, equipment, services)") in got
    text = ("The Commerce Department added Zeltech Technology to the Entity List, saying it had helped the Chinese government "
            "acquire sensitive semiconductor manufacturing technology.")
    assert ("alleged", "Subject to Chinese government control or influence") in kinds(extractor, text, "Zeltech")
    # rules on illegal products are no financial rules
    text = "EU says online marketplace Zelmu breached rules on illegal products, such as unsafe toys."
    got = kinds(extractor, text, "Zelmu")
    assert ("alleged", "Sale of unsafe, contaminated, illegal or counterfeit products") in got
    assert not any("financial rules" in o for _p, o in got)


def test_lessons_of_the_third_round_of_session_12(extractor):
    # a name the tagger split at the place it opens with, added to a list; a placed producer "of PVC plastic"
    text = ("The Department of Homeland Security added Xinjiang Zelongtai Chemical and two of its subsidiaries to its list "
            "of companies whose goods are banned under the Uyghur Forced Labor Prevention Act. The Urumqi-based producer of "
            "PVC plastic takes part in labor transfer programs.")
    got = kinds(extractor, text, "Zelongtai")
    assert {("listed_on", "Uyghur Forced Labor Prevention Act import ban (UFLPA Entity List)"), ("based_in", "Urumqi")} <= got
    # "China's X"; "accused X of"; based in a city "in southern China"
    assert ("sector", "Automotive and electric vehicles") in kinds(
        extractor, "China's Zelbyd sold more battery-powered cars than any rival. The Shenzhen-based carmaker said so.", "Zelbyd")
    text = ("India's financial crime agency has accused Zelvo of sending billions of dollars out of India to avoid paying "
            "taxes. Zelvo, based in Dongguan in southern China, said it would fight the allegations.")
    assert {("alleged", "Fraud, bribery, tax evasion and money laundering"), ("based_in", "Dongguan")} <= kinds(extractor, text, "Zelvo")
    # a platform or a chain in apposition introduces a company
    text = "Shares of Zelibili, a Chinese video-sharing platform popular with young people, opened flat in Hong Kong."
    assert ("sector", "Social media and messaging") in kinds(extractor, text, "Zelibili")
    text = "Velkin Coffee, the Chinese coffee chain that aims to overtake Starbucks, rose in its Nasdaq debut."
    assert ("sector", "Food and agriculture") in kinds(extractor, text, "Velkin")
    # a maker of another trade's parts; a company's customers are not its trade; the platform it runs is its own
    text = ("Zelamperex Technology, the world's largest maker of electric car batteries, will build a plant in Hungary to "
            "supply carmakers including BMW.")
    got = kinds(extractor, text, "Zelamperex")
    assert ("sector", "Batteries and energy storage") in got and ("sector", "Automotive and electric vehicles") not in got
    text = "Zelant, based in Hangzhou, runs Velipay, China's largest mobile payments platform, and said it would return money."
    assert {s for s, _p, _o in facts(extractor, text)} == {"Zelant"}
    assert ("sector", "Digital payments") in kinds(extractor, text, "Zelant")
    # what a licence lets a company and its subsidiary do is their trade
    text = ("The FCC voted to revoke the authority of Zelcific Networks Corp and its subsidiary VelNet to provide "
            "telecommunications services in the United States.")
    assert ("sector", "Telecommunications") in kinds(extractor, text, "Zelcific")
    # the reason officials cited for stopping a deal is the buyer's
    text = ("Germany's cabinet is set to block Zeltai Group from buying a German maker of metals. Zeltai withdrew its bid. "
            "Officials had cited risks to public order and security.")
    assert ("alleged", "National security risk") in kinds(extractor, text, "Zeltai")


def test_lessons_of_the_fourth_round_of_session_12(extractor):
    # a removal from a list of sanctioned companies; a government's ban on an app; suspended downloads
    text = "The U.S. Treasury Department removed Zelcosco Tanker Co from its list of sanctioned companies on Friday."
    assert ("listed_on", "OFAC Specially Designated Nationals list") in kinds(extractor, text, "Zelcosco")
    text = "Nepal's government has banned ZelTok, saying the short-video app was disrupting social harmony. ZelTok did not respond."
    assert ("listed_on", "Ban on operating or selling in a country or state (apps, equipment, services)") in kinds(extractor, text, "ZelTok")
    text = ("South Korea's regulator suspended new downloads of the VelSeek chatbot app, saying the Chinese artificial "
            "intelligence startup had failed to comply with personal data protection rules.")   # (tagged a product)
    got = kinds(extractor, text, "VelSeek")
    assert ("listed_on", "Ban on operating or selling in a country or state (apps, equipment, services)") in got
    assert ("sector", "Artificial intelligence") in got
    # a company paired with one the tagger calls an organisation; products named together after "its"
    text = ("The agency warned operators against using software and hardware from Huawei and ZTE, saying the "
            "equipment posed a security threat.")
    assert ("alleged", "National security risk") in kinds(extractor, text, "ZTE")
    text = ("Zelibaba Group Holding said it would split into six businesses. The new units include its Zelbao and Velmall "
            "shopping platforms and its logistics arm Zelniao. The Hangzhou-based company's shares jumped.")
    got = facts(extractor, text)
    assert not any(s in ("Zelbao", "Velmall") for s, _p, _o in got)
    assert ("Zelibaba Group Holding", "based_in", "Hangzhou") in got
    # removals from government buildings; a U.S. list of threats to national security; CBP's order to hold imports
    text = "Australia's defence department will remove surveillance cameras made by Zelvision from its buildings."
    assert ("listed_on", "Ban on government devices (apps and equipment)") in kinds(extractor, text, "Zelvision")
    text = ("Zeltera Communications, a radio maker, is on a U.S. list of companies whose equipment is deemed a threat to "
            "national security.")
    assert ("listed_on", "FCC Covered List") in kinds(extractor, text, "Zeltera")
    text = ("U.S. Customs and Border Protection issued an order to hold imports of cotton made by the Xinjiang Zelduction "
            "and Construction Corps, citing forced labor.")
    assert ("listed_on", "CBP withhold release order (import ban)") in kinds(extractor, text, "Zelduction")
    # accusations the vocabulary now knows
    text = ("Both Chinese companies, Zelvision Co and Velhua Co, are partly owned by the Chinese state, and could be forced to "
            "share data with Beijing's intelligence services.")
    got = kinds(extractor, text, "Zelvision")
    assert {("alleged", "Subject to Chinese government control or influence"), ("alleged", "Data privacy concerns")} <= got
    text = "The World Bank barred Zelcom Construction Co from its contracts after finding evidence of collusion in a road project."
    assert ("alleged", "Fraud, bribery, tax evasion and money laundering") in kinds(extractor, text, "Zelcom")


def test_lessons_of_session_12_final_measure(extractor):
    # the 1260H list in the Pentagon's own words; a military accusation in "used by China's military"
    text = ("The U.S. Defense Department added nine Chinese companies to its list of firms with alleged ties to the military, "
            "including chip designer Zelwin Semiconductor.")
    assert ("listed_on", "DoD Section 1260H list of Chinese military companies") in kinds(extractor, text, "Zelwin")
    text = ("The administration added chip designer Zeltium Information Technology to its Entity List, saying it helped build "
            "supercomputers used by China's military.")
    assert ("alleged", "Ties to China's military and military-civil fusion") in kinds(extractor, text, "Zeltium")
    # government-device bans in new words (not a procurement ban: "from buying its products")
    text = "A state law barred government agencies from using drones made by Zeljiang Innovations, citing data security."
    assert ("listed_on", "Ban on government devices (apps and equipment)") in kinds(extractor, text, "Zeljiang")
    text = "The U.S. Army has ordered its units to stop using drones made by China's Zeljiang."
    assert ("listed_on", "Ban on government devices (apps and equipment)") in kinds(extractor, text, "Zeljiang")
    # a measure weighed is not taken
    text = "Zelwei said nothing. Poland is weighing whether to exclude the Chinese telecoms equipment maker Zelwei from its 5G network."
    assert not any(p == "listed_on" for p, _o in kinds(extractor, text, "Zelwei"))


def test_names_of_session_12_final_measure(extractor):
    # a name the tagger split, introduced by a Chinese description; a sector in its words
    text = ("Shares of Zelfu Spring, China's largest bottled water company, jumped on their first day of trading.\n\n"
            "The Hangzhou-based company also sells teas.")
    got = kinds(extractor, text, "Zelfu Spring")
    assert {("sector", "Food and agriculture"), ("based_in", "Hangzhou")} <= got
    # a company that answers back is not a product of its owner
    text = ("Google suspended the shopping app of Chinese e-commerce company Velduoduo after finding malware in it. "
            "Velduoduo, which is owned by Zel Holdings, rejected the claims.")
    got = facts(extractor, text)
    assert ("Velduoduo", "alleged", "Malware and spyware in its products") in got
    assert not any(s == "Zel Holdings" and p == "alleged" for s, p, _o in got)
    # someone of the company is no company; the description names the company
    text = ("Zelsun International, the Chinese conglomerate, has bought a football club.\n\n"
            "Guo Zelchang, the chairman of the Shanghai-based group, said the club would grow.")
    got = facts(extractor, text)
    assert ("Zelsun International", "based_in", "Shanghai") in got
    assert not any(s.startswith("Guo") for s, _p, _o in got)
    # a company abroad a Chinese group owns, and the description of it placed abroad
    text = ("Zelvo Cars, the Swedish carmaker owned by China's Zelly Holding Group, raised money in its listing.\n\n"
            "The Gothenburg-based company plans to sell only electric cars. Zelly bought Zelvo Cars in 2010.")
    got = kinds(extractor, text, "Zelvo")
    assert {("sector", "Automotive and electric vehicles"), ("based_in", "Gothenburg")} <= got
    # an arm named by its trade
    text = "Zel Logistics, the delivery arm of Chinese online retailer Zel.com, raised $3 billion in its listing."
    assert ("sector", "Shipping and logistics") in kinds(extractor, text, "Zel Logistics")


def test_lessons_of_the_first_round_of_session_13(extractor):
    # a trade the name carries, for a company the text calls Chinese and gives no other trade
    text = "Wuhan Zelxin Semiconductor Manufacturing Co, a project backed by the city, is short of money."
    assert ("sector", "Semiconductors") in kinds(extractor, text, "Zelxin")
    text = "The United States imposed sanctions on China's Bank of Zelun, accusing it of handling transactions for Iranian banks."
    got = kinds(extractor, text, "Zelun")
    assert ("sector", "Banking, insurance, investment and financial services") in got
    assert ("alleged", "Export control or sanctions violations") in got
    # (not a foreign one's: "Sempra Energy, based in San Diego")
    text = "Zelco Energy, based in Charlotte, North Carolina, is selling its hydropower business in Brazil to China Three Zelges."
    assert not kinds(extractor, text, "Zelco")
    # a name the tagger reads on past a trade word; a local unit of a Chinese group is not foreign, and goes by its brand
    text = ("The mine is run by Myanmar Zelbao Mining Copper, a subsidiary of Chinese arms maker China North Zeldustries Corp, "
            "in a joint venture with a conglomerate controlled by the military. Zelbao said it respected the law.")
    got = facts(extractor, text)
    assert ("Myanmar Zelbao Mining Copper", "sector", "Metals and mining (steel, aluminium, rare earths)") in got
    assert ("China North Zeldustries Corp", "sector", "Defence and weapons") in got
    assert ("China North Zeldustries Corp", "sector", "Diversified conglomerates") not in got
    # members named over several sentences, and "the companies" after them
    text = ("The Commerce Department said it had added 11 Chinese companies implicated in human rights violations against "
            "Uighurs in Xinjiang to its economic blacklist, including suppliers to Apple and Google.\n\n"
            "Among them is Nanchang Zel-Film Tech, which makes touchscreens, and ZTK Group, a maker of train interiors. "
            "Hefei Zelling, a home appliance maker, and Zelyuan Technology were also named. The department said the companies "
            "had been involved in the use of forced labour.")
    got = facts(extractor, text)
    for name in ("Nanchang Zel-Film Tech", "ZTK Group", "Hefei Zelling", "Zelyuan Technology"):
        assert (name, "listed_on", "Commerce Entity List (BIS trade blacklist)") in got
        assert (name, "alleged", "Use of forced labor") in got
    assert ("ZTK Group", "sector", "Rail and rolling stock") in got
    assert not any(s in ("Apple", "Google") for s, _p, _o in got)


def test_places_and_purchases_of_session_13(extractor):
    # a port handed to a company; an investor in a country's industry; the company a purchase is of
    text = "Pakistan has handed control of the deep-sea port of Gwadar to state-owned China Zelseas Port Holding Co."
    got = kinds(extractor, text, "Zelseas")
    assert ("operates_in", "Gwadar") in got and ("sector", "Shipping and logistics") in got
    text = "Campaigners say China Zelpetro Corp, the biggest foreign investor in Sudan's oil industry, provides revenue that helps fund the violence in Darfur."
    got = kinds(extractor, text, "Zelpetro")
    assert {("operates_in", "Sudan"), ("alleged", "Human rights abuses")} <= got
    text = ("Orient Zelseas Ltd will sell its terminal in California, meeting a condition for its takeover by China's Zelco "
            "Shipping Holdings.\n\nReviewers had approved Zelco's $6.3 billion purchase of the Hong Kong-based container line.")
    got = facts(extractor, text)
    assert ("Orient Zelseas Ltd", "based_in", "Hong Kong") in got
    assert ("Zelco Shipping Holdings", "based_in", "Hong Kong") not in got
    # trades the vocabulary now knows; sham contracts
    text = "Zeltal Education Group, a Beijing-based after-school tutoring company, fell 70%."
    assert ("sector", "Education and tutoring") in kinds(extractor, text, "Zeltal")
    text = "Zeltower Corp, the world's largest operator of mobile phone towers, raised $6.9 billion."
    got = kinds(extractor, text, "Zeltower")
    assert ("sector", "Telecommunications") in got and ("sector", "Consumer electronics and smartphones") not in got
    text = "A short seller accused Zelhang Holdings, a Chinese maker of passenger drones, of relying on sham sales contracts."
    assert ("alleged", "Fraud, bribery, tax evasion and money laundering") in kinds(extractor, text, "Zelhang")


def test_lessons_of_the_second_round_of_session_13(extractor):
    # "also based in"; a name the lexicon knows, written "China X" elsewhere
    text = ("Regulators criticised both Zelneng Group and China Vanke.\n\n"
            "Vanke, also based in Shenzhen, builds homes in more than 60 Chinese cities.")
    assert ("based_in", "Shenzhen") in kinds(extractor, text, "Vanke")
    # a clause naming an investor between the subject and its verb
    text = "Zeltuya Inc rose 11%. The Hangzhou-based company, backed by Tencent Holdings, sells its cloud platform to brands."
    assert ("sector", "Cloud computing") in kinds(extractor, text, "Zeltuya")
    # "its ... app X" is the owner's, however the list runs
    text = ("India has blocked 43 more mobile apps, including Zelibaba Group's shopping app ZelExpress and its workplace "
            "messaging app ZelTalk, saying they were prejudicial to the country's sovereignty.")
    got = facts(extractor, text)
    assert not any(s == "ZelTalk" for s, _p, _o in got)
    assert ("Zelibaba Group", "listed_on", "India's ban on Chinese apps (IT Act Section 69A)") in got
    # a Chinese place, a trade word and a group word name a company; a product that names its maker is not one
    text = ("Zelco takes stake in Mercedes maker Daimler\n\nBeijing Automotive Group has bought a 5% stake in Daimler. "
            "The state-owned Chinese automaker and Daimler build cars together.")
    got = facts(extractor, text)
    assert ("Beijing Automotive Group", "sector", "Automotive and electric vehicles") in got
    assert not any(s == "Mercedes" for s, _p, _o in got)
    # an investment company by its name; copying another's software; a flaw that lets anyone in
    text = "The stake will be held by China Zel Investment Corp, which is being set up to manage part of the reserves."
    assert ("sector", "Banking, insurance, investment and financial services") in kinds(extractor, text, "Zel Investment")
    text = "Cisco has sued Zelwei Technologies, accusing the Chinese networking equipment maker of copying its router software."
    assert ("alleged", "Intellectual property theft") in kinds(extractor, text, "Zelwei")
    text = "Zelhua Technology released updates after a researcher disclosed a flaw that let anyone download the devices' passwords."
    assert ("alleged", "Security vulnerabilities in products (cybersecurity flaws)") in kinds(extractor, text, "Zelhua")


def test_references_of_session_13(extractor):
    # "which it said": "it" is not what "which" stands for
    text = ("The regulator ordered Zelcent Holdings to give up its exclusive rights and fined it for failing to report its "
            "acquisition of Zel Music Corp, which it said had hurt competition.")
    assert not any(s == "Zel Music Corp" for s, _p, _o in facts(extractor, text))
    # an apposition after the name, when a description named earlier in the sentence came first
    text = ("Zelsai Group has sued the Pentagon.\n\nThe Pentagon added the Shanghai-based company to its list, along with "
            "Zelgtze Memory Technologies Co, China's leading memory chipmaker.")
    got = facts(extractor, text)
    assert ("Zelgtze Memory Technologies Co", "sector", "Semiconductors") in got
    assert ("Zelsai Group", "sector", "Semiconductors") not in got
    # the description a later clause gives: "China's second-largest online retailer"
    text = "Zel.com shares rose 3.5% in Hong Kong, after China's second-largest online retailer raised HK$30.1 billion."
    assert ("sector", "Internet platforms and e-commerce") in kinds(extractor, text, "Zel.com")


def test_lessons_of_the_third_round_of_session_13(extractor):
    # a food processor is no chipmaker; a mobile game's developer; a port arm
    text = "Zelfco Corp, China's biggest food processor and grain trader, agreed to buy a Dutch trader."
    got = kinds(extractor, text, "Zelfco")
    assert ("sector", "Food and agriculture") in got and ("sector", "Semiconductors") not in got
    # a company the text marks by its people; what its employees did
    text = ("Lawmakers grill ZelTok chief\n\nZelTok chief executive Shou Zi Chew faced hostile questioning from lawmakers, who "
            "accused the video app of harming children's mental health and of being under the influence of the Chinese "
            "Communist Party.")
    got = kinds(extractor, text, "ZelTok")
    assert {("alleged", "Harm to children and addictive design"),
            ("alleged", "Subject to Chinese government control or influence")} <= got
    text = "Employees of Zeldance in China repeatedly accessed non-public data about American users, leaked recordings show."
    assert ("alleged", "Data privacy concerns") in kinds(extractor, text, "Zeldance")
    # a rival bought, described by where it is based, does not make the buyer foreign
    text = ("Didi Zelxing, China's dominant ride-hailing company, has bought a controlling stake in Brazilian rival 99, "
            "valuing the Sao Paulo-based startup at about $1 billion. Didi, based in Beijing, had invested in 99 before.")
    got = kinds(extractor, text, "Zelxing")
    assert ("based_in", "Beijing") in got
    # a deal a government blocked: the target stays abroad; the parent a later description names
    text = ("Canada has blocked the C$1.5 billion takeover of construction company Zelcon Group by ZCCC International Holding, "
            "a unit of China Zelcom Construction Company, citing national security concerns.\n\n"
            "Zelcon has worked on highways across Canada. The Chinese parent, a state-owned builder of ports, roads and "
            "bridges, was barred by the World Bank from its projects for eight years over fraud.")
    got = facts(extractor, text)
    assert not any(s.startswith("Zelcon") for s, _p, _o in got)
    assert ("ZCCC International Holding", "alleged", "National security risk") in got
    assert {("China Zelcom Construction Company", "listed_on", "Debarment or ban from public procurement and tenders"),
            ("China Zelcom Construction Company", "alleged", "Fraud, bribery, tax evasion and money laundering")} <= got
    # a cabinet blocking a sale bans no one's operations
    text = "Germany's cabinet has blocked the sale of Zelmst, a radar maker, to Zeldsino Co, a unit of a Chinese missile maker."
    assert not any(p == "listed_on" for s, p, _o in facts(extractor, text))


def test_licences_and_list_mates_of_session_13(extractor):
    # "their authority to provide telecommunications services"; a list-mate named as listed ones are
    text = ("The FCC on Friday ordered Zel Telecom Americas, Vel Unicom Americas, Zelfic Networks and its subsidiary KomNet to "
            "explain why it should not revoke their authority to provide telecommunications services in the United States. "
            "Zel Telecom Americas, a unit of state-owned Zel Telecom, has operated there for two decades.")
    got = facts(extractor, text)
    for name in ("Zel Telecom Americas", "Vel Unicom Americas", "Zelfic Networks", "KomNet"):
        assert (name, "sector", "Telecommunications") in got
    # a religious group is no company
    text = "ZelTok instructed its moderators to censor videos that mention the banned religious group Falun Gong."
    got = facts(extractor, text)
    assert ("ZelTok", "alleged", "Aiding censorship and political repression") in got
    assert not any(s == "Falun Gong" for s, _p, _o in got)


def test_lessons_of_the_fourth_round_of_session_13(extractor):
    # a foreign group's arm named for its country; a possessor's listing; a share of a market made
    text = ("Zelly Holding Group will buy a 34% stake in Renault Korea Motors, as the Chinese carmaker and France's Renault "
            "develop hybrid cars.")
    got = facts(extractor, text)
    assert ("Zelly Holding Group", "sector", "Automotive and electric vehicles") in got
    assert not any(s == "Renault Korea Motors" for s, _p, _o in got)
    text = ("Zelfax Holding raised $2.36 billion in its listing in New York.\n\nThe Shanghai-based company arranges loans. Its "
            "debut comes days before Zelant Group's record listing in Hong Kong.")
    got = facts(extractor, text)
    assert ("Zelfax Holding", "operates_in", "Hong Kong") not in got
    text = "The alert did not name a company, but Shenzhen-based Zeljiang Technology makes nearly 80% of the drones used in Canada."
    assert ("sector", "Drones and unmanned aerial vehicles") in kinds(extractor, text, "Zeljiang")
    # (but a business bought is the buyer's: "agreed to buy Zelco Energy's hydropower business in Brazil")
    text = "China Three Zelges Corp agreed to buy Zelco Energy's hydropower business in Brazil for $1.2 billion."
    assert ("operates_in", "Brazil") in kinds(extractor, text, "Three Zelges")
    # a railway built between two cities; a Chinese place, trade words and "International" name a company
    text = ("China Railway International, a unit of state-owned China Railway Corp, has signed a deal to build a $5.5 billion "
            "high-speed railway between Jakarta and Bandung.")
    got = kinds(extractor, text, "China Railway International")
    assert ("sector", "Rail and rolling stock") in got and ("operates_in", "Jakarta") in got
    # what a company's products do; descriptions headed by what the company is
    text = "Shares of Zelgora Inc, whose software lets apps add live video and voice chat, more than doubled."
    assert ("sector", "Social media and messaging") in kinds(extractor, text, "Zelgora")
    text = "Zelfosun Pharma, a unit of Zelsun International, said nothing. The Shanghai-based drugmaker will run trials in China."
    assert ("based_in", "Shanghai") in kinds(extractor, text, "Zelfosun")
    text = "Prosecutors said officers ran the campaign through Zelnan Xiandun Technology Co, a front company, which hired hackers."
    assert ("alleged", "Hacking and cyberattacks") in kinds(extractor, text, "Xiandun")


def test_lessons_of_session_13s_final_measure(extractor):
    # a defence bill's procurement ban on companies named in the next sentence, and what "their equipment" is said to do
    text = ("The president signed a defense policy bill that bars U.S. government agencies from buying video surveillance "
            "equipment from three Chinese companies. The companies named in the law are Zelvision Technology, Zelhua "
            "Technology and Zeltera Communications. Lawmakers said their equipment could be used by Beijing for spying.")
    got = facts(extractor, text)
    for name in ("Zelvision Technology", "Zelhua Technology", "Zeltera Communications"):
        assert (name, "listed_on", "NDAA ban on Pentagon or federal procurement") in got
        assert (name, "alleged", "Espionage") in got
    # (another law that bars agencies from buying is not the defence bill)
    text = ("The penalties, imposed under a law that targets suppliers of weapons technology to Iran, bar U.S. government "
            "agencies from buying goods from Zelinco Industries Corp for two years.")
    assert not any(o == "NDAA ban on Pentagon or federal procurement" for _s, _p, o in facts(extractor, text))
    # descriptions headed by "service"; what "the maker of" makes (not what "the company of" is accused of)
    text = "Zelbo Corp, the Twitter-like microblogging service controlled by Zina, rose 19% in its Nasdaq debut."
    assert ("sector", "Social media and messaging") in kinds(extractor, text, "Zelbo")
    text = ("Zeltec Corp said it would appeal. The Commerce Department banned American companies from selling parts to the "
            "Shenzhen-based maker of network gear and phones for seven years.")
    assert ("sector", "Telecommunications") in kinds(extractor, text, "Zeltec")
    text = "Zelwei Technologies Co said little. An indictment accuses the company of bank fraud and of violating sanctions on Iran."
    assert not any(p == "sector" for p, _o in kinds(extractor, text, "Zelwei"))
    # a food delivery "and ... platform"
    text = "Zeltuan Dianping, China's biggest food delivery and restaurant review platform, rose 5.7% in Hong Kong."
    assert ("sector", "Internet platforms and e-commerce") in kinds(extractor, text, "Zeltuan")


def test_names_a_later_sentence_or_a_product_introduces(extractor):
    # the owner of an app is the company; the app it must shut down is its own; its founder is not the company
    text = ("China's media regulator has ordered ZelDance, the owner of the popular news app Zelri Toutiao, to permanently shut "
            "down its joke-sharing app Zelhan Duanzi.\n\nZhang Yiming, the Beijing-based company's founder, apologised.")
    got = facts(extractor, text)
    assert ("ZelDance", "based_in", "Beijing") in got
    assert ("ZelDance", "listed_on", "Ban on operating or selling in a country or state (apps, equipment, services)") in got
    assert not any(s in ("Zhang Yiming", "Zelri Toutiao", "Zelhan Duanzi") for s, _p, _o in got)
    # a name that opens a sentence, described as a Chinese company by the next one
    text = ("Zeldi Chuxing has suspended its carpooling service after a passenger was killed by a driver.\n\nPolice accused "
            "the Beijing-based ride-hailing company of ignoring complaints and failing to protect passengers' safety.")
    got = kinds(extractor, text, "Zeldi")
    assert ("based_in", "Beijing") in got and ("sector", "Internet platforms and e-commerce") in got
    assert ("alleged", "Failures to protect passengers' and users' safety") in got
    # (a foreign description in the next sentence introduces no Chinese company)
    text = "Zelber Chuxing has suspended its carpooling service.\n\nThe San Francisco-based company said it would review safety."
    assert not any(s.startswith("Zelber") for s, _p, _o in facts(extractor, text))
    # "apps run by" a company; "the order" that does something is the measure just named
    text = ("India has banned 118 more mobile apps with links to China, including PUBG Mobile, which Zelcent Holdings publishes "
            "in the country. The order also blocks apps run by Zeldu.")
    assert ("listed_on", "India's ban on Chinese apps (IT Act Section 69A)") in kinds(extractor, text, "Zeldu")


def test_a_mergers_result_and_other_descriptions_refer_back(extractor):
    text = ("Zelsteel Group and Zelhan Iron and Steel Group have merged to form China Zelwu Steel Group, the world's "
            "second-largest steelmaker. The Shanghai-based group will cut capacity.")
    got = facts(extractor, text)
    assert ("China Zelwu Steel Group", "based_in", "Shanghai") in got
    assert ("Zelsteel Group", "based_in", "Shanghai") not in got
    text = ("Morgan Stanley will sell a 9.9% stake to China Zelvestment Corp, China's $200 billion sovereign wealth fund. "
            "The Beijing-based fund will have no role in running the bank.")
    assert ("based_in", "Beijing") in kinds(extractor, text, "Zelvestment")
    text = ("The Department of Homeland Security warned that cameras made by Hangzhou Zelvision Digital Technology have a flaw "
            "that could let a remote attacker take control of them.")
    assert ("alleged", "Security vulnerabilities in products (cybersecurity flaws)") in kinds(extractor, text, "Zelvision")


def test_lessons_of_the_first_round_of_session_14(extractor):
    # names in the words of a state group, a university's company, a partnership fund; a description some sentences on
    text = ("Fairchild rejected an offer from China Ocean Microelectronics. China Ocean Microelectronics, a chipmaker "
            "controlled by the state-owned China Ocean conglomerate, had offered more.")
    got = kinds(extractor, text, "Microelectronics")
    assert ("sector", "Semiconductors") in got and ("sector", "Diversified conglomerates") not in got
    text = ("Bank of Beijing asked a court to put Zelking University Founder Group into bankruptcy.\n\nThe Beijing-based group, "
            "which grew out of the university, spans software and steel.")
    assert ("based_in", "Beijing") in kinds(extractor, text, "Founder Group")
    text = ("Zelcerra, a U.S. maker of chip testing equipment, has called off its sale to Hubei Zelyan Equity Investment "
            "Partnership, a fund backed by the Chinese state, after U.S. regulators raised national security concerns.")
    got = kinds(extractor, text, "Zelyan")
    assert ("alleged", "National security risk") in got
    assert ("sector", "Banking, insurance, investment and financial services") in got
    assert not any(s.startswith("Zelcerra") for s, _p, _o in facts(extractor, text))
    text = ("Zelker Innovations has acknowledged that its cameras uploaded thumbnail images of people to its cloud servers. "
            "A researcher found the footage could be viewed through an unencrypted stream.\n\nThe Changsha-based maker of phone "
            "chargers said it would update its privacy policy.")
    got = kinds(extractor, text, "Zelker")
    assert ("based_in", "Changsha") in got and ("alleged", "Data privacy concerns") in got
    text = "Zelker Innovations said its cameras could be viewed through an unencrypted stream."
    assert ("alleged", "Security vulnerabilities in products (cybersecurity flaws)") in kinds(extractor, text, "Zelker")
    text = ("Great Zelwall Motor has opened a factory in Russia's Tula region that will make Zaval sport utility vehicles. "
            "The Baoding-based automaker plans to export some of them.")
    got = kinds(extractor, text, "Zelwall")
    assert ("based_in", "Baoding") in got and ("sector", "Automotive and electric vehicles") in got
    # what only a business has; a headquarters' city
    text = "Hundreds of people lined up outside Zelfo's headquarters in Beijing to ask for their deposits back."
    assert ("based_in", "Beijing") in kinds(extractor, text, "Zelfo")
    text = "Sprint Zeltel excluded Huawei from a contract. Officials called Sprint's chief executive to express worries."
    assert not any(s == "Sprint" for s, _p, _o in facts(extractor, text))


def test_trades_places_and_measures_of_the_first_round_of_session_14(extractor):
    # a clause is no descriptor; batteries for cars are a battery maker's
    text = ("Zel Motor filed for bankruptcy.\n\nThe Shanghai-based company, backed by Zelcent Holdings, stopped making cars "
            "earlier this year and owes suppliers and staff.")
    assert not any(s.startswith("Zelcent") and p == "sector" for s, p, _o in facts(extractor, text))
    text = "Zelamperex Technology, the Chinese maker of batteries for electric cars, will build a factory near Erfurt."
    got = kinds(extractor, text, "Zelamperex")
    assert ("sector", "Batteries and energy storage") in got and ("sector", "Automotive and electric vehicles") not in got
    # flaws found in a maker's products; images from strangers' homes
    text = ("Two researchers said they found vulnerabilities in smart televisions made by Zel Technology, based in Huizhou, "
            "that could let an attacker browse files.")
    assert ("alleged", "Security vulnerabilities in products (cybersecurity flaws)") in kinds(extractor, text, "Zel Technology")
    text = "Zelomi Corp, the Beijing-based smartphone maker, said a user's display showed still images from other people's homes."
    assert ("alleged", "Data privacy concerns") in kinds(extractor, text, "Zelomi")
    # sanctions for selling missile technology; a regulator's block over indecent content; a ban on platforms' sales
    text = ("Turkey chose Zel Precision Machinery Import-Export Corp, which has been under U.S. sanctions for selling missile "
            "technology to Iran.")
    assert any(p == "listed_on" and o.startswith("State Department nonproliferation") for p, o in kinds(extractor, text, "Zel Precision"))
    text = ("Pakistan's telecommunications regulator has blocked ZelTok, the video-sharing app owned by China's ZelDance, saying it "
            "had failed to filter out immoral and indecent content.")
    got = kinds(extractor, text, "ZelDance")   # (the app is its owner's)
    assert ("alleged", "Spreading obscene, indecent or vulgar content") in got
    assert ("listed_on", "Ban on operating or selling in a country or state (apps, equipment, services)") in got
    text = ("ZelTok Holdings has stopped processing online sales in Indonesia, its largest market in Southeast Asia, after the "
            "government barred social media platforms from handling payments for goods.")
    got = kinds(extractor, text, "ZelTok")
    assert ("operates_in", "Indonesia") in got
    assert ("listed_on", "Ban on operating or selling in a country or state (apps, equipment, services)") in got
    text = "Three studios sued ZelMax, the Shanghai-based artificial intelligence startup, accusing it of copyright infringement."
    assert ("alleged", "Intellectual property theft") in kinds(extractor, text, "ZelMax")


def test_what_a_chinese_buyer_buys_abroad(extractor):
    # a company abroad the buyer bought is not the graph's; where it is, the buyer does business
    text = ("Zelcent Holdings has bought the remaining stake in Zelriot Games, the Los Angeles-based developer of League of "
            "Legends.")
    got = facts(extractor, text)
    assert not any(s.startswith("Zelriot") for s, _p, _o in got)
    assert ("Zelcent Holdings", "operates_in", "Los Angeles") in got
    text = ("Zelcent Holdings has agreed to buy Zelumo Group, the Sheffield-based developer of video games, for 919 million "
            "pounds.")
    assert not any(s.startswith("Zelumo") for s, _p, _o in facts(extractor, text))
    text = "Zeljing Enterprises Holdings agreed to buy EEW Energy from Waste for 1.44 billion euros, the biggest Chinese investment in Germany."
    assert ("operates_in", "Germany") in kinds(extractor, text, "Zeljing")
    text = "Zelland Holding Group has agreed to buy 70% of the Atlantic Yards project in Brooklyn from Forest City Ratner."
    assert ("operates_in", "Brooklyn") in kinds(extractor, text, "Zelland")
    text = "Beijing Zelprises buys German waste-to-energy firm ZEW\n\nZEW Energy from Waste operates 18 plants in Germany."
    assert not any(s.startswith("ZEW") for s, _p, _o in facts(extractor, text))
    # a contractor hired to build abroad works there
    text = ("Argentina's state nuclear company has signed an $8 billion contract with China National Zelclear Corp to build a "
            "reactor at the Atucha site near Buenos Aires.")
    assert ("operates_in", "Buenos Aires") in kinds(extractor, text, "Zelclear")
    # (a foreign organisation the sentence is about is what its description names, not the Chinese company before it)
    text = ("Saudi Aramco will buy a stake in Zelsheng Petrochemical and supply the Chinese refiner with crude oil, deepening "
            "the Saudi oil giant's ties with its biggest customer.\n\nZelsheng, based in Hangzhou, runs a refinery.")
    assert ("based_in", "Hangzhou") in kinds(extractor, text, "Zelsheng")


def test_lessons_of_the_second_round_of_session_14(extractor):
    # "A X and Y Group": one name when a trade follows "and"; a name in the form of a web address
    text = "Zelcheng Coal and Electricity Holding Group, a state-owned coal miner in Henan province, has missed a payment."
    assert ("based_in", "Henan") in kinds(extractor, text, "Electricity Holding Group")
    text = "Alibaba agreed to buy Zel.me in a food delivery deal. Zel.me, based in Shanghai, has 3 million restaurants on its app."
    assert ("based_in", "Shanghai") in kinds(extractor, text, "Zel.me")
    # platforms named by their trade; whose control of a market a deal strengthens; the parties to a blocked merger
    text = ("China's market regulator has blocked the merger of Zelya and ZelYu International, the country's two biggest video "
            "game streaming platforms, saying the deal would have strengthened Zelcent Holdings' control of the market. The "
            "regulator said the combination would eliminate and restrict competition. Zelcent is the biggest shareholder in "
            "both Zelya, which is based in Guangzhou, and Wuhan-based ZelYu.")
    got = facts(extractor, text)
    assert ("Zelcent Holdings", "alleged", "Anti-competitive conduct (abuse of dominance, monopoly)") in got
    for name in ("Zelya", "ZelYu"):
        assert (name, "sector", "Gaming") in got
        assert (name, "alleged", "Anti-competitive conduct (abuse of dominance, monopoly)") in got
    # power generators; appliances; defects a buyer cites; inflated numbers and fake users
    text = "State Power Zelvestment Corp, one of China's five biggest power generators, has bought Pacific Hydro."
    got = kinds(extractor, text, "Zelvestment")
    assert ("sector", "Energy") in got and ("sector", "Banking, insurance, investment and financial services") not in got
    text = "Zelea Group, based in Foshan, is one of the world's biggest makers of air conditioners and washing machines."
    assert ("sector", "Consumer electronics and smartphones") in kinds(extractor, text, "Zelea")
    text = ("Albuquerque will return the electric buses it ordered from Zelyd Co, the mayor said, citing problems with brakes, "
            "doors and air conditioning.")
    assert ("alleged", "Sale of unsafe, contaminated, illegal or counterfeit products") in kinds(extractor, text, "Zelyd")
    text = ("Muddy Waters accused ZSX Techedu, the Beijing-based online tutoring company, of inflating its student numbers with "
            "fake users.")
    assert ("alleged", "Fraud, bribery, tax evasion and money laundering") in kinds(extractor, text, "ZSX")
    # (a group in a country where Chinese-run groups are based is not called foreign by its country's adjective)
    text = "Britain imposed sanctions on Zelprince Group, a Cambodian conglomerate, accusing it of running forced-labour scam compounds."
    assert any(p == "listed_on" for p, _o in kinds(extractor, text, "Zelprince"))


def test_lessons_of_the_third_round_of_session_14(extractor):
    # a country's adjective for what a Chinese buyer buys (not for the seller, nor for a deal stopped)
    text = "Changsha Zelion Heavy Industry has led a group of investors in buying Italian concrete machinery maker ZIFA."
    assert ("operates_in", "Italy") in kinds(extractor, text, "Zelion")
    text = "Zeljing Holdings agreed to buy ZEW Energy for 1.44 billion euros from Swedish investor EQT."
    assert ("operates_in", "Sweden") not in kinds(extractor, text, "Zeljing")
    text = "Washington blocked the purchase of a German chip equipment maker by Fujian Zelchip Investment Fund."
    assert ("operates_in", "Germany") not in kinds(extractor, text, "Zelchip")
    # a country that hires a company to build there; control of a country's largest distributor; a branch in a city
    text = "Bolivia has chosen a consortium led by Zelamperex Technology Co Ltd to help develop its lithium reserves."
    assert ("operates_in", "Bolivia") in kinds(extractor, text, "Zelamperex")
    text = ("State Zelgrid Corp of China agreed to buy a stake in CPFL Energia, in a deal that will give the Chinese company "
            "control of Brazil's largest private power distributor.")
    assert ("operates_in", "Brazil") in kinds(extractor, text, "Zelgrid")
    text = "Prosecutors asked a judge to send Zel Bank of China's Milan branch and four of its managers to trial."
    assert ("operates_in", "Milan") in kinds(extractor, text, "Zel Bank")
    text = "Zelco Group agreed to buy the loss-making Smederevo steel mill from the Serbian government."
    assert ("operates_in", "Smederevo") in kinds(extractor, text, "Zelco")
    # Chinese banks by their names (not the central bank's name inside it)
    text = "Industrial and Commercial Bank of China will buy 20% of Standard Bank Group. The Beijing-based lender is the largest."
    assert ("based_in", "Beijing") in kinds(extractor, text, "Industrial and Commercial")
    text = "The People's Bank of China said Zel Group must restructure."
    assert not any(s == "Bank of China" for s, _p, _o in facts(extractor, text))
    # an accusation about another company's plant in a "whose" clause is that company's
    text = ("Zelve Energy, based in Huizhou, is the second battery maker to pick the city, after Zelamperex Technology Co Ltd, "
            "whose plant there has faced protests over pollution.")
    got = facts(extractor, text)
    assert not any(s.startswith("Zelve") and p == "alleged" for s, p, _o in got)
    assert any(s.startswith("Zelamperex") and p == "alleged" for s, p, _o in got)
    # a brand in apposition; forest owners; a fatal crash; the U.S. investment ban in other words
    text = "Zelvatr Technology, the electric vehicle brand backed by state-owned Zelan Automobile, will buy a stake."
    assert ("sector", "Automotive and electric vehicles") in kinds(extractor, text, "Zelvatr")
    text = "Zelno-Forest Corp, one of the largest commercial forest owners in China, denied fraud."
    assert ("sector", "Food and agriculture") in kinds(extractor, text, "Zelno-Forest")
    text = ("Zelomi Corp's shares fell after three students died when a sedan running on its driver-assistance system crashed "
            "into a barrier.")
    assert ("alleged", "Failures to protect passengers' and users' safety") in kinds(extractor, text, "Zelomi")
    text = "Zelsense Group, based in Shanghai, is on a U.S. list of companies that Americans may not invest in."
    assert any(p == "listed_on" and o.startswith("Treasury NS-CMIC") for p, o in kinds(extractor, text, "Zelsense"))


def test_lessons_of_the_fourth_round_of_session_14(extractor):
    # "Its parent" is the owner named for a unit
    text = ("ZELVIZ Network, the smart home camera unit of Hangzhou Zelvision Digital Technology, jumped in its debut.\n\n"
            "Its parent, the world's largest maker of video surveillance equipment, is on a U.S. trade blacklist over the "
            "treatment of Uyghurs in Xinjiang.")
    got = facts(extractor, text)
    assert any(s.startswith("Hangzhou Zelvision") and p == "listed_on" for s, p, _o in got)
    assert any(s.startswith("Hangzhou Zelvision") and p == "alleged" for s, p, _o in got)
    assert not any(s.startswith("ZELVIZ") and p in ("listed_on", "alleged") for s, p, _o in got)
    # a short name the text glosses is the company it names, though a headline named it first
    text = ("Zelgon to merge with Zygon\n\nZygon Information Technology will absorb Dawzel Information Industry, the "
            "supercomputer maker known as Zelgon, in a share swap. Zelgon already owns 28% of Zygon.")
    assert not any(s == "Zelgon" for s, _p, _o in facts(extractor, text))
    # "The Jinzhou-based bank" is the bank its city names; a shareholder in apposition is not "the property developer"
    text = ("Three state firms bought stakes in Bank of Zelzhou. A unit of Industrial and Commercial Bank of China took one. "
            "The Zelzhou-based bank delayed its results.")
    got = facts(extractor, text)
    assert ("Industrial and Commercial Bank of China", "based_in", "Zelzhou") not in got
    text = ("Zelke Holdings' chairman stepped down and executives from its biggest shareholder, state-owned Shenzhen Zeltro "
            "Group, will take over running the property developer.")
    got = facts(extractor, text)
    assert not any(s.startswith("Shenzhen Zeltro") and p == "sector" for s, p, _o in got)
    # a decimal in a suit's amount; quality problems; a sale abroad to a Chinese buyer; a stake in a country's project
    text = ("A unit of Zelkr Intelligent Technology has sued Zelwoda Electric Vehicle Battery for 2.3 billion yuan, saying "
            "batteries it bought from the supplier had quality problems.")
    assert ("alleged", "Sale of unsafe, contaminated, illegal or counterfeit products") in kinds(extractor, text, "Zelwoda")
    text = ("Rio Tinto has agreed to sell its mines in Australia's Hunter Valley to Zelcoal Australia, rejecting a higher offer "
            "from Glencore. Zelcoal Australia is controlled by Zelzhou Coal Mining, a state-owned coal company.")
    assert ("operates_in", "Australia") in kinds(extractor, text, "Zelcoal")
    text = ("Zelpec, a Beijing-based state oil refiner, will take a 5% stake in a unit of Qatar's North Field East expansion "
            "project.")
    assert ("operates_in", "Qatar") in kinds(extractor, text, "Zelpec")
    # a person named with their institution is not a company a later description refers to
    text = ("Chris Zelchak of the U.S. Naval War College said traffic was rerouted through China. They said the state-owned "
            "carrier was helping Chinese intelligence gathering.")
    assert not any(s.startswith("Chris") for s, _p, _o in facts(extractor, text))
    # (nor is "listed in New York" a place of business)
    text = "Zeldu, the Beijing-based search engine operator, fell as Chinese companies listed in New York add a second home."
    assert not any(p == "operates_in" for p, _o in kinds(extractor, text, "Zeldu"))


def test_lessons_of_the_fifth_round_of_session_14(extractor):
    # a company "the country's" describes where a country abroad acts (not a name in China's words)
    text = ("New Zealand's intelligence agency has blocked Zelspark, the country's biggest telecommunications company, from using "
            "Zelwei Technologies equipment in its 5G network, saying it would pose significant network security risks.")
    got = facts(extractor, text)
    assert not any(s.startswith("Zelspark") for s, _p, _o in got)
    assert any(s.startswith("Zelwei") and p == "listed_on" for s, p, _o in got)
    text = ("The United States added China General Zelclear Power Group, the country's largest nuclear power company, to the "
            "Entity List.")
    assert any(p == "listed_on" for p, _o in kinds(extractor, text, "Zelclear"))
    # a foreign company acting for a reason is read as an authority; 5G exclusions in other words
    text = "Zelttel, Vietnam's largest telecoms operator, chose not to use Zelwei Technologies equipment because of security concerns."
    assert ("alleged", "National security risk") in kinds(extractor, text, "Zelwei")
    text = ("India allowed operators to run 5G trials with equipment from Ericsson and Nokia but not from Zelwei Technologies and "
            "ZelTE Corp, effectively shutting the two companies out of the country's 5G networks.")
    got = facts(extractor, text)
    for name in ("Zelwei Technologies", "ZelTE Corp"):
        assert (name, "listed_on", "Ban on a vendor's equipment in 5G and telecom networks") in got
    text = ("France will not renew licences for Zelwei Technologies equipment in the country's 5G networks, effectively phasing "
            "out the Chinese company's gear.")
    assert ("listed_on", "Ban on a vendor's equipment in 5G and telecom networks") in kinds(extractor, text, "Zelwei")
    # what a place's project is built by; a Chinese partner's plant; an oil field abroad
    text = ("Ethiopia and Djibouti have opened a railway built by two Chinese state-owned companies, China Zelway Group and "
            "China Zelvil Engineering Construction Corp, linking Addis Ababa to the port of Djibouti.")
    got = facts(extractor, text)
    for name in ("China Zelway Group", "China Zelvil Engineering Construction Corp"):
        assert (name, "operates_in", "Ethiopia") in got
    text = ("Montenegro has asked the European Union to help it repay a loan that financed a highway being built by China Zelroad "
            "and Bridge Corp.")
    got = kinds(extractor, text, "Zelroad")
    assert ("operates_in", "Montenegro") in got and ("operates_in", "European Union") not in got
    text = ("Volkswagen and its Chinese partner ZAIC Motor have sold their car plant in Urumqi, the capital of Xinjiang, to a "
            "state-owned testing company.")
    assert ("operates_in", "Urumqi") in kinds(extractor, text, "ZAIC")
    text = ("China National Zeloffshore Oil Corp has started construction of the Kingfisher oil field on the shores of Lake "
            "Albert in Uganda.")
    assert ("operates_in", "Uganda") in kinds(extractor, text, "Zeloffshore")
    # the owner of an app by description; a product by its name after "its" (not a nationality)
    text = ("ZelDance has cut the price of its Zoubao large language models.\n\nThe Beijing-based owner of ZelTok said its "
            "chatbot had 26 million users.")
    got = kinds(extractor, text, "ZelDance")
    assert ("based_in", "Beijing") in got and ("sector", "Artificial intelligence") in got
    text = "Investigators said Zelmic Corp had set up a company in Samoa to hide its Chinese identity."
    assert not any(p == "sector" for p, _o in kinds(extractor, text, "Zelmic"))
    # damage to a named river; threatening wildlife
    text = "Environmental groups have accused Zelroad Corp, a Chinese contractor, of damaging the Tara River."
    assert ("alleged", "Environmental damage and pollution") in kinds(extractor, text, "Zelroad")


def test_lessons_of_the_sixth_round_of_session_14(extractor):
    # a headline's nationality is not the next paragraph's; a description "The Wuhu-based ..." tagged as a name
    text = ("Chinese carmakers take over Russia's market as Western brands leave\n\nZelery Automobile has become the best-selling "
            "foreign car brand in Russia this year.\n\nThe Wuhu-based state-owned carmaker sold about 250,000 vehicles in Russia.")
    got = kinds(extractor, text, "Zelery")
    assert ("based_in", "Wuhu") in got and ("operates_in", "Russia") in got
    # a foreign calling ends with its line
    text = ("Zelgong completes purchase of Polish bulldozer maker\n\nGuangxi Zelgong Machinery has completed its purchase of a "
            "Polish maker of bulldozers.\n\nZelgong, based in Liuzhou in southern China, makes wheel loaders and excavators.")
    got = kinds(extractor, text, "Zelgong")
    assert ("based_in", "Liuzhou") in got
    assert ("sector", "Machinery and heavy equipment (cranes, port machinery)") in got
    # "Auto" ends a name; a place after another place the operation is not in
    text = "Zel Auto has cut its delivery forecast.\n\nThe Beijing-based carmaker said it would focus on sales."
    assert ("based_in", "Beijing") in kinds(extractor, text, "Zel Auto")
    text = ("The Shenzhen-based carmaker Zelyd, which already has a plant in Hungary, will be able to sell cars made in Turkey "
            "into the European Union.")
    got = kinds(extractor, text, "Zelyd")
    assert ("operates_in", "Hungary") in got and ("operates_in", "European Union") not in got
    # what a buyer buys after something else happened is not the buyer's country
    text = ("Zelson Electronic has completed its purchase of most of Takata's assets, after the Japanese company filed for "
            "bankruptcy.")
    assert ("operates_in", "Japan") not in kinds(extractor, text, "Zelson")
    # expanding in a country
    text = "Zelssion Holdings, the Shenzhen-based maker of mobile phones, is expanding in India and Bangladesh."
    got = kinds(extractor, text, "Zelssion")
    assert ("operates_in", "India") in got and ("operates_in", "Bangladesh") in got


def test_lessons_of_session_14s_final_measure(extractor):
    # the story's subject, named in the headline and opening the story, described as Chinese but not named there
    text = ("Zeppo and Nokia settle patent fight\n\nZeppo has signed a patent licence with Nokia, ending disputes in which the "
            "Finnish company accused the Chinese smartphone maker of infringing its patents.\n\nCourts had barred Zeppo from "
            "selling phones, and the Dongguan-based company stopped selling phones in Germany.")
    got = kinds(extractor, text, "Zeppo")
    assert ("based_in", "Dongguan") in got and ("alleged", "Intellectual property theft") in got
    # (not a subject the description is another's apposition to)
    text = ("Google cuts off Zelmi cameras\n\nGoogle has disabled the link between its displays and Zelmi cameras.\n\nZelmi, the "
            "Beijing-based smartphone maker, blamed a caching problem.")
    assert kinds(extractor, text, "Google") == set()
    # Chinese banks listed after their description; helping a country avoid sanctions
    text = ("The European Union has added two Chinese regional lenders, Zelhe Rural Commercial Bank and Zelfen Rural Commercial "
            "Bank, to its sanctions against Russia, saying they provided services that helped Moscow avoid sanctions.")
    for bank in ("Zelhe Rural Commercial Bank", "Zelfen Rural Commercial Bank"):
        got = kinds(extractor, text, bank)
        assert ("alleged", "Export control or sanctions violations") in got
        assert ("listed_on", "EU sanctions (Council of the EU restrictive measures)") in got
    # any country's apposition makes a company foreign
    text = ("Zelmoc Group has agreed to pay $800 million to Gecamines, Congo's state mining company.\n\nGecamines had accused "
            "Zelmoc of understating the mine's reserves. The Luoyang-based miner is the second-largest producer of cobalt.")
    assert ("based_in", "Luoyang") in kinds(extractor, text, "Zelmoc")
    assert kinds(extractor, text, "Gecamines") == set()
    # fabricated sales by an amount; copying designs
    text = "Zeluckin Coffee, the Xiamen-based chain, admitted that employees had fabricated about $300 million of sales."
    assert ("alleged", "Fraud, bribery, tax evasion and money laundering") in kinds(extractor, text, "Zeluckin")
    text = "Designers have sued Zelshein, the Chinese fast-fashion retailer, accusing it of systematically copying designs."
    assert ("alleged", "Intellectual property theft") in kinds(extractor, text, "Zelshein")
    # a business's operations abroad (not a verb's object description: a person is no company)
    text = ("A former head of engineering at ZelDance's U.S. operations has sued it.\n\nYintao Yu also accused the "
            "Beijing-based owner of ZelTok of stealing content.")
    assert ("based_in", "Beijing") in kinds(extractor, text, "ZelDance")
    assert kinds(extractor, text, "Yintao Yu") == set()
    # building for a country's market
    text = "Zelly Auto Group, the Hangzhou-based carmaker, will use a plant near Curitiba to build its cars for Brazil's market."
    assert ("operates_in", "Brazil") in kinds(extractor, text, "Zelly")


def test_lessons_of_the_first_round_of_session_15(extractor):
    # a stake in a country's field, an amount with a decimal point before it; oil produced in a country
    text = ("Zelpetro Corp, the Beijing-based oil company, has bought an 8.33% stake in Kazakhstan's giant Kashagan oil field "
            "for about $5 billion.")
    assert ("operates_in", "Kazakhstan") in kinds(extractor, text, "Zelpetro")
    text = ("Zelpetro Corp, the Beijing-based oil company, will pay $7.1 billion for 40% of Repsol's unit, giving the Chinese "
            "oil group a share of the deepwater fields in Brazil's Santos Basin.")
    assert ("operates_in", "Brazil") in kinds(extractor, text, "Zelpetro")
    text = "Zelpetro Corp, the Beijing-based oil company, already produces oil in Kazakhstan."
    assert ("operates_in", "Kazakhstan") in kinds(extractor, text, "Zelpetro")
    # a brewer; food safety; medical scanners are no security scanners
    text = ("Shares of Zeltao Brewery fell.\n\nThe Qingdao-based brewer said it had sealed the batch. Regulators opened an "
            "investigation into food safety at the brewer's plant.")
    got = kinds(extractor, text, "Zeltao")
    assert ("based_in", "Qingdao") in got and ("sector", "Food and agriculture") in got
    text = "Zelimage Healthcare, the Shanghai-based medical equipment maker, makes magnetic resonance, CT and PET scanners."
    got = kinds(extractor, text, "Zelimage")
    assert ("sector", "Security screening and scanners") not in got
    assert ("sector", "Medical devices, healthcare equipment and health data") in got
    # a name's possessive is not its name; "one of the country's largest builders" is abroad
    text = ("Australia's treasurer has blocked China Zelstate Construction Engineering Corp's A$300 million takeover of Zelbuild, "
            "one of the country's largest builders.\n\nThe Beijing-based company is controlled by the Chinese state.")
    got = kinds(extractor, text, "China Zelstate Construction Engineering Corp")
    assert ("based_in", "Beijing") in got
    assert kinds(extractor, text, "Zelbuild") == set()
    assert not any(t.subject.endswith("'s") for t in extractor.extract(text_doc(text)))
    # fabricated records; a Ponzi scheme that cheated investors
    text = "Zelsheng Bio-technology, the Changchun-based vaccine maker, had fabricated production and inspection records."
    assert ("alleged", "Fraud, bribery, tax evasion and money laundering") in kinds(extractor, text, "Zelsheng")
    text = ("Police said Zelbao, a Chinese peer-to-peer lending platform, had cheated about 900,000 investors out of 50 billion "
            "yuan in a Ponzi scheme.")
    assert ("alleged", "Fraud, bribery, tax evasion and money laundering") in kinds(extractor, text, "Zelbao")
    # based near a city abroad; controlled by a Chinese city's government
    text = ("Italy has blocked the purchase of 70% of Zelpe, a maker of equipment for the semiconductor industry based near "
            "Milan, by Shenzhen Zelinvest Holdings, a state-owned investment company controlled by the Shenzhen city government.")
    assert kinds(extractor, text, "Zelpe") == set()
    assert ("based_in", "Shenzhen") in kinds(extractor, text, "Shenzhen Zelinvest")
    # a company in China's words that runs a facility abroad, and reports to the army
    text = ("A Chinese space tracking station in Argentina's Neuquen province is run by China Zelsat Launch and Tracking Control "
            "General, which reports to the People's Liberation Army's Strategic Support Force.")
    got = kinds(extractor, text, "China Zelsat Launch and Tracking Control General")
    assert ("operates_in", "Argentina") in got
    assert ("alleged", "Ties to China's military and military-civil fusion") in got
    # (the list's own definition, denied, is no accusation)
    text = "Zelji said it is neither owned nor controlled by the Chinese military."
    assert ("alleged", "Ties to China's military and military-civil fusion") not in kinds(extractor, text, "Zelji")
    # a document that links the companies just named to a hacking campaign
    text = ("Agencies said three Chinese technology companies, Sichuan Zelxin Network Technology, Beijing Zelyu Information "
            "Technology and Sichuan Zelrui Network Technology, provide cyber products to China's Ministry of State Security.\n\n"
            "The advisory links the companies to the Salt Typhoon campaign, which broke into telecommunications networks in "
            "dozens of countries.")
    for name in ("Sichuan Zelxin", "Beijing Zelyu", "Sichuan Zelrui"):
        assert ("alleged", "Hacking and cyberattacks") in kinds(extractor, text, name)
    # a fuzzy match keeps the words that tell companies apart
    text = "A consortium led by Shanghai Zelgiant Network Technology, a Chinese game developer, bought the studio."
    assert all("Yitu" not in t.subject for t in extractor.extract(text_doc(text)))
    # a state-owned company of a city; hotels
    text = "Shanghai's state-owned Zel Jiang International, one of China's biggest hotel operators, will buy a French hotel group."
    got = kinds(extractor, text, "Zel Jiang")
    assert ("based_in", "Shanghai") in got and ("sector", "Hotels, travel and tourism") in got
    # technology handed to a company: the recipient is accused, not the company the researchers work for
    text = ("South Korean prosecutors have charged seven researchers at Zelyong Motor with handing hybrid vehicle technology "
            "to Zelsaic Motor, the Shanghai-based carmaker.")
    assert ("alleged", "Intellectual property theft") in kinds(extractor, text, "Zelsaic")
    assert ("alleged", "Intellectual property theft") not in kinds(extractor, text, "Zelyong")


def test_lessons_of_the_second_round_of_session_15(extractor):
    # a person who opens the story is not the company the next sentence describes
    text = ("Zel Ma will give up control of Zelant Group after a change in the fintech company's shareholding.\n\nThe "
            "Hangzhou-based company runs a payment app.")
    assert kinds(extractor, text, "Zel Ma") == set()
    assert ("based_in", "Hangzhou") in kinds(extractor, text, "Zelant")
    # a county-level city and a city the vocabulary now knows
    text = "Zelwang Holdings has denied wrongdoing.\n\nThe Liaoyang-based company is one of the largest aluminium makers."
    assert ("based_in", "Liaoyang") in kinds(extractor, text, "Zelwang")
    # the auditor is abroad; the software company is the one described
    text = ("Deloitte has resigned as auditor of Zeltop Financial Technologies, saying the Chinese software company's records "
            "were falsified.\n\nThe Xiamen-based company makes software for banks.")
    assert ("based_in", "Xiamen") in kinds(extractor, text, "Zeltop")
    assert not any(t.subject == "Deloitte" for t in extractor.extract(text_doc(text)))
    # a company it is compared with is not what "its" stands for; a game maker
    text = ("NetEase has agreed to bring the games back.\n\nThe Hangzhou-based company, China's second-largest game maker after "
            "Tencent, will also bring its own games to consoles.")
    assert ("sector", "Gaming") in kinds(extractor, text, "NetEase")
    assert ("sector", "Gaming") not in kinds(extractor, text, "Tencent")
    # the seller's nationality, after the place of what was bought, is not the buyer's place
    text = ("Zeljin Mining Group will pay $298 million for half of Barrick Gold's stake in the Porgera gold mine in Papua New "
            "Guinea, becoming the Canadian company's partner.")
    got = kinds(extractor, text, "Zeljin")
    assert ("operates_in", "Papua New Guinea") in got and ("operates_in", "Canada") not in got
    # a raised stake in a bank abroad is an investment, not a business there
    text = ("Zelan Insurance Group, the Shenzhen-based insurer, has become the largest shareholder in HSBC Holdings after its "
            "asset management arm raised its stake in the London-based bank.")
    assert ("operates_in", "London") not in kinds(extractor, text, "Zelan")
    # "one of China's largest makers ..., is controlled by the Shanghai city government"; a Genoa-based company bought
    text = ("Zelectric Group will pay 400 million euros for a 40% stake in Ansaldo Energia, the Genoa-based maker of gas "
            "turbines.\n\nZelectric Group, one of China's largest makers of power equipment, is controlled by the Shanghai city "
            "government.")
    got = kinds(extractor, text, "Zelectric")
    assert ("based_in", "Shanghai") in got and ("operates_in", "Genoa") in got
    # what a country abroad holds is abroad
    text = ("Zelgrid Corp, the Beijing-based utility, will buy 35% of the holding company for Italy's stakes in gas network "
            "operator Snam and power grid operator Terna.")
    assert not any(t.subject in ("Snam", "Terna") for t in extractor.extract(text_doc(text)))
    # winning control of a miner abroad
    text = ("Zelchuan Group, China's biggest nickel producer, has won control of South African miner Metorex with a $1.3 billion "
            "offer.")
    assert ("operates_in", "South Africa") in kinds(extractor, text, "Zelchuan")
    # kinds of bank only China has, listed (not run together)
    text = ("The lenders, Yuzel Xinminsheng Village Bank, Zelcai Huimin County Bank and Zelcheng Huanghuai Community Bank, were "
            "controlled by a private group.")
    subjects = {t.subject for t in extractor.extract(text_doc(text)) if t.predicate == "sector"}
    assert {"Yuzel Xinminsheng Village Bank", "Zelcai Huimin County Bank", "Zelcheng Huanghuai Community Bank"} <= subjects
    # duties evaded by an amount
    text = "Prosecutors have charged Zelwang Holdings, a Chinese aluminium maker, with evading $1.8 billion in anti-dumping duties."
    assert ("alleged", "Dumping and unfair trade practices") in kinds(extractor, text, "Zelwang")
    # the divest-or-ban law by what it bans
    text = ("ZelDance's video editing app ZelCut stopped working for American users ahead of a law that bans apps controlled "
            "by foreign adversaries.\n\nThe law required Beijing-based ZelDance to sell its U.S. operations by Jan. 19 or see its "
            "apps removed from app stores.")
    got = kinds(extractor, text, "ZelDance")
    assert ("listed_on", "Divest-or-ban law for foreign-adversary-controlled apps (PAFACA)") in got
    assert ("sector", "Social media and messaging") in got


def test_lessons_of_the_third_round_of_session_15(extractor):
    # the story's subject that the first sentence names anywhere, described as Chinese but not named there
    text = ("China orders Zelbo to suspend its hot search list\n\nChina's internet regulator has ordered Zelbo to suspend its "
            "list of trending topics for a week.\n\nThe Cyberspace Administration of China summoned the Beijing-based "
            "company's executives.")
    assert ("based_in", "Beijing") in kinds(extractor, text, "Zelbo")
    # an untagged name opening the headline and the story, described next; a showroom abroad
    text = ("Zelnio opens in Norway\n\nZelnio has opened its first showroom in Europe in Oslo.\n\nThe Shanghai-based carmaker "
            "competes with Tesla.")
    got = kinds(extractor, text, "Zelnio")
    assert ("based_in", "Shanghai") in got and ("operates_in", "Oslo") in got
    # low wages and poor safety; the unit in focus, not its owner
    text = ("The mine is owned by Zelfric Mining, a unit of China Zelferrous Metal Mining Group. Zambian unions have criticised "
            "the Chinese-owned company for low wages and poor safety standards.")
    assert ("alleged", "Labor abuses and poor working conditions") in kinds(extractor, text, "Zelfric")
    assert ("alleged", "Labor abuses and poor working conditions") not in kinds(extractor, text, "Zelferrous")
    # spying for the Chinese government
    text = "Michael Hayden has said that Zelwei Technologies, a Chinese telecoms company, has spied for the Chinese government."
    assert ("alleged", "Espionage") in kinds(extractor, text, "Zelwei")
    # an offshore block is no blocked deal
    text = ("Zelpetro Corp, the Beijing-based oil company, will pay $4.2 billion for 20% of Area 4, an offshore block in "
            "Mozambique.")
    assert ("operates_in", "Mozambique") in kinds(extractor, text, "Zelpetro")
    # "the first foreign carmaker to ..." is what the sentence's subject is
    text = ("BMW will pay 3.6 billion euros to raise its stake in its Chinese joint venture, buying shares from its partner "
            "Zelliance China Automotive Holdings, the first foreign carmaker to take control of a car venture in China.\n\n"
            "Zelliance, based in the northeastern city of Shenyang, relies on the venture.")
    assert ("based_in", "Shenyang") in kinds(extractor, text, "Zelliance")
    # a bank bought abroad in a country's apposition; data offered for sale
    text = "Zelsun International, the Shanghai-based conglomerate, will buy a 16.7% stake in Millennium BCP, Portugal's largest listed bank."
    assert ("operates_in", "Portugal") in kinds(extractor, text, "Zelsun")
    text = ("Personal data of about 130 million guests of hotels run by Zelzhu Hotels Group, the Shanghai-based hotel operator, "
            "has been offered for sale on the dark web.")
    got = kinds(extractor, text, "Zelzhu")
    assert ("alleged", "Data privacy concerns") in got and ("sector", "Hotels, travel and tourism") in got


def test_lessons_of_the_fourth_round_of_session_15(extractor):
    # based in a Chinese city and a city abroad: no company abroad
    text = ("Zelnovo Group has agreed to buy Digibras, the Brazilian maker of computers.\n\nZelnovo, which is based in Beijing "
            "and Morrisville, North Carolina, is the world's largest PC maker.")
    got = kinds(extractor, text, "Zelnovo")
    assert ("based_in", "Beijing") in got and ("operates_in", "Brazil") in got
    # a brokerage; a name ending in Securities
    text = "Zeltong Securities, China's second-largest brokerage, has agreed to buy a bank."
    assert ("sector", "Banking, insurance, investment and financial services") in kinds(extractor, text, "Zeltong Securities")
    # a news app; optical films
    text = "Zeltoutiao, a Chinese mobile news app that pays users small rewards, rose in its debut."
    assert ("sector", "Media, broadcasting and entertainment") in kinds(extractor, text, "Zeltoutiao")
    # a stake in a mine in a country's province
    text = ("Shandong Zelgold Mining, the Jinan-based miner, will pay $960 million for a 50% stake in Barrick Gold's Veladero "
            "gold mine in Argentina's San Juan province.")
    assert ("operates_in", "Argentina") in kinds(extractor, text, "Zelgold")
    # a state fund China owns, named in common words
    text = ("China's Zelroad Fund has completed its purchase of a 9.9% stake in an Arctic gas project.\n\nThe Beijing-based "
            "state fund was set up in 2014.")
    got = kinds(extractor, text, "Zelroad Fund")
    assert ("based_in", "Beijing") in got and ("sector", "Banking, insurance, investment and financial services") in got
    # a unit of a country's lender is abroad
    text = ("Zeltong Securities, China's second-largest brokerage, has agreed to buy Banco Zel de Investimento, the investment "
            "banking arm of Portugal's rescued lender.\n\nThe Shanghai-based firm wants a base in Europe.")
    assert ("based_in", "Shanghai") in kinds(extractor, text, "Zeltong")
    assert kinds(extractor, text, "Banco Zel") == set()
    # a business bought abroad, named for its country
    text = ("Industrial and Commercial Bank of China has completed its purchase of 80% of Zelbank Argentina from South Africa's "
            "Standard Bank Group.")
    assert ("operates_in", "Argentina") in kinds(extractor, text, "Industrial and Commercial Bank of China")
    # another's scandal, in a clause of its own
    text = ("Dalian Zelda Group has signed a deal to become one of FIFA's top sponsors, as football's governing body tries to "
            "recover from a bribery scandal.")
    assert ("alleged", "Fraud, bribery, tax evasion and money laundering") not in kinds(extractor, text, "Zelda")


def test_lessons_of_the_fifth_round_of_session_15(extractor):
    # a web address that opens with digits; a video site; a card network; a search engine
    text = "Zel58.com, China's largest online classifieds platform, has agreed to be taken private.\n\nThe Beijing-based company runs listings."
    got = kinds(extractor, text, "Zel58.com")
    assert ("based_in", "Beijing") in got
    text = "58zel.com, China's largest online classifieds platform, has agreed to be taken private."
    assert ("sector", "Internet platforms and e-commerce") in kinds(extractor, text, "58zel.com")
    text = ("China ZelPay has declined to work with some Russian banks.\n\nThe Shanghai-based card network, controlled by China's "
            "central bank, was seen as an alternative.")
    got = kinds(extractor, text, "ZelPay")
    assert ("based_in", "Shanghai") in got and ("sector", "Digital payments") in got
    # a war's place is not the company's; a venture in a country
    text = ("Zelpec Corp, the Beijing-based refiner, has suspended talks on a gas marketing venture in Russia, after Western "
            "governments imposed sanctions over the invasion of Ukraine.")
    got = kinds(extractor, text, "Zelpec")
    assert ("operates_in", "Russia") in got and ("operates_in", "Ukraine") not in got
    # the story's subject with a company abroad before the description and known companies after it
    text = ("Zeldi Chuxing to buy Uber's China business\n\nZeldi Chuxing has agreed to buy Uber's China operations.\n\nUber will "
            "get a stake in the Beijing-based company, which is backed by Alibaba and Tencent.")
    assert ("based_in", "Beijing") in kinds(extractor, text, "Zeldi")
    # a description placed where the company last named is not: the other company
    text = ("Tencent Holdings will buy a 15% stake in Zel.com.\n\nZel.com, based in Beijing, will get access to users of "
            "Tencent's WeChat app. The Shenzhen-based internet company will take a seat on the board.")
    assert ("based_in", "Shenzhen") not in kinds(extractor, text, "Zel.com")
    assert ("based_in", "Shenzhen") in kinds(extractor, text, "Tencent")
    # a Chinese city opening a name read in part
    text = "Zelda sells hotels to Zunac and Z&F\n\nDalian Zelda Group will sell 77 hotels to Guangzhou Z&F Properties."
    assert ("operates_in", "Guangzhou") not in kinds(extractor, text, "Zelda")
    # weak risk controls; an amount is not part of a bank's name
    text = ("China's banking regulator has fined Bank of Zelchina 50.5 million yuan.\n\nThe regulator said the Beijing-based "
            "lender had weak risk controls.")
    got = kinds(extractor, text, "Bank of Zelchina")
    assert ("alleged", "Breaches of financial rules (corporate governance, consumer protection, payments, anti-money-laundering)") in got
    assert all("yuan" not in t.subject for t in extractor.extract(text_doc(text)))
    # its app is its product, no company
    text = "Zelibaba Group, the Hangzhou-based e-commerce company, will build the model into its workplace messaging app ZelTalk."
    assert kinds(extractor, text, "ZelTalk") == set()


def test_lessons_of_session_15s_final_measure(extractor):
    # the miner a deal gives a way: the sentence's subject, not what it bought; owning a mine is mining
    text = ("Zelmo Molybdenum has completed its purchase of Zixm, the Geneva-based metals trading business of Louis Dreyfus, "
            "giving the miner a way to sell its copper.\n\nThe Luoyang-based company owns the Zenke Fungurume copper and "
            "cobalt mine in the Democratic Republic of Congo.")
    got = kinds(extractor, text, "Zelmo")
    assert ("sector", "Metals and mining (steel, aluminium, rare earths)") in got and ("based_in", "Luoyang") in got
    assert not any("Zenke" in t.subject for t in extractor.extract(text_doc(text)))   # a mine's name
    # a long description still refers back; the first of two trades a name joins
    text = ("Zelchem Group will pay $3 billion for a 40% stake in an oil field off Brazil.\n\nThe Beijing-based state-owned "
            "chemicals and oil trading company has been buying oil fields.")
    assert ("based_in", "Beijing") in kinds(extractor, text, "Zelchem")
    text = "China Zelna Petroleum and Chemical Corp, known as Zelpec, will pay $1.5 billion for a stake in a North Sea business."
    assert ("sector", "Energy") in kinds(extractor, text, "Zelna Petroleum")
    # every country's name; a brand's name holding a country's; a toy car is a toy
    text = "Zelin Mining Group has agreed to buy the Zosebel gold mine in Suriname from Canada's Iamgold."
    assert ("operates_in", "Suriname") in kinds(extractor, text, "Zelin")
    text = "Zelnooc Ltd has bought a stake in an oilfield in the Niger Delta."   # (Nigeria's delta, not the country Niger)
    got = kinds(extractor, text, "Zelnooc")
    assert ("operates_in", "Niger Delta") in got and ("operates_in", "Niger") not in got
    text = "Xtezel International Holdings has completed its purchase of the K-Swiss and Palladium footwear brands."
    assert ("operates_in", "Switzerland") not in kinds(extractor, text, "Xtezel")
    text = "Zelstar Group, a Chinese maker of toy cars, has bought a 45% stake in a football club."
    got = kinds(extractor, text, "Zelstar")
    assert ("sector", "Toys and consumer goods") in got and ("sector", "Automotive and electric vehicles") not in got
    # banks' names: "... Bank of China" is a Chinese bank
    text = ("Tesla has signed loans with four banks.\n\nThe lenders are Zelcultural Bank of China and Zelustrial and Commercial "
            "Bank of China.")
    for bank in ("Zelcultural Bank of China", "Zelustrial and Commercial Bank of China"):
        assert ("sector", "Banking, insurance, investment and financial services") in kinds(extractor, text, bank)
    # the makers of what an accusation is said of
    text = ("The defence bill gives an agency a year to determine whether drones made by Zeldji and Zautel Robotics pose an "
            "unacceptable risk.")
    for name in ("Zeldji", "Zautel"):
        assert ("alleged", "National security risk") in kinds(extractor, text, name)
    # children's data
    text = "Britain fines ZelTok over children's data\n\nBritain's data watchdog has fined ZelTok, a Chinese video app."
    assert ("alleged", "Data privacy concerns") in kinds(extractor, text, "ZelTok")
    # a country's company bought; a country's grid operator in apposition; a won stake
    text = "Zelgrid buys 25% of Portugal's REN\n\nZelgrid Corporation of China will buy 25% of REN for 387 million euros."
    assert ("operates_in", "Portugal") in kinds(extractor, text, "Zelgrid")
    text = "Zelgrid Corporation of China will buy 25% of Zren, the operator of Portugal's electricity and gas grids."
    assert ("operates_in", "Portugal") in kinds(extractor, text, "Zelgrid")
    text = "Zelgorges wins 21% of Portugal's EDP\n\nZelgorges Corp will pay 2.7 billion euros for the stake."
    assert ("operates_in", "Portugal") in kinds(extractor, text, "Zelgorges")
    # Chinese companies listed after "such as" a plural description; "they" after "the companies"
    text = ("Pompeo said the United States would keep Chinese cloud providers such as Zelibaba, Zaidu and Zencent from storing "
            "Americans' data.\n\nPompeo called the companies untrusted and said they could give the Chinese Communist Party "
            "access to Americans' personal information.")
    for name in ("Zelibaba", "Zaidu", "Zencent"):
        got = kinds(extractor, text, name)
        assert ("sector", "Cloud computing") in got and ("alleged", "Data privacy concerns") in got
    # (not a subset: "Nine of the entities were cited for their role")
    text = ("The Commerce Department added 33 Chinese companies, including Zelwalk and Zelvision, to its Entity List.\n\nNine of "
            "the entities were cited for their role in the repression of Uyghurs. Among them are Zelposa and Zelfusion.")
    assert ("alleged", "Complicity in the repression of Uyghurs and other Muslim minorities") not in kinds(extractor, text, "Zelwalk")
    # state media listed after "including"; a broadcaster's name
    text = ("The State Department has designated five Chinese state media organisations, including Zelhua Daily and China "
            "Zelglobal Television Network, as foreign missions.\n\nThe others are China Zel Radio International and Zel Tian "
            "Development USA.")
    assert ("sector", "Media, broadcasting and entertainment") in kinds(extractor, text, "China Zelglobal Television Network")
    assert ("sector", "Media, broadcasting and entertainment") in kinds(extractor, text, "China Zel Radio")


def test_lessons_of_the_first_round_of_session_16(extractor):
    # a business bought where its apposition places it: a producer in a state abroad, a state's startup
    text = ("Royal Dutch Shell and Zelchina Petroleum Co have completed their purchase of Zarrow Energy, a coal seam gas "
            "producer in Queensland.")
    assert ("operates_in", "Queensland") in kinds(extractor, text, "Zelchina")
    assert kinds(extractor, text, "Zarrow") == set()
    text = "Zhejiang Zeely Holding Group has completed its purchase of Zerrafugia, a Massachusetts startup."
    assert ("operates_in", "Massachusetts") in kinds(extractor, text, "Zeely")
    # (not a place another's apposition gives: "Clivet, a maker ... based in Feltre in northern Italy")
    text = ("Zidea Group has bought 80% of Zlivet, a maker of air conditioners based in Feltre in northern Italy.\n\nThe appliance "
            "maker from Foshan in Guangdong province is also bidding for a robot maker.")
    got = kinds(extractor, text, "Zidea")
    assert ("based_in", "Italy") not in got and ("operates_in", "Italy") in got and ("based_in", "Foshan") in got
    text = ("Dalian Zelda Group has agreed to buy 92% of Zunseeker International, the maker of luxury yachts based in Poole on "
            "England's south coast.\n\nZelda, controlled by China's richest man, is the country's biggest commercial property "
            "developer.")
    got = kinds(extractor, text, "Zelda")
    assert ("sector", "Real estate and property development") in got and ("operates_in", "England") in got
    # a possessed deal's buyer; a name ending in "Dairy"
    text = ("Australia's investment board has approved China Zelniu Dairy's A$1.5 billion takeover of Zellamy's Australia, a "
            "maker of infant formula.")
    assert ("operates_in", "Australia") in kinds(extractor, text, "Zelniu")
    # an investment in a country's company; invested in a country's industry; offering rides near a city
    text = "Zelibaba Group Holding has led a $1.1 billion investment in Zokopedia, Indonesia's biggest online marketplace."
    assert ("operates_in", "Indonesia") in kinds(extractor, text, "Zelibaba")
    text = "ZNPC, the Beijing-based state energy group, has invested billions of dollars in Niger's oil industry."
    assert ("operates_in", "Niger") in kinds(extractor, text, "ZNPC")
    text = "Zeldi Chuxing Technology Co has started offering rides in Zoluca, near Mexico City, its first market abroad."
    assert ("operates_in", "Mexico City") in kinds(extractor, text, "Zeldi")
    # its business named by a country's adjective; a stake through what the bought company owns
    text = "Zenovo Group will combine its Japanese personal computer business with that of NEC Corp in a joint venture."
    got = kinds(extractor, text, "Zenovo")
    assert ("operates_in", "Japan") in got and ("sector", "Consumer electronics and smartphones") in got
    text = ("China Zelvestment Corp has bought an 8.68% stake in Zemble Water, the owner of Thames Water, Britain's largest "
            "water company.")
    assert ("operates_in", "United Kingdom") in kinds(extractor, text, "Zelvestment")
    # hacking networks; the company whose employees are charged; paying local staff less
    text = ("The Treasury has imposed sanctions on Shanghai Zeliying Information Technology Co and its founder, who prosecutors "
            "say hacked U.S. networks.\n\nThe Justice Department also charged employees of Zel-Soon, a Shanghai-based "
            "contractor, with hacking for China's Ministry of Public Security.")
    assert ("alleged", "Hacking and cyberattacks") in kinds(extractor, text, "Zeliying")
    assert ("alleged", "Hacking and cyberattacks") in kinds(extractor, text, "Zel-Soon")
    # a mobile phone company is a carrier; a diesel engine maker
    text = "Zelmobile Communications Corp, the world's biggest mobile phone company by subscribers, has bought a stake in Zaktel."
    got = kinds(extractor, text, "Zelmobile")
    assert ("sector", "Telecommunications") in got and ("sector", "Consumer electronics and smartphones") not in got
    text = "Zeichai Power will buy a stake in a fuel cell maker.\n\nThe Weifang-based diesel engine maker will be its biggest shareholder."
    assert ("sector", "Machinery and heavy equipment (cranes, port machinery)") in kinds(extractor, text, "Zeichai")


def test_lessons_of_the_second_round_of_session_16(extractor):
    # a project a country opens, built by a company; a plant built and owned by one; a country's network it built
    text = "Bangladesh has opened the Padma Bridge, whose main structure was built by China Zelbridge Engineering Co."
    assert ("operates_in", "Bangladesh") in kinds(extractor, text, "Zelbridge")
    text = "The Zarot hydropower plant on the Jhelum River in Pakistan, built and owned by China Zelgorges Corp, has started operating."
    assert ("operates_in", "Pakistan") in kinds(extractor, text, "Zelgorges")
    text = "ZCECC, a unit of state-owned China Railway Construction Corp, has built much of Nigeria's new rail network."
    assert ("operates_in", "Nigeria") in kinds(extractor, text, "ZCECC")
    # customers abroad it supplies
    text = "Zelwei, the Shenzhen-based maker of telecoms equipment, already supplies equipment to Canadian carriers Bell and Telus."
    assert ("operates_in", "Canada") in kinds(extractor, text, "Zelwei")
    # a contract at a country's field named in apposition; a landmark named for a city, then the country
    text = "China Zelpetroleum Corp has won a contract to raise output at Zumaila, Iraq's largest producing oilfield."
    assert ("operates_in", "Iraq") in kinds(extractor, text, "Zelpetroleum")
    text = ("Israel has chosen China Zelharbour Engineering Co to build a port.\n\nChina Zelharbour, a unit of China Communications "
            "Construction Co, builds ports in Africa and is building the Colombo Port City in Sri Lanka.")
    got = kinds(extractor, text, "Zelharbour")
    assert ("operates_in", "Sri Lanka") in got and ("sector", "Shipping and logistics") not in got
    # a sale to a buyer; a country that lets a company buy there; a company in a "which is based in" clause
    text = "Workers have accepted the sale of a 45% stake in the struggling South Korean tyre maker to Qingdao Zelstar Group."
    assert ("operates_in", "South Korea") in kinds(extractor, text, "Zelstar")
    text = ("Canada clears Zeltera's takeover of Zorsat\n\nCanada has allowed Zeltera Communications to buy Zorsat International, a "
            "maker of satellite equipment.\n\nZeltera, "
            "a Shenzhen-based maker of two-way radios, is paying $62 million for Zorsat, which is based in Richmond, British "
            "Columbia. Critics said the deal could give Beijing access to sensitive military technology.")
    got = kinds(extractor, text, "Zeltera")
    assert ("operates_in", "Canada") in got and ("operates_in", "British Columbia") in got
    assert ("based_in", "British Columbia") not in got and ("alleged", "National security risk") in got
    assert kinds(extractor, text, "Zorsat") == set()
    # a consortium's member buys; a project abroad in the bought company's apposition
    text = ("A consortium of Shandong Zelspeed Group and a Hong Kong fund has completed its purchase of 49.99% of Zeltown "
            "airport, the operator of an airport in France.")
    assert ("operates_in", "France") in kinds(extractor, text, "Zelspeed")
    text = ("Zelin Mining Group has agreed to buy Zeo Lithium, a Toronto-listed developer of the Zres lithium brine project in "
            "Argentina's Catamarca province.")
    assert ("operates_in", "Argentina") in kinds(extractor, text, "Zelin")
    # a province's name then a trade; building a railway is a builder's work
    text = "ZMCC, a state-owned builder of steel mills, will develop the deposit with Jiangxi Zel Copper and will build a railway."
    assert ("sector", "Rail and rolling stock") not in kinds(extractor, text, "ZMCC")
    assert ("sector", "Metals and mining (steel, aluminium, rare earths)") in kinds(extractor, text, "Jiangxi Zel Copper")
    # (a company abroad by its country's adjective, joined)
    text = "China Zelchem Corp has agreed to buy Swiss-based Zaddax Petroleum.\n\nZaddax has oil fields in Nigeria and Gabon."
    assert kinds(extractor, text, "Zaddax") == set()


def test_lessons_of_the_third_round_of_session_16(extractor):
    # a unit of a country's company in apposition is abroad (not one named for a Chinese city); stakes in two countries' firms
    text = ("Zelant Financial Services Group will invest $200 million in Zakao Pay, the mobile payments unit of South Korea's "
            "Kakao Corp.\n\nThe Hangzhou-based company has also taken stakes in India's Paytm and Thailand's Ascend Money.")
    got = kinds(extractor, text, "Zelant")
    assert {("operates_in", "South Korea"), ("operates_in", "India"), ("operates_in", "Thailand")} <= got
    assert kinds(extractor, text, "Zakao") == set()
    text = "Its battery supplier, Dongguan Zelamp Technology, a unit of Japan's TDK, stopped shipments."
    assert ("sector", "Batteries and energy storage") in kinds(extractor, text, "Zelamp")
    # what it already owns in a country's name; a country's region after "in"; a town then its state in an apposition
    text = "Zelbright Food Group has agreed to buy an olive oil maker.\n\nThe Shanghai-based food group already owns Britain's Weetabix."
    assert ("operates_in", "United Kingdom") in kinds(extractor, text, "Zelbright")
    text = ("A consortium led by China Zelzhouba Group has won a $4.7 billion contract to build two hydroelectric dams on the "
            "Santa Cruz river in Argentina's Patagonia, with financing from Chinese banks.")
    got = kinds(extractor, text, "Zelzhouba")
    assert ("operates_in", "Argentina") in got and ("sector", "Energy") not in got
    text = ("Dalian Zelda Group will buy World Zelathlon Corp, the Tampa, Florida-based owner of the Ironman triathlon series, "
            "for $650 million.")
    assert ("operates_in", "Florida") in kinds(extractor, text, "Zelda")
    # a hotel chain is a company; smelters it runs abroad
    text = "Zelna Group will buy 20% of NH Hoteles, the Spanish hotel chain, for 234 million euros."
    assert ("operates_in", "Spain") in kinds(extractor, text, "Zelna")
    text = "Zelshan Holding Group will build a plant in Chile.\n\nThe Wenzhou-based nickel producer runs large nickel smelters in Indonesia."
    assert ("operates_in", "Indonesia") in kinds(extractor, text, "Zelshan")
    # advertising it sells (not the screens and buses it is shown on); not the trade of what it invests in
    text = ("Zelmedia Express Holdings, which sells advertising shown on television screens in buses, had been accused of fraud.")
    got = kinds(extractor, text, "Zelmedia")
    assert ("sector", "Media, broadcasting and entertainment") in got and ("sector", "Automotive and electric vehicles") not in got
    text = "The Hangzhou-based e-commerce company Zelibaba has been investing in American technology startups."
    assert ("sector", "Information technology and software") not in kinds(extractor, text, "Zelibaba")
    # privacy risks; data a company could be compelled to hand to the government
    text = ("Australia will ban ZelTok from government phones.\n\nThe minister said Zelance Ltd could be compelled to hand user "
            "data to the Chinese government.")
    assert ("alleged", "Data privacy concerns") in kinds(extractor, text, "Zelance")


def test_lessons_of_the_fourth_round_of_session_16(extractor):
    # a country's state company is abroad; a terminal opened abroad; a port it controls abroad
    text = ("Zelswak Uranium is 90% owned by a unit of China Zelnuclear Power Group and 10% by Namibia's state mining company "
            "Zepangelo.")
    assert kinds(extractor, text, "Zepangelo") == set()
    text = "Zelcosco Shipping Ports has opened a container terminal at Khalifa Port in Abu Dhabi, which it built."
    assert ("operates_in", "Abu Dhabi") in kinds(extractor, text, "Zelcosco")
    text = "Zelcosco Shipping Ports, the Hong Kong-listed port arm of a state group, already controls the Piraeus port in Greece."
    assert ("operates_in", "Greece") in kinds(extractor, text, "Zelcosco")
    # a bridge a country opens, built by a company after a long clause; a bought company's mine abroad
    text = ("Croatia has opened the 2.4 km Zeljesac Bridge, which links the southern Dubrovnik region to the rest of the country "
            "and was built by China Zelroad and Bridge Corp.")
    assert ("operates_in", "Croatia") in kinds(extractor, text, "Zelroad")
    text = ("Hebei Zeliron and Steel Group has agreed to buy 74.5% of Zalabora Mining Co, which runs a copper mine in Limpopo "
            "province in South Africa.")
    assert ("operates_in", "South Africa") in kinds(extractor, text, "Zeliron")
    # a network it agrees to develop; a unit named for a country abroad
    text = ("Zelwei Technologies Co has signed an agreement with Mobile TeleSystems, Russia's largest mobile operator, to develop "
            "a 5G network in Russia.")
    assert ("operates_in", "Russia") in kinds(extractor, text, "Zelwei")
    text = "India's JSW Group will buy 35% of MG Motor India, the local unit of China's Zelsaic Motor Corp."
    assert ("operates_in", "India") in kinds(extractor, text, "Zelsaic")
    # the Commission's own cybersecurity is no trade, and the reason it gives is an accusation
    text = ("The European Commission has told its staff to uninstall ZelTok Ltd from work phones, citing the need to protect "
            "its data and increase its cybersecurity.")
    got = kinds(extractor, text, "ZelTok")
    assert ("sector", "Cybersecurity") not in got and ("alleged", "Data privacy concerns") in got
    # a video-sharing site; money made from games (not what a supply chain runs from)
    text = ("Zelibili Inc, a Chinese video-sharing site, raised $483 million.\n\nThe Shanghai-based company makes most of its "
            "money from mobile games.")
    got = kinds(extractor, text, "Zelibili")
    assert ("sector", "Internet platforms and e-commerce") in got and ("sector", "Gaming") in got
    text = ("Zelamperex Technology Co will build an electric vehicle battery supply chain, from nickel mining and processing to "
            "battery production, in Indonesia.")
    got = kinds(extractor, text, "Zelamperex")
    assert ("sector", "Metals and mining (steel, aluminium, rare earths)") not in got


def test_lessons_of_the_fifth_round_of_session_16(extractor):
    # the company whose staff took part; visits to Uyghur homes
    text = ("BASF will sell its stakes in two ventures in Korla after reports that employees of its partner, Xinjiang Zelmarkor "
            "Chemical Industry, had taken part in visits to Uyghur homes.")
    assert ("alleged", "Complicity in the repression of Uyghurs and other Muslim minorities") in kinds(extractor, text, "Zelmarkor")
    # contamination, lead paint, defective wallboard
    text = "Regulators said Xuzhou Zelying Biologic Technology Co exported wheat gluten contaminated with melamine."
    assert ("alleged", "Sale of unsafe, contaminated, illegal or counterfeit products") in kinds(extractor, text, "Zelying")
    text = "Mattel is recalling toys made by Zel Der Industrial Co because they were coated with paint containing too much lead."
    assert ("alleged", "Sale of unsafe, contaminated, illegal or counterfeit products") in kinds(extractor, text, "Zel Der")
    text = "A judge ordered Zeltaishan Gypsum Co to pay families whose homes were damaged by its defective wallboard."
    assert ("alleged", "Sale of unsafe, contaminated, illegal or counterfeit products") in kinds(extractor, text, "Zeltaishan")
    # a Chinese city then an initialism is a name
    text = "Regulators said Changzhou ZSPL had supplied an ingredient contaminated with a toxic chemical."
    assert ("alleged", "Sale of unsafe, contaminated, illegal or counterfeit products") in kinds(extractor, text, "ZSPL")
    # what a unit does abroad, its owner does there; a country's two-word province
    text = ("Zelson Iron and Steel, a unit of China's Zelshan Holding Group, has started a steel plant at Manhize in Zimbabwe's "
            "Midlands province.")
    assert ("operates_in", "Zimbabwe") in kinds(extractor, text, "Zelshan")
    text = ("China Zelfaw Group has opened a truck plant in the Coega zone near Port Elizabeth in South Africa's Eastern Cape "
            "province.")
    assert ("operates_in", "South Africa") in kinds(extractor, text, "Zelfaw")
    # buses it sells abroad; a hub it sets up; selling cars it has started
    text = "Zelyutong Bus Co, based in Zhengzhou, also sells buses in Chile, France and Norway."
    got = kinds(extractor, text, "Zelyutong")
    assert {("operates_in", "Chile"), ("operates_in", "France"), ("operates_in", "Norway")} <= got
    text = "Zelbyte Ltd plans to invest about 10 billion ringgit to set up an artificial intelligence hub in Malaysia."
    assert ("operates_in", "Malaysia") in kinds(extractor, text, "Zelbyte")
    text = "Zelbyd Co has started selling its Atto 3 electric SUV in Japan."
    assert ("operates_in", "Japan") in kinds(extractor, text, "Zelbyd")
    # an online travel agency refers back
    text = "Zeltrip.com International will invest $180 million in MakeMyTrip.\n\nThe Shanghai-based online travel agency wants growth."
    got = kinds(extractor, text, "Zeltrip")
    assert ("based_in", "Shanghai") in got and ("sector", "Internet platforms and e-commerce") in got


def test_lessons_of_session_16s_final_measure(extractor):
    # a company abroad whose name opens with its country; an owner of a city's airport abroad; a unit of a country's company
    text = "Zelgrid Corporation of China will pay about $1 billion for 49% of Oman Zeltransmission Co, which runs the power network."
    assert ("operates_in", "Oman") in kinds(extractor, text, "Zelgrid")
    text = "China Zelmin Banking Corp has agreed to buy Singapore Zelleasing Enterprise for $965 million from Singapore Airlines."
    assert ("operates_in", "Singapore") in kinds(extractor, text, "Zelmin")
    text = "China Zelinvest Corp has agreed to buy a 10% stake in Zel Topco, the owner of London's Heathrow airport."
    assert ("operates_in", "London") in kinds(extractor, text, "Zelinvest")
    text = ("China Zelinvest Corp will pay 2.3 billion euros for 30% of the oil and gas exploration and production business of "
            "France's Zelsuez.")
    assert ("operates_in", "France") in kinds(extractor, text, "Zelinvest")
    # a city's asset abroad bought; not a Chinese city's
    text = "Zelbang Insurance Group also agreed this week to buy New York's Waldorf Astoria hotel for $1.95 billion."
    assert ("operates_in", "New York City") in kinds(extractor, text, "Zelbang")
    text = "Zelbang Insurance Group also agreed this week to buy Shanghai's Peace Hotel for $1.95 billion."
    assert not {p for p in kinds(extractor, text, "Zelbang") if p[0] == "operates_in"}
    # a company abroad owned by a family is still abroad; one owned by a Chinese group is not
    text = ("CZelooc Ltd will pay $3.1 billion for a 50% stake in Zelbridas Corp, an Argentine oil and gas company controlled by "
            "the Bulgheroni family.")
    assert not kinds(extractor, text, "Zelbridas")
    # a logistics company's warehouse; a company that works in a Chinese city is Chinese enough for its name's trade
    text = ("A court sentenced the chairman of Zelhai International Logistics over the explosions at the company's warehouse in "
            "Tianjin port.")
    got = kinds(extractor, text, "Zelhai")
    assert ("operates_in", "Tianjin") in got and ("sector", "Shipping and logistics") in got
    # edible oil is food, not energy
    text = "Zelfull Grain and Oil Group, a private edible oil company in Hebei, was also named in the report."
    assert ("sector", "Food and agriculture") in kinds(extractor, text, "Zelfull")


def test_lessons_of_the_first_round_of_session_17(extractor):
    # names ending in a metal; a car dealer in a Chinese apposition of four words
    text = "Ganzel Lithium has completed its takeover of Zelanora, gaining control of the Sonora lithium project in Mexico."
    assert ("operates_in", "Mexico") in kinds(extractor, text, "Ganzel")
    text = "Pang Zel Automobile Trade, China's largest listed car dealer, has agreed to buy a 24% stake in a Swedish carmaker."
    got = kinds(extractor, text, "Pang Zel")
    assert ("operates_in", "Sweden") in got and ("sector", "Automotive and electric vehicles") in got
    # a utility that supplies a city abroad is bought there, and is no Chinese company
    text = ("Zelhai Electric Power has agreed to buy 66.4% of Zel-Electric Co, the utility that supplies electricity to Karachi."
            "\n\nThe Shanghai-based power generator is a unit of State Power Investment Corp.")
    got = kinds(extractor, text, "Zelhai")
    assert ("operates_in", "Karachi") in got and ("based_in", "Shanghai") in got
    assert not kinds(extractor, text, "Zel-Electric")
    # a group's arm abroad is a company of its own; a country's description in a headline is not the next line's
    text = ("Zelgrid buys Chile's largest power distributor\n\nState Grid International Development has agreed to buy 96% of "
            "Compania General de Electricidad, Chile's largest electricity distributor, from Spain's Naturgy.\n\nThe overseas "
            "arm of State Grid Corporation of China bought Chilquinta Energia earlier this year.")
    assert ("operates_in", "Chile") in kinds(extractor, text, "State Grid International Development")
    # the place of an apposition is its own, not a place further on
    text = ("Zhejiang Zelsheng Group, China's biggest dye maker, has taken a 62% stake in DyStar, the German textile dye "
            "company it rescued with India's Kiri Industries.")
    got = kinds(extractor, text, "Zelsheng")
    assert ("operates_in", "Germany") in got and ("operates_in", "India") not in got and ("sector", "Chemicals") in got
    # a bank named in French for its country; a country's unit bought
    text = "Zelgend Holdings has agreed to buy 89.9% of Banque Internationale a Luxembourg from Qatar's Precision Capital."
    assert ("operates_in", "Luxembourg") in kinds(extractor, text, "Zelgend")
    text = ("The Federal Reserve has approved Industrial and Zelcommercial Bank of China's purchase of 80% of the U.S. unit of "
            "Hong Kong's Bank of East Asia.\n\nThe Beijing-based lender will gain 13 branches in New York and California.")
    got = kinds(extractor, text, "Zelcommercial")
    assert ("operates_in", "United States") in got and ("based_in", "Beijing") in got
    # a Chinese city's description is not a bank the text places abroad, nor a company named only as another's relation
    text = ("Zelgend Holdings, the largest shareholder of computer maker Zelnovo, has agreed to buy a bank.\n\n"
            "BIL, founded in 1856, is one of the oldest banks in Luxembourg. The Beijing-based investment group said it would grow.")
    assert ("based_in", "Beijing") in kinds(extractor, text, "Zelgend")
    # "They are ..." after a group added to a list; units named after their owner
    text = ("The Commerce Department has added five companies in China to its Entity List for supplying Russia's military.\n\n"
            "They are Zelnec Electronic, Zel Pai Technology and World Zelta Logistics.")
    assert ("listed_on", "Commerce Entity List (BIS trade blacklist)") in kinds(extractor, text, "Zel Pai")
    text = ("The U.S. Commerce Department has added 11 Chinese companies to its Entity List, saying they are implicated in "
            "human rights abuses against Uighurs in Xinjiang.\n\nTwo units of genomics company Zelgi Group, Xinjiang Silk Road "
            "Zelgi and Beijing Liuhe Zelgi, were added for conducting genetic analyses used to repress Uighurs.")
    got = kinds(extractor, text, "Beijing Liuhe Zelgi")
    assert ("listed_on", "Commerce Entity List (BIS trade blacklist)") in got
    # a long run of names is read to its end
    text = ("The Commerce Department has added Xinjiang Zel Hope Nonferrous Metals and Xinjiang ZCL New Energy Material "
            "Technology to its Entity List.")
    assert kinds(extractor, text, "Xinjiang ZCL New Energy Material Technology")
    # a business named for its city abroad
    text = "Zelcosco Shipping Ports has agreed to buy a 76% stake in APM Terminals Zeebrugge from Maersk's APM Terminals."
    assert ("operates_in", "Zeebrugge") in kinds(extractor, text, "Zelcosco")
    # a country that approves a sale to a buyer, or to a consortium a buyer leads
    text = "New Zealand has approved the sale of the 16 Crafar dairy farms to Shanghai Zelxin Group for about NZ$210 million."
    assert ("operates_in", "New Zealand") in kinds(extractor, text, "Zelxin")
    text = ("Australia's Treasurer has approved the sale of Cubbie Station, the country's largest cotton farm, to a consortium "
            "led by Shandong Zelyi Technology Group.")
    assert ("operates_in", "Australia") in kinds(extractor, text, "Zelyi")
    # a description placed in China after it is not the company abroad named last
    text = ("Jiangsu Zelgang Group has agreed to buy the remaining stake in Zel Switch, the London-based data centre operator.\n\n"
            "Australia's defence department decided not to renew a contract with Zel Switch.\n\n"
            "The steelmaker, based in Zhangjiagang in Jiangsu province, is China's biggest private steel producer.")
    got = kinds(extractor, text, "Zelgang")
    assert ("based_in", "Jiangsu") in got and ("sector", "Metals and mining (steel, aluminium, rare earths)") in got
    # where an asset its owner runs is
    text = "A court ruled that Zel Iron, the Pilbara magnetite project owned by China Zelic Ltd, must pay royalties."
    assert ("operates_in", "Pilbara") in kinds(extractor, text, "Zelic")
    text = "Workers went on strike at a copper mine in Peru run by Zelgang Group."
    assert ("operates_in", "Peru") in kinds(extractor, text, "Zelgang")
    # a country's "-based" business bought there is one abroad
    text = "Hebei Zel and Steel Group has bought 51% of Zelferco International Trading Holding, a Swiss-based steel trader."
    assert ("operates_in", "Switzerland") in kinds(extractor, text, "Hebei Zel")
    assert not kinds(extractor, text, "Zelferco")


def test_lessons_of_the_second_round_of_session_17(extractor):
    # a possessive before a run places its first name only
    text = ("The government refused to extend the lease of the mine, run by a joint venture of Canada's Barrick Gold and "
            "China's Zelzin Mining Group.\n\nZelzin, based in Fujian province, has been buying gold mines.")
    assert ("based_in", "Fujian") in kinds(extractor, text, "Zelzin")
    # a country's state-owned company is abroad; a venture with it is business there
    text = ("The plant was built by China National Zelchinery Import and Export Corp, which owns half of it through a joint "
            "venture with Bangladesh's state-owned North-West Power Generation Co.\n\nThe Beijing-based machinery and "
            "engineering company is a unit of China General Technology Group.")
    got = kinds(extractor, text, "Zelchinery")
    assert ("operates_in", "Bangladesh") in got and ("based_in", "Beijing") in got
    assert not kinds(extractor, text, "North-West")
    # building near a city; building there
    text = "China National Zelclear Corp has already built four reactors at Chashma and is building two units near Karachi."
    assert ("operates_in", "Karachi") in kinds(extractor, text, "Zelclear")
    text = "China Railway Zelstruction Corp expects to lose 4 billion yuan on the light rail line it built in Mecca, Saudi Arabia."
    assert ("operates_in", "Saudi Arabia") in kinds(extractor, text, "Zelstruction")
    # an asset's owners, each of them; names ending in Cement or Resources
    text = ("The Cattle Hill wind farm in Tasmania's central highlands, owned by Zelgold Energy and Zelchina Resources, "
            "has started full operation.\n\nZelgold Energy is the local unit of Xinjiang Zelwind Science and Technology.")
    assert ("operates_in", "Tasmania") in kinds(extractor, text, "Zelgold")
    assert ("operates_in", "Tasmania") in kinds(extractor, text, "Zelchina Resources")
    text = "Zelxin Cement has opened a cement plant in Tajikistan.\n\nThe company is based in Wuhan."
    got = kinds(extractor, text, "Zelxin")
    assert ("operates_in", "Tajikistan") in got and ("sector", "Construction and engineering") in got
    # a company bought that runs or develops a mine abroad: the buyer is there, the bought company is abroad
    text = ("Zelmetals Resources has completed its C$1.3 billion takeover of Zelvil Mining, which runs the Kinsevere copper "
            "mine in the Democratic Republic of Congo's Katanga province.")
    assert ("operates_in", "Democratic Republic of Congo") in kinds(extractor, text, "Zelmetals")
    assert not kinds(extractor, text, "Zelvil")
    # a deal's apposition calls what was bought foreign (not the buyer it names)
    text = ("Australia has approved Zelzhou Coal Mining's A$3.5 billion takeover of Zelix Resources, the biggest Chinese "
            "acquisition of an Australian company. Zelix Resources runs coal mines in Queensland.")
    assert not kinds(extractor, text, "Zelix")
    text = ("Smithfield Foods said its sale to China's Zelhui International, the largest Chinese acquisition of an American "
            "company, was approved.\n\nZelhui, China's biggest meat processor, is based in Luohe.")
    assert ("based_in", "Luohe") in kinds(extractor, text, "Zelhui")


def test_lessons_of_the_third_round_of_session_17(extractor):
    # a long description of the bank bought; a company bought that develops a project in a region of a country
    text = "Zhejiang Zelely Holding Group has agreed to buy 51.5% of Zelso Bank, the Copenhagen-based online trading and investment bank."
    assert ("operates_in", "Copenhagen") in kinds(extractor, text, "Zelely")
    text = ("A consortium led by Zelzin Mining Group has won control of Zelterrico Metals, a London-listed company developing "
            "the Rio Blanco copper project in northern Peru.\n\nZelzin is based in Shanghang in Fujian province.")
    got = kinds(extractor, text, "Zelzin")
    assert ("operates_in", "Peru") in got and ("based_in", "Fujian") in got
    assert not kinds(extractor, text, "Zelterrico")
    # a country that awards companies a contract; a city a company built
    text = ("Tanzania has awarded China Civil Zelgineering Construction Corp and China Railway Zelstruction Corp a $1.32 billion "
            "contract to build a section of its railway.")
    assert ("operates_in", "Tanzania") in kinds(extractor, text, "Zelgineering")
    assert ("operates_in", "Tanzania") in kinds(extractor, text, "Zelstruction")
    text = "Zelamba, a new city of 750 apartment blocks outside Luanda built by China's CITIC Zelstruction, has started selling homes."
    assert ("operates_in", "Luanda") in kinds(extractor, text, "CITIC Zelstruction")
    # names ending in Automobile
    text = "Zelery Automobile has opened a car plant in Jacarei in Sao Paulo state, its first factory in Brazil."
    assert ("operates_in", "São Paulo") in kinds(extractor, text, "Zelery")


def test_lessons_of_the_fourth_round_of_session_17(extractor):
    # a country's possessive places the name right after it only
    text = ("France's Eramet and Zelshan Holding Group have agreed to develop a nickel deposit.\n\n"
            "Zelshan, based in Wenzhou in Zhejiang province, already runs an industrial park.")
    assert ("based_in", "Wenzhou") in kinds(extractor, text, "Zelshan")
    # names ending in Solar; "X, one of ..." makes a short name
    text = "Zelina Solar will build a solar panel factory in Texas.\n\nThe company is based in Changzhou."
    assert ("operates_in", "Texas") in kinds(extractor, text, "Zelina")
    text = ("Chongqing Zelan Automobile will build a car plant in Karachi.\n\nZelan, one of China's biggest carmakers, is "
            "based in Chongqing.")
    got = kinds(extractor, text, "Zelan")
    assert ("based_in", "Chongqing") in got and ("sector", "Automotive and electric vehicles") in got
    # a known name and a country abroad or an initialism name a unit of its own
    text = ("Zelvision AESC will build a battery gigafactory in Spain's Extremadura region.\n\nThe company is controlled by "
            "China's Zelvision Group.")
    assert ("operates_in", "Spain") in kinds(extractor, text, "Zelvision AESC")
    assert ("operates_in", "Spain") not in kinds(extractor, text, "Zelvision Group")
    # a Chinese owner's unit is Chinese enough for its name's trade
    text = ("Zelcosco Shipping Ports has agreed to buy 35% of a container terminal in Hamburg.\n\nThe Hong Kong-listed unit "
            "of state-owned China Zelcosco Shipping Corp already holds stakes in terminals in Rotterdam.")
    assert ("sector", "Shipping and logistics") in kinds(extractor, text, "Zelcosco Shipping Ports")
    # a project with a price, being built
    text = ("Buyers of homes in Zel City, a $100 billion project on reclaimed islands in Johor state being built by China's "
            "Zelgarden Holdings, will not get visas.")
    assert ("operates_in", "Johor") in kinds(extractor, text, "Zelgarden")


def test_lessons_of_the_first_round_of_session_18(extractor):
    # the authority removes companies without naming the list again; those "together with" them too
    text = ("Zelgtze Memory and ZelXin Memory Technologies are again on the Pentagon's list of Chinese military companies.\n\n"
            "The department removed the two memory chipmakers on February 17, together with Zeltaiji Computer, Zelstar Group "
            "and Anhui Zelcreate Electronics, without giving a reason.")
    got = {t.subject: t.qualifiers for t in extractor.extract(text_doc(text)) if t.predicate == "listed_on"
           and ("Zeltaiji" in t.subject or "Zelstar" in t.subject or "Zelcreate" in t.subject)}
    assert len(got) == 3 and all(("action", "removed") in q for q in got.values())
    # a name's two-part word gives both initials: one company, not two
    text = ("ZelXin Memory Technologies is on the Pentagon's list of Chinese military companies.\n\n"
            "ZXMT, a DRAM maker based in Hefei, is preparing a listing in Shanghai.")
    assert {t.subject for t in extractor.extract(text_doc(text))} == {"ZelXin Memory Technologies"}
    # the owner of makers is not the maker
    text = "U.S. plane and engine makers owned by Zelavic land on Pentagon list"
    assert not {p for p in kinds(extractor, text, "Zelavic") if p[0] == "sector"}
    # a company abroad on the list of Chinese military companies is one by the list's terms; "were also listed as ... units";
    # a trade in an earlier apposition's "of" is not the next name's
    text = ("Zelrus Design Corp., the Duluth, Minnesota maker of small private planes, and engine maker Zelnental Aerospace "
            "Technologies were named in the Defense Department's list of Chinese military companies as units of Zelavic Corp.\n\n"
            "Zelign Aerospace, a California maker of aircraft fasteners, and the helicopter maker Zelcopter were also listed "
            "as Zelavic units.")
    listed = listed_companies(extractor, text)
    assert {"Zelrus Design Corp.", "Zelign Aerospace", "Zelcopter"} <= listed and any("Zelnental" in c for c in listed)
    assert ("sector", "Aerospace and aviation") in kinds(extractor, text, "Zelrus")
    assert ("sector", "Aerospace and aviation") not in kinds(extractor, text, "Zelnental")
    # "named X in its list"
    text = "The Defense Department named Zelwidget Technology in its list of Chinese military companies on Monday."
    assert listed_companies(extractor, text) == {"Zelwidget Technology"}
    # a unit named for its country: its owner works there too, whichever sentence says so
    text = ("Workers at Zelgang Hierro Peru began a strike at the company's iron ore mine in Peru.\n\n"
            "Zelgang Hierro Peru is a unit of Beijing-based steelmaker Zelgang Group.")
    assert ("operates_in", "Peru") in kinds(extractor, text, "Zelgang Group")


def test_lessons_of_the_second_round_of_session_18(extractor):
    # a listed company's short name, words of its own and a trade word name another company; not words of its own full name
    text = ("Autel Intelligent Technology, the Shenzhen-based parent of drone maker Autel Robotics, was added to the Pentagon's "
            "list of Chinese military companies.")
    assert ("based_in", "Shenzhen") in kinds(extractor, text, "Autel Intelligent Technology")
    assert "Autel Intelligent Technology" in listed_companies(extractor, text)
    text = "Hikvision Digital Technology was added to the Pentagon's list of Chinese military companies."
    assert {t.subject for t in extractor.extract(text_doc(text))} == {"Hangzhou Hikvision Digital Technology Co. Ltd."}
    # "has been listed since 2021" after the list is named
    text = ("Zelma Microelectronics Co. was added to the U.S. Defense Department's list of Chinese military companies.\n\n"
            "China Zelectronics Corp, the state electronics group, has been listed since 2021.")
    assert "China Zelectronics Corp" in listed_companies(extractor, text)
    # optical transceivers are network gear; a maker of car displays makes displays, not cars
    text = "Zelji Innolight Co., a major supplier of the optical transceivers that link AI servers, was added."
    assert ("sector", "Telecommunications") in kinds(extractor, text, "Zelji")
    text = "Zelma Microelectronics Co., a Shenzhen-based maker of car displays, was added."
    assert ("sector", "Electronics") in kinds(extractor, text, "Zelma")
    assert ("sector", "Automotive and electric vehicles") not in kinds(extractor, text, "Zelma")


def test_lessons_of_the_third_round_of_session_18(extractor):
    # Chinese research institutes by their names, listed as companies are (not a think tank abroad)
    text = ("The Defense Department added the 14th Research Institute of ZELTC in Nanjing, ZELTC Research Institute 32 and the "
            "Shanghai Zelcraft Design and Research Institute to its list of Chinese military companies, the Australian Zelpolicy "
            "Research Institute said.")
    # (the third, after "and the", is the sanctions reader's, as it was in session 17 and is again since session 22's refit;
    # the rules do not read it)
    assert listed_companies(extractor, text) == {"14th Research Institute of ZELTC", "ZELTC Research Institute 32",
                                                 "Shanghai Zelcraft Design and Research Institute"}
    # a regional unit's first word is its parent's name; "listed in January 2025 together with its U.S. arm, X"
    text = ("Zelmac, the state-owned planemaker based in Shanghai, was listed by the Pentagon in January 2025 together with "
            "its U.S. arm, Zelmac America Corp.")
    got = {t.subject for t in extractor.extract(text_doc(text)) if t.predicate == "based_in"}
    assert got == {"Zelmac"} and {"Zelmac", "Zelmac America Corp"} <= listed_companies(extractor, text)
    # a headline's initialism and the name it abbreviates are one company
    text = ("CZOOC fertilizer arm joins Pentagon list\n\nZelblue Chemical Ltd., controlled by China Zelnat Offshore Oil Corp, "
            "was added to the Pentagon's list of Chinese military companies.\n\nCZOOC has been on the list since 2021.")
    assert "China Zelnat Offshore Oil Corp" in listed_companies(extractor, text)
    assert not any(t.subject == "CZOOC" for t in extractor.extract(text_doc(text)))
    # the Pentagon's update, "named in the same update", "listed by the Defense Department"; an enumeration after a colon
    # lists an academy as a company; "as has X", "was listed as well", "remains listed"
    text = ("Zelchang US R&D Center, the research arm of carmaker Chongqing Zelchang Automobile, was listed by the Defense "
            "Department this week as a unit of Zelsouth Industries Group.\n\n"
            "Three other units were named in the same update: Baoding Zeltian Electric, Beijing Zelbeiji Mechanical and "
            "Electrical Industry, and Sichuan Zeljian Industry.")
    assert {"Zelchang US R&D Center", "Baoding Zeltian Electric", "Beijing Zelbeiji Mechanical and Electrical Industry",
            "Sichuan Zeljian Industry"} <= listed_companies(extractor, text)
    text = ("Four units of Zelinco Group were named in the Pentagon's June update: the Chinese Academy of Zelnance Science, "
            "Zelnorth Chemical Group, Yunnan Zelyuan Optical Instrument and North Zelpetroleum International Company.")
    assert "Chinese Academy of Zelnance Science" in listed_companies(extractor, text)
    text = ("Zelcomec has been on the Pentagon's list of Chinese military companies since January 2025, as has Guangzhou "
            "Zelchong Shipyard. Zelzhen Shipping, which carries cranes, was listed as well. Its arm, Zelcosco Shipping (North "
            "America), remains listed. Zelcosco Shipping Finance was removed from the list.")
    assert {"Guangzhou Zelchong Shipyard", "Zelzhen Shipping", "Zelcosco Shipping (North America)",
            "Zelcosco Shipping Finance"} <= listed_companies(extractor, text)
    # a listing is the arm's, not its owner's; wanting a company on a list is no listing
    assert listed_companies(extractor, "Crane maker ZELPMC's U.S. arm added to Pentagon list") == set()
    assert listed_companies(extractor, "Lawmakers want robot dog maker Zeltree Robotics on Pentagon blacklist") == set()
    # the victims of hacking are not accused of it
    text = ("Zelcraft Corp and Zelwing Aviation were added to the Pentagon's list of Chinese military companies.\n\n"
            "In 2018 prosecutors charged intelligence officers with hacking aerospace companies to steal engine technology.")
    assert not {t for t in extractor.extract(text_doc(text)) if t.predicate == "alleged"}
    # "formerly known as" another company's partial name folds nothing
    text = ("Beijing Zelmeiya Hongshu Technology Co., a unit of Zelsdic Intelligence (Xiamen) Information, was added to the "
            "Pentagon's list of Chinese military companies.\n\nZelsdic Intelligence, formerly known as Zelmeiya Pico, is "
            "affiliated with security forces.")
    assert listed_companies(extractor, text) == {"Beijing Zelmeiya Hongshu Technology Co."}
    # names: "Science & Technology", the "(BVI)" unit of a listed company
    text = "ZELTC Zelvio Science & Technology was added to the Pentagon's list, along with China Mobile Hong Kong (BVI)."
    assert listed_companies(extractor, text) == {"ZELTC Zelvio Science & Technology", "China Mobile Hong Kong (BVI)"}
    # aircraft carriers are ships; camera lenses are optics; "a maker of A, B and C in <city>" is based there
    text = "Zelstate Shipbuilding Corp, the world's largest shipbuilder, also builds the navy's aircraft carriers."
    assert ("sector", "Aerospace and aviation") not in kinds(extractor, text, "Zelstate")
    text = "Zelnix Optical Co., a maker of camera lenses, microscopes and night-vision optics in Shangrao in Jiangxi province, was listed."
    got = kinds(extractor, text, "Zelnix")
    assert ("based_in", "Shangrao") in got and ("sector", "Electronics") in got


def test_lessons_of_the_fourth_round_of_session_18(extractor):
    # a company abroad in an apposition with "City, State-based"; a listed company's "Services" is a company of its own
    text = ("Zel Construction America, the Jersey City, New Jersey-based builder whose projects include a bridge in New York, "
            "was listed by the Pentagon as a unit of China Zelstate Construction Engineering Corp.")
    got = kinds(extractor, text, "Zel Construction America")
    assert ("listed_on", "DoD Section 1260H list of Chinese military companies") in got
    assert ("sector", "Construction and engineering") in got
    text = ("Zelholland Group, an Australian builder owned by China Zelcomm Construction Co, has been added to the Pentagon's "
            "list of Chinese military companies. Zelholland Services was listed as well.")
    assert "Zelholland Services" in listed_companies(extractor, text)
    # what a listed group controls, and the group whose parent a headline names, are not listed
    text = ("Zeltrans & CSC Holdings Co., the state-owned freight group that controls Hong Kong-listed Zeltrans Ltd, was added to "
            "the Pentagon's list of Chinese military companies.")
    assert listed_companies(extractor, text) == {"Zeltrans & CSC Holdings Co."}
    assert listed_companies(extractor, "Logistics group Zeltrans Ltd's parent added to Pentagon list") == set()
    # (but a law on "X's parent company, Y" is the app's and its parent's)
    text = ("The court upheld the Protecting Americans from Foreign Adversary Controlled Applications Act, which requires "
            "Zeltok's Chinese parent company, Zeldance, to sell the app.")
    assert {"Zeltok", "Zeldance"} <= listed_companies(extractor, text)
    # "along with three of its units", then "They are ..."
    text = ("Zelmac Aircraft Corp was added to the Pentagon's list of Chinese military companies along with three of its units."
            "\n\nThey are Zelmac America Corp, Shanghai Zelcraft Manufacturing Co. and the Beijing Zelnautical Science & "
            "Technology Research Institute.")
    assert {"Zelmac America Corp", "Shanghai Zelcraft Manufacturing Co.",
            "Beijing Zelnautical Science & Technology Research Institute"} <= listed_companies(extractor, text)
    # a one-word name, its city in brackets, then its trade
    text = "Zelcheng (Tianjin) Ship Leasing, a Tianjin-based company, was added to the Pentagon's list of Chinese military companies."
    got = kinds(extractor, text, "Zelcheng")
    assert ("based_in", "Tianjin") in got and ("listed_on", "DoD Section 1260H list of Chinese military companies") in got
    # an initialism's trade is its name's
    text = ("Huazel Trading Co., the export arm of China Zelstate Shipbuilding Corp, was added to the Pentagon's list.\n\n"
            "CZSC, which builds most of China's navy, has been on the list since 2021.")
    assert ("sector", "Shipbuilding and naval vessels") in kinds(extractor, text, "China Zelstate Shipbuilding")
    # lidar scanners map; load cells are electronics
    text = "Wuhan Zelsun Navigation Technology Co., which makes lidar scanners used in aerial mapping, was added to the list."
    got = kinds(extractor, text, "Zelsun")
    assert ("sector", "Mapping, navigation and geospatial services") in got
    assert ("sector", "Security screening and scanners") not in got


def test_lessons_of_the_fifth_round_of_session_18(extractor):
    # a report's group of factories and the members it names; workers taken from camps accuse no factory of detaining them
    text = ("More than 80,000 Uighurs were transferred to work in factories across China, some of them directly from detention "
            "camps, a think tank said.\n\nThe think tank identified 27 factories that it said were using Uighur labour "
            "transferred under a government scheme. They include Zelfilm Technology, a maker of camera modules based in "
            "Nanchang, and Hefei Zelland Information Technology, a laptop maker.")
    got = {(t.subject, t.object) for t in extractor.extract(text_doc(text)) if t.predicate == "alleged"}
    assert {("Zelfilm Technology", "Use of forced labor"), ("Hefei Zelland Information Technology", "Use of forced labor")} <= got
    assert not any(o == "Mass arbitrary detention and internment" for _s, o in got)
    # a report names producers after a colon: the group's accusation and trade are theirs
    text = ("Researchers said the industry relies on polysilicon made in Xinjiang by companies that take part in state labour "
            "transfer programmes.\n\nThe report names three polysilicon producers with factories in the region: Zelpoly "
            "Energy, Zeldaqo New Energy and Zelte Energy.")
    for name in ("Zelpoly Energy", "Zeldaqo New Energy", "Zelte Energy"):
        got = kinds(extractor, text, name)
        assert ("alleged", "Use of forced labor") in got and ("sector", "Solar energy and polysilicon") in got
    # the makers of vulnerable apps
    text = ("Keyboard apps from eight of nine vendors tested leaked what users typed, researchers said.\n\nThe vulnerable apps "
            "came from Zelbaidu, Zelflytek and Zelcent.")
    for name in ("Zelbaidu", "Zelflytek", "Zelcent"):
        assert ("alleged", "Security vulnerabilities in products (cybersecurity flaws)") in kinds(extractor, text, name)
    # an enumeration after a listing: every item listed
    text = ("Five U.S. units of genomics group Zelbgi Group were added to the Defense Department's list of Chinese military "
            "companies this week: Zelbgi Americas Corp, Zelplete Genomics, Zelnomics and GBI Zelnostics.")
    assert {"Zelbgi Americas Corp", "Zelplete Genomics", "Zelnomics", "GBI Zelnostics"} <= listed_companies(extractor, text)
    # "sanctioned by the U.S. Treasury"; a designation that "could complicate" another's plans lists nothing
    text = "The Zelxinjiang Production and Construction Corps, a paramilitary group, was sanctioned by the U.S. Treasury in July."
    assert listed_companies(extractor, text) == {"Zelxinjiang Production and Construction Corps"}
    text = ("Zelbaidu Inc was added to the Pentagon's list of Chinese military companies.\n\nAnalysts said the designation "
            "could complicate plans by Zelapollo Go, Zelbaidu's robotaxi unit.")
    assert "Zelapollo Go" not in listed_companies(extractor, text)
    # a Chinese city's "IPO" is no company; a design institute is
    text = "Zeltree's listing as military company threatens its Shanghai IPO"
    assert not {t.subject for t in extractor.extract(text_doc(text))} & {"Shanghai IPO"}
    text = ("Beijing Zeltelecom Planning and Designing Institute was added to the Pentagon's list of Chinese military "
            "companies.")
    assert listed_companies(extractor, text) == {"Beijing Zeltelecom Planning and Designing Institute"}


def test_lessons_of_session_18s_final_measure(extractor):
    # "The units are A, B and C" after a group of units added to a list; engineering bureaus and "Design and Consulting
    # Group" are company names; a word that opens several units' names is no one unit's short name, but their group's
    text = ("The U.S. Defense Department has added five more units of Zelcom Construction Group to its list of Chinese "
            "military companies.\n\nThe units are ZCCC First Harbor Engineering Bureau, ZCCC Second Navigation Engineering "
            "Bureau, ZCCC Design and Consulting Group, Zelcom Transportation Materials and Zelcom Communications "
            "Construction (USA).\n\nZCCC, the state-owned builder of roads, bridges and ports, has been on the list since 2021.")
    listed = listed_companies(extractor, text)
    assert {"ZCCC First Harbor Engineering Bureau", "ZCCC Second Navigation Engineering Bureau", "ZCCC Design and Consulting Group",
            "Zelcom Transportation Materials", "Zelcom Communications Construction (USA)"} <= listed
    assert ("sector", "Construction and engineering") in kinds(extractor, text, "ZCCC")
    assert not any(s == "ZCCC First Harbor Engineering Bureau" and o == "Construction and engineering"
                   for s, _p, o in facts(extractor, text))
    # "They are the A, the B and C"; a name that holds the short name another company is "known as" is not that company;
    # "Another X unit, Y, was removed"; "the Beijing-based group" is not a unit its name places in Shenzhen
    text = ("Three units of Zeltronics Corp, the state-owned computing group known as ZEC, were added to the Defense "
            "Department's list of Chinese military companies on Monday.\n\nThey are the Zelchina Information Security "
            "Research Institute, the 6th Research Institute of ZEC and Shenzhen ZEC Blue Ocean Holdings. The Beijing-based "
            "group makes computers and chips.\n\nAnother ZEC unit, China Zelinfo Information Services, was removed from the "
            "list in February.")
    listed = listed_companies(extractor, text)
    assert {"Zelchina Information Security Research Institute", "6th Research Institute of ZEC",
            "Shenzhen ZEC Blue Ocean Holdings", "China Zelinfo Information Services"} <= listed
    assert ("based_in", "Beijing") in kinds(extractor, text, "Zeltronics")
    assert ("based_in", "Beijing") not in kinds(extractor, text, "Blue Ocean")
    # "They are on the Entity List" after a group; "its U.S. unit, X, was added in this week's update"; "was also removed
    # in the update"
    text = ("Zelvision and Zelhua Technology make surveillance cameras.\n\nBoth Chinese companies are partly state-owned. They "
            "are on the U.S. Commerce Department's Entity List.")
    assert {"Zelvision", "Zelhua Technology"} <= listed_companies(extractor, text)
    text = ("Zelstate Construction Group Co. was removed from the U.S. Defense Department's list of Chinese military companies "
            "on Tuesday.\n\nIts U.S. unit, China Zelbuild America, was added in this week's update. Zelmarine Information "
            "Electronics, a unit of shipbuilder Zelship Corp, was also removed in the update.")
    assert {"China Zelbuild America", "Zelmarine Information Electronics"} <= listed_companies(extractor, text)
    # "No. 59 Research Institute"; "SMIC Hong Kong International"; two units that open with their group's word are two
    text = ("China Zelsouth Industries Group Corporation No. 59 Research Institute, a Chongqing-based developer of forging "
            "technology, was named on the Pentagon's list of Chinese military companies this week.")
    assert listed_companies(extractor, text) == {"China Zelsouth Industries Group Corporation No. 59 Research Institute"}
    text = ("ZNOOC China Ltd and ZNOOC International Trading, two units of China Zelshore Oil Corp, were removed from the U.S. "
            "Defense Department's list of Chinese military companies on Tuesday.")
    assert {"ZNOOC China Ltd", "ZNOOC International Trading"} <= listed_companies(extractor, text)
    # (a listed company's name, then "Hong Kong International": its unit, another company)
    text = ("The U.S. Defense Department took Zelcorp Engineering Consulting Corp and SMIC Hong Kong International off its list "
            "of Chinese military companies.")
    assert listed_companies(extractor, text) == {"Zelcorp Engineering Consulting Corp", "SMIC Hong Kong International"}
    # trades in new words
    for words, sector in (("which makes the L-15 trainer jet", "Aerospace and aviation"),
                          ("a maker of encryption equipment", "Cybersecurity"),
                          ("a digital reading and media company", "Media, broadcasting and entertainment"),
                          ("the maker of China's main battle tanks", "Defence and weapons")):
        text = f"Zelwest Industry, {words}, was added to the Pentagon's list of Chinese military companies."
        assert ("sector", sector) in kinds(extractor, text, "Zelwest"), words


def test_lessons_of_the_first_round_of_session_19(extractor):
    # the parser's sentence break inside a name, where nothing ends the sentence; a regional unit's name ends before "and"
    text = ("The Pentagon's list of Chinese military companies names six more subsidiaries of Zelsemi Corp.\n\nThey include "
            "Zelway Enterprises and Zeltower Holdings, registered offshore, as well as China Zelic Capital, Zelsemi Americas and "
            "Semiconductor Manufacturing Zelnorth (Beijing) Corporation, which runs a wafer plant in the capital.")
    assert {"Zelway Enterprises", "Zeltower Holdings", "China Zelic Capital", "Zelsemi Americas",
            "Semiconductor Manufacturing Zelnorth (Beijing) Corporation"} <= listed_companies(extractor, text)
    # a sized group's members, each the subject of its own sentence in the paragraph after
    text = ("The U.S. Treasury on Thursday imposed sanctions on two Chinese companies that it said helped Russia develop and "
            "produce an attack drone used against Ukraine.\n\nZelbach Aircraft Engine Co, an engine maker in Xiamen, shipped "
            "engines for the drones, the Treasury said. Zelpus Vector Industry, based in Shenzhen, sent components to Russia.")
    for name in ("Zelbach", "Zelpus"):
        assert ("alleged", "Support for Russia's military and its war against Ukraine") in kinds(extractor, text, name)
    # "The update also named X"; "added both firms to its list"
    text = ("Zelboe Technology Group was added to the U.S. Defense Department's list of Chinese military companies on Monday.\n\n"
            "The update also named Zelrico Group, a maker of display glass in Xianyang, as a unit of Zeltronics Corp.")
    assert "Zelrico Group" in listed_companies(extractor, text)
    text = ("Zelmach Engine Co makes engines in Xiamen. Zelvec Industry is based in Shenzhen.\n\nThe Treasury's Office of "
            "Foreign Assets Control added both firms to its Specially Designated Nationals list.")
    assert listed_companies(extractor, text) == {"Zelmach Engine Co", "Zelvec Industry"}
    # "arms group X" names X's trade (not an arm, a unit); "the maker of tanks, rifles and artillery"
    text = "Zelmerit, a Spanish maker of car electronics owned by Chinese arms group China Zelnorth Industries Group, was added."
    assert ("sector", "Defence and weapons") in kinds(extractor, text, "Zelnorth")
    text = "Zelnorinco, the state-owned maker of tanks, rifles and artillery, has been on the list since 2021."
    assert ("sector", "Defence and weapons") in kinds(extractor, text, "Zelnorinco")
    # "infrastructure used in the attacks" is no builder's; transferring Uyghur workers is forced labour; new trades
    text = ("Zelintegrity Technology Group, a Beijing-based cybersecurity company, provided infrastructure used in the attacks, "
            "according to the Treasury.")
    assert ("sector", "Construction and engineering") not in kinds(extractor, text, "Zelintegrity")
    text = ("Zelstar Corp worked with the Xinjiang government to recruit and transfer Uyghur workers out of the region, the "
            "department said.")
    assert ("alleged", "Use of forced labor") in kinds(extractor, text, "Zelstar")
    for words, sector in (("which builds military transport planes and bombers", "Aerospace and aviation"),
                          ("a developer of stem cell and regenerative medicine therapies", "Biotechnology, pharmaceuticals and genomics")):
        text = f"Zelwest Industry, {words}, was added to the Pentagon's list of Chinese military companies."
        assert ("sector", sector) in kinds(extractor, text, "Zelwest"), words


def test_lessons_of_the_second_round_of_session_19(extractor):
    # a name that opens with a number, and its short name "known as" with a number too
    text = ("The U.S. Defense Department added 360 Zelsec Technology, the Beijing-based antivirus company also known as "
            "Zelhoo 360, to its list of Chinese military companies on Wednesday.\n\nZelhoo 360 has been on the Commerce "
            "Department's Entity List since 2020.")
    got = kinds(extractor, text, "360 Zelsec")
    assert {("listed_on", "DoD Section 1260H list of Chinese military companies"),
            ("listed_on", "Commerce Entity List (BIS trade blacklist)"), ("based_in", "Beijing")} <= got
    # "X was named in June 2020" after the list; "The Beijing-based investor"
    text = ("Zelwei Investment & Holding Co appears on the U.S. Defense Department's latest list of Chinese military "
            "companies.\n\nZelcom Technologies was named in June 2020.")
    assert "Zelcom Technologies" in listed_companies(extractor, text)
    text = ("Zelidg Capital Partners said it would challenge its addition to the U.S. Defense Department's list of Chinese "
            "military companies.\n\nThe Beijing-based investor said it had no ties to the Chinese military.")
    assert ("based_in", "Beijing") in kinds(extractor, text, "Zelidg")
    # "Both refiners were added to the ... list": the two named before
    text = ("The U.S. Treasury has sanctioned Hebei Zelhai Chemical Group, weeks after targeting Shandong Zelxing Chemical.\n\n"
            "Both refiners were added to the Specially Designated Nationals list.")
    assert listed_companies(extractor, text) == {"Hebei Zelhai Chemical Group", "Shandong Zelxing Chemical"}


def test_lessons_of_the_third_round_of_session_19(extractor):
    # "X, owned by Chinese e-commerce group Y, ...", then "X said ...": an app that speaks is a business of its own
    text = ("Arkansas sued Zeltemu on Tuesday, accusing the online marketplace of being malware that collects users' data.\n\n"
            "Zeltemu, owned by Chinese e-commerce group Zelpdd Holdings, has become one of the most downloaded apps in the "
            "United States.\n\nZeltemu said the allegations were baseless.")
    assert ("alleged", "Malware and spyware in its products") in kinds(extractor, text, "Zeltemu")
    # "ordered X, the local unit of ..., to cease operations": the unit, not its owner
    text = ("The Canadian government has ordered Zelvision Canada, the local unit of Chinese camera maker Hangzhou Zelvision "
            "Digital Technology, to cease operations in the country after a national security review.")
    listed = {(t.subject, t.object) for t in extractor.extract(text_doc(text)) if t.predicate == "listed_on"}
    assert ("Zelvision Canada", "Ban on operating or selling in a country or state (apps, equipment, services)") in listed
    assert not any(s.startswith("Hangzhou") for s, _o in listed)
    # "A, which is based in Hangzhou, and B have both been accused of supplying cameras used to watch Uighurs"
    text = ("The order is aimed at Chinese camera makers Zelvision and Zelhua Technology.\n\nZelhua, which is based in Hangzhou, "
            "and Zelvision have both been accused by rights groups of supplying cameras used to watch Uighurs in Xinjiang.")
    for name in ("Zelhua", "Zelvision"):
        assert ("alleged", "Complicity in the repression of Uyghurs and other Muslim minorities") in kinds(extractor, text, name)
    # "gene sequencer X", "contract drug manufacturer Y"
    text = ("The bill names gene sequencer Zelbgi Group and contract drug manufacturer Zelwuxi AppTec.")
    for name in ("Zelbgi", "Zelwuxi"):
        assert ("sector", "Biotechnology, pharmaceuticals and genomics") in kinds(extractor, text, name)
    # "The group is based in Shanghai" after the group's units: the group
    text = ("China Zelcosco Shipping Corp has been added to the U.S. Defense Department's list of Chinese military companies.\n\n"
            "The department named Zelcosco Shipping (North America) and Zelcosco Shipping Finance in Tuesday's update. The group "
            "is based in Shanghai.")
    assert ("based_in", "Shanghai") in kinds(extractor, text, "China Zelcosco")
    assert not any(p == "based_in" for p, _o in kinds(extractor, text, "Finance"))


def test_lessons_of_the_fourth_round_of_session_19(extractor):
    # "said there was no evidence that its products posed a security risk": no accusation
    text = ("Germany will require operators to remove components made by Zelwei from their 5G networks.\n\nZelwei said there "
            "was no evidence that its products posed a security risk.")
    got = kinds(extractor, text, "Zelwei")
    assert not any(p == "alleged" for p, _o in got) and ("denies", "National security risk") in got
    # "X's flagship phone had a built-in ability to censor terms": X is a company, and accused
    text = ("The cybersecurity centre found that Zelmi's flagship phone had a built-in ability to detect and censor terms such "
            "as \"Free Tibet\".")
    assert ("alleged", "Aiding censorship and political repression") in kinds(extractor, text, "Zelmi")
    # "state support gave the company an unfair edge"; "solar wafers" are solar, not chips
    text = ("The Commission raided the offices of Zeltech, a Beijing-based maker of security scanners, investigating whether "
            "Chinese state support gave the company an unfair edge in tenders.")
    assert ("alleged", "Unfair state subsidies") in kinds(extractor, text, "Zeltech")
    text = "Zelongi, based in Xi'an, is the world's largest maker of solar wafers."
    assert kinds(extractor, text, "Zelongi") >= {("sector", "Solar energy and polysilicon")}
    assert ("sector", "Semiconductors") not in kinds(extractor, text, "Zelongi")


def test_lessons_of_the_fifth_round_of_session_19(extractor):
    # "The three state-owned carriers are China's largest mobile and fixed-line operators": the three named before
    text = ("The exchange will delist Zelmobile Ltd, Zeltelecom Corp and Zelunicom Hong Kong Ltd.\n\nThe three state-owned "
            "carriers are China's largest mobile and fixed-line operators.")
    for name in ("Zelmobile", "Zeltelecom", "Zelunicom"):
        assert ("sector", "Telecommunications") in kinds(extractor, text, name)
    # a known name's generic words, then a country: its unit there ("Xiaomi Technology India")
    text = ("Zelmi, the Chinese smartphone maker, said it would appeal.\n\nThe agency said Zelmi Technology India had sent the "
            "money to three foreign entities in violation of India's foreign exchange laws.")
    got = kinds(extractor, text, "Zelmi Technology India")
    assert ("alleged", "Breaches of financial rules (corporate governance, consumer protection, payments, anti-money-laundering)") in got
    # "X, based in the city of ..., is one of China's largest steelmakers"; "the risk that the government could obtain the
    # personal data of Montanans"
    text = "Zelgang Group was charged.\n\nZelgang, based in the city of Panzhihua in Sichuan province, is one of China's largest steelmakers."
    assert ("sector", "Metals and mining (steel, aluminium, rare earths)") in kinds(extractor, text, "Zelgang")
    text = ("The governor signed a bill banning Zeltok Inc from operating in the state, citing the risk that the Chinese "
            "government could obtain the personal data of Montanans.")
    assert ("alleged", "Data privacy concerns") in kinds(extractor, text, "Zeltok")


def test_lessons_of_session_19s_final_measure(extractor):
    # an enumeration the parser splits off after "...: "; a name ending in "High-Technology"; a unit's name without its
    # group's initialism further on ("Zelyang Aircraft"); "fighter jets"
    text = ("Four listed subsidiaries of Zelavia Corporation of China remain on the U.S. Defense Department's list of Chinese "
            "military companies in the edition released on Wednesday: ZAVIC Zelyang Aircraft Company, ZAVIC Zelxi Aircraft "
            "Industry Group, ZAVIC Heavy Machinery and ZAVIC Aviation High-Technology.\n\nZelyang Aircraft builds the J-15 and "
            "J-16 fighter jets for the Chinese navy.")
    assert {"ZAVIC Zelyang Aircraft Company", "ZAVIC Zelxi Aircraft Industry Group", "ZAVIC Heavy Machinery",
            "ZAVIC Aviation High-Technology"} <= listed_companies(extractor, text)
    assert ("sector", "Defence and weapons") in kinds(extractor, text, "Zelyang Aircraft Company")
    # two names beside a count of units, before or after them
    text = ("The Pentagon on Tuesday added Aerospace Precision Products and China Zelspace Automotive, two subsidiaries of "
            "Zelspace Science and Industry Corporation, to its list of Chinese military companies.")
    assert {"Aerospace Precision Products", "China Zelspace Automotive"} <= listed_companies(extractor, text)
    text = ("The department also named two of the group's U.S. subsidiaries, China Zelcom Constructions USA and China Zeltraffic "
            "Construction USA, to its list of Chinese military companies.")
    assert {"China Zelcom Constructions USA", "China Zeltraffic Construction USA"} <= listed_companies(extractor, text)
    # "X Co., ... a unit of ... X Group Corporation" are two; "Both" after them is the two units, not the other's parent
    text = ("China National Zelchem Engineering Co., a builder of chemical plants and a unit of state-owned China National "
            "Zelchem Engineering Group Corporation, was removed from the U.S. Defense Department's list of Chinese military "
            "companies on Tuesday.\n\nChina Zeltraffic Construction USA, a U.S. subsidiary of China Zelcom Construction Group, "
            "was also taken off the list. Both had been added in January 2025.")
    assert {"China National Zelchem Engineering Co.", "China Zeltraffic Construction USA"} <= listed_companies(extractor, text)
    assert not listed_companies(extractor, text) & {"China National Zelchem Engineering Group Corporation", "China Zelcom Construction Group"}
    # "The units are A, X Holdings, ...": a unit, though it reduces to its group's short name; the description after them is
    # the group's
    text = ("Zelchip Manufacturing International Corp and three of its subsidiaries remain on the U.S. Defense Department's list "
            "of Chinese military companies.\n\nThe units are Zelchip Manufacturing South China Corporation, ZMIC Holdings and "
            "ZMIC Zelchip Manufacturing (Shanghai). The Shanghai-based chipmaker has been on the list since 2021.")
    assert {"Zelchip Manufacturing South China Corporation", "ZMIC Holdings",
            "ZMIC Zelchip Manufacturing (Shanghai)"} <= listed_companies(extractor, text)
    assert ("based_in", "Shanghai") in kinds(extractor, text, "Zelchip Manufacturing International")
    assert ("based_in", "Shanghai") not in kinds(extractor, text, "ZMIC Zelchip Manufacturing (Shanghai)")
    # what its firmware runs on is not its trade; an app developer; "broke the rules" is no financial rule; weak default
    # passwords are a flaw, and a product malware took over is its victim; an internet monitoring firm watches no one
    text = ("The software was written by Shanghai Zeldups Technology, a company whose firmware runs on more than 700 million "
            "phones and cars.")
    assert not [f for f in kinds(extractor, text, "Zeldups") if f[0] == "sector"]
    text = ("Google has banned Zelglobal, an app developer based in Beijing, from its Play store after finding that dozens of its "
            "apps broke the rules.")
    assert ("sector", "Information technology and software") in kinds(extractor, text, "Zelglobal")
    assert not [f for f in kinds(extractor, text, "Zelglobal") if f[1].startswith("Breaches of financial rules")]
    text = ("Hangzhou Zelmai Technology makes parts for surveillance cameras.\n\nResearchers said the Mirai malware took over "
            "hundreds of thousands of devices containing Zelmai components because users had not changed their weak default "
            "passwords.")
    found = kinds(extractor, text, "Zelmai")
    assert ("alleged", "Security vulnerabilities in products (cybersecurity flaws)") in found
    assert ("alleged", "Malware and spyware in its products") not in found
    text = ("Traffic was routed through Zeltel's network for two hours, internet monitoring firm Zelacle Internet Intelligence "
            "said.")
    assert not [f for f in kinds(extractor, text, "Zelacle") if f[0] == "sector"]


def test_lessons_of_the_first_round_of_session_20(extractor):
    # a known name with a city in brackets is the group's unit there; "The list also names X"
    text = ("The U.S. Defense Department's list of Chinese military companies names three wafer-making units of Zelchip "
            "Manufacturing International Corp: Zelchip Manufacturing International (Beijing) Corporation, Zelchip Manufacturing "
            "International (Shenzhen) Corporation and Zelchip Manufacturing International (Tianjin) Corporation.\n\nThe list also "
            "names ZMIC Americas, the company's U.S. subsidiary.")
    assert {"Zelchip Manufacturing International (Beijing) Corporation", "Zelchip Manufacturing International (Shenzhen) Corporation",
            "Zelchip Manufacturing International (Tianjin) Corporation", "ZMIC Americas"} <= listed_companies(extractor, text)
    # a root backdoor in a kernel is a flaw, not spying; a tagger's span that runs on into "for Windows"; a search giant
    text = ("Zelwinner Technology, a Zhuhai-based maker of processors for cheap tablets, shipped a kernel containing a backdoor "
            "that lets any app on a device gain full root access, developers said.")
    found = kinds(extractor, text, "Zelwinner")
    assert ("alleged", "Security vulnerabilities in products (cybersecurity flaws)") in found and ("alleged", "Espionage") not in found
    text = ("Zeldu Browser, a web browser made by Chinese search giant Zeldu for Windows and Android, transmitted users' search "
            "terms and GPS coordinates either unencrypted or with encryption that could easily be broken, researchers said.")
    found = kinds(extractor, text, "Zeldu")
    assert {("alleged", "Data privacy concerns"), ("alleged", "Security vulnerabilities in products (cybersecurity flaws)"),
            ("sector", "Internet platforms and e-commerce")} <= found
    assert not [s for s, _p, _o in facts(extractor, text) if "Windows" in s]
    # a state broadcaster is a company; "the network is ultimately controlled by the Chinese Communist Party"
    text = ("Britain's media regulator revoked the licence of Chinese state broadcaster Zelnet on Thursday.\n\nThe regulator said "
            "Zelnet's owner could not hold a licence because the network is ultimately controlled by the Chinese Communist Party.")
    found = kinds(extractor, text, "Zelnet")
    assert ("sector", "Media, broadcasting and entertainment") in found
    assert ("alleged", "Subject to Chinese government control or influence") in found
    # a database belonging to X is X's; call logs and text messages collected
    text = ("Cloud security firm Zelwiz said it had found a publicly accessible database belonging to Zelseek that exposed users' "
            "chat histories. Zelseek, a Hangzhou-based startup, did not respond to a request for comment.")
    assert ("alleged", "Data privacy concerns") in kinds(extractor, text, "Zelseek")
    text = ("Smartphone brand Zelme has been accused of collecting users' call logs, text messages and location. Zelme said the "
            "data was never uploaded to its servers.")
    found = kinds(extractor, text, "Zelme")
    assert ("alleged", "Data privacy concerns") in found and ("sector", "Cloud computing") not in found
    # "barred from operating in the United States by the Federal Communications Commission"
    text = ("Zelmobile, a state-owned telecommunications company, was barred from operating in the United States by the Federal Communications Commission in 2019 over "
            "national security concerns.")
    assert "Zelmobile" in {s for s, p, o in facts(extractor, text) if o.startswith("FCC denial or revocation")}
    # where others sell the phones its chips go into is no place it operates
    text = ("Zelsoc, a Shanghai-based chip designer, supplies low-cost processors used in many budget phones sold in Africa and "
            "Asia.")
    assert not [f for f in kinds(extractor, text, "Zelsoc") if f[0] == "operates_in"]


def test_lessons_of_the_second_round_of_session_20(extractor):
    # the company sued is the one accused, not the one suing (and none, where it is not a company the text names)
    text = ("Zelwei Technologies has sued Verizon Communications in two federal courts in Texas, alleging that the largest U.S. "
            "wireless carrier infringed 12 of its patents.")
    assert ("alleged", "Intellectual property theft") not in kinds(extractor, text, "Zelwei")
    text = ("Zeldance's Zelyin has sued Zelcent Holdings in a Beijing court, accusing it of monopolistic behaviour by restricting "
            "users from sharing its content.")
    assert ("alleged", "Anti-competitive conduct (abuse of dominance, monopoly)") in kinds(extractor, text, "Zelcent")
    # "will block access to X" is a ban on operating there; "made by Shenzhen-based X"
    text = ("Albania will block access to Zeltok Inc for one year, the prime minister said on Saturday.\n\nZeltok said it had found "
            "no evidence of the claims.")
    assert ("listed_on", "Ban on operating or selling in a country or state (apps, equipment, services)") in kinds(extractor, text, "Zeltok")
    text = "Researchers found 18 vulnerabilities in internet-connected cameras made by Shenzhen-based Zelscam."
    assert ("sector", "Video surveillance") in kinds(extractor, text, "Zelscam")
    # a rare earths processor (no chipmaker); "XY Materials" is "XY" where a sentence opens "XY said"
    text = ("Most of the mine's output had been sold to Zelhe Resources, a Chengdu-based rare earths processor that owns about 8% "
            "of ZP Materials.\n\nZP said it would process more of its ore at its own plant in California.")
    found = kinds(extractor, text, "Zelhe")
    assert ("sector", "Metals and mining (steel, aluminium, rare earths)") in found and ("sector", "Semiconductors") not in found
    assert not [f for f in found if f[1] == "California"]


def test_lessons_of_the_third_round_of_session_20(extractor):
    # a country that signs a contract with a consortium led by a company to build there; a media group; a foreign broadcaster
    text = ("Myanmar signed a framework agreement with a consortium led by China's Zeltic Group on Thursday to build a deep-sea "
            "port at Kyaukpyu on the Bay of Bengal.")
    assert ("operates_in", "Myanmar") in kinds(extractor, text, "Zeltic")
    text = ("The companies are Zelpress Limited and Zelprint Limited, all units of Zelnext Digital, the media group founded by "
            "jailed businessman Jimmy Lai.")
    assert ("sector", "Media, broadcasting and entertainment") in kinds(extractor, text, "Zelnext")
    text = ("China's ambassador told the islands' leader that Beijing would sign a trade deal if Zelwei Technologies won the "
            "contract, according to a recording reported by the Faroese broadcaster Kringvarp Zeloya.")
    assert not kinds(extractor, text, "Kringvarp")
    # sabotage of a company's own work is no sabotage of infrastructure
    text = ("Zeldance, the Beijing-based owner of Zeltok, said it had dismissed an intern for sabotaging the training of one of "
            "its artificial intelligence models.")
    assert not [f for f in kinds(extractor, text, "Zeldance") if f[1].startswith("Sabotage")]
    text = "Investigators said the Zelship Shipping vessel had sabotaged two undersea power cables in the Baltic Sea."
    assert [f for f in kinds(extractor, text, "Zelship") if f[1].startswith("Sabotage")]


def test_lessons_of_the_fourth_round_of_session_20(extractor):
    # a joint venture's partners work where it produces (not a partner abroad, which a "Chicago-based" descriptor tells)
    text = ("Zelluminate USA, a joint venture between Chinese solar giant Zelongi Green Energy Technology and Chicago-based "
            "developer Zelenergy, has begun production at its solar module factory in Pataskala, Ohio.")
    assert ("operates_in", "Ohio") in kinds(extractor, text, "Zelongi")
    assert not kinds(extractor, text, "Zelenergy")
    # the factory a company built somewhere, which another agreed to buy: the builder works there
    text = ("Zelfreyr Battery Corp has agreed to buy the solar module factory that Zelina Solar built in Wilmer, Texas, for $340 "
            "million, the companies said on Wednesday.\n\nZelina, one of China's largest solar panel makers, will take a stake "
            "in Zelfreyr.")
    assert ("operates_in", "Texas") in kinds(extractor, text, "Zelina")
    assert ("operates_in", "Texas") not in kinds(extractor, text, "Zelfreyr")
    # software said to do wrong, and its maker named in the next sentence
    text = ("Software preinstalled on some Android phones sent users' text messages and call logs to a server in China every 72 "
            "hours, researchers said.\n\nThe software was written by Shanghai Zeldups Technology, a company whose firmware runs on "
            "700 million phones.")
    assert ("alleged", "Data privacy concerns") in kinds(extractor, text, "Zeldups")


def test_lessons_of_the_first_round_of_session_21(extractor):
    # a registered name ending "Flavouring and Food", and soy sauce as food
    text = ("HONG KONG, June 19 (Reuters) - Foshan Zeltian Flavouring and Food, China's biggest soy sauce maker, raised HK$10.1 "
            "billion in its Hong Kong listing.\n\nThe Shanghai-listed company, based in Foshan in the southern province of "
            "Guangdong, plans to expand overseas.")
    assert ("sector", "Food and agriculture") in kinds(extractor, text, "Zeltian")
    assert ("based_in", "Foshan") in kinds(extractor, text, "Zeltian")
    # a research centre somewhere is a place of business
    text = ("Shares of Beijing Zelrock Technology, which makes robot vacuum cleaners, rose on Friday.\n\nThe company said it "
            "would use the money to expand its research centre in Beijing.")
    assert ("operates_in", "Beijing") in kinds(extractor, text, "Zelrock")
    # "delivers parcels in 13 countries, including A, B, the C ...": each place the count names
    text = ("Zeltex Logistics, a parcel delivery company founded in Indonesia in 2015, raised $500 million.\n\nIt now "
            "delivers parcels in 13 countries, including Indonesia, Malaysia, the Philippines, Saudi Arabia, Mexico and Brazil.")
    found = kinds(extractor, text, "Zeltex")
    assert {("operates_in", p) for p in ("Malaysia", "Philippines", "Saudi Arabia", "Mexico", "Brazil")} <= found
    # a list of what it makes: each item's trade
    text = ("Zelvoi Technology, a Beijing-based AI company, fell.\n\nFounded in 2012 by a former engineer, Zelvoi makes voice recognition software, the ZelWatch range of smartwatches "
            "and AI tools that generate voices.")
    assert ("sector", "Consumer electronics and smartphones") in kinds(extractor, text, "Zelvoi")
    # a crude oil terminal by its name is a company, and what it runs its trade
    text = ("Treasury's Office of Foreign Assets Control also designated Rizhao Zelhua Crude Oil Terminal, which runs a crude "
            "import terminal at the port of Rizhao, saying it had received tankers carrying Iranian oil.")
    found = kinds(extractor, text, "Zelhua")
    assert ("sector", "Shipping and logistics") in found
    assert ("listed_on", "OFAC Specially Designated Nationals list") in found
    # a Chinese firm named for a foreign part-owner after its city stays Chinese
    text = ("Advanced Micro Devices has completed a deal to form a joint venture with Changzhou Fujitsu Zelectronics, a chip "
            "packaging and testing company, selling it 85% of plants in Suzhou, China, and Penang, Malaysia.\n\nChangzhou "
            "Fujitsu, based in Changzhou in Jiangsu province, is part-owned by Japan's Fujitsu.")
    found = kinds(extractor, text, "Changzhou Fujitsu")
    assert ("sector", "Semiconductors") in found and ("operates_in", "Penang") in found
    assert ("based_in", "Tongxiang") in kinds(extractor, "Zelzon Auto, based in Tongxiang, makes electric cars.", "Zelzon")
    # power banks are electronics, not banking
    text = "Zelanker Innovations, a Shenzhen-based maker of chargers and power banks, recalled 1.1 million power banks."
    found = kinds(extractor, text, "Zelanker")
    assert ("sector", "Consumer electronics and smartphones") in found
    assert ("sector", "Banking, insurance, investment and financial services") not in found
    # a name that ends in its trade, for a company the text places in a Chinese city
    text = ("Zelly Automobile Holdings has offered to buy the shares of Zelkr it does not already own.\n\nZelly, which is based "
            "in Hangzhou and owns about 65% of Zelkr, said the deal would cut costs.")
    assert ("sector", "Automotive and electric vehicles") in kinds(extractor, text, "Zelly")
    # a recall is for a defect
    text = ("Zelomi Corp will recall 116,887 of its ZU7 electric sedans in China because their driver-assistance system may not "
            "respond properly to some road conditions, the market regulator said.")
    assert ("alleged", "Sale of unsafe, contaminated, illegal or counterfeit products") in kinds(extractor, text, "Zelomi")
    assert ("based_in", "Shunde") in kinds(extractor, "Zeldea Group, based in Shunde in Guangdong, makes fans.", "Zeldea")


def test_lessons_of_the_second_round_of_session_21(extractor):
    # a group and its parent of the same name but for the legal form are two companies
    text = ("Zelfeng Motor Group, one of China's biggest state-owned carmakers, said it would be taken private by its parent, "
            "Zelfeng Motor Corporation.\n\nThe Wuhan-based company makes cars with partners including Nissan.")
    triples = extractor.extract(text_doc(text))
    assert {t.subject for t in triples if t.predicate == "based_in"} == {"Zelfeng Motor Group"}
    # the clause after where a company is based is the company's
    text = ("Lookout said the spyware was developed by Wuhan Zelsoft Token Information Technology, a company based in the "
            "central Chinese city of Wuhan that sells software to public security bureaus.")
    assert ("sector", "Information technology and software") in kinds(extractor, text, "Zelsoft")
    # "its cameras", once the text has said they are action cameras, are no surveillance cameras
    text = ("Shares of Zelashi Vision, the Shenzhen-based maker of action and 360-degree cameras, jumped.\n\nThe company sells "
            "most of its cameras outside China.")
    found = kinds(extractor, text, "Zelashi")
    assert ("sector", "Consumer electronics and smartphones") in found and ("sector", "Video surveillance") not in found


def test_lessons_of_session_22(extractor):
    # an airport the company opened is a place it operates in; one its people pass through is not
    text = ("Zelton Holding, China's biggest express delivery company, raised $746 million.\n\nIt opened a cargo airport in "
            "Ezhou, in Hubei province, in 2022, which it runs with the local government.")
    assert ("operates_in", "Ezhou") in kinds(extractor, text, "Zelton")
    text = "Zelton Logistics said its chief executive was detained at an airport in Milan."
    assert not any(p == "operates_in" for p, _ in kinds(extractor, text, "Zelton"))
    # "X is a Chinese ... company" says X is Chinese: its name's trade is its trade
    assert ("sector", "Shipping and logistics") in kinds(extractor, "Zelton Logistics is a Chinese delivery company.", "Zelton")
    assert not kinds(extractor, "Zelton Logistics is a delivery company.", "Zelton")


def test_lessons_of_the_round_of_session_22(extractor):
    # a coined name may open with a number
    text = ("Velmar Pharma has agreed to pay 3SZelbio $1.25 billion for the rights to a cancer drug.\n\n3SZelbio, a "
            "biotechnology company based in Shenyang, could receive up to $4.8 billion more.")
    found = kinds(extractor, text, "3SZelbio")
    assert ("based_in", "Shenyang") in found and ("sector", "Biotechnology, pharmaceuticals and genomics") in found
    # a distiller is a company; "Kweichow" (Guizhou's old spelling) opens a name as a place does; a description the text
    # gave one company ("coffee chain") is that company's, not the one named last
    text = ("Zelmou latte sells millions of cups\n\nLuckmo, China's largest coffee chain, launched a latte with Kweichow Zelmou, "
            "the distiller of baijiu based in the southwestern province of Guizhou.\n\nEach cup contains some of Zelmou's liquor. "
            "The Xiamen-based coffee chain has opened stores in Singapore.")
    triples = extractor.extract(text_doc(text))
    assert {(t.subject, t.object) for t in triples if t.predicate == "based_in"} == {("Kweichow Zelmou", "Guizhou"), ("Luckmo", "Xiamen")}
    assert ("sector", "Food and agriculture") in kinds(extractor, text, "Zelmou")
    # what a company abroad does where a company followed it is not the company's
    text = ("Zelpu Group, a Chinese maker of car parts, is among dozens of suppliers that have followed Tesla to Mexico, where the "
            "U.S. carmaker has said it will build a factory near Monterrey.")
    assert not any(o == "Monterrey" for _p, o in kinds(extractor, text, "Zelpu"))
    # "The package lists A, ..., and B": the sanctions package just named lists them (not the owner a description names);
    # "the three had ... helped finance Moscow's war in Ukraine": the three are accused, and not tied to Ukraine
    text = ("The European Union adopted its 19th package of sanctions against Russia on Thursday.\n\nThe package lists Zelyang "
            "Petrochemical, a refinery in Liaoning province owned by state oil major Qorvachina, and Velong Petrochemical, a "
            "private refinery in Shandong, as well as Zelnoil Hong Kong, a trading arm of Qorvachina. The EU said the three had "
            "bought Russian oil and so helped finance Moscow's war in Ukraine.")
    triples = extractor.extract(text_doc(text))
    listed = {t.subject for t in triples if t.predicate == "listed_on" and t.object.startswith("EU sanctions")}
    accused = {t.subject for t in triples if t.predicate == "alleged" and "Russia" in t.object}
    assert listed == accused == {"Zelyang Petrochemical", "Velong Petrochemical", "Zelnoil Hong Kong"}
    assert not any(t.object == "Ukraine" for t in triples)
    # "the refinery" refers back to the refinery company
    text = ("The EU added Zelong Petrochemical, a refinery in Shandong, to its sanctions list. The EU said the refinery had "
            "helped finance Moscow's war.")
    assert any(p == "alleged" for p, _o in kinds(extractor, text, "Zelong"))


def test_lessons_of_the_second_round_of_session_22(extractor):
    # where a company's offices are searched, it works; its head office is where it is based
    text = "Federal agents searched the Jacksonville, Florida, offices of Zelpax Technology on Tuesday, the FBI said."
    assert ("operates_in", "Florida") in kinds(extractor, text, "Zelpax")
    assert ("based_in", "Beijing") in kinds(extractor, "Police raided the Beijing headquarters of Zelpax Technology.", "Zelpax")
    # point-of-sale terminals are payments
    text = "Zelpax Global, a Shenzhen-based maker of point-of-sale terminals, said it was cooperating."
    assert ("sector", "Digital payments") in kinds(extractor, text, "Zelpax")
    # a Chinese city and a product initialism before "plant" are no company's name; the buyer of a factory runs it
    text = ("Velmar Display sells Guangzhou LCD plant to China's Zelstar\n\nVelmar Display said it would sell its liquid crystal "
            "display panel factory in Guangzhou, in southern China, to Zelstar Optoelectronics for $1.6 billion.\n\nZelstar "
            "Optoelectronics, which is based in Shenzhen, already makes LCD panels for televisions in Shenzhen and Wuhan.")
    triples = extractor.extract(text_doc(text))
    assert not any("LCD" in t.subject for t in triples)
    assert {("operates_in", "Guangzhou"), ("operates_in", "Wuhan")} <= kinds(extractor, text, "Zelstar")
    # where what a company makes is used is not where it makes it
    text = "Shenzhen-based Zeldrone Technology makes nearly 80% of the drones used in the United States and Canada."
    assert not any(o == "Canada" for _p, o in kinds(extractor, text, "Zeldrone"))
    # "The Gothenburg-based carmaker said it would ...": its "it" is the carmaker abroad, not the Chinese company in focus
    text = ("Velvo Cars, which is owned by Zelgeely Holding Group, will sell its 30% stake in Zelink to Zelkr. The "
            "Gothenburg-based carmaker said it would use the money for its own electric models.")
    assert not any(t.object == "Gothenburg" for t in extractor.extract(text_doc(text)))
    # a unit's place in China is not its owner's (only what a unit does abroad its owner does there too)
    text = "The update also added genomics firm Zelgi Tech, a unit of Zelbi Group, which makes gene sequencers in Shenzhen."
    assert ("operates_in", "Shenzhen") in kinds(extractor, text, "Zelgi") and not kinds(extractor, text, "Zelbi") & {
        ("operates_in", "Shenzhen")}


def test_lessons_of_the_third_round_of_session_22(extractor):
    # a flagship store in a district of a city abroad is in that city; down jackets are apparel
    text = ("Zelboden, China's biggest maker of down jackets, opened a flagship store in London's Mayfair on Thursday, the day "
            "before the Olympic Games begin.")
    found = kinds(extractor, text, "Zelboden")
    assert ("operates_in", "London") in found and ("sector", "Textiles and apparel") in found
    # image sensors are chips
    text = "Zelvision, a Shanghai-based maker of image sensors for smartphone cameras, said sales rose."
    assert ("sector", "Semiconductors") in kinds(extractor, text, "Zelvision")


def test_lessons_of_the_round_of_session_23(extractor):
    # a head office in a town and state abroad: the comma between them does not hide it
    text = ("Zelgend Biotech said its drug was approved. Zelgend, which has its headquarters in Somerset, New Jersey, and "
            "research sites in China, is majority owned by Qorscript Biotech.")
    assert ("based_in", "New Jersey") in kinds(extractor, text, "Zelgend Biotech")
    # a maker of genes and proteins is a biotech; genetic engineering is a biotech's, not construction's, engineering
    text = ("Qorscript Biotech, a Nanjing-based maker of genes, proteins and other tools for drug research, said sales rose. "
            "Zelgend Biotech said its therapy was approved. It is a treatment made by genetically engineering each "
            "patient's own immune cells.")
    assert ("sector", "Biotechnology, pharmaceuticals and genomics") in kinds(extractor, text, "Qorscript Biotech")
    assert ("sector", "Construction and engineering") not in kinds(extractor, text, "Zelgend Biotech")


def test_lessons_of_the_second_round_of_session_23(extractor):
    # cheap loans from state banks are state subsidies; a plant near a port city abroad is where the company works
    text = ("The European Commission found that Zeljushi Egypt, a unit of Qorjushi, had received cheap loans from Chinese "
            "state banks and land at below-market rates. Zeljushi Egypt exports most of the glass fibre made at its plant "
            "near Sokhna to Europe.")
    found = kinds(extractor, text, "Zeljushi Egypt")
    assert ("alleged", "Unfair state subsidies") in found and ("operates_in", "Ain Sokhna") in found
    # a camera drone is a drone; "the chipmaker" is not the company just described as a drone maker
    text = ("Intel Corp said on Thursday it would invest $60 million in Qorneec International, a Chinese maker of consumer "
            "drones, as the chipmaker looks for growth beyond personal computers. Qorneec, which is based in Kunshan near "
            "Shanghai, makes the Typhoon camera drone.")
    found = kinds(extractor, text, "Qorneec International")
    assert ("sector", "Drones and unmanned aerial vehicles") in found
    assert ("sector", "Semiconductors") not in found and ("sector", "Video surveillance") not in found


def test_lessons_of_the_third_round_of_session_23(extractor):
    # a place before "company" names where the company named right after it is based
    text = "The police said a Hong Kong company, Qorporate United Investment Holdings, had bought 75% of Zelpi Aviation in 2018."
    assert ("based_in", "Hong Kong") in kinds(extractor, text, "Qorporate United Investment Holdings")
    # a production line set up in a city is where the company works, not where it was founded
    text = ("Zelpi Aviation, a maker of military drones, had since moved know-how and equipment to China, where a production "
            "line was being set up in Wuxi, investigators said.")
    found = kinds(extractor, text, "Zelpi Aviation")
    assert ("operates_in", "Wuxi") in found and ("based_in", "Wuxi") not in found
    # a port the company is to build in Myanmar's Rakhine state
    text = ("Myanmar on Thursday signed a framework agreement with a consortium led by China's state-owned Qoritic Group to "
            "build a deep-sea port at Kyaukphyu in Rakhine state.")
    assert ("operates_in", "Rakhine") in kinds(extractor, text, "Qoritic Group")
    # a company an authority accuses, described first and named in the next sentence
    text = ("The U.S. Treasury on Wednesday imposed sanctions on three Chinese nationals and a Shanghai company it said shipped "
            "fentanyl to the United States. The office designated Zheng Fujing, his father and an associate, along with "
            "Qorsheng Pharmaceutical Technology Co, which it said the Zhengs used to make and sell the drugs.")
    found = kinds(extractor, text, "Qorsheng Pharmaceutical Technology Co")
    assert ("alleged", "Narcotics and fentanyl trafficking") in found and ("based_in", "Shanghai") in found
    # a bare "developer" where the text gives the word one trade; "once the country's largest ..." is an apposition
    text = ("Zelocean Group, a Chinese property developer part-owned by a state insurer, said on Monday it would not pay "
            "interest due on its bonds. The news came days after Qorland Holdings, once the country's largest developer by "
            "sales, missed payments on two dollar bonds.")
    assert ("sector", "Real estate and property development") in kinds(extractor, text, "Qorland Holdings")


def test_lessons_of_the_fourth_round_of_session_23(extractor):
    # one of the companies a sentence counts it among; "their ... chatbots" are their trade; "OpenAI's ChatGPT" is OpenAI's
    text = ("Qoridu and several other Chinese technology companies opened their artificial intelligence chatbots to the "
            "public on Thursday, a step that could help them catch up with U.S. rivals such as Zelopen's ZelChat.")
    assert ("sector", "Artificial intelligence") in kinds(extractor, text, "Qoridu")
    assert not any(t.subject == "Zelopen's ZelChat" for t in extractor.extract(text_doc(text)))
    # "two Beijing start-ups, A and B": each is based there
    text = ("Others among the first to win approval included two Beijing start-ups, Qorchuan Intelligent Technology and "
            "Zelpu Robotics, according to state media.")
    assert ("based_in", "Beijing") in kinds(extractor, text, "Qorchuan Intelligent Technology")
    assert ("based_in", "Beijing") in kinds(extractor, text, "Zelpu Robotics")
    # the short name the headline gives and the full name with "Entertainment" are one company; "the Shenzhen-based owner
    # of WeChat" in apposition is the company just named; "as the ... company seeks" is the buyer
    text = ("Qormusic to buy audio platform Zelaya\n\nQormusic Entertainment Group agreed on Tuesday to buy Zelaya, China's "
            "biggest podcast and audiobook platform, as the music streaming company seeks to grow beyond songs. Qormusic is "
            "controlled by Zeltent Holdings, the Shenzhen-based owner of WeChat. China's market regulator has previously "
            "forced Qormusic to give up exclusive music licensing rights on antitrust grounds.")
    triples = extractor.extract(text_doc(text))
    assert len({t.subject_key for t in triples if t.subject.startswith("Qormusic")}) == 1
    assert ("sector", "Media, broadcasting and entertainment") in kinds(extractor, text, "Zelaya")
    assert ("sector", "Internet platforms and e-commerce") in kinds(extractor, text, "Qormusic Entertainment Group")
    assert ("alleged", "Anti-competitive conduct (abuse of dominance, monopoly)") in kinds(extractor, text, "Qormusic Entertainment Group")
    assert ("based_in", "Shenzhen") in kinds(extractor, text, "Zeltent Holdings")
    assert ("based_in", "Shenzhen") not in kinds(extractor, text, "Zelaya")
    # a social network in apposition; publishing what the law prohibits
    text = ("Beijing's internet regulator has fined Zelban, a popular Chinese social network for reviews of books, films and "
            "music, 1.5 million yuan for repeatedly publishing information that is prohibited by law.")
    found = kinds(extractor, text, "Zelban")
    assert ("sector", "Social media and messaging") in found
    assert ("alleged", "Publishing illegal or prohibited online content") in found
    # a company named only to say whose a person is, is not what the next sentence's description refers to
    text = ("Shares of Qorcao Inc, a ride-hailing company controlled by Zelly founder Li Shufu, fell in their Hong Kong debut. "
            "The Hangzhou-based company is China's third-largest ride-hailing platform.")
    assert ("based_in", "Hangzhou") in kinds(extractor, text, "Qorcao Inc")
    assert ("based_in", "Hangzhou") not in kinds(extractor, text, "Zelly")


def test_lessons_of_the_sixth_round_of_session_23(extractor):
    # "a small lender in the eastern Chinese trading hub of Yiwu": where the lender is based
    text = ("Zhejiang Qorzhou Commercial Bank, a small lender in the eastern Chinese trading hub of Yiwu that became a key "
            "channel for payments from Russia, has told clients it will stop handling them.")
    assert ("based_in", "Yiwu") in kinds(extractor, text, "Zhejiang Qorzhou Commercial Bank")


def test_lessons_of_the_seventh_round_of_session_23(extractor):
    # a ban on using a company's products in the state administration is a ban on government devices
    text = ("The Czech government has banned the use of products from Zelseek, the Chinese artificial intelligence start-up, "
            "in the state administration because of concerns that data could be passed to Chinese authorities.")
    assert ("listed_on", "Ban on government devices (apps and equipment)") in kinds(extractor, text, "Zelseek")


def test_lessons_of_the_eighth_round_of_session_23(extractor):
    # a name ending "Airlines" is a company's, an airline's
    text = ("China's three biggest state-owned airlines said on Friday they would buy 292 jets. Air Zelchina ordered 64 and "
            "its unit Xiamen Qorline Airlines 32, they said in stock exchange filings.")
    assert ("sector", "Aerospace and aviation") in kinds(extractor, text, "Xiamen Qorline Airlines")
    # an institute the text says was added to a list is a listed body; "removed a Chinese ... institute from its trade
    # blacklist" is the one the next sentence names; curbing the flow of fentanyl is no accusation
    text = ("The U.S. Commerce Department on Thursday removed a Chinese police forensics institute from its trade blacklist, a "
            "day after the two presidents agreed to work together to curb the flow of fentanyl. The Institute of Qorensic "
            "Science of China, which is part of the Ministry of Public Security, had been added to the Entity List in 2020 "
            "along with other Chinese bodies that Washington said were complicit in human rights abuses against Uyghurs.")
    found = kinds(extractor, text, "Institute of Qorensic Science")
    assert ("listed_on", "Commerce Entity List (BIS trade blacklist)") in found
    assert ("alleged", "Narcotics and fentanyl trafficking") not in found
    # a company named only for its passengers is not what "the Shanghai-based manufacturer" refers to
    text = ("The Q919, the first large passenger jet built by state-owned planemaker Zelcraft Corp of China, made its first "
            "commercial flight on Sunday, flying Qoreastern Group passengers from Shanghai to Beijing. The Shanghai-based "
            "manufacturer hopes the jet will compete with Airbus and Boeing.")
    assert ("based_in", "Shanghai") in kinds(extractor, text, "Zelcraft Corp")
    assert ("based_in", "Shanghai") not in kinds(extractor, text, "Qoreastern Group")


def test_lessons_of_the_ninth_round_of_session_23(extractor):
    # a name that opens with a capital and a full stop ("C.banner")
    text = ("Hamleys, the London toy shop, is being bought by Q.zelner International, a Chinese footwear company, for about "
            "100 million pounds. Q.zelner, which is based in Nanjing and listed in Hong Kong, makes and sells women's shoes.")
    found = kinds(extractor, text, "Q.zelner")
    assert ("based_in", "Nanjing") in found and ("sector", "Textiles and apparel") in found


def test_lessons_of_the_tenth_round_of_session_23(extractor):
    # a unit whose name opens with its owner's is a company of its own; "the Hangzhou-based service" refers back to it
    text = ("Shares of Zelease Cloud Music, the music streaming unit of Chinese online gaming company Zelease, rose in their "
            "Hong Kong debut. The Hangzhou-based service, which has about 185 million monthly users, is the biggest "
            "challenger to its rivals.")
    found = kinds(extractor, text, "Zelease Cloud Music")
    assert ("based_in", "Hangzhou") in found and ("sector", "Internet platforms and e-commerce") in found
    # a contract research organisation (British spelling) runs drug trials
    text = ("Drug trial firm Qormed raises $1.3 billion\n\nHangzhou Qormed Consulting began trading in Hong Kong on Friday. "
            "The company, which is based in Hangzhou, is one of China's biggest contract research organisations, testing new "
            "medicines for drug companies.")
    assert ("sector", "Biotechnology, pharmaceuticals and genomics") in kinds(extractor, text, "Qormed")


def test_lessons_of_the_first_round_of_session_24(extractor):
    # "China's market regulator has warned community group-buying platforms ...": no description of a company
    # ("group-buying" is no group, nor is "China's ... has warned ..." one noun phrase)
    text = ("Qingdong Maicai, a Shanghai-based online grocery delivery service, raised $96 million in New York.\n\n"
            "China's market regulator has warned community group-buying platforms against selling below cost to win customers.")
    found = kinds(extractor, text, "Qingdong")
    assert ("sector", "Internet platforms and e-commerce") in found
    assert not any(p == "alleged" for p, _ in found)
    # a group the next sentence refers to leaves out the owner a unit's apposition names, described or not
    text = ("The Department of Homeland Security on Friday added three Chinese companies to its Uyghur Forced Labor Prevention "
            "Act entity list. The additions are Zarlin Wool Textile, which spins wool yarn in Urumqi, Borco Sugar Holding, a unit "
            "of state-owned food trader Borco, and Sichuan Qelvin Technology Group, an auto parts maker. DHS said the companies "
            "took part in government programmes that move Uyghurs and other minorities out of Xinjiang to work in factories.")
    assert ("operates_in", "Xinjiang") not in {(t.predicate, t.object) for t in extractor.extract(text_doc(text))
                                                if t.subject == "Borco"}
    assert ("operates_in", "Xinjiang") in kinds(extractor, text, "Zarlin")
    # what an online retailer sells is not its trade
    text = "Velishop Holdings, a Chinese online retailer that sells discounted designer clothing in flash sales, raised $71.5 million."
    found = kinds(extractor, text, "Velishop")
    assert ("sector", "Internet platforms and e-commerce") in found and ("sector", "Textiles and apparel") not in found
    # a service named by its trade describes the company ("a music streaming service"); its own service does not
    text = "Qingdong Maicai, a Shanghai-based food delivery service, raised $96 million in New York."
    assert ("sector", "Internet platforms and e-commerce") in kinds(extractor, text, "Qingdong")
    text = "Zaomi, based in Beijing, said it had changed its messaging service so that it would no longer collect data."
    assert ("sector", "Social media and messaging") not in kinds(extractor, text, "Zaomi")
    # a regulator has no units: "its onshore unit" is the company's, and what it is accused of is the company's
    text = ("Zorgrande Group, a property developer, was ordered to liquidate on Monday. China's securities regulator has "
            "accused its onshore unit of inflating its revenue by about 564 billion yuan.")
    assert ("alleged", "Fraud, bribery, tax evasion and money laundering") in kinds(extractor, text, "Zorgrande")


def test_lessons_of_the_second_round_of_session_24(extractor):
    # a name the tagger calls a place that no vocabulary knows, paired with a company ("and from"), is a company; what a
    # list of approved things includes is their makers' trade; "the list" after it is that list, no sanction
    text = ("China has issued new rules for government computers.\n\nA list of approved processors published by the ministry "
            "includes chips from Huawei and from Qytium, both of which are on a U.S. export blacklist. Others on the list come "
            "from Zhaolin, a Shanghai-based chip designer.")
    found = kinds(extractor, text, "Qytium")
    assert ("listed_on", "Commerce Entity List (BIS trade blacklist)") in found and ("sector", "Semiconductors") in found
    assert not any(p == "listed_on" for p, _ in kinds(extractor, text, "Zhaolin"))
    # (past a text's first sentence too: the tagger's offsets are the parse's)
    text = "The ministry has drafted the rules.\n\nThe Commerce Department added Huawei and Borlium to the Entity List on Monday."
    assert ("listed_on", "Commerce Entity List (BIS trade blacklist)") in kinds(extractor, text, "Borlium")
    # rivals, with no trade of their own, are in the trade of the company they rival ("Rivals" is no part of a name)
    text = ("Zengo Liuhe, one of China's biggest hog producers, forecast a loss.\n\n"
            "Rivals Qiyuan Foods and Wenda Foodstuff Group also reported falling profits.")
    found = facts(extractor, text)
    assert ("Qiyuan Foods", "sector", "Food and agriculture") in found
    assert ("Wenda Foodstuff Group", "sector", "Food and agriculture") in found
    text = ("Zengo Liuhe, one of China's biggest hog producers, forecast a loss. Its rivals Qiyuan Foods and Wenda Foodstuff "
            "Group also reported falling profits.")
    assert ("Wenda Foodstuff Group", "sector", "Food and agriculture") in facts(extractor, text)
    # a company abroad that the sentence says Chinese hands bought is in scope; one it does not say so of is not
    text = ("Smithgate Foods, the largest U.S. pork producer, raised $522 million on Tuesday, a decade after it was bought by "
            "China's Shuanghui International.")
    assert ("sector", "Food and agriculture") in kinds(extractor, text, "Smithgate")
    text = "Smithgate Foods, the largest U.S. pork producer, raised $522 million on Tuesday."
    assert not kinds(extractor, text, "Smithgate")


def test_lessons_of_the_third_round_of_session_24(extractor):
    # a country unit of an app's company, found once the app is known; "wind up its business" after a national security
    # review is a ban on operating, and the review its reason; "the short video app" is the app's company, not the unit
    text = ("Canada orders Zikzok to close its Canadian business\n\nCanada ordered Zikzok Technology Canada to wind up its "
            "business on Wednesday after a national security review, but said Canadians would still be able to use the short "
            "video app. Zikzok, which is owned by Beijing-based Bytefence, said it would challenge the order.")
    unit = kinds(extractor, text, "Zikzok Technology Canada")
    assert ("alleged", "National security risk") in unit
    assert ("listed_on", "Ban on operating or selling in a country or state (apps, equipment, services)") in unit
    assert ("Zikzok", "sector", "Social media and messaging") in facts(extractor, text)
    # "Like its parent, it is based in Hangzhou": both are, and "it" is not the parent
    text = ("Hangzhou Zorbot, the robot unit of camera maker Hikvision, won approval to list. Zorbot makes industrial cameras. "
            "Like its parent, it is based in Hangzhou.")
    found = facts(extractor, text)
    assert ("Hangzhou Zorbot", "based_in", "Hangzhou") in found
    assert ("Hangzhou Hikvision Digital Technology Co. Ltd.", "based_in", "Hangzhou") in found
    # a tagged name does not run on into the headline's verb
    text = "China's top cybersecurity firm Qi Zan Xin jumps in Shanghai debut\n\nShares of Qi Zan Xin Technology Group doubled."
    assert not any("jumps" in t.subject for t in extractor.extract(text_doc(text)))


def test_lessons_of_the_fourth_round_of_session_24(extractor):
    # a database of academic papers names its business by its trade (not the "Infrastructure" of its name)
    text = ("China's market regulator fined China National Zorledge Infrastructure, the country's biggest database of academic "
            "papers, 87.6 million yuan on Monday for abusing its dominant position.")
    found = kinds(extractor, text, "Zorledge")
    assert ("sector", "Internet platforms and e-commerce") in found and ("sector", "Construction and engineering") not in found
    assert ("alleged", "Anti-competitive conduct (abuse of dominance, monopoly)") in found


def test_lessons_of_the_fifth_round_of_session_24(extractor):
    # a one-word name described in apposition is a company (the tagger may call it a nationality, as it does "Tongwei":
    # invented names it tags otherwise, so holdout272's gold pins that case); "in A and in B" are both places
    text = ("Zongwei, the world's largest producer of polysilicon, plans to buy a stake in Jiangsu Qunergy New Energy "
            "Technology, a maker of solar cells. Qunergy, which has factories in Jiangsu and in Thailand, had planned a listing.")
    assert "Zongwei" in {t.subject for t in extractor.extract(text_doc(text))}
    assert ("operates_in", "Thailand") in kinds(extractor, text, "Qunergy")
    # the companies a company competes with are in its trade; OLED screens are electronics
    text = ("Zisionox Technology, a Chinese maker of OLED screens, will build a plant in Hefei. The Beijing-based company "
            "competes with Qoe Display Technology and Samsung Display to supply screens to phone makers.")
    assert ("sector", "Electronics") in kinds(extractor, text, "Zisionox")
    assert ("sector", "Electronics") in kinds(extractor, text, "Qoe Display")
    # undisclosed related-party transactions that flatter profits are an accounting accusation
    text = ("Shares of Zorg Acoustics Holdings fell 24% after a short seller said the company's profits were flattered by "
            "undisclosed related-party transactions.")
    assert ("alleged", "Fraud, bribery, tax evasion and money laundering") in kinds(extractor, text, "Zorg")


def test_lessons_of_the_sixth_round_of_session_24(extractor):
    # every member of a group description is based where it says
    text = ("Germany will require operators to remove components made by Chinese companies Zuawei and QTE from their 5G "
            "networks. Parts from the two Shenzhen-based equipment makers must also be taken out by 2029.")
    found = facts(extractor, text)
    assert {("Zuawei", "based_in", "Shenzhen"), ("QTE", "based_in", "Shenzhen")} <= found
    # a deal blocked on national security grounds, or under a screening law, is an investment screening order
    text = ("Britain has blocked the sale of Pulsar Design, a Bristol-based developer of chip design software, to Zuper Lemon "
            "HK Holding, a Hong Kong company, on national security grounds.")
    assert ("listed_on", "Investment screening order (deal blocked or divestment ordered on security grounds)") in kinds(
        extractor, text, "Zuper Lemon")
    text = "CFIUS cleared the deal on Monday, and Zorbex Holdings, a Shanghai-based chipmaker, completed its purchase."
    assert not any(p == "listed_on" for p, _ in kinds(extractor, text, "Zorbex"))
    # a brand's owner is in the brand's trade
    text = ("Zeeqr Intelligent Technology, the premium electric car brand of China's Qeely, raised $441 million in its New "
            "York listing.")
    assert ("Qeely", "sector", "Automotive and electric vehicles") in facts(extractor, text)
    # ... not a past use of the power on other deals, nor an order that investors sell their shares (the investment ban)
    text = ("Zalpi Aviation, a drone maker, was bought by Chinese investors. The government has already used its so-called "
            "golden power to block Chinese takeovers of Italian technology firms.")
    assert not any(p == "listed_on" for p, _ in kinds(extractor, text, "Zalpi"))
    text = ("The order requires American investors to divest their holdings in Zorbex Holdings, a Shanghai-based chipmaker, "
            "citing national security.")
    assert ("listed_on", "Investment screening order (deal blocked or divestment ordered on security grounds)") not in kinds(
        extractor, text, "Zorbex")
    text = ("President Donald Trump ordered Beijing-based Zuirui Group to divest Jupiter Systems, a California company whose "
            "processors are used by the U.S. military, saying the 2020 deal threatened national security.")
    assert ("listed_on", "Investment screening order (deal blocked or divestment ordered on security grounds)") in kinds(
        extractor, text, "Zuirui")


def test_lessons_of_the_seventh_round_of_session_24(extractor):
    # a privacy group is no company, so "Both companies" are the two camera makers, and both are based where they say
    text = ("More than half of councils use cameras made by Hikvision or Dahua Technology, two Chinese companies linked to the "
            "mass surveillance of Uyghurs in Xinjiang, the privacy group Big Sister Watch said. The group called for a ban. "
            "Both companies, which are based in Hangzhou, are on a U.S. trade blacklist.")
    found = facts(extractor, text)
    assert not any("Sister" in t[0] for t in found)
    assert ("Hangzhou Hikvision Digital Technology Co. Ltd.", "based_in", "Hangzhou") in found
    assert ("Zhejiang Dahua Technology Co. Ltd.", "based_in", "Hangzhou") in found
    # in a list of names with appositions, each apposition is its own name's; a centre the text calls an investment arm is
    # a company
    text = ("The consortium is made up of IDG Capital Partners, a Beijing-based investment firm, ZLS, a Chinese maker of LED "
            "lighting, and Qiwu State-Owned Assets Operation Center, an investment arm of the city government of Yiwu.")
    found = facts(extractor, text)
    assert ("ZLS", "sector", "Banking, insurance, investment and financial services") not in found
    assert ("Qiwu State-Owned Assets Operation Center", "sector", "Banking, insurance, investment and financial services") in found
    # "the Massachusetts company" is a company abroad, not a place of the company that pays it; stealing U.S. trade secrets
    text = ("Chinese wind turbine maker Zinovel fined for stealing U.S. trade secrets\n\nProsecutors said Zinovel paid an "
            "engineer to copy the code that controls wind turbines, allowing it to stop paying the Massachusetts company for "
            "its equipment.")
    found = kinds(extractor, text, "Zinovel")
    assert ("alleged", "Intellectual property theft") in found and ("operates_in", "Massachusetts") not in found
    # cameras a company installed in a country are where it works; the cameras' power to monitor citizens, which
    # opposition politicians say is too great, is no spying on them
    text = ("Mauritius has begun operating thousands of police surveillance cameras installed by Huawei under a project which "
            "opposition politicians say gives the government too much power to monitor citizens.")
    found = kinds(extractor, text, "Huawei")
    assert ("operates_in", "Mauritius") in found and ("alleged", "Aiding censorship and political repression") not in found
    # (an apposition's place abroad is still its company's; a dateline is no place a builder works)
    text = "Zemu, a Boston-based discount marketplace owned by PDD Holdings, said the allegations were without merit."
    assert ("based_in", "Boston") in kinds(extractor, text, "Zemu")
    text = ("QUITO — A nationwide network of 4,300 cameras installed across Ecuador was built by China National Zelectronics "
            "Corporation, a state-owned company based in Beijing.")
    assert ("operates_in", "Quito") not in kinds(extractor, text, "Zelectronics")


def test_lessons_of_the_eighth_round_of_session_24(extractor):
    # a town named by its country's adjective is in that country; "the ... group" after a unit and its owner is the owner;
    # companies named before "and other ... makers" are in that trade
    text = ("Zunwoda Electric Vehicle Battery, a unit of Chinese battery maker Zunwoda Electronic, will build a factory in the "
            "eastern Hungarian city of Nyiregyhaza. The Shenzhen-based group joins CATL, Zenergy Power Co and other Chinese "
            "battery makers that have chosen Hungary for their first European plants.")
    found = facts(extractor, text)
    assert ("Zunwoda Electric Vehicle Battery", "operates_in", "Hungary") in found
    assert ("Zunwoda Electronic", "based_in", "Shenzhen") in found
    assert ("Zenergy Power Co", "sector", "Batteries and energy storage") in found
    # (not the generic "technology groups", nor a loose crowd of "dozens of other builders")
    text = "The Hangzhou-based company joins Baidu and other Chinese technology groups racing to match ChatGPT."
    assert ("sector", "Information technology and software") not in kinds(extractor, text, "Baidu")
    text = "The developer defaulted last year, joining China Zevergrande Group and dozens of other builders hit by the slump."
    assert ("sector", "Construction and engineering") not in kinds(extractor, text, "Zevergrande")


def test_lessons_of_the_ninth_round_of_session_24(extractor):
    # an app the text says a company made is that company, though its name is a word of the language; a country is no
    # company, though "the company said" follows it
    text = ("Zinimax's Talkie app disappears from U.S. App Store\n\nTalkie, a popular AI companion app made by Chinese startup "
            "Zinimax, has been removed from Apple's App Store in the United States, the company said, citing technical reasons.")
    subjects = {t.subject for t in extractor.extract(text_doc(text))}
    assert "Talkie" not in subjects and "United States" not in subjects and "Zinimax" in subjects
    # a name in a web address's form with a capital ending ("01.AI")
    text = "02.AI, a Beijing-based artificial intelligence startup, said its model was built on Meta's Llama."
    assert ("based_in", "Beijing") in kinds(extractor, text, "02.AI")


def test_lessons_of_the_tenth_round_of_session_24(extractor):
    # undocumented commands in a microcontroller a company makes are a flaw of its products, and microcontrollers chips
    text = ("Spanish security firm Tarlogic said it had found 29 undocumented commands in the Bluetooth firmware of the ESP99, "
            "a cheap microcontroller made by Shanghai-based Zespressif Systems.")
    found = kinds(extractor, text, "Zespressif")
    assert ("sector", "Semiconductors") in found
    assert ("alleged", "Security vulnerabilities in products (cybersecurity flaws)") in found
    # "as the Japanese conglomerate sheds assets" goes on about the sentence's subject, not the buyer named last
    text = ("Toshiba Corp will sell 95% of its television business to China's Zisense Group for about 12.9 billion yen, as the "
            "Japanese conglomerate sheds assets. Zisense, a maker of televisions and air conditioners based in Qingdao, will "
            "use the Toshiba brand.")
    found = kinds(extractor, text, "Zisense")
    assert ("based_in", "Qingdao") in found and ("sector", "Consumer electronics and smartphones") in found


def test_lessons_of_the_eleventh_round_of_session_24(extractor):
    # "the Hong Kong-listed buyer" is the company that agreed to buy, not the one it buys
    text = ("Zino Biopharmaceutical, one of China's largest drugmakers, agreed to buy LaZova Medicines, a Shanghai-based "
            "developer of cancer drugs. LaZova licensed a drug to Merck last year. The Hong Kong-listed buyer, which makes "
            "generic drugs in Jiangsu and Beijing, said the purchase would strengthen its pipeline.")
    found = facts(extractor, text)
    assert ("Zino Biopharmaceutical", "operates_in", "Jiangsu") in found
    assert ("LaZova Medicines", "operates_in", "Jiangsu") not in found
    # an authority has no plants: "its plant" after "The FDA said it had found ..." is the company's; a cancer-causing
    # impurity in a drug it supplied is an unsafe product
    text = ("The FDA placed Zhejiang Zuahai Pharmaceutical on an import alert after a probable cancer-causing impurity was "
            "found in the blood pressure drug it supplied.\n\nThe FDA said it had found manufacturing failures at its plant "
            "in Zhejiang province.")
    found = kinds(extractor, text, "Zuahai")
    assert ("operates_in", "Zhejiang") in found
    assert ("alleged", "Sale of unsafe, contaminated, illegal or counterfeit products") in found


def test_lessons_of_the_twelfth_round_of_session_24(extractor):
    # anti-dumping duties are a trade remedy, and selling below fair value dumping (here an unnamed unit's: the group's)
    text = ("Zailun Group, a Qingdao-based maker of car and truck tyres, will build a plant in Mexico. Its Vietnamese unit was "
            "hit with U.S. anti-dumping duties in 2021 after the Commerce Department found it sold tyres below fair value.")
    found = kinds(extractor, text, "Zailun")
    assert ("listed_on", "Anti-dumping or countervailing duties (trade remedies)") in found
    assert ("alleged", "Dumping and unfair trade practices") in found
    # machines used to mine bitcoin are no metal mining; a Chinese city's company is based there
    text = ("Zanaan Inc, a Chinese maker of machines used to mine bitcoin, raised $90 million. It is the second-biggest maker "
            "of such machines after Beijing's Zitmain Technologies.")
    found = facts(extractor, text)
    assert ("Zanaan Inc", "sector", "Metals and mining (steel, aluminium, rare earths)") not in found
    assert ("Zitmain Technologies", "based_in", "Beijing") in found
    # operators told not to renew licences for a vendor's antennas: a ban on its equipment in their networks
    text = "France has told its operators not to renew licences for Huawei antennas in large cities after 2028."
    assert ("listed_on", "Ban on a vendor's equipment in 5G and telecom networks") in kinds(extractor, text, "Huawei")
    # (evading duties is an accusation, no listing; duties on a country's goods name no company)
    text = ("U.S. prosecutors have charged China Zorgwang Holdings with evading $1.8 billion in anti-dumping duties by "
            "disguising aluminium extrusions as pallets.")
    found = kinds(extractor, text, "Zorgwang")
    assert ("alleged", "Dumping and unfair trade practices") in found
    assert ("listed_on", "Anti-dumping or countervailing duties (trade remedies)") not in found
    text = ("Zuntech, once the world's largest maker of solar panels, was hit by a glut of panels and by U.S. and European "
            "anti-dumping duties on Chinese solar products.")
    assert ("listed_on", "Anti-dumping or countervailing duties (trade remedies)") not in kinds(extractor, text, "Zuntech")


def test_lessons_of_the_thirteenth_round_of_session_24(extractor):
    # "another Shenzhen-based maker" is based there, and of the trade the text last named makers by
    text = ("The bill would add Zji, the world's largest drone maker, to the Covered List. Zorbital Flight Technology, another "
            "Shenzhen-based maker, was named in an earlier version.")
    found = kinds(extractor, text, "Zorbital")
    assert ("based_in", "Shenzhen") in found and ("sector", "Drones and unmanned aerial vehicles") in found
    # funding from a state-backed fund is the fund's trade; logistics firms it supplies are its customers; selling its
    # robots in countries it has begun to is working there
    text = ("Zuicktron Robotics, a Shanghai-based company that makes warehouse robots, has raised new funding from investors "
            "led by a state-backed fund. The company supplies logistics firms and retailers in China, and has begun selling "
            "its robots in Japan and South Korea.")
    found = kinds(extractor, text, "Zuicktron")
    assert ("sector", "Banking, insurance, investment and financial services") not in found
    assert ("sector", "Shipping and logistics") not in found
    assert ("operates_in", "South Korea") in found
    # "the drones could send data on U.S. infrastructure to Beijing, which DJI denies"
    text = ("Lawmakers want to add DJI to the Covered List. Lawmakers say the drones could send data on U.S. infrastructure "
            "to Beijing, which DJI denies.")
    assert ("alleged", "Data privacy concerns") in kinds(extractor, text, "DJI")
    # (a city abroad, or Hong Kong, in the possessive places no company: "Belgrade's Huawei cameras", "Hong Kong's ...")
    found = facts(extractor, "Belgrade's Huawei cameras raise privacy fears\n\nShenzhen's Zorbyd Auto said sales rose.")
    assert ("Huawei Technologies Co. Ltd.", "based_in", "Belgrade") not in found
    assert ("Zorbyd Auto", "based_in", "Shenzhen") in found


def test_lessons_of_the_fourteenth_round_of_session_24(extractor):
    # firms racing to build something "alongside" others are rivals, in the same trade (not those added to a list alongside)
    text = ("Zourier Intelligence, a Shanghai-based maker of rehabilitation robots, unveiled a humanoid robot. The company is "
            "one of several Chinese firms racing to build humanoid robots, alongside Zubtech Robotics Co and Xiaomi.")
    assert ("Zubtech Robotics Co", "sector", "Robotics") in facts(extractor, text)
    text = ("Zourier Intelligence, a Shanghai-based maker of rehabilitation robots, was added to the Entity List on Monday, "
            "alongside Zorbex Holdings Co.")
    assert ("Zorbex Holdings Co", "sector", "Robotics") not in facts(extractor, text)
