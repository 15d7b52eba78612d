"""Checks queries/ngframe.py: typing rules on a hand-made result, then against a live server.

Usage: ngframe_check.py SPARQL_ENDPOINT

Offline: integers, decimals, xsd:date, xsd:dateTime and booleans get their pandas types; IRIs,
strings, xsd:gYearMonth and mixed columns stay text; unbound values are missing; a result with the
server's truncation marker warns. Live: the org-tree query comes back typed, `with_labels` names
IRIs, and a result over the server's row cap is flagged. Exits 1 with a message on the first failure.
"""
import sys
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "queries"))
import ngframe  # noqa: E402

XSD = "http://www.w3.org/2001/XMLSchema#"


def lit(value, datatype=None):
    term = {"type": "literal", "value": value}
    if datatype:
        term["datatype"] = XSD + datatype
    return term


def check(condition, message):
    if not condition:
        sys.exit(f"ngframe_check: {message}")
    print(f"ok {message}")


def offline():
    result = {"head": {"vars": ["n", "x", "d", "t", "b", "iri", "month", "mixed", "s"]},
              "results": {"bindings": [
                  {"n": lit("3", "integer"), "x": lit("0.5", "decimal"), "d": lit("2026-03-01", "date"),
                   "t": lit("2026-03-01T10:00:00Z", "dateTime"), "b": lit("true", "boolean"),
                   "iri": {"type": "uri", "value": "https://w3id.org/newsgraph/id/a"},
                   "month": lit("2026-03", "gYearMonth"), "mixed": lit("2026", "gYear"), "s": lit("a")},
                  {"n": lit("12", "integer"), "x": lit("1E0", "double"), "mixed": lit("2026-04-02", "date")}]}}
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        df = ngframe.frame(result)
    types = {c: str(df[c].dtype) for c in df.columns}
    check(types["n"] == "Int64" and list(df["n"]) == [3, 12], f"integers are Int64: {types['n']}")
    check(types["x"] == "float64" and list(df["x"]) == [0.5, 1.0], f"decimal and double are float64: {types['x']}")
    check(types["d"].startswith("datetime64") and df["d"].isna().tolist() == [False, True], f"dates: {types['d']}")
    check(types["t"].startswith("datetime64") and "UTC" in types["t"], f"dateTime with Z in UTC: {types['t']}")
    check(types["b"] == "boolean" and df["b"][0], f"booleans: {types['b']}")
    check(df.attrs["kinds"]["iri"] == "iri" and df["iri"][0].startswith("https://"), "IRIs stay text")
    check(list(df["month"]) == ["2026-03", None], "gYearMonth stays as written")
    check(types["mixed"] == "object", "a column of gYear and date stays text")
    result["newsgraph"] = {"truncated": True, "maxResults": 2, "message": "cut"}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        cut = ngframe.frame(result)
    check(cut.attrs.get("truncated") == 2 and any(issubclass(w.category, ngframe.ResultTruncatedWarning)
                                                  for w in caught), "a truncated result warns")


def live(endpoint):
    tree = ngframe.select(ngframe.query_file("org-tree"), endpoint)
    check(str(tree["depth"].dtype) == "Int64" and tree["depth"].min() >= 1, "org-tree depth is Int64")
    named = ngframe.with_labels(ngframe.select(
        "SELECT ?model ?developer WHERE { ?model <https://w3id.org/newsgraph/ontology#developedBy> ?developer }",
        endpoint), endpoint)
    check(list(named.columns) == ["model", "modelLabel", "developer", "developerLabel"]
          and named["developerLabel"].notna().all(), "with_labels names every developer")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        big = ngframe.select("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }", endpoint)
    cap = big.attrs.get("truncated")
    check(cap is not None and len(big) == cap and caught, f"a result over the row cap is flagged ({len(big)} rows)")


def main():
    offline()
    live(sys.argv[1])


if __name__ == "__main__":
    main()
