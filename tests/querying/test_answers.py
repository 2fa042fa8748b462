"""Answers checked against facts known from the shared data (the list CSV and the articles)."""
import csv

from tests.conftest import LIST_CSV


def ids(rows, key="company_id"):
    return {r[key] for r in rows}


def test_list_changes_2024_to_2025_remove_megvii_and_add_tencent(rdf_engine):
    rows = rdf_engine.run("list-changes", since="2024-01-31", until="2025-01-07")
    changes = {(r["change"], r["company"]) for r in rows}
    assert ("removed", "Beijing Megvii Technology Co., Ltd.") in changes
    assert ("added", "Tencent Holdings Limited") in changes
    assert all(r["date"] == "2025-01-07" for r in rows if r["company"].startswith(("Tencent", "Beijing Megvii")))


def test_on_list_counts_follow_the_csv(rdf_engine):
    with open(LIST_CSV, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    # companies whose rows cover 2022-01-01, counted from the CSV by clean name (no renames before then)
    expected = {r["Clean Name"] for r in rows
                if r["Start date"] <= "2022-01-01" and (not r["End date"] or r["End date"] > "2022-01-01")}
    got = rdf_engine.run("on-list", date="2022-01-01")
    assert len(got) == len(expected)
    megvii = rdf_engine.run("on-list", program="1260H", date="2024-06-01")
    assert "company/beijing-megvii-technology" in ids(megvii)
    assert "company/beijing-megvii-technology" not in ids(rdf_engine.run("on-list", date="2025-06-01"))


def test_group_of_cetc_includes_hikvision_and_marks_listed_members(rdf_engine):
    rows = rdf_engine.run("group", name="CETC")
    by_id = {r["company_id"]: r for r in rows}
    hik = by_id["company/hangzhou-hikvision-digital-technology"]
    assert hik["parent_id"] == "company/china-electronics-technology-group" and hik["listed"] is True
    assert by_id["company/china-electronics-technology-group"]["parent_id"] is None
    assert ids(rdf_engine.run("group", name="Hikvision")) == set(by_id)


def test_company_profile_by_alias(rdf_engine):
    rows = rdf_engine.run("company", name="Hikvision")
    rel = {(r["relation"], r["value"]) for r in rows}
    assert ("alias", "Hikvision") in rel
    assert ("subsidiary_of", "China Electronics Technology Group Corporation") in rel
    assert ("operates_in", "Xinjiang") in rel
    assert ("listed_on", "Commerce Entity List (BIS trade blacklist)") in rel
    designations = [r for r in rows if r["relation"] == "listed_on" and r["valid_from"]]
    assert designations and all(r["source"].startswith("list/") for r in designations)


def test_sector_region_allegation_queries(rdf_engine):
    surveillance = ids(rdf_engine.run("by-sector", sector="surveillance"))
    assert "company/hangzhou-hikvision-digital-technology" in surveillance   # via video surveillance, narrower
    xinjiang = rdf_engine.run("by-region", region="Xinjiang")
    assert {("company/hangzhou-hikvision-digital-technology", "operates_in"),
            ("company/sensetime-group", "linked_to")} <= {(r["company_id"], r["tie"]) for r in xinjiang}
    china = ids(rdf_engine.run("by-region", region="China"))
    assert ids(xinjiang) <= china                                            # Xinjiang is narrower than China
    allegations = rdf_engine.run("allegations-in-region", region="Xinjiang")
    assert any(r["allegation"].startswith("Complicity in the repression of Uyghurs") for r in allegations)


def test_multi_listed_neighbours_path_evidence_affiliations(rdf_engine):
    multi = {r["company_id"]: r for r in rdf_engine.run("multi-listed", min=2)}
    assert "Commerce Entity List (BIS trade blacklist)" in multi["company/zhejiang-dahua-technology"]["programmes"]
    assert all(r["count"] >= 2 for r in multi.values())
    near = rdf_engine.run("neighbours", name="Dahua", limit=3)
    assert len(near) == 3 and near[0]["company_id"] == "company/hangzhou-hikvision-digital-technology"
    assert [r["score"] for r in near] == sorted((r["score"] for r in near), reverse=True)
    paths = rdf_engine.run("path", from_="Hikvision", to="SenseTime", max_hops=4)
    assert paths and all(p["length"] == paths[0]["length"] for p in paths)
    assert all(p["node_ids"][0] == "company/hangzhou-hikvision-digital-technology" for p in paths)
    ev = rdf_engine.run("evidence", name="Hikvision", kind="region")
    assert ev and all(r["relation"] in ("based_in", "operates_in", "linked_to") for r in ev)
    assert all(r["evidence"] and r["end"] > r["start"] for r in ev)
    sasac = rdf_engine.run("affiliations", body="SASAC")
    assert sasac and {r["body_id"] for r in sasac} == {"statebody/sasac"}
    assert len(rdf_engine.run("affiliations")) > len(sasac)
