from kg.extract.notes import note_grounds, provisions


def test_provision_lists_expand():
    assert provisions("(Sections 1260H(g)(3)(B)(i), (iii), and (v)).") == [
        "1260H(g)(3)(B)(i)", "1260H(g)(3)(B)(iii)", "1260H(g)(3)(B)(v)"]
    assert provisions("(Sections 1260H(g)(3)(A) and (g)(3)(B)(i))") == ["1260H(g)(3)(A)", "1260H(g)(3)(B)(i)"]


def test_relations_and_degrees_per_clause(ontology):
    note = ("X is directly owned and controlled by SASAC, is directly affiliated with MIIT and it is "
            "indirectly affiliated with the PLA (Section 1260H(g)(2)(B)(i)(I)).")
    got = {(g.predicate, g.concept.key, g.degree) for g in note_grounds(note, ontology) if g.concept}
    assert got == {("owned_by", "sasac", "direct"), ("controlled_by", "sasac", "direct"),
                   ("affiliated_with", "miit", "direct"), ("affiliated_with", "pla", "indirect")}


def test_mcf_grounds(ontology):
    note = ("X is a military-civil fusion contributor to the Chinese defense industrial base because of its "
            "designation as a \u201cLittle Giant\u201d (Section 1260H(g)(3)(A)).")
    got = {g.concept.key for g in note_grounds(note, ontology) if g.concept}
    assert got == {"mcf-contributor", "little-giant"}
