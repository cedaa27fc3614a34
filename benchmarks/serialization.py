"""Serialization speed: rdflib's writers against pyoxigraph on N copies of the seed item.

    python -m benchmarks.serialization [N]      (default 1000)

Each copy gets its own § number, so the graph has N distinct items. Prints one line per step; compare
ratios from one run, not absolute times across machines.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

import pyoxigraph as ox
from rdflib import Graph

from paatosdata.config import Config
from paatosdata.export.jsonld import to_jsonld
from paatosdata.export.oxi import new_term_cache, oxi_triples
from paatosdata.mapping import PREFIXES, Triple, bind_prefixes, document_triples
from paatosdata.model import Document
from paatosdata.parse import read_path

SEED = Path(__file__).resolve().parents[1] / "examples" / "kuopio-tyollisyysaluelautakunta-2026-05-07-28.md"
T = TypeVar("T")


def _copies(n: int) -> list[Document]:
    [doc] = read_path(SEED)
    item = doc.items[0]
    return [replace(doc, items=[replace(item, number=str(i), number_raw=f"§ {i}")]) for i in range(1, n + 1)]


def _clock(label: str, n: int, step: Callable[[], T]) -> tuple[T, float]:
    started = time.perf_counter()
    result = step()
    seconds = time.perf_counter() - started
    print(f"{label:<48} {seconds:8.2f} s  ({n / seconds:,.0f} items/s)")
    return result, seconds


def main(n: int = 1000) -> None:
    """Run the comparison on ``n`` items."""
    config = Config()
    docs = _copies(n)
    sets, _ = _clock("map to triple sets", n, lambda: [document_triples(d, config) for d in docs])

    def load() -> Graph:
        graph = bind_prefixes(Graph())
        for triples in sets:
            graph.addN((s, p, o, graph) for s, p, o in triples)
        return graph

    graph, _ = _clock("load them into one rdflib graph", n, load)
    cache = new_term_cache()

    def convert() -> list[ox.Triple]:
        return sorted({t for triples in sets for t in oxi_triples(triples, cache)}, key=str)

    oxi, _ = _clock("convert them to pyoxigraph terms", n, convert)
    print(f"{len(graph):,} triples")
    for label, rdflib_format, oxi_format in [
        ("Turtle", "turtle", ox.RdfFormat.TURTLE),
        ("N-Triples", "nt", ox.RdfFormat.N_TRIPLES),
        ("RDF/XML", "xml", ox.RdfFormat.RDF_XML),
        ("JSON-LD", "json-ld", ox.RdfFormat.JSON_LD),
    ]:
        _, slow = _clock(
            f"serialize {label} with rdflib", n, lambda f=rdflib_format: graph.serialize(format=f)
        )
        prefixes = None if oxi_format == ox.RdfFormat.N_TRIPLES else PREFIXES
        _, fast = _clock(
            f"serialize {label} with pyoxigraph",
            n,
            lambda f=oxi_format, p=prefixes: ox.serialize(oxi, format=f, prefixes=p),
        )
        print(f"{'':<48} rdflib ÷ pyoxigraph = {slow / fast:.0f}×")
    all_triples: set[Triple] = set().union(*sets)
    _clock("framed JSON-LD (paatosdata's writer)", n, lambda: to_jsonld(all_triples))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
