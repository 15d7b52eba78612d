"""Checks the dumps of `newsgraph export` with rdflib, an independent RDF library.

Usage: rdflib_check.py DUMP_DIR SPARQL_ENDPOINT

DUMP_DIR holds graph.trig, graph.nq, graph.ttl, graph.jsonld and claims.csv exported from the store
the endpoint serves. rdflib must parse every RDF dump; TriG and N-Quads must hold the same quads
(as many as the endpoint counts in its named graphs); Turtle and JSON-LD must hold the same triples,
as many as the union of the TriG graphs and as the endpoint counts in its default (union) graph;
the CSV must have one row per claim. Then it follows linked data over HTTP: it dereferences one
claim IRI on the server (Turtle), follows its prov:wasDerivedFrom to the document's IRI,
dereferences that too, and checks that the document lists the claim as derived from it.
Exits 1 with a message on the first mismatch.
"""
import sys
from pathlib import Path

import pandas as pd
import rdflib
from SPARQLWrapper import SPARQLWrapper, JSON, POST

MINTED = "https://w3id.org/newsgraph/"
PROV_DERIVED = rdflib.URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")
NG = rdflib.Namespace("https://w3id.org/newsgraph/ontology#")


def count(endpoint: str, pattern: str) -> int:
    sparql = SPARQLWrapper(endpoint)
    sparql.setQuery("SELECT (COUNT(*) AS ?n) WHERE { %s }" % pattern)
    sparql.setMethod(POST)
    sparql.setReturnFormat(JSON)
    return int(sparql.query().convert()["results"]["bindings"][0]["n"]["value"])


def quads(path: Path, fmt: str) -> set:
    dataset = rdflib.Dataset()
    dataset.parse(str(path), format=fmt)
    return {(s, p, o, g) for s, p, o, g in dataset.quads((None, None, None, None)) if g is not None}


def triples(path: Path, fmt: str) -> set:
    graph = rdflib.Graph()
    graph.parse(str(path), format=fmt)
    return set(graph)


def one_claim(endpoint: str) -> rdflib.URIRef:
    sparql = SPARQLWrapper(endpoint)
    sparql.setQuery("SELECT ?c WHERE { ?c a <%sClaim> } ORDER BY ?c LIMIT 1" % NG)
    sparql.setMethod(POST)
    sparql.setReturnFormat(JSON)
    return rdflib.URIRef(sparql.query().convert()["results"]["bindings"][0]["c"]["value"])


def dereference(base: str, iri: rdflib.URIRef) -> rdflib.Graph:
    """The Turtle the server answers for one of our IRIs (served path for path under base)."""
    graph = rdflib.Graph()
    graph.parse(base + "/" + str(iri)[len(MINTED):], format="turtle")
    return graph


def follow_claim_to_document(endpoint: str) -> None:
    base = endpoint.rsplit("/newsgraph/", 1)[0]
    claim = one_claim(endpoint)
    claim_graph = dereference(base, claim)
    documents = list(claim_graph.objects(claim, PROV_DERIVED))
    check("documents the claim was derived from", len(documents), 1)
    document_graph = dereference(base, documents[0])
    if (documents[0], rdflib.RDF.type, NG.Document) not in document_graph:
        sys.exit(f"rdflib_check: {documents[0]} is not described as an ng:Document")
    if (claim, PROV_DERIVED, documents[0]) not in document_graph:
        sys.exit(f"rdflib_check: the document {documents[0]} does not lead back to {claim}")
    print(f"followed {claim} -> {documents[0]} and back over HTTP")


def check(name: str, actual: int, expected: int) -> None:
    print(f"{name}: {actual}" + ("" if actual == expected else f" (expected {expected})"))
    if actual != expected:
        sys.exit(f"rdflib_check: {name} differs")


def main() -> None:
    dumps, endpoint = Path(sys.argv[1]), sys.argv[2]
    trig = quads(dumps / "graph.trig", "trig")
    nquads = quads(dumps / "graph.nq", "nquads")
    turtle = triples(dumps / "graph.ttl", "turtle")
    jsonld = triples(dumps / "graph.jsonld", "json-ld")
    named = count(endpoint, "GRAPH ?g { ?s ?p ?o }")
    union = count(endpoint, "?s ?p ?o")
    check("quads in TriG", len(trig), named)
    check("quads in N-Quads", len(nquads), named)
    check("triples in Turtle", len(turtle), union)
    check("triples in JSON-LD", len(jsonld), union)
    check("distinct triples over the TriG graphs", len({q[:3] for q in trig}), union)
    claims = pd.read_csv(dumps / "claims.csv")
    check("rows in the claim CSV", len(claims),
          count(endpoint, "?c a <https://w3id.org/newsgraph/ontology#Claim>"))
    if claims["subject"].isna().any() or claims["document"].isna().any():
        sys.exit("rdflib_check: a claim row has no subject or document")
    follow_claim_to_document(endpoint)


if __name__ == "__main__":
    main()
