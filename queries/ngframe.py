"""SPARQL results from a newsgraph server as typed pandas DataFrames.

    from ngframe import select, query_file
    tree = select(query_file("org-tree"))          # queries/org-tree.rq on $NEWSGRAPH_ENDPOINT
    tree.dtypes                                     # depth: Int64, unit: object (IRIs), ...

`frame(result)` turns a parsed SPARQL 1.1 JSON result into a DataFrame with one column per
variable, in the query's order. A column gets a type only when every value in it has the same one:

    xsd:integer, xsd:int, xsd:long, ...       -> Int64 (nullable integers)
    xsd:decimal, xsd:double, xsd:float        -> float64 (also integers mixed with these)
    xsd:date, xsd:dateTime                    -> datetime64 (dateTime with a time zone: UTC)
    xsd:boolean                               -> boolean
    IRIs, plain and language-tagged strings,
    xsd:gYear, xsd:gYearMonth, mixed columns  -> text (unbound: None)

so a timeline that mixes years, months and days keeps its dates as written (ISO text sorts by
date). `df.attrs["kinds"]` says per column whether it holds "iri", "literal" or "mixed" values.

`with_labels(df)` adds a `NAMELabel` column after every IRI column NAME that has none, with the
entity's rdfs:label from the server (one query for all IRIs; empty where an IRI has no label).

A result the server cut at its row cap (`--max-results`) carries a "newsgraph" member; `frame`
then warns (`ResultTruncatedWarning`) and sets `df.attrs["truncated"]` to the cap.

Only the Python standard library and pandas are needed.
"""
import json
import os
import urllib.request
import warnings
from pathlib import Path

import pandas as pd

ENDPOINT = os.environ.get("NEWSGRAPH_ENDPOINT", "http://127.0.0.1:3030/newsgraph/sparql")
QUERIES = Path(__file__).resolve().parent
XSD = "http://www.w3.org/2001/XMLSchema#"
INTEGERS = {XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                              "positiveInteger", "negativeInteger", "nonPositiveInteger",
                              "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}
FLOATS = {XSD + "decimal", XSD + "double", XSD + "float"}
DATES = {XSD + "date", XSD + "dateTime"}
BOOLEAN = XSD + "boolean"


class ResultTruncatedWarning(UserWarning):
    """The server cut the result at its row cap: page with LIMIT and OFFSET."""


def run(query: str, endpoint: str = ENDPOINT) -> dict:
    """Sends a SPARQL query (POST) and returns the parsed SPARQL JSON result."""
    request = urllib.request.Request(endpoint, data=query.encode("utf-8"), method="POST", headers={
        "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=120) as response:
        return json.load(response)


def select(query: str, endpoint: str = ENDPOINT) -> pd.DataFrame:
    """Runs a SELECT query and returns its typed DataFrame (see `frame`)."""
    return frame(run(query, endpoint))


def query_file(name: str, **replacements) -> str:
    """The text of queries/NAME.rq, with optional literal replacements (e.g. another VALUES row)."""
    text = (QUERIES / f"{name}.rq").read_text(encoding="utf-8")
    for old, new in replacements.items():
        if old not in text:
            raise KeyError(f"{old!r} is not in {name}.rq")
        text = text.replace(old, new)
    return text


def frame(result: dict) -> pd.DataFrame:
    """A DataFrame from a parsed SPARQL JSON SELECT result, one typed column per variable."""
    columns = result["head"]["vars"]
    bindings = result["results"]["bindings"]
    data, kinds = {}, {}
    for column in columns:
        terms = [b.get(column) for b in bindings]
        data[column], kinds[column] = _column(terms)
    df = pd.DataFrame(data, columns=columns)
    df.attrs["kinds"] = kinds
    marker = result.get("newsgraph", {})
    if marker.get("truncated"):
        df.attrs["truncated"] = marker.get("maxResults")
        warnings.warn(marker.get("message", "result cut at the server's row cap"), ResultTruncatedWarning,
                      stacklevel=2)
    return df


def _column(terms: list) -> tuple:
    """The typed values of one variable, and its kind."""
    bound = [t for t in terms if t is not None]
    types = {t["type"] for t in bound}
    kind = "iri" if types == {"uri"} else "literal" if types <= {"literal", "typed-literal"} else "mixed"
    values = [t["value"] if t is not None else None for t in terms]
    datatypes = {t.get("datatype") for t in bound}
    if kind != "literal" or not datatypes:
        return pd.Series(values, dtype=object), kind
    if datatypes <= INTEGERS:
        return pd.to_numeric(pd.Series(values, dtype=object)).astype("Int64"), kind
    if datatypes <= INTEGERS | FLOATS:
        return pd.to_numeric(pd.Series(values, dtype=object)).astype("float64"), kind
    if len(datatypes) != 1:
        return pd.Series(values, dtype=object), kind
    datatype = datatypes.pop()
    if datatype in DATES:
        return _dates(values, datatype), kind
    if datatype == BOOLEAN:
        return pd.Series([None if v is None else v in ("true", "1") for v in values], dtype="boolean"), kind
    return pd.Series(values, dtype=object), kind


def _dates(values: list, datatype: str) -> pd.Series:
    """xsd:date as dates at midnight; xsd:dateTime with a time zone in UTC."""
    if datatype == XSD + "date":
        return pd.to_datetime(pd.Series(values, dtype=object).str.slice(0, 10), format="%Y-%m-%d")
    zoned = any(v is not None and (v.endswith("Z") or "+" in v[10:] or "-" in v[10:]) for v in values)
    return pd.to_datetime(pd.Series(values, dtype=object), utc=zoned)


def with_labels(df: pd.DataFrame, endpoint: str = ENDPOINT) -> pd.DataFrame:
    """`df` with a NAMELabel column (the rdfs:label) after each IRI column NAME that has none."""
    kinds = df.attrs.get("kinds", {})
    targets = [c for c in df.columns if kinds.get(c) == "iri" and f"{c}Label" not in df.columns]
    iris = sorted({v for c in targets for v in df[c].dropna()})
    if not iris:
        return df
    values = " ".join(f"<{iri}>" for iri in iris)
    labels = frame(run("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                       f"SELECT ?iri (MIN(STR(?label)) AS ?name) WHERE {{ VALUES ?iri {{ {values} }} "
                       "?iri rdfs:label ?label } GROUP BY ?iri", endpoint))
    names = dict(zip(labels["iri"], labels["name"]))
    labelled = df.copy()
    for column in targets:
        labelled.insert(labelled.columns.get_loc(column) + 1, f"{column}Label", labelled[column].map(names))
    labelled.attrs = dict(df.attrs, kinds=dict(kinds, **{f"{c}Label": "literal" for c in targets}))
    return labelled
