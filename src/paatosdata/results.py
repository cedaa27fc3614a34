"""SPARQL results as text: an aligned table for terminals and the SPARQL 1.1 result formats.

Formats follow the W3C recommendations: JSON (``application/sparql-results+json``), XML
(``application/sparql-results+xml``), CSV and TSV (``text/csv``, ``text/tab-separated-values``).
Works on the plain :class:`paatosdata.store.QueryResult`, so it needs no RDF library.
"""

from __future__ import annotations

import csv
import io
import json
import re
from xml.sax.saxutils import escape, quoteattr

from paatosdata.store import QueryResult, Term

__all__ = ["COMMON_PREFIXES", "MEDIA_TYPES", "RESULT_FORMATS", "format_result", "query_prefixes", "shorten"]

#: Formats for SELECT and ASK results and their media types.
MEDIA_TYPES: dict[str, str] = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "table": "text/plain; charset=utf-8",
}
RESULT_FORMATS = tuple(MEDIA_TYPES)

#: Prefixes shown in tables (the query's own are added by the caller).
COMMON_PREFIXES: dict[str, str] = {
    "pd": "https://w3id.org/paatosdata/def#",
    "eli": "http://data.europa.eu/eli/ontology#",
    "eli-dl": "http://data.europa.eu/eli/eli-draft-legislation-ontology#",
    "prov": "http://www.w3.org/ns/prov#",
    "org": "http://www.w3.org/ns/org#",
    "dcterms": "http://purl.org/dc/terms/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}

_MAX_CELL = 100


def shorten(iri: str, prefixes: dict[str, str]) -> str:
    """``pd:Decision`` for a known namespace, else ``<iri>``.

    >>> shorten("https://w3id.org/paatosdata/def#Decision", COMMON_PREFIXES)
    'pd:Decision'
    >>> shorten("https://example.org/x/y", COMMON_PREFIXES)
    '<https://example.org/x/y>'
    """
    for prefix, namespace in sorted(prefixes.items(), key=lambda kv: -len(kv[1])):
        if iri.startswith(namespace):
            local = iri[len(namespace) :]
            if local and all(ch.isalnum() or ch in "_-." for ch in local) and not local.endswith("."):
                return f"{prefix}:{local}"
    return f"<{iri}>"


def _cell(term: Term | None, prefixes: dict[str, str]) -> str:
    if term is None:
        return ""
    if term.kind == "uri":
        text = shorten(term.value, prefixes)
    elif term.kind == "bnode":
        text = f"_:{term.value}"
    elif term.kind == "literal":
        text = term.value
        if term.language:
            text = f"{text} @{term.language}"
    else:
        text = term.value
    text = " ".join(text.split())
    if term.kind == "uri" or len(text) <= _MAX_CELL:
        return text
    return text[: _MAX_CELL - 1] + "…"


def _table(result: QueryResult, prefixes: dict[str, str]) -> str:
    if result.kind == "ask":
        return ("true" if result.boolean else "false") + "\n"
    header = [f"?{v}" for v in result.variables]
    body = [[_cell(t, prefixes) for t in row] for row in result.rows]
    widths = [max([len(h)] + [len(r[i]) for r in body]) for i, h in enumerate(header)]

    def line(cells: list[str]) -> str:
        return " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    rule = "-+-".join("-" * w for w in widths)
    lines = [line(header), rule, *(line(r) for r in body)]
    count = len(result.rows)
    note = f"({count} row{'s' if count != 1 else ''}{', truncated' if result.truncated else ''})"
    return "\n".join(lines) + "\n" + note + "\n"


def _json_term(term: Term) -> dict[str, str]:
    if term.kind == "literal":
        value: dict[str, str] = {"type": "literal", "value": term.value}
        if term.language:
            value["xml:lang"] = term.language
        elif term.datatype:
            value["datatype"] = term.datatype
        return value
    if term.kind == "triple":
        return {"type": "literal", "value": term.value}
    return {"type": term.kind, "value": term.value}


def _json(result: QueryResult) -> str:
    if result.kind == "ask":
        return json.dumps({"head": {}, "boolean": bool(result.boolean)}) + "\n"
    bindings = [
        {v: _json_term(t) for v, t in zip(result.variables, row, strict=True) if t is not None}
        for row in result.rows
    ]
    document = {"head": {"vars": result.variables}, "results": {"bindings": bindings}}
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def _xml_term(term: Term) -> str:
    if term.kind == "uri":
        return f"<uri>{escape(term.value)}</uri>"
    if term.kind == "bnode":
        return f"<bnode>{escape(term.value)}</bnode>"
    attributes = ""
    if term.language:
        attributes = f" xml:lang={quoteattr(term.language)}"
    elif term.datatype:
        attributes = f" datatype={quoteattr(term.datatype)}"
    return f"<literal{attributes}>{escape(term.value)}</literal>"


def _xml(result: QueryResult) -> str:
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<sparql xmlns="http://www.w3.org/2005/sparql-results#">',
    ]
    if result.kind == "ask":
        out += ["<head/>", f"<boolean>{'true' if result.boolean else 'false'}</boolean>", "</sparql>"]
        return "\n".join(out) + "\n"
    out.append("<head>")
    out += [f"<variable name={quoteattr(v)}/>" for v in result.variables]
    out += ["</head>", "<results>"]
    for row in result.rows:
        out.append("<result>")
        for variable, term in zip(result.variables, row, strict=True):
            if term is not None:
                out.append(f"<binding name={quoteattr(variable)}>{_xml_term(term)}</binding>")
        out.append("</result>")
    out += ["</results>", "</sparql>"]
    return "\n".join(out) + "\n"


def _csv(result: QueryResult) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    if result.kind == "ask":
        writer.writerow(["_askResult"])
        writer.writerow(["true" if result.boolean else "false"])
        return buffer.getvalue()
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow(
            ["" if t is None else (f"_:{t.value}" if t.kind == "bnode" else t.value) for t in row]
        )
    return buffer.getvalue()


def _tsv(result: QueryResult) -> str:
    if result.kind == "ask":
        return "?_askResult\n" + ("true" if result.boolean else "false") + "\n"
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    lines += ["\t".join("" if t is None else t.n3() for t in row) for row in result.rows]
    return "\n".join(lines) + "\n"


def format_result(result: QueryResult, fmt: str, prefixes: dict[str, str] | None = None) -> str:
    """A SELECT or ASK result as ``table``, ``csv``, ``tsv``, ``json`` or ``xml`` text."""
    if result.kind == "graph":
        raise ValueError("graph results are serialised as RDF, not as a results table")
    if fmt == "table":
        return _table(result, {**COMMON_PREFIXES, **(prefixes or {})})
    if fmt == "json":
        return _json(result)
    if fmt == "xml":
        return _xml(result)
    if fmt == "csv":
        return _csv(result)
    if fmt == "tsv":
        return _tsv(result)
    raise ValueError(f"unknown results format {fmt!r}")


def query_prefixes(query: str) -> dict[str, str]:
    """The ``PREFIX`` declarations of a query (for shortening IRIs in tables).

    >>> query_prefixes("PREFIX ex: <http://e/> prefix : <http://d/> SELECT * {}")
    {'ex': 'http://e/', '': 'http://d/'}
    """
    return {m[0]: m[1] for m in re.findall(r"(?i)\bPREFIX\s+([\w.-]*):\s*<([^>]*)>", query)}
