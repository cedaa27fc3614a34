"""The ``meta/references`` of one AKN document: TLC entries with unique, context-prefixed eIds.

Inside a ``component`` every eId, TLC eIds included, carries the component context
(``cmp_1__paatosdata``); :class:`References` adds the prefix and hands out ``#``-references.

An item's parts can be built once for every context: with the eId prefix :data:`MARK` (not an XML
character) and within :func:`marking`, the prefix survives :func:`clean_attrs` in the attributes that
hold only eIds and ``#``-references (:data:`ID_ATTRIBUTES`), so that each ``MARK`` in the text written
stands for the prefix, and nothing else does; a ``MARK`` anywhere else spoils the build
(:attr:`Marking.spoiled`). :meth:`References.view` records the references such parts register, for
:meth:`References.replay` in another context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter

from paatosdata.akn.tree import MARK, Node, escape_attr
from paatosdata.ids import slugify

__all__ = [
    "ATTRIBUTE_NAMES",
    "ID_ATTRIBUTES",
    "MARK",
    "Marking",
    "References",
    "RefsState",
    "clean_attr",
    "clean_attrs",
    "clean_ref",
    "clean_text",
    "marking",
    "marking_on",
]

_ORDER = ("TLCOrganization", "TLCPerson", "TLCRole", "TLCConcept", "TLCEvent", "TLCProcess", "hasAttachment")
_RANKS = {tag: rank for rank, tag in enumerate(_ORDER)}


_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


class Marking:
    """Whether a build with the prefix :data:`MARK` is under way, and whether it is spoiled."""

    __slots__ = ("on", "spoiled")

    def __init__(self) -> None:
        self.on = False
        self.spoiled = False


_MARKING = Marking()


class _Marked:
    """The block of :func:`marking` (a plain class: it is entered once per item)."""

    __slots__ = ()

    def __enter__(self) -> Marking:
        _MARKING.on, _MARKING.spoiled = True, False
        return _MARKING

    def __exit__(self, *exc: object) -> None:
        _MARKING.on = False


_MARKED = _Marked()


def marking() -> _Marked:
    """A build with the eId prefix :data:`MARK`; the state it yields tells whether a ``MARK`` was met
    where it is not a prefix (then what was built must not be used)."""
    return _MARKED


def marking_on() -> bool:
    """True within :func:`marking`."""
    return _MARKING.on


def clean_text(text: str) -> str:
    """``text`` with characters XML 1.0 cannot carry replaced by U+FFFD."""
    # every character XML cannot carry is unprintable, and isprintable() looks at a character
    # faster than a regular expression does
    if text.isprintable() or _NOT_XML.search(text) is None:  # nothing to replace
        return text
    if _MARKING.on and MARK in text:
        _MARKING.spoiled = True
    return _NOT_XML.sub("\ufffd", text)


#: keyword arguments that stand for attribute names Python reserves, and those names
ATTRIBUTE_NAMES = {"class_": "class", "as_": "as", "for_": "for"}


#: the attributes (keyword arguments) the builders give only eIds and ``#``-references, never text
#: from the model: within :func:`marking` the prefix :data:`MARK` stays in their values
ID_ATTRIBUTES = frozenset(
    ("eId", "refersTo", "as_", "for_", "by", "outcome", "source", "person", "proposer", "seconder", "voting")
)


def _clean_marked(value: str) -> str:
    bare = value.replace(MARK, "")
    if bare.isascii() and bare.isprintable():
        return value
    return MARK.join(clean_text(part) for part in value.split(MARK))


def clean_ref(value: str) -> str:
    """An eId or ``#``-reference cleaned (:func:`clean_text`); within :func:`marking` a prefix
    :data:`MARK` in it is kept."""
    if _MARKING.on and MARK in value:
        return _clean_marked(value)
    return clean_text(value)


def clean_attr(name: str, value: str) -> str:
    """The value of attribute ``name`` (a keyword argument, see :func:`clean_attrs`) cleaned."""
    if value.isascii() and value.isprintable():  # clean as it is
        return value
    if _MARKING.on and name in ID_ATTRIBUTES and MARK in value:
        return _clean_marked(value)
    return clean_text(value)


def clean_attrs(attrs: dict[str, str | None]) -> dict[str, str]:
    """The attributes given as keyword arguments (``class_`` for ``class`` …), values cleaned
    (:func:`clean_text`), ``None`` left out."""
    values = {}
    for name, value in attrs.items():
        if value is not None:
            if not (value.isascii() and value.isprintable()):  # else clean as it is
                if _MARKING.on and name in ID_ATTRIBUTES and MARK in value:
                    value = _clean_marked(value)
                else:
                    value = clean_text(value)
            values[ATTRIBUTE_NAMES.get(name, name)] = value
    return values


_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9.-]*")

#: :func:`paatosdata.ids.slugify` of names and labels, which a meeting's documents repeat
_slug = lru_cache(maxsize=4096)(slugify)


@lru_cache(maxsize=4096)
def _token(base: str) -> str:
    """``base`` when it is already an eId token, else its slug (never starting with a digit)."""
    if not _TOKEN.fullmatch(base):
        base = _slug(base)
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
    #: the text of each of :attr:`nodes`
    texts: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    #: the place of :attr:`tag` in the order of ``references`` (:data:`_ORDER`)
    rank: int = field(default=0, compare=False, repr=False)


_rank = attrgetter("rank")


#: one :meth:`References.add`: tag, base, href, label, extras and the eId it gave
Registration = tuple[str, str, str, str, dict[str, str], str]


@dataclass(frozen=True, slots=True)
class RefsState:
    """The entries of a :class:`References` at one moment (see :meth:`References.state`)."""

    entries: dict[tuple[str, str, str], _Entry]
    eids: frozenset[str]
    hrefs: dict[str, frozenset[str]]


def _entry_text(entry: _Entry, prefix: str) -> str:
    """The element of ``entry`` under ``prefix`` as :func:`paatosdata.akn.tree.serialise` writes
    :meth:`References._node` (the same attributes, in order)."""
    if not entry.extra:
        return _plain_entry_text(entry.tag, prefix + entry.eid, entry.href, entry.show_as)
    text = _plain_entry_text(entry.tag, prefix + entry.eid, entry.href, entry.show_as)[:-2]
    for name, value in entry.extra.items():
        text += f' pd:{name}="{escape_attr(clean_text(value))}"'
    return text + "/>"


@lru_cache(maxsize=1024)
def _plain_entry_text(tag: str, eid: str, href: str, show_as: str) -> str:
    """An entry without extras: many recur in every meeting (paatosdata, the decision maker, the
    outcomes under each component's prefix), so a few are kept."""
    return f'<{tag} eId="{escape_attr(eid)}" href="{escape_attr(href)}" showAs="{escape_attr(show_as)}"/>'


@dataclass(slots=True)
class References:
    """TLC entries of one document (or component) keyed by (tag, href)."""

    prefix: str
    municipality: str
    _entries: dict[tuple[str, str, str], _Entry] = field(default_factory=dict)
    _eids: set[str] = field(default_factory=set)
    _hrefs: dict[str, set[str]] = field(default_factory=dict)  # tag → hrefs given out
    #: every :meth:`add` through this object, with the eId it gave (see :meth:`view`)
    log: list[Registration] | None = None

    def _entry(self, tag: str, base: str, href: str, show_as: str, extra: dict[str, str]) -> _Entry:
        key = (tag, href, show_as)
        entry = self._entries.get(key)
        if entry is None:
            eid = _unique(_token(base), self._eids)
            used = self._hrefs.setdefault(tag, set())
            unique_href = _unique(href, used)
            entry = _Entry(tag, eid, unique_href, clean_text(show_as), extra, rank=_RANKS[tag])
            self._entries[key] = entry
            self._eids.add(eid)
            used.add(unique_href)
        return entry

    def add(self, tag: str, base: str, href: str, show_as: str, **extra: str) -> str:
        """Register a TLC entry (once per tag, href and label) and return its ``#``-reference.

        Two different labels that slug alike (``Äö`` and ``Ao``) get distinct eIds and IRIs.
        """
        entry = self._entry(tag, base, href, show_as, extra)
        if self.log is not None:
            self.log.append((tag, base, href, show_as, extra, entry.eid))
        return f"#{self.prefix}{entry.eid}"

    def view(self, prefix: str) -> References:
        """These entries (shared, not copied) handing out references under ``prefix``, with a
        :attr:`log` of what is registered through the view."""
        return References(prefix, self.municipality, self._entries, self._eids, self._hrefs, [])

    def replay(self, log: list[Registration]) -> bool:
        """Make the registrations of ``log`` here; False as soon as one gives another eId than it
        gave when it was logged (then the references handed out then are not those of here)."""
        entry = self._entry
        for tag, base, href, show_as, extra, eid in log:
            if entry(tag, base, href, show_as, extra).eid != eid:
                return False
        return True

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
        slug = _slug(name)
        return self.add("TLCPerson", slug, f"/akn/ontology/person/fi.{self.municipality}.{slug}", name)

    def role(self, label: str) -> str:
        """A role as printed (valmistelija, esittelijä, puheenjohtaja, jäsen…)."""
        slug = _slug(label)
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

    def texts(self) -> list[str]:
        """The entries as :meth:`fill` writes them, each as text."""
        prefix = self.prefix
        out = []
        for entry in sorted(self._entries.values(), key=_rank):  # stable: in order of registration
            text = entry.texts.get(prefix)
            if text is None:
                text = entry.texts[prefix] = _entry_text(entry, prefix)
            out.append(text)
        return out

    def _node(self, entry: _Entry) -> Node:
        """The element of ``entry`` under this prefix, made once."""
        prefix = self.prefix
        node = entry.nodes.get(prefix)
        if node is None:
            attrs = {"eId": f"{prefix}{entry.eid}", "href": entry.href, "showAs": entry.show_as}
            for name, value in entry.extra.items():
                attrs["pd:" + name] = clean_text(value)
            node = entry.nodes[prefix] = Node(entry.tag, attrs).freeze()
        return node

    def element(self) -> Node:
        """The ``references`` element, entries grouped by kind as the XSD requires no order."""
        refs = Node("references", {"source": f"#{self.prefix}paatosdata"})
        self.fill(refs)
        return refs

    def fill(self, refs: Node) -> None:
        """Write the entries into ``refs`` (an empty ``references`` element already in its tree)."""
        node = self._node
        refs.children += [node(entry) for entry in sorted(self._entries.values(), key=_rank)]
