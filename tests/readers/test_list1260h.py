import pytest

from kg.errors import InputError
from kg.readers.list1260h import clean_name_cell, read_list
from kg.resolve import name_key
from kg.types import LISTED_ON, SUBSIDIARY_OF

from tests.conftest import LIST_CSV


def test_reads_every_row_with_its_span(csv_rows):
    lf = read_list(LIST_CSV)
    assert len(lf.rows) == len(csv_rows) and not lf.problems
    text = LIST_CSV.read_text(encoding="utf-8")
    for row in lf.rows:
        assert text[row.start:row.end].rstrip("\n") == row.raw
        assert row.name in row.raw


def test_one_designation_per_row_and_removals_match_csv(full_list, csv_rows):
    graph, _ = full_list
    designations = [s for s in graph.statements.values() if s.predicate == LISTED_ON]
    assert len(designations) == len(csv_rows)
    assert sum(1 for s in designations if s.valid_to) == sum(1 for r in csv_rows if r["End date"])
    assert {s.valid_from for s in designations} == {r["Start date"] for r in csv_rows}


def test_companies_are_one_node_across_editions(full_list, csv_rows):
    graph, index = full_list
    listed = [e for e in graph.of_type("Company") if e.attr("listed") == "true"]
    keys = {name_key(clean_name_cell(r["Clean Name"])[0]) for r in csv_rows}
    renamed = {name_key(p) for r in csv_rows for p in r["Previous Name"].split(";") if p.strip()} & keys
    also_known_as = {name_key(a) for r in csv_rows for a in r["Alias"].split(",")
                     if a.strip().endswith(("Ltd.", "Co.", "Limited", "Inc.", "Corporation"))
                     and name_key(a) != name_key(clean_name_cell(r["Clean Name"])[0])} & keys
    # every distinct name is one company, less renamed names, "also known as" names and one respelling (DJI)
    assert len(listed) == len(keys) - len(renamed) - len(also_known_as) - 1
    for r in csv_rows:
        assert index.resolve(r["Clean Name"]) is not None, r["Clean Name"]


def test_parents_match_csv(full_list, csv_rows):
    graph, index = full_list
    pairs = {(index.resolve(r["Clean Name"]), r["Parent Name"]) for r in csv_rows if r["Parent Name"]}
    edges = {(s.subject, s.object) for s in graph.statements.values() if s.predicate == SUBSIDIARY_OF}
    assert len(edges) == len({(c, index.resolve(p) or p) for c, p in pairs})


def test_known_facts(full_list):
    graph, index = full_list
    megvii = index.resolve("Megvii")
    (d,) = [s for s in graph.about(megvii, LISTED_ON)]
    assert (d.valid_from, d.valid_to, d.qualifier("action")) == ("2024-01-31", "2025-01-07", "removed")
    hik = index.resolve("Hikvision")
    parents = {graph.entities[s.object].name for s in graph.about(hik, SUBSIDIARY_OF)}
    assert parents == {"China Electronics Technology Group Corporation"}
    avic_chengdu = graph.entities[index.resolve("AVIC Chengdu Aircraft Co., Ltd.")]
    assert index.resolve("ZEMIC") == avic_chengdu.id
    assert "Zhonghang Electronic Measuring Instruments Company Limited" in avic_chengdu.previous_names
    assert avic_chengdu.name == "AVIC Chengdu Aircraft Co., Ltd."
    # a parent printed with its short name resolves to the listed parent
    aisino = index.resolve("Aisino Corporation")
    assert {graph.entities[s.object].name for s in graph.about(aisino, SUBSIDIARY_OF)} == {
        "China Aerospace Science and Industry Corporation Limited"}


def test_note_grounds_become_statements(full_list):
    graph, index = full_list
    hik = index.resolve("Hikvision")
    facts = {(s.predicate, graph.entities[s.object].name, s.qualifier("degree")) for s in graph.about(hik)}
    assert ("owned_by", "State-owned Assets Supervision and Administration Commission (SASAC)", "indirect") in facts
    assert ("affiliated_with", "People's Liberation Army (PLA)", "direct") in facts
    assert ("ground", "Military-civil fusion contributor", "") in facts
    assert ("cites_provision", "Section 1260H(g)(2)(B)(i)(I)", "") in facts
    note = next(s for s in graph.about(hik) if s.predicate == "owned_by")
    assert LIST_CSV.read_text(encoding="utf-8")[note.start:note.end] == "SASAC"


HEADER = "Name,Clean Name,Alias,Previous Name,Parent Name,Note,Start date,End date,Source Url\n"


def test_missing_columns_is_one_clear_error(tmp_path):
    p = tmp_path / "bad.csv"
    p.write_text("Name,Start date\nX,2021-01-01\n")
    with pytest.raises(InputError, match="missing column"):
        read_list(p)


def test_bad_rows_are_skipped_with_a_reason(tmp_path):
    p = tmp_path / "l.csv"
    p.write_text(HEADER + ",,,,,,2021-06-03,,\n"            # no name
                 "A Co.,A Co.,,,,,2021-13-45,,\n"              # impossible date
                 "B Co.,B Co.,,,,,2022-01-01,2021-01-01,\n"    # ends before it starts
                 "C Co.,C Co.,,,,,2021-06-03,,\n"
                 "C Co.,C Co.,,,,,2021-06-03,,\n"              # duplicate row
                 "D Co.,D Co.,,,,,2021-06-03,,,extra\n", encoding="utf-8")
    lf = read_list(p)
    assert [r.name for r in lf.rows] == ["C Co."]
    assert len(lf.problems) == 4
    assert all(str(p) in prob for prob in lf.problems)


def test_clean_name_quirk_keeps_places():
    assert clean_name_cell("Aerospace CH UAV Co., Ltd (CH UAV)") == ("Aerospace CH UAV Co., Ltd", ("CH UAV",))
    assert clean_name_cell("SMIC (Beijing)") == ("SMIC (Beijing)", ())


def test_bom_and_crlf_are_read(tmp_path):
    p = tmp_path / "l.csv"
    p.write_bytes(("\ufeff" + HEADER + "C Co.,C Co.,,,,,2021-06-03,,\n").replace("\n", "\r\n").encode("utf-8"))
    assert read_list(p).rows[0].clean_name == "C Co."
