"""One readable HTML page of the vocabulary: every term with labels, definitions and alignments.

Everything taken from the vocabulary is escaped; the page has no scripts and loads nothing.
"""

from __future__ import annotations

from html import escape

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS
from rdflib.term import Node

from paatosdata.namespaces import ONTOLOGY_IRI, PD, PD_NAMESPACE

__all__ = ["vocabulary_html"]

_SECTIONS = [
    ("classes", "Classes · Luokat · Klasser", OWL.Class),
    ("object-properties", "Object properties · Objektiominaisuudet · Objektegenskaper", OWL.ObjectProperty),
    ("datatype-properties", "Datatype properties · Arvo-ominaisuudet · Dataegenskaper", OWL.DatatypeProperty),
    ("annotation-properties", "Annotation properties · Annotaatiot · Annotationer", OWL.AnnotationProperty),
    ("concepts", "Concepts · Käsitteet · Begrepp", OWL.NamedIndividual),
]

_STYLE = """
body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45}
code{background:#f3f3f3;padding:0 .2rem}section.term{border-top:1px solid #ddd;padding:.6rem 0}
dl{display:grid;grid-template-columns:11rem 1fr;gap:.2rem .8rem}dt{color:#555}dd{margin:0}
h3{margin:.2rem 0}nav a{margin-right:.8rem}
"""


def _name(graph: Graph, node: Node) -> str:
    if isinstance(node, URIRef):
        try:
            return graph.namespace_manager.normalizeUri(node)
        except Exception:  # rdflib cannot shorten some IRIs
            return str(node)
    return "(anonymous)"


def _describe(graph: Graph, node: Node) -> str:
    """A class expression or IRI as escaped HTML: unions are written ``A ∪ B``."""
    union = graph.value(node, OWL.unionOf)
    if union is not None:
        members = graph.items(union)
        return " ∪ ".join(_link(graph, member) for member in members)
    return _link(graph, node)


def _link(graph: Graph, node: Node) -> str:
    text = escape(_name(graph, node))
    if isinstance(node, URIRef) and str(node).startswith(PD_NAMESPACE):
        return f'<a href="#{escape(str(node)[len(PD_NAMESPACE) :])}"><code>{text}</code></a>'
    return f"<code>{text}</code>"


def _literals(graph: Graph, subject: Node, predicate: URIRef) -> str:
    values = sorted(
        (lit for lit in graph.objects(subject, predicate) if isinstance(lit, Literal)),
        key=lambda lit: ({"fi": 0, "sv": 1, "en": 2}.get(lit.language or "", 3), str(lit)),
    )
    return "<br>".join(
        f"{escape(str(lit))} <small>({escape(lit.language)})</small>" if lit.language else escape(str(lit))
        for lit in values
    )


def _term(graph: Graph, term: URIRef) -> str:
    local = str(term)[len(PD_NAMESPACE) :]
    rows: list[tuple[str, str]] = [("IRI", f"<code>{escape(str(term))}</code>")]
    rows.append(("Labels", _literals(graph, term, RDFS.label)))
    rows.append(("Definition", _literals(graph, term, SKOS.definition)))
    for title, predicate in (
        ("Subclass of", RDFS.subClassOf),
        ("Subproperty of", RDFS.subPropertyOf),
        ("Domain", RDFS.domain),
        ("Range", RDFS.range),
        ("Inverse of", OWL.inverseOf),
        ("Type", RDF.type),
        ("In scheme", SKOS.inScheme),
        ("Close match", SKOS.closeMatch),
        ("Exact match", SKOS.exactMatch),
    ):
        objects = sorted(graph.objects(term, predicate), key=str)
        if predicate == RDF.type:
            objects = [o for o in objects if o not in (OWL.NamedIndividual,)]
        if objects:
            rows.append((title, ", ".join(_describe(graph, o) for o in objects)))
    for title, predicate in (
        ("Notation", SKOS.notation),
        ("Akoma Ntoso", PD.aknMapping),
        ("6Aika Open Decision API", PD.apiPaatosMapping),
    ):
        text = _literals(graph, term, predicate)
        if text:
            rows.append((title, text))
    body = "".join(f"<dt>{escape(title)}</dt><dd>{value}</dd>" for title, value in rows if value)
    label = graph.value(term, RDFS.label)  # any language, for the heading
    english = next(
        (lit for lit in graph.objects(term, RDFS.label) if getattr(lit, "language", None) == "en"), label
    )
    heading = f"{escape(local)} — {escape(str(english))}" if english is not None else escape(local)
    return f'<section class="term" id="{escape(local)}"><h3>{heading}</h3><dl>{body}</dl></section>'


def vocabulary_html(graph: Graph) -> str:
    """The vocabulary as one HTML page."""
    graph.namespace_manager.bind("pd", PD_NAMESPACE, replace=True)
    title = _literals(graph, ONTOLOGY_IRI, RDFS.label)
    version = escape(str(graph.value(ONTOLOGY_IRI, OWL.versionInfo) or ""))
    licence = graph.value(ONTOLOGY_IRI, URIRef("http://purl.org/dc/terms/license"))
    description = _literals(graph, ONTOLOGY_IRI, URIRef("http://purl.org/dc/terms/description"))
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        "<title>paatosdata vocabulary</title>",
        f"<style>{_STYLE}</style></head><body>",
        f"<h1>{title}</h1>",
        f"<p>Namespace <code>{escape(PD_NAMESPACE)}</code> (prefix <code>pd:</code>) · version {version}"
        + (f" · licence <code>{escape(str(licence))}</code>" if licence is not None else "")
        + "</p>",
        f"<p>{description.replace(chr(10), '<br>')}</p>",
        "<nav>" + "".join(f'<a href="#{key}">{escape(title)}</a>' for key, title, _ in _SECTIONS) + "</nav>",
    ]
    seen: set[URIRef] = set()
    for key, heading, kind in _SECTIONS:
        terms = sorted(
            {
                s
                for s in graph.subjects(RDF.type, kind)
                if isinstance(s, URIRef) and str(s).startswith(PD_NAMESPACE) and s not in seen
            },
            key=lambda t: str(t).lower(),
        )
        seen.update(terms)
        parts.append(f'<h2 id="{key}">{escape(heading)} ({len(terms)})</h2>')
        parts.extend(_term(graph, term) for term in terms)
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
