from rdflib import Graph as RDFGraph

from kg.stores.rdf import from_rdf, serialise, to_rdf


def test_round_trip_through_every_serialisation(full_build, ontology, tmp_path):
    serialise(to_rdf(full_build.graph, ontology), tmp_path)
    for name, fmt in (("graph.nt", "nt"), ("graph.ttl", "turtle"), ("graph.jsonld", "json-ld")):
        back = from_rdf(RDFGraph().parse(tmp_path / name, format=fmt))
        assert back.statements == full_build.graph.statements, name
        # the export also carries every vocabulary concept, used or not
        assert set(full_build.graph.entities) <= set(back.entities)
        for k, e in full_build.graph.entities.items():
            assert back.entities[k] == e, k
        assert set(back.sources) == set(full_build.graph.sources)


def test_designations_are_typed_with_dates(full_build, ontology):
    rdf = to_rdf(full_build.graph, ontology)
    rows = list(rdf.query("""
        PREFIX kg: <https://w3id.org/kg1260h/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?from ?to WHERE { ?c rdfs:label ?n ; kg:designation ?d . ?d kg:validFrom ?from .
                                 OPTIONAL { ?d kg:validTo ?to } } """, initBindings={}))
    assert len(rows) == 397
