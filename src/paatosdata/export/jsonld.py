"""Framed, compacted JSON-LD: each item is one nested JSON tree, written with our own context.

No JSON-LD processor is involved (and nothing is ever fetched): the writer compacts with the terms
of ``ontology/context.jsonld`` and nests every node under the first node that refers to it, depth
first from the items, so a web developer reads ``item.meeting.body.name`` without resolving
identifiers. A node is written once; later mentions are ``"id"`` references. Nodes no item reaches
are listed after the items. The context is embedded in the output (plus a default ``@language``),
so a consumer needs no network either; its published, versioned copy is ``context.jsonld``.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import cache
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD
from rdflib.term import Node

from paatosdata.namespaces import PD
from paatosdata.resources import ontology_dir

__all__ = ["context", "frame", "to_jsonld"]

Json = Any


@cache
def context() -> dict[str, Any]:
    """Our JSON-LD context (the ``@context`` object of ``ontology/context.jsonld``)."""
    data = json.loads((ontology_dir() / "context.jsonld").read_text(encoding="utf-8"))
    ctx = data["@context"]
    assert isinstance(ctx, dict)
    return ctx


class _Compactor:
    def __init__(self, ctx: dict[str, Any], language: str | None) -> None:
        self.ctx = ctx
        self.language = language
        self.prefixes: list[tuple[str, str]] = sorted(
            (
                (name, value)
                for name, value in ctx.items()
                if isinstance(value, str) and value.endswith(("#", "/"))
            ),
            key=lambda pair: -len(pair[1]),
        )
        self.terms: dict[str, tuple[str, dict[str, Any]]] = {}
        self.vocab_terms: dict[str, str] = {}
        for name, value in ctx.items():
            if name.startswith("@") or name in ("id", "type"):
                continue
            if isinstance(value, str):
                iri = self.expand(value)
                if not iri.endswith(("#", "/")):
                    self.vocab_terms[iri] = name
            elif isinstance(value, dict) and "@id" in value:
                self.terms[self.expand(value["@id"])] = (name, value)

    def expand(self, value: str) -> str:
        prefix, sep, rest = value.partition(":")
        if sep and prefix in self.ctx and isinstance(self.ctx[prefix], str) and not rest.startswith("//"):
            return str(self.ctx[prefix]) + rest
        return value

    def iri(self, iri: str) -> str:
        """A compact IRI (``pd:approved``) where a prefix fits, else the IRI."""
        for name, namespace in self.prefixes:
            if iri.startswith(namespace) and len(iri) > len(namespace):
                local = iri[len(namespace) :]
                if "/" not in local and "#" not in local and ":" not in local:
                    return f"{name}:{local}"
        return iri

    def vocab(self, iri: str) -> str:
        return self.vocab_terms.get(iri) or self.iri(iri)

    def key(self, predicate: URIRef) -> tuple[str, dict[str, Any] | None]:
        found = self.terms.get(str(predicate))
        if found is not None:
            return found
        return self.iri(str(predicate)), None

    def literal(self, lit: Literal, definition: dict[str, Any] | None) -> Json:
        value = str(lit)
        coerced = (definition or {}).get("@type")
        if lit.language:
            if definition is not None and coerced is None and "@language" not in definition:
                if lit.language == self.language:
                    return value
            return {"@value": value, "@language": lit.language}
        datatype = lit.datatype
        if datatype is None or datatype == XSD.string:
            if definition is not None and coerced is None:
                if "@language" in definition and definition["@language"] is None:
                    return value
                if self.language is None:
                    return value
            return {"@value": value}
        if definition is not None and coerced is None:
            if datatype == XSD.boolean and value in ("true", "false"):
                return value == "true"
            if datatype == XSD.integer and value.lstrip("-").isdigit() and str(int(value)) == value:
                return int(value)
        if coerced is not None and self.expand(coerced) == str(datatype):
            return value
        return {"@value": value, "@type": self.iri(str(datatype))}


def _default_language(triples: list[tuple[Node, Node, Node]]) -> str | None:
    counts = Counter(o.language for _, _, o in triples if isinstance(o, Literal) and o.language)
    return counts.most_common(1)[0][0] if counts else None


def frame(
    graph: Graph | Iterable[tuple[Node, Node, Node]], roots: list[Node] | None = None
) -> dict[str, Any]:
    """The triples as one JSON-LD document whose ``@graph`` holds one nested tree per root (item).

    Roots default to the items (subjects of ``pd:document``, else everything typed ``pd:Item``).
    """
    triples = list(graph.triples((None, None, None)) if isinstance(graph, Graph) else graph)
    ctx = context()
    language = _default_language(triples)
    compactor = _Compactor(ctx, language)
    if roots is None:
        roots = sorted({s for s, p, _ in triples if p == PD.document}, key=str)
        if not roots:
            roots = sorted({s for s, p, o in triples if p == RDF.type and o == PD.Item}, key=str)
    root_set = set(roots)
    outgoing: dict[Node, list[tuple[Node, Node]]] = defaultdict(list)
    mentions: Counter[Node] = Counter()
    for s, p, o in triples:
        outgoing[s].append((p, o))
        if isinstance(o, BNode):
            mentions[o] += 1
    written: set[Node] = set()

    labels: dict[Node, str] = {}

    def ref(node: Node) -> str:
        if isinstance(node, BNode):  # stable labels in order of appearance
            return labels.setdefault(node, f"_:b{len(labels)}")
        return compactor.iri(str(node))

    def tree(node: Node) -> dict[str, Any]:
        written.add(node)
        obj: dict[str, Any] = {}
        if not isinstance(node, BNode) or mentions[node] > 1:
            obj["id"] = ref(node)
        by_key: dict[str, list[Json]] = {}
        types: list[str] = []
        for p, o in sorted(outgoing[node], key=lambda pair: (str(pair[0]), str(pair[1]))):
            if p == RDF.type:
                types.append(compactor.vocab(str(o)))
                continue
            key, definition = compactor.key(p)  # type: ignore[arg-type]
            by_key.setdefault(key, []).append(value(o, definition))
        if types:
            obj["type"] = types[0] if len(types) == 1 else sorted(types)
        for key in sorted(by_key):
            values = by_key[key]
            obj[key] = values[0] if len(values) == 1 else values
        return obj

    def value(o: Node, definition: dict[str, Any] | None) -> Json:
        if isinstance(o, Literal):
            return compactor.literal(o, definition)
        coerced = (definition or {}).get("@type")
        if o in outgoing and o not in written and o not in root_set:
            return tree(o)
        if isinstance(o, BNode):
            return {"id": ref(o)}
        if coerced == "@vocab":
            return compactor.vocab(str(o))
        if coerced == "@id":
            return ref(o)
        return {"id": ref(o)}

    trees = [tree(root) for root in roots if root not in written]
    rest = sorted((s for s in outgoing if s not in written), key=lambda n: (isinstance(n, BNode), str(n)))
    for node in rest:
        if node not in written:
            trees.append(tree(node))
    local: dict[str, Any] = {"@language": language} if language else {}
    return {"@context": [ctx, local] if local else ctx, "@graph": trees}


def to_jsonld(graph: Graph | Iterable[tuple[Node, Node, Node]], roots: list[Node] | None = None) -> bytes:
    """The framed JSON-LD of ``graph`` as UTF-8 bytes."""
    return (json.dumps(frame(graph, roots), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
