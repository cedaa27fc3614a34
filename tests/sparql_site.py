"""A small published site for the query and serve tests, laid out as the publisher lays it out.

Every item of the example minutes gets a folder named by its IRI path with ``index.html``,
``index.ttl``, ``index.jsonld``, ``index.rdf`` and ``index.akn.xml``; all item graphs also go
into one gzip N-Quads dump (one named graph per item).
"""

from __future__ import annotations

import gzip
from html import escape
from pathlib import Path

from rdflib import Graph, URIRef

from paatosdata.config import DEFAULT_BASE
from paatosdata.mapping import item_graph, item_iri
from paatosdata.model import Document
from paatosdata.parse import read_many

__all__ = ["build_site", "example_documents"]


def example_documents(examples: Path) -> list[Document]:
    """Every document read from the example minutes (fails loudly on a read error)."""
    documents: list[Document] = []
    for result in read_many([examples]):
        assert result.error is None, result.error
        documents.extend(result.documents)
    return documents


def build_site(folder: Path, documents: list[Document]) -> dict[str, Graph]:
    """Write the site into ``folder``; return each item's IRI path with its graph."""
    quads: list[str] = []
    items: dict[str, Graph] = {}
    for document in documents:
        for item in document.items:
            iri, graph = item_iri(document, item), item_graph(document, item)
            path = str(iri)[len(DEFAULT_BASE) :]
            items[path] = graph
            for line in graph.serialize(format="nt").splitlines():
                if line.strip():
                    assert line.endswith(" .")
                    quads.append(f"{line[:-2]} <{iri}> .\n")
            target = folder / path.lstrip("/")
            target.mkdir(parents=True, exist_ok=True)
            graph.serialize(target / "index.ttl", format="turtle")
            graph.serialize(target / "index.jsonld", format="json-ld")
            graph.serialize(target / "index.rdf", format="xml")
            title = next((str(o) for o in graph.objects(URIRef(iri), URIRef(_PD + "title"))), "")
            (target / "index.html").write_text(
                f"<!DOCTYPE html><html><head><title>{escape(title)}</title></head><body>"
                f"<h1>{escape(title)}</h1></body></html>\n",
                encoding="utf-8",
            )
            (target / "index.akn.xml").write_text(
                '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">'
                f'<statement name="decision"><meta/><preface><p>{escape(title)}</p></preface>'
                "</statement></akomaNtoso>\n",
                encoding="utf-8",
            )
    dumps = folder / "dumps"
    dumps.mkdir(parents=True, exist_ok=True)
    with gzip.open(dumps / "paatosdata.nq.gz", "wb") as stream:
        stream.write("".join(quads).encode("utf-8"))
    (folder / "index.html").write_text("<!DOCTYPE html><title>site</title>\n", encoding="utf-8")
    return items


_PD = "https://w3id.org/paatosdata/def#"
