"""The project's vocabulary as closed namespaces: a misspelt term raises AttributeError.

``rkg:`` is ``https://w3id.org/researcher-kg/vocab#``; schema.org (``https://schema.org/``)
and PROV come from rdflib.  The terms are declared, with their alignments to
Wikidata and schema.org, in ``kg/ontology.ttl``.
"""

from __future__ import annotations

from rdflib import URIRef
from rdflib.namespace import PROV, RDF, RDFS, SDO, XSD, DefinedNamespace, Namespace

__all__ = ["RKG", "SDO", "PROV", "RDF", "RDFS", "XSD", "WD", "WDT", "RKG_NS"]

RKG_NS = "https://w3id.org/researcher-kg/vocab#"
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")


class RKG(DefinedNamespace):
    """researcher-kg terms."""

    _NS = Namespace(RKG_NS)
    _fail = True

    # classes
    Education: URIRef  # a dated statement: a person studied at an organisation
    Position: URIRef  # a dated statement: a person worked at an organisation
    Authorship: URIRef  # a person or organisation in a paper's author list
    Award: URIRef  # an honour, prize or scholarship received
    ProjectRole: URIRef  # a person's role in a project, with dates
    Document: URIRef  # a source document (a profile page or CV)
    VenueSeries: URIRef  # a conference or journal series
    Advising: URIRef  # a statement: a document says someone is a person's academic advisor
    DomainAffiliation: URIRef  # a statement: the owner's e-mail address is on an organisation's domain
    Supervision: URIRef  # a statement: a document says someone supervised a person's work
    # relations between people and organisations
    advisor: URIRef  # ?student rkg:advisor ?advisor (academic advisor)
    supervisor: URIRef  # ?person rkg:supervisor ?boss (work supervisor or mentor)
    educatedAt: URIRef
    employer: URIRef
    coAuthor: URIRef  # derived, symmetric
    project: URIRef
    award: URIRef
    # statement properties
    agent: URIRef
    organization: URIRef
    unit: URIRef
    degree: URIRef
    degreeLevel: URIRef
    fieldOfStudy: URIRef
    title: URIRef
    positionKind: URIRef
    location: URIRef
    startDate: URIRef
    endDate: URIRef
    fromYear: URIRef  # the start year as an integer, for fast overlap queries
    toYear: URIRef  # the end year as an integer; absent while ongoing
    ongoing: URIRef
    expected: URIRef
    role: URIRef
    issuer: URIRef
    year: URIRef
    evidence: URIRef  # the quote the fact was read from
    evidenceStart: URIRef
    evidenceEnd: URIRef
    # papers
    paper: URIRef
    author: URIRef
    authorPosition: URIRef
    equalContribution: URIRef
    correspondingAuthor: URIRef
    venue: URIRef  # the venue as written
    venueSeries: URIRef
    venueYear: URIRef
    publicationStatus: URIRef
    arxiv: URIRef
    # documents
    path: URIRef
    sha256: URIRef
    format: URIRef
    language: URIRef
    fileModified: URIRef
    owner: URIRef  # the person a document is about
    mergeReason: URIRef  # why mentions were taken for one person
    ccfRank: URIRef  # a venue series' rank in the China Computer Federation's list (A, B or C)
    nameKey: URIRef  # a lookup key of one of an entity's names (case, order, accents, script ignored)
