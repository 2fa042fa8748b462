from kg.resolve import CompanyIndex, name_key, variants


def test_name_key_folds_suffixes_and_punctuation():
    assert name_key("CloudWalk Technology Co., Ltd") == name_key("CloudWalk Technology Co. Ltd.")
    assert name_key("Semiconductor Manufacturing International (Beijing) Corporation") != \
        name_key("Semiconductor Manufacturing International Corporation")


def test_variants_drop_place_and_generic_words_but_keep_distinctive():
    v = variants("Zhejiang Dahua Technology Co., Ltd.")
    assert "dahua technology" in v and "dahua" in v
    assert "mobile communications group" not in variants("China Mobile Communications Group Co., Ltd.")


def test_index_resolves_short_names_and_refuses_other_place_prefix():
    idx = CompanyIndex()
    idx.add("c/sensetime", "SenseTime Group, Inc.", aliases=["SenseTime"])
    idx.add("c/dahua", "Zhejiang Dahua Technology Co., Ltd.", aliases=["Dahua"])
    assert idx.resolve("SenseTime") == "c/sensetime"
    assert idx.resolve("Dahua Technology") == "c/dahua"
    assert idx.resolve("Zhejiang Dahua Technology") == "c/dahua"
    assert idx.resolve("Shenzhen SenseTime Technology Co. Ltd.") is None   # a subsidiary, not the group
    assert idx.resolve("Zhejiang Dahua Technolgy Co Ltd") == "c/dahua"      # fuzzy spelling


def test_ambiguous_short_form_resolves_to_nothing():
    idx = CompanyIndex()
    idx.add("c/a", "Alpha Robotics Co., Ltd.", aliases=["Alpha"])
    idx.add("c/b", "Beta Systems Co., Ltd.", aliases=["Alpha"])
    assert idx.resolve("Alpha") is None


def test_a_name_is_found_where_it_is_written_as_a_name():
    idx = CompanyIndex()
    idx.add("c/comac", "Commercial Aircraft Corporation of China Limited", aliases=["COMAC"])
    idx.add("c/iflytek", "iFlytek Co., Ltd.", aliases=["iFlytek"])
    text = "The list names eight commercial firms, iFlytek and Commercial Aircraft Corporation of China."
    found = [text[s:e] for s, e, _cid in idx.find(text)]
    assert "commercial" not in found
    assert "iFlytek" in found and any(f.startswith("Commercial Aircraft") for f in found)


def test_a_place_prefixed_name_differing_only_by_group_words_is_the_same_company():
    idx = CompanyIndex()
    idx.add("c/cgn", "China General Nuclear Power Corp")
    idx.add("c/zhenhua", "Shanghai Zhenhua Shipping Co. Ltd.")
    assert idx.resolve("China General Nuclear Power Group") == "c/cgn"   # "Group" for "Corp"
    # a sibling sharing the first words is another company, however its last words reduce
    assert idx.resolve("Shanghai Zhenhua Heavy Industries", fuzzy=False) is None
    assert idx.resolve("Shanghai Zhenhua Group", fuzzy=False) is None
