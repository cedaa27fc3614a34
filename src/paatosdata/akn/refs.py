"""The ``meta/references`` of one AKN document: TLC entries with unique, context-prefixed eIds.

Inside a ``component`` every eId, TLC eIds included, carries the component context
(``cmp_1__paatosdata``); :class:`References` adds the prefix and hands out ``#``-references.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from paatosdata.akn.tree import Node
from paatosdata.ids import slugify

__all__ = ["References", "RefsState", "clean_attrs", "clean_text"]

_ORDER = ("TLCOrganization", "TLCPerson", "TLCRole", "TLCConcept", "TLCEvent", "TLCProcess", "hasAttachment")


_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def clean_text(text: str) -> str:
    """``text`` with characters XML 1.0 cannot carry replaced by U+FFFD."""
    if (text.isascii() and text.isprintable()) or _NOT_XML.search(text) is None:  # nothing to replace
        return text
    return _NOT_XML.sub("\ufffd", text)


#: keyword arguments that stand for attribute names Python reserves
_NAMES = {"class_": "class", "as_": "as", "for_": "for"}


def clean_attrs(attrs: dict[str, str | None]) -> dict[str, str]:
    """The attributes given as keyword arguments (``class_`` for ``class`` …), values cleaned
    (:func:`clean_text`), ``None`` left out."""
    values = {}
    for name, value in attrs.items():
        if value is not None:
            values[_NAMES.get(name, name)] = clean_text(value)
    return values


_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9.-]*")


def _token(base: str) -> str:
    """``base`` when it is already an eId token, else its slug (never starting with a digit)."""
    if not _TOKEN.fullmatch(base):
        base = slugify(base)
    return base if base[:1].isalpha() else f"x-{base}"


def _unique(value: str, used: set[str]) -> str:
    candidate, n = value, 1
    while candidate in used:
        n += 1
        candidate = f"{value}-{n}"
    return candidate


@dataclass(slots=True)
class _Entry:
    tag: str
    eid: str
    href: str
    show_as: str
    extra: dict[str, str] = field(default_factory=dict)
    #: the entry's element per eId prefix, made once: entries restored from a shared state (the
    #: items of one meeting) write the same elements into each document
    nodes: dict[str, Node] = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class RefsState:
    """The entries of a :class:`References` at one moment (see :meth:`References.state`)."""

    entries: dict[tuple[str, str, str], _Entry]
    eids: frozenset[str]
    hrefs: dict[str, frozenset[str]]


@dataclass(slots=True)
class References:
    """TLC entries of one document (or component) keyed by (tag, href)."""

    prefix: str
    municipality: str
    _entries: dict[tuple[str, str, str], _Entry] = field(default_factory=dict)
    _eids: set[str] = field(default_factory=set)
    _hrefs: dict[str, set[str]] = field(default_factory=dict)  # tag → hrefs given out

    def add(self, tag: str, base: str, href: str, show_as: str, **extra: str) -> str:
        """Register a TLC entry (once per tag, href and label) and return its ``#``-reference.

        Two different labels that slug alike (``Äö`` and ``Ao``) get distinct eIds and IRIs.
        """
        key = (tag, href, show_as)
        entry = self._entries.get(key)
        if entry is None:
            eid = _unique(_token(base), self._eids)
            used = self._hrefs.setdefault(tag, set())
            unique_href = _unique(href, used)
            entry = _Entry(tag, eid, unique_href, clean_text(show_as), extra)
            self._entries[key] = entry
            self._eids.add(eid)
            used.add(unique_href)
        return f"#{self.prefix}{entry.eid}"

    def organization(self, slug: str, name: str, **extra: str) -> str:
        """A body (toimielin) of this municipality, or paatosdata itself."""
        if slug == "paatosdata":
            return self.add(
                "TLCOrganization", "paatosdata", "/akn/ontology/organization/unreg.paatosdata", name
            )
        href = f"/akn/ontology/organization/fi.{self.municipality}.{slug}"
        return self.add("TLCOrganization", slug, href, name, **extra)

    def person(self, name: str) -> str:
        """A person by name (no birth dates or other personal data in the IRI)."""
        slug = slugify(name)
        return self.add("TLCPerson", slug, f"/akn/ontology/person/fi.{self.municipality}.{slug}", name)

    def role(self, label: str) -> str:
        """A role as printed (valmistelija, esittelijä, puheenjohtaja, jäsen…)."""
        slug = slugify(label)
        return self.add("TLCRole", slug, f"/akn/ontology/role/paatosdata.fi.{slug}", label)

    def concept(self, key: str, label: str) -> str:
        """An outcome, vote option or impact concept of the paatosdata vocabulary."""
        token = _token(key)
        return self.add("TLCConcept", token, f"/akn/ontology/concept/paatosdata.{token}", label)

    def event(self, slug: str, href: str, label: str) -> str:
        """The meeting as an event."""
        return self.add("TLCEvent", slug, href, label)

    def state(self) -> RefsState:
        """A copy of the entries registered so far, for :meth:`restore`."""
        return RefsState(
            dict(self._entries), frozenset(self._eids), {k: frozenset(v) for k, v in self._hrefs.items()}
        )

    def restore(self, state: RefsState) -> None:
        """Make the entries those of ``state`` (as if the same calls had been made again)."""
        self._entries = dict(state.entries)
        self._eids = set(state.eids)
        self._hrefs = {k: set(v) for k, v in state.hrefs.items()}

    def element(self) -> Node:
        """The ``references`` element, entries grouped by kind as the XSD requires no order."""
        refs = Node("references", {"source": f"#{self.prefix}paatosdata"})
        self.fill(refs)
        return refs

    def fill(self, refs: Node) -> None:
        """Write the entries into ``refs`` (an empty ``references`` element already in its tree)."""
        prefix = self.prefix
        by_tag: dict[str, list[_Entry]] = {}
        for entry in self._entries.values():
            by_tag.setdefault(entry.tag, []).append(entry)
        children = refs.children
        for tag in _ORDER:
            for entry in by_tag.get(tag, ()):
                node = entry.nodes.get(prefix)
                if node is None:
                    attrs = {"eId": f"{prefix}{entry.eid}", "href": entry.href, "showAs": entry.show_as}
                    for name, value in entry.extra.items():
                        attrs["pd:" + name] = clean_text(value)
                    node = entry.nodes[prefix] = Node(tag, attrs).freeze()
                children.append(node)
