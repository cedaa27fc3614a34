"""The renderers a publish uses: model → RDF graph and model → Akoma Ntoso bytes, per item and meeting.

The defaults call the project's mapping (:mod:`paatosdata.mapping`) and Akoma Ntoso builder
(:mod:`paatosdata.akn.build`). A publish names its renderers by import path
(``"module:attribute"``) so that worker processes can load them.

An item's graph is :func:`paatosdata.mapping.published_item_ox_parts`: the item and what it
names, while its meeting's attendance is described once, in the meeting's graph. The union of
the published graphs is the same as if every item graph repeated the whole meeting.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from paatosdata.ids import item_path, meeting_path
from paatosdata.model import Document, DocumentKind, Item, Meeting

if TYPE_CHECKING:
    import pyoxigraph

    from paatosdata.config import Config

__all__ = ["DEFAULT_RENDERERS", "Renderers", "item_iri", "load_renderers", "meeting_iri"]


#: an rdflib graph, any iterable of rdflib triples, or pyoxigraph triples (as the mapping makes them)
Triples = Iterable[tuple[Any, Any, Any]] | Iterable["pyoxigraph.Triple"]


class _ItemGraph(Protocol):
    def __call__(self, doc: Document, item: Item, config: Config) -> Triples: ...


class _DocumentGraph(Protocol):
    def __call__(self, doc: Document, config: Config) -> Triples: ...


class _ItemAkn(Protocol):
    def __call__(self, doc: Document, item: Item, config: Config) -> bytes: ...


class _DocumentAkn(Protocol):
    def __call__(self, doc: Document, config: Config) -> bytes: ...


class _ItemIri(Protocol):
    def __call__(self, doc: Document, item: Item, config: Config) -> str: ...


class _DocumentIri(Protocol):
    def __call__(self, doc: Document, config: Config) -> str: ...


@dataclass(frozen=True, slots=True)
class Renderers:
    """How items and meetings become RDF and Akoma Ntoso."""

    item_graph: _ItemGraph
    document_graph: _DocumentGraph
    item_akn: _ItemAkn
    document_akn: _DocumentAkn
    item_iri: _ItemIri
    meeting_iri: _DocumentIri
    #: a block within which one input's items are rendered (lets renderers share work between them)
    scope: Callable[[], AbstractContextManager[None]] = nullcontext


def item_iri(doc: Document, item: Item, config: Config) -> str:
    """The IRI of an item by its AKN Work path under the base (for renderers without a mapping)."""
    return config.base.rstrip("/") + item_path(doc, item).work


def meeting_iri(doc: Document, config: Config) -> str:
    """The IRI of a meeting's minutes (or agenda) by its AKN Work path under the base."""
    return config.base.rstrip("/") + meeting_path(doc).work


def _item_iri(doc: Document, item: Item, config: Config) -> str:
    from paatosdata import mapping

    return mapping.item_iri_text(doc, item, config)


#: within :func:`_scope`, the meeting IRI last made, with what it was made from (the mapping reads
#: the document's meeting and kind only): the items of one meeting ask for it in turn
_last_meeting: list[tuple[Meeting, DocumentKind, Config, str]] = []
_scopes: list[None] = []


def _meeting_iri(doc: Document, config: Config) -> str:
    for meeting, kind, made_for, iri in _last_meeting:
        if meeting is doc.meeting and kind is doc.kind and made_for is config:
            return iri
    from paatosdata import mapping

    iri = str(mapping.document_iri(doc, config))
    if _scopes:
        _last_meeting[:] = [(doc.meeting, doc.kind, config, iri)]
    return iri


@contextmanager
def _scope() -> Iterator[None]:
    """One input's block: the mapping's shared parts, the Akoma Ntoso parts items and meeting share,
    and meeting IRIs remembered (the model does not change while it runs)."""
    from paatosdata.akn.build import shared_items
    from paatosdata.mapping import shared_parts

    _scopes.append(None)
    try:
        with shared_parts(), shared_items():
            yield
    finally:
        _scopes.pop()
        _last_meeting.clear()


def _item_graph(doc: Document, item: Item, config: Config) -> Triples:
    from paatosdata import mapping

    return mapping.published_item_ox_parts(doc, item, config)


def _document_graph(doc: Document, config: Config) -> Triples:
    from paatosdata import mapping

    return mapping.document_own_ox_parts(doc, config)


def _item_akn(doc: Document, item: Item, config: Config) -> bytes:
    from paatosdata.akn import build

    return build.build_item_bytes(doc, item, abbreviations=dict(config.body_abbreviations))


def _document_akn(doc: Document, config: Config) -> bytes:
    from paatosdata.akn import build

    return build.build_document_bytes(doc, abbreviations=dict(config.body_abbreviations))


def _defaults() -> Renderers:
    return Renderers(_item_graph, _document_graph, _item_akn, _document_akn, _item_iri, _meeting_iri, _scope)


#: Import path of the default renderers.
DEFAULT_RENDERERS = "paatosdata.publish.render:_defaults"


def load_renderers(target: str) -> Renderers:
    """The renderers returned by the zero-argument factory at ``target`` (``module:function``)."""
    module_name, attribute = target.split(":")
    renderers = getattr(importlib.import_module(module_name), attribute)()
    assert isinstance(renderers, Renderers)
    return renderers
