"""RDF namespaces, defined once. A typo in a term raises (rdflib DefinedNamespace)."""
from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

BASE = "https://w3id.org/kg1260h/"
ID = Namespace(BASE + "id/")
FTM = Namespace("https://schema.followthemoney.tech/#")   # FollowTheMoney concepts, for alignment


class KG(DefinedNamespace):
    _NS = Namespace(BASE + "ontology#")
    _fail = True

    # classes
    Company: URIRef
    Sector: URIRef
    Region: URIRef
    Allegation: URIRef
    Sanction: URIRef
    Designation: URIRef
    StateBody: URIRef
    LegalGround: URIRef
    Source: URIRef
    Article: URIRef
    ListEdition: URIRef
    Statement: URIRef
    # company properties
    sector: URIRef
    region: URIRef
    basedIn: URIRef
    operatesIn: URIRef
    linkedTo: URIRef
    alleged: URIRef
    denies: URIRef
    listedOn: URIRef
    disputes: URIRef
    designation: URIRef
    subsidiaryOf: URIRef
    parentOf: URIRef
    ownedBy: URIRef
    controlledBy: URIRef
    affiliatedWith: URIRef
    ground: URIRef
    citesProvision: URIRef
    previousName: URIRef
    # statement (provenance) properties
    subject: URIRef
    predicate: URIRef
    object: URIRef
    evidence: URIRef
    charStart: URIRef
    charEnd: URIRef
    confidence: URIRef
    extractor: URIRef
    validFrom: URIRef
    validTo: URIRef
    action: URIRef
    holder: URIRef
    degree: URIRef
    printedName: URIRef
    removalReason: URIRef
    programme: URIRef
    # vocabulary properties
    kind: URIRef
    onList: URIRef
    authority: URIRef
    contentHash: URIRef
    sourceKind: URIRef
