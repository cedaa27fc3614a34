"""Model → Akoma Ntoso 3.0 XML, mirroring the standard's structure.

One item becomes ``<statement name="decision">`` (agenda: ``decisionDraft``) with FRBR subtype
``deliberation``; whole minutes become ``<debateReport name="meetingMinute">`` (agenda:
``agendaAnnotated``) whose items are embedded as ``component``s with context-prefixed eIds.
What AKN has no element for (diary number parts, presence changes, disqualifications, motions,
vote details, flags) goes to ``meta/proprietary`` in the paatosdata namespace; see
:mod:`paatosdata.akn.vocab` for the ``hcontainer/@name`` vocabulary.

Meeting dates: every Work IRI has a date segment and the strict XSD wants a full ``FRBRdate``; the
Naming Convention has no form for an unknown date (``nn`` stands only for an unknown number), so a
document without a meeting date is refused unless the publisher states the date (``meeting_date``).
A stated date is written as the meeting date and marked ``pd:meeting/@dateSource="publisher"``;
no date is ever taken from the file's own timestamps or from the day of conversion.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from lxml import etree

from paatosdata.akn import AKN_NS, PD_NS
from paatosdata.akn.frbr import identification
from paatosdata.akn.items import ItemWriter, Opts, office_label, person_attrs, shown_title
from paatosdata.akn.markup import ENTRIES_KEPT, attrs, leaf
from paatosdata.akn.refs import (
    MARK,
    References,
    RefsState,
    Registration,
    clean_attrs,
    clean_text,
    marking,
)
from paatosdata.akn.tree import (
    BLOCKS,
    DECLARATION,
    LINES,
    NEWLINE,
    ROOT_NAMESPACES,
    Node,
    child_text,
    clark,
    escape_text,
    fragment,
    placed,
    serialise,
    template,
    to_lxml,
)
from paatosdata.errors import MappingError
from paatosdata.ids import WorkPath, body_slug, item_path, meeting_path, municipality_slug
from paatosdata.model import Document, DocumentKind, Item, Participant, Person

__all__ = [
    "build",
    "build_bytes",
    "build_document",
    "build_document_bytes",
    "build_item",
    "build_item_bytes",
    "document_element",
    "is_lone_item",
    "shared_items",
    "to_bytes",
    "with_meeting_date",
]

_A = f"{{{AKN_NS}}}"
_P = f"{{{PD_NS}}}"
NSMAP = {None: AKN_NS, "pd": PD_NS}


def _el(parent: Node | None, tag: str, text: str | None = None, **attrs: str | None) -> Node:
    node = Node(tag, clean_attrs(attrs) if attrs else {}, None if text is None else clean_text(text))
    if parent is not None:
        parent.children.append(node)
    return node


def _flag(value: bool | None) -> str | None:
    return None if value is None else ("true" if value else "false")


def is_lone_item(doc: Document) -> bool:
    """True when ``doc`` is one item read on its own (exported as a ``statement``)."""
    return not doc.whole and len(doc.items) == 1


def _fi_date(value: date) -> str:
    return f"{value.day:02d}.{value.month:02d}.{value.year}"


@dataclass(slots=True)
class _Frame:
    """Per-document facts shared by the statement and debateReport writers."""

    doc: Document
    opts: Opts
    meeting_date: date
    municipality: str
    transform: date
    date_given: bool = False


def with_meeting_date(doc: Document, meeting_date: date | None) -> Document:
    """``doc`` itself when it states its meeting date (or none is given), else a copy dated ``meeting_date``.

    The copy shares everything but the meeting with ``doc``; ``doc`` is never changed.
    """
    if doc.meeting.date is not None or meeting_date is None:
        return doc
    return replace(doc, meeting=replace(doc.meeting, date=meeting_date))


#: the abbreviations last given and their lower-cased form (every document of a publish has the same)
_last_abbreviations: list[tuple[dict[str, str], dict[str, str]]] = []


def _lowered(abbreviations: dict[str, str] | None) -> dict[str, str]:
    """``abbreviations`` keyed in lower case (a dictionary nobody changes, shared by equal inputs)."""
    if not abbreviations:
        return {}
    for given, lowered in _last_abbreviations:
        if given == abbreviations:
            return lowered
    lowered = {k.lower(): v for k, v in abbreviations.items()}
    _last_abbreviations[:] = [(dict(abbreviations), lowered)]
    return lowered


def _frame(
    doc: Document,
    include_confidential: bool,
    transform_date: date | None,
    abbreviations: dict[str, str] | None,
    meeting_date: date | None,
) -> _Frame:
    given = doc.meeting.date is None and meeting_date is not None
    doc = with_meeting_date(doc, meeting_date)
    if doc.meeting.date is None:
        raise MappingError(
            "the meeting date is unknown; Akoma Ntoso needs a full date in every FRBR IRI",
            source=str(doc.meeting.span) if doc.meeting.span else None,
            hint="state the meeting date: paatosdata convert --to akn --date YYYY-MM-DD "
            "(or 'meeting_date' under [akn] in paatosdata.toml)",
        )
    municipality = municipality_slug(doc)
    opts = Opts(
        municipality=municipality,
        include_confidential=include_confidential,
        abbreviations=_lowered(abbreviations),
    )
    return _Frame(doc, opts, doc.meeting.date, municipality, transform_date or _today(), given)


#: within :func:`shared_items`, the day it was first asked for
_today_kept: list[date] = []


def _today() -> date:
    """Today's date; within :func:`shared_items` the same for every file of the block (the files of
    one document state one transformation date), and looked up once (a look-up costs microseconds)."""
    if not _sharing:
        return date.today()
    if not _today_kept:
        _today_kept.append(date.today())
    return _today_kept[0]


@lru_cache(maxsize=ENTRIES_KEPT)
def _leaf(tag: str, **attrs: str | None) -> Node:
    """An empty element with ``attrs`` (as :func:`_el` takes them), made once and shared by every
    document that has it: the FRBR entries and the document facts one meeting's documents share."""
    return Node(tag, clean_attrs(attrs)).freeze()


def _identification(
    meta: Node, frame: _Frame, path: WorkPath, opening: _Opening, language: str, number_show: str
) -> str:
    """``identification`` (as a template, see :func:`paatosdata.akn.frbr.identification`) appended
    to ``meta`` without prefix."""
    text = _identification_text(frame, path, opening, language, number_show)
    meta.children.append(fragment(text, ""))
    return text


def _identification_text(
    frame: _Frame, path: WorkPath, opening: _Opening, language: str, number_show: str
) -> str:
    """``identification`` as a template (see :func:`paatosdata.akn.frbr.identification`)."""
    refs = (opening.body_ref, opening.decision_maker, opening.source)
    meeting_day, transform_day = frame.meeting_date.isoformat(), frame.transform.isoformat()
    return identification(path, language, number_show, meeting_day, transform_day, refs)


def _publication(meta: Node, doc: Document) -> None:
    if doc.published is not None:
        sv = doc.language == "sv"
        _el(
            meta,
            "publication",
            date=doc.published.isoformat(),
            name="yleinenTietoverkko",
            showAs="Publicerat i det allmänna datanätet" if sv else "Julkaistu yleisessä tietoverkossa",
        )


def _publication_text(doc: Document) -> str | None:
    """``publication`` as :func:`_publication` writes it (None when ``doc`` has no publication date)."""
    if doc.published is None:
        return None
    sv = doc.language == "sv"
    shown = "Publicerat i det allmänna datanätet" if sv else "Julkaistu yleisessä tietoverkossa"
    return leaf("publication", attrs(date=doc.published.isoformat(), name="yleinenTietoverkko", showAs=shown))


def _document_proprietary(parent: Node, frame: _Frame, refs: References) -> None:
    """``pd:document``, ``pd:meeting`` and ``pd:municipality``: the document's Finnish extras."""
    parent.children += _document_facts(frame, refs)


#: within :func:`shared_items` (the model does not change): the facts :func:`_facts_text` last wrote,
#: by the meeting object and the document facts they were written from
_last_facts: list[tuple[object, tuple[object, ...], str]] = []


def _facts_text(frame: _Frame, refs: References) -> str:
    """The children :func:`_document_proprietary` appends, as :func:`serialise` writes them at
    indentation level 4 (the children of ``meta/proprietary`` of the root's document)."""
    doc = frame.doc
    body = refs.organization(body_slug(doc), doc.meeting.body.name)
    key = (doc.kind, doc.language, doc.checked, doc.published, doc.whole, frame.date_given, body)
    if _sharing:
        for meeting, made_from, text in _last_facts:
            if meeting is doc.meeting and made_from == key:
                return text
    text = LINES[4].join(child_text(node, 4) for node in _document_facts(frame, refs))
    if _sharing:
        _last_facts[:] = [(doc.meeting, key, text)]
    return text


def _document_facts(frame: _Frame, refs: References) -> list[Node]:
    """The children :func:`_document_proprietary` appends (frozen, shared by a meeting's documents)."""
    doc = frame.doc
    meeting = doc.meeting
    children: list[Node] = []
    children.append(
        _leaf(
            "pd:document",
            kind=doc.kind.value,
            language=doc.language,
            checked=_flag(doc.checked),
            published=doc.published.isoformat() if doc.published else None,
            whole=_flag(doc.whole),
        )
    )
    children.append(
        _leaf(
            "pd:meeting",
            body=refs.organization(body_slug(doc), meeting.body.name),
            bodyName=meeting.body.name,
            bodySlug=meeting.body.slug or None,
            bodyAbbreviation=meeting.body.abbreviation,
            number=meeting.number,
            dateRaw=meeting.date_raw,
            dateSource="publisher" if frame.date_given else None,
            start=meeting.start.isoformat() if meeting.start else None,
            end=meeting.end.isoformat() if meeting.end else None,
            place=meeting.place,
        )
    )
    municipality = meeting.municipality
    if municipality is not None:
        children.append(
            _leaf(
                "pd:municipality",
                name=municipality.name,
                slug=municipality.slug or None,
                code=municipality.code,
                nameSv=municipality.name_sv,
            )
        )
    return children


def _append_text(parent: Node, text: str) -> None:
    """Append ``text`` after the last child of ``parent`` (or as its text)."""
    text = clean_text(text)
    if parent.children:
        last = parent.children[-1]
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def _person(parent: Node, person: Person, role: str | None, refs: References) -> None:
    """``<person refersTo as>`` with the person's printed details (as :class:`ItemWriter` writes it; an
    office printed without a name is ``<role refersTo>``)."""
    if person.name is None:
        office = office_label(person, role)
        node = _el(parent, "role", office, refersTo=refs.role(office))
    else:
        refers_to = refs.person(person.name)
        node = _el(parent, "person", person.name, refersTo=refers_to, as_=refs.role(role) if role else None)
    for name, value in person_attrs(person).items():
        if value is not None:
            node.attrs["pd:" + name] = clean_text(value)


def _person_ref(participant: Participant, refs: References) -> str:
    """The reference :func:`_person` registers first for ``participant``."""
    person = participant.person
    if person.name is None:
        return refs.role(office_label(person, participant.role))
    return refs.person(person.name)


def _participant_p(parent: Node, participant: Participant, refs: References) -> Node:
    """The ``p`` of one participant or signer; a holder known only by office names the part taken in
    ``pd:role`` (the ``role`` inline names the office)."""
    p = _el(parent, "p")
    if participant.person.name is None and participant.role:
        p.set("pd:role", clean_text(participant.role))
    if not participant.present:
        p.set("pd:present", "false")
    if participant.note is not None:
        p.set("pd:note", clean_text(participant.note))
    return p


def _attendance(frame: _Frame, refs: References) -> Node | None:
    participants = frame.doc.meeting.participants
    if not participants:
        return None
    container = _el(None, "container", name="attendance", eId=f"{refs.prefix}container_1")
    for participant in participants:
        p = _participant_p(container, participant, refs)
        _person(p, participant.person, participant.role, refs)
        note = f" ({participant.note})" if participant.note else ""
        absent = " – poissa" if not participant.present else ""
        _append_text(p, f", {participant.role}{absent}{note}")
    return container


#: within :func:`shared_items` (the model does not change): the participant list last keyed, and its key
_last_people: list[tuple[list[Participant], tuple[object, ...]]] = []


def _people(participants: list[Participant]) -> tuple[object, ...]:
    """Every fact of ``participants`` written about them (part of the key of what is made from them)."""
    if _sharing:
        for given, people in _last_people:
            if given is participants:
                return people
    people = tuple(
        (p.role, p.present, p.note, person.name, person.title, person.phone, person.email)
        + (person.acting, person.private, person.group)
        for p in participants
        for person in (p.person,)
    )
    if _sharing:
        _last_people[:] = [(participants, people)]
    return people


#: the signatures last written, by what they were written from: a meeting's items have the same
_last_conclusions: dict[tuple[object, ...], Node] = {}


def _conclusions(root: Node, frame: _Frame, refs: References) -> None:
    """Signatures (chair, secretary, minute checkers) as ``signature`` with ``person`` and ``role``."""
    conclusions = _conclusions_node(frame, refs)
    if conclusions is not None:
        root.children.append(conclusions)


def _conclusions_node(frame: _Frame, refs: References) -> Node | None:
    """The frozen ``conclusions`` :func:`_conclusions` appends (None without signatures)."""
    signatures = frame.doc.signatures
    if not signatures:
        return None
    # the references the signatures name, registered in the order the elements below name them
    named = tuple(ref for p in signatures for ref in (_person_ref(p, refs), refs.role(p.role)))
    key = (refs.prefix, named, _people(signatures))
    conclusions = _last_conclusions.get(key)
    if conclusions is None:
        conclusions = Node("conclusions", {})
        block = _el(conclusions, "blockContainer", eId=f"{refs.prefix}blockContainer_1")
        for participant in signatures:
            p = _participant_p(block, participant, refs)
            signature = _el(p, "signature")
            _person(signature, participant.person, participant.role, refs)
            _append_text(signature, ", ")
            _el(signature, "role", participant.role, refersTo=refs.role(participant.role))
        _last_conclusions.clear()
        _last_conclusions[key] = conclusions.freeze()
    return conclusions


def _header(number: str | None, title: str) -> str:
    """The preface's first line (number and title) as text."""
    shown = f"<docNumber>{escape_text(clean_text(number))}</docNumber> " if number else ""
    return f"<p>{shown}{leaf('docTitle', '', title)}</p>"


def _preface_header(preface: Node, opening: _Opening, number: str | None, title: str) -> None:
    first = _el(preface, "p")
    if number:
        _el(first, "docNumber", number).tail = " "
    _el(first, "docTitle", title)
    preface.children.append(opening.proponent)
    if opening.attendance is not None:
        preface.children.append(opening.attendance)


@dataclass(frozen=True, slots=True)
class _Opening:
    """What every document of one meeting starts with: the references it registers first (in this
    order) and the ``#``-references to them, the preface line naming body and date, and the list of
    attendance. Its nodes go into each tree built from it and are never changed afterwards."""

    key: tuple[object, ...]
    state: RefsState
    body_ref: str
    decision_maker: str
    source: str
    meeting_ref: str
    proponent: Node
    attendance: Node | None


def _opening_key(frame: _Frame, attendance: bool) -> tuple[object, ...]:
    """Every fact :func:`_make_opening` reads (keep the two in step)."""
    meeting = frame.doc.meeting
    people = _people(meeting.participants) if attendance else None
    body = meeting.body
    return (frame.municipality, frame.meeting_date, body.name, body.slug, meeting.date_raw, people)


def _proponent(frame: _Frame, body_ref: str, meeting_ref: str) -> Node:
    """The preface line naming the body and the meeting date."""
    meeting = frame.doc.meeting
    proponent = _el(None, "p")
    _el(proponent, "docProponent", meeting.body.name, refersTo=body_ref).tail = " "
    date_text = meeting.date_raw or _fi_date(frame.meeting_date)
    _el(proponent, "docDate", date_text, date=frame.meeting_date.isoformat(), refersTo=meeting_ref)
    return proponent


def _make_opening(
    frame: _Frame, refs: References, attendance: bool, key: tuple[object, ...] = ()
) -> _Opening:
    doc = frame.doc
    body_name = doc.meeting.body.name
    body_ref = refs.organization(body_slug(doc), body_name)
    decision_maker = refs.add(
        "TLCRole", "decisionMaker", "/akn/ontology/role/paatosdata.fi.paattaja", "päättäjä"
    )
    source = refs.organization("paatosdata", "paatosdata")
    day = frame.meeting_date.isoformat()
    meeting = refs.event(
        "meeting",
        f"/akn/ontology/event/fi.{frame.municipality}.{body_slug(doc)}.{day}",
        f"{body_name} {_fi_date(frame.meeting_date)}",
    )
    proponent = _proponent(frame, body_ref, meeting)
    people = _attendance(frame, refs) if attendance else None
    return _Opening(key, refs.state(), body_ref, decision_maker, source, meeting, proponent, people)


def _prefixed(frame: _Frame, opening: _Opening, prefix: str) -> _Opening:
    """``opening`` (made without attendance and without prefix) for a document whose eIds start with
    ``prefix``: the references registered are the same, only the ``#``-references differ."""

    def ref(value: str) -> str:
        return f"#{prefix}{value[1:]}"

    body_ref, meeting_ref = ref(opening.body_ref), ref(opening.meeting_ref)
    proponent = _proponent(frame, body_ref, meeting_ref)
    decision_maker, source = ref(opening.decision_maker), ref(opening.source)
    key, state, attendance = opening.key, opening.state, opening.attendance
    return _Opening(key, state, body_ref, decision_maker, source, meeting_ref, proponent, attendance)


#: the last opening given the prefix :data:`MARK`, by the opening it was made from
_last_marked: list[tuple[_Opening, _Opening, str]] = []


def _marked(frame: _Frame, opening: _Opening) -> tuple[_Opening, str]:
    """``opening`` with the prefix :data:`MARK` (see :func:`_prefixed`) and its proponent as a
    template, made once per opening."""
    for made_from, marked, proponent in _last_marked:
        if made_from is opening:
            return marked, proponent
    marked = _prefixed(frame, opening, MARK)
    marked.proponent.freeze()
    proponent = template([marked.proponent])
    _last_marked[:] = [(opening, marked, proponent)]
    return marked, proponent


#: the opening last made for a document of a meeting, with attendance (True) and without (False), its
#: eIds without prefix: the items of one meeting, the meeting itself and its components are built one
#: after the other and share them
_last_opening: dict[bool, _Opening] = {}


def _opening(frame: _Frame, refs: References, attendance: bool, prefixed: bool = True) -> _Opening:
    """The opening of a document of ``frame``'s meeting, with its references registered in ``refs``
    (not ``prefixed``: with the references and proponent of a document without prefix)."""
    prefix = refs.prefix
    if prefix and attendance:  # a lone item inside a collection: its attendance eIds are its own
        return _make_opening(frame, refs, attendance)
    key = _opening_key(frame, attendance)
    opening = _last_opening.get(attendance)
    if opening is None or opening.key != key:
        # without a prefix, ``refs`` itself (attendance registers the people it names there)
        made_in = References("", frame.municipality) if prefix else refs
        opening = _make_opening(frame, made_in, attendance, key)
        opening.proponent.freeze()
        if opening.attendance is not None:
            opening.attendance.freeze()
        _last_opening[attendance] = opening
    refs.restore(opening.state)
    return _prefixed(frame, opening, prefix) if prefix and prefixed else opening


@dataclass(slots=True)
class _Parts:
    """What an item's statement has in common with its component in the meeting's debateReport, as
    :func:`paatosdata.akn.tree.template` texts with the prefix :data:`MARK`: ``identification``,
    the preface's heading and proponent, the parts of ``mainBody``, ``workflow`` and ``analysis``,
    ``attachments`` and ``pd:item``; and the references they register, in order."""

    item: Item
    key: tuple[object, ...]
    log: list[Registration] = field(default_factory=list)
    identification: str = ""
    preface: str = ""
    body: str = ""
    meta: str | None = None
    attachments: str | None = None
    extras: str | None = None


def _parts_key(frame: _Frame) -> tuple[object, ...]:
    """Everything but the item that an item's :class:`_Parts` are made from (keep in step with
    :class:`ItemWriter` and :func:`_identification`): the options, the opening without attendance
    (whose references are the first a statement registers), the dates. The item's Work path is
    made from these (municipality, body, meeting date) and the item's own numbers."""
    opts = frame.opts
    options = (opts.municipality, opts.include_confidential, opts.abbreviations)
    return (options, _opening_key(frame, False), frame.transform)


def _append_fragment(parent: Node, text: str) -> None:
    """Children of ``parent`` written as a template (without prefix), if there are any."""
    if text:
        parent.children.append(fragment(text, ""))


def _statement(
    frame: _Frame,
    item: Item,
    prefix: str,
    document_level: bool,
    parent: Node | None = None,
) -> Node:
    """The ``statement`` of one item (built inside ``parent`` if given); ``document_level`` adds the
    document's own extras. (:func:`_statement_file` writes the same statement as text, keeping the
    parts it shares with its component.)"""
    doc = frame.doc
    refs = References(prefix, frame.municipality)
    writer = ItemWriter(frame.opts, refs, doc, item, prefix, frame.meeting_date)
    redacted = writer.redacted
    opening = _opening(frame, refs, document_level and not redacted)
    path = item_path(doc, item)
    name = "decisionDraft" if doc.kind is DocumentKind.AGENDA else "decision"
    statement = _el(parent, "statement", name=name, contains="originalVersion")
    meta = _el(statement, "meta")
    number_show = item.number_raw or (f"§ {item.number}" if item.number else path.number)
    _identification(meta, frame, path, opening, item.language, number_show)
    if document_level:
        _publication(meta, doc)
    preface = _el(statement, "preface")
    shown = number_show if item.number or item.number_raw else None
    _preface_header(preface, opening, shown, writer.title)
    body = _el(statement, "mainBody")
    body.children.append(fragment(writer.write_body(), ""))
    if document_level and not redacted:
        _append_fragment(body, writer.write_document_parts(doc.sections, doc.appeal_instructions))
        _conclusions(statement, frame, refs)
    _append_fragment(statement, writer.write_attachments())
    _append_fragment(meta, writer.write_meta())
    references = _el(meta, "references", source=f"#{prefix}paatosdata")
    proprietary = _el(meta, "proprietary", source=f"#{prefix}paatosdata")
    if document_level:
        _document_proprietary(proprietary, frame, refs)
    _append_fragment(proprietary, writer.write_proprietary())
    refs.fill(references)  # last: the proprietary extras register references too
    return statement


def _lines(tag: str, attributes: str, children: list[str], level: int) -> str:
    """A block element at ``level`` with each of ``children`` (written for ``level + 1``) on its own
    line, as :func:`serialise` writes it; empty when there are none."""
    if not children:
        return f"<{tag}{attributes}/>"
    inner = LINES[level + 1]
    return f"<{tag}{attributes}>{inner}{inner.join(children)}{LINES[level]}</{tag}>"


def _at(text: str, level: int) -> str:
    """A template with the prefix :data:`MARK` as children at ``level`` of a document without prefix."""
    return text.replace(MARK, "").replace(NEWLINE, LINES[level])


#: the start of an item's own file up to its ``statement``, by the statement's name
_FILE_START = {
    name: f"{DECLARATION}<akomaNtoso{ROOT_NAMESPACES}>{LINES[1]}"
    f'<statement name="{name}" contains="originalVersion">'
    for name in ("decision", "decisionDraft")
}


def _statement_file(frame: _Frame, item: Item, parts: _Parts, path: WorkPath) -> str:
    """The text of :func:`build_item_bytes` (``akomaNtoso`` with the document-level ``statement`` of
    ``item``, without prefix), written straight as text; ``parts`` are kept as :func:`_statement`
    keeps them. Must be called within :func:`paatosdata.akn.refs.marking`, and registers the
    references in the order :func:`_statement` does."""
    doc = frame.doc
    refs = References("", frame.municipality)
    plain = ItemWriter(frame.opts, refs, doc, item, "", frame.meeting_date)
    redacted = plain.redacted
    opening = _opening(frame, refs, not redacted)
    attendance = opening.attendance
    view = refs.view(MARK)
    writer = ItemWriter(frame.opts, view, doc, item, MARK, frame.meeting_date)
    assert view.log is not None
    parts.log = view.log
    opening, proponent = _marked(frame, opening)
    number_show = item.number_raw or (f"§ {item.number}" if item.number else path.number)
    parts.identification = identification = _identification_text(
        frame, path, opening, item.language, number_show
    )
    meta = [_at(identification, 3)]
    publication = _publication_text(doc)
    if publication is not None:
        meta.append(publication)
    shown = number_show if item.number or item.number_raw else None
    parts.preface = text = f"{_header(shown, plain.title)}{NEWLINE}{proponent}"
    preface = [_at(text, 3)]
    if attendance is not None:
        preface.append(child_text(attendance, 3))
    parts.body = text = writer.write_body()
    body = [_at(text, 3)]
    statement = [""]  # meta, in its place once written
    conclusions = None
    if not redacted:
        plain.hc = writer.hc
        text = plain.write_document_parts(doc.sections, doc.appeal_instructions)
        if text:
            body.append(_at(text, 3))
        conclusions = _conclusions_node(frame, refs)
    statement.append(_lines("preface", "", preface, 2))
    statement.append(_lines("mainBody", "", body, 2))
    if conclusions is not None:
        statement.append(child_text(conclusions, 2))
    text = writer.write_attachments()
    if text:
        statement.append(_at(text, 2))
    parts.attachments = text or None
    text = writer.write_meta()
    if text:
        meta.append(_at(text, 3))
    parts.meta = text or None
    proprietary = [_facts_text(frame, refs)]
    text = writer.write_proprietary()
    if text:
        proprietary.append(_at(text, 4))
    parts.extras = text or None
    source = ' source="#paatosdata"'
    meta.append(_lines("references", source, refs.texts(), 3))  # last: the extras register references
    meta.append(_lines("proprietary", source, proprietary, 3))
    statement[0] = _lines("meta", "", meta, 2)
    name = "decisionDraft" if doc.kind is DocumentKind.AGENDA else "decision"
    inner = LINES[2]
    return f"{_FILE_START[name]}{inner}{inner.join(statement)}{LINES[1]}</statement>{LINES[0]}</akomaNtoso>"


_MARK_BYTE = MARK.encode()

#: within :func:`shared_items`, the parts of each item built for its own file, by ``id`` of the item
_parts: dict[int, _Parts] = {}
_sharing: list[None] = []


@contextmanager
def shared_items() -> Iterator[None]:
    """A block within which the bytes of an item's own file (:func:`build_item_bytes`) and of the
    component it is in its meeting's file (:func:`build_document_bytes`) are written from parts made
    once. The model must not change while it runs; the bytes are those built without it."""
    _sharing.append(None)
    try:
        yield
    finally:
        _sharing.pop()
        if not _sharing:
            _parts.clear()
            _last_people.clear()
            _last_facts.clear()
            _today_kept.clear()


#: the attributes of a component's ``statement``, by its name
_STATEMENT_ATTRS = {
    name: attrs(name=name, contains="originalVersion") for name in ("decision", "decisionDraft")
}


def _component(frame: _Frame, item: Item, prefix: str, level: int) -> str | None:
    """The ``statement`` of ``item`` in a component whose eIds start with ``prefix``, as
    :func:`serialise` writes it at indentation ``level``, written from the parts its own file was
    built from; None when there are none for it, or they would not give the same bytes as a
    statement built anew (the references they name would have other eIds)."""
    parts = _parts.get(id(item))
    if parts is None or parts.item is not item:
        return None
    doc = frame.doc
    if parts.key != _parts_key(frame):
        return None
    refs = References(prefix, frame.municipality)
    _opening(frame, refs, False, False)
    if not refs.replay(parts.log):
        return None

    def place(text: str, at: int) -> str:
        return text.replace(MARK, prefix).replace(NEWLINE, LINES[at])

    name = "decisionDraft" if doc.kind is DocumentKind.AGENDA else "decision"
    source = attrs(source=f"#{prefix}paatosdata")
    meta = [place(parts.identification, level + 2)]
    if parts.meta is not None:
        meta.append(place(parts.meta, level + 2))
    meta.append(_lines("references", source, refs.texts(), level + 2))
    extras = [place(parts.extras, level + 3)] if parts.extras is not None else []
    meta.append(_lines("proprietary", source, extras, level + 2))
    children = [
        _lines("meta", "", meta, level + 1),
        _lines("preface", "", [place(parts.preface, level + 2)], level + 1),
        _lines("mainBody", "", [place(parts.body, level + 2)], level + 1),
    ]
    if parts.attachments is not None:
        children.append(place(parts.attachments, level + 1))
    return _lines("statement", _STATEMENT_ATTRS[name], children, level)


def _item_root(
    doc: Document,
    item: Item,
    include_confidential: bool,
    transform_date: date | None,
    abbreviations: dict[str, str] | None,
    meeting_date: date | None,
) -> Node:
    frame = _frame(doc, include_confidential, transform_date, abbreviations, meeting_date)
    root = _el(None, "akomaNtoso")
    _statement(frame, item, "", document_level=True, parent=root)
    return root


def build_item(
    doc: Document,
    item: Item,
    *,
    include_confidential: bool = False,
    transform_date: date | None = None,
    abbreviations: dict[str, str] | None = None,
    meeting_date: date | None = None,
) -> etree._Element:
    """``<akomaNtoso><statement>`` of one item of ``doc``.

    A confidential item (``confidentiality.whole_item``) keeps only body, date, §, public title and
    ground unless ``include_confidential``.
    """
    return to_lxml(_item_root(doc, item, include_confidential, transform_date, abbreviations, meeting_date))


def _shared_item_bytes(
    doc: Document,
    item: Item,
    include_confidential: bool,
    transform_date: date | None,
    abbreviations: dict[str, str] | None,
    meeting_date: date | None,
) -> bytes | None:
    """The bytes of :func:`build_item_bytes`, its shared parts kept for the meeting's component;
    None when a :data:`MARK` was met where it is no prefix."""
    frame = _frame(doc, include_confidential, transform_date, abbreviations, meeting_date)
    path = item_path(frame.doc, item)
    parts = _Parts(item, _parts_key(frame))
    with marking() as state:
        text = _statement_file(frame, item, parts, path)
        spoiled = state.spoiled
    if spoiled or MARK in text:
        return None
    _parts[id(item)] = parts
    return text.encode()


def build_item_bytes(
    doc: Document,
    item: Item,
    *,
    include_confidential: bool = False,
    transform_date: date | None = None,
    abbreviations: dict[str, str] | None = None,
    meeting_date: date | None = None,
) -> bytes:
    """``to_bytes(build_item(…))``, the same bytes, without making lxml elements."""
    options = (include_confidential, transform_date, abbreviations, meeting_date)
    if _sharing:
        data = _shared_item_bytes(doc, item, *options)
        if data is not None:
            return data
        _parts.pop(id(item), None)
    return serialise(_item_root(doc, item, *options))


def _components(frame: _Frame, prefix: str) -> str:
    """The ``components`` of a ``debateReport`` that is the child of the root, as :func:`serialise`
    writes them (at indentation level 2), each from the parts of its item's own file where there are
    any (see :func:`_component`), else built anew."""
    components = []
    for index, item in enumerate(frame.doc.items, start=1):
        cmp = f"{prefix}cmp_{index}"
        statement = _component(frame, item, f"{cmp}__", 4) if _parts else None
        if statement is None:
            component = _el(None, "component", eId=cmp)
            _statement(frame, item, f"{cmp}__", document_level=False, parent=component)
            components.append(child_text(component, 3))
        else:
            start = f"<component{attrs(eId=cmp)}>"
            components.append(f"{start}{LINES[4]}{statement}{LINES[3]}</component>")
    return _lines("components", "", components, 2)


def _item_entries(frame: _Frame, prefix: str) -> str:
    """The ``hcontainer``s naming each item of a ``debateReport`` that is the child of the root and
    its component, as :func:`serialise` writes them (at indentation level 3)."""
    doc = frame.doc
    entries = []
    for index, item in enumerate(doc.items, start=1):
        cmp = f"{prefix}cmp_{index}"
        title = shown_title(item, frame.opts.include_confidential)
        children = [leaf("heading", "", title), leaf("componentRef", attrs(src=f"#{cmp}", showAs=title))]
        if item.number_raw or item.number:
            children.insert(0, leaf("num", "", item.number_raw or f"§ {item.number}"))
        start = attrs(name="item", eId=f"{prefix}hcontainer_{index}")
        entries.append(_lines("hcontainer", start, children, 3))
    return LINES[3].join(entries)


def _debate_report(frame: _Frame, prefix: str, parent: Node | None = None, shared: bool = False) -> Node:
    """The ``debateReport`` of whole minutes or an agenda (built inside ``parent`` if given); every
    eId starts with ``prefix``. ``shared`` (a report that is the child of the root): components
    from the parts of the items' own files where there are any (see :func:`shared_items`; only
    :func:`serialise` writes them)."""
    doc = frame.doc
    refs = References(prefix, frame.municipality)
    writer = ItemWriter(frame.opts, refs, doc, None, prefix, frame.meeting_date)
    opening = _opening(frame, refs, True)
    path = meeting_path(doc)
    agenda = doc.kind is DocumentKind.AGENDA
    report = _el(parent, "debateReport", name="agendaAnnotated" if agenda else "meetingMinute")
    meta = _el(report, "meta")
    number_show = doc.meeting.number or path.number
    _identification(meta, frame, path, opening, doc.language, number_show)
    _publication(meta, doc)
    preface = _el(report, "preface")
    heading = "Esityslista" if agenda else "Pöytäkirja"
    if doc.language == "sv":
        heading = "Föredragningslista" if agenda else "Protokoll"
    _el(_el(preface, "p"), "docType", heading)
    _preface_header(preface, opening, doc.meeting.number, f"{doc.meeting.body.name} {heading.lower()}")
    body = _el(report, "mainBody")
    if shared:
        if doc.items:
            body.children.append(placed(_item_entries(frame, prefix), 3))
    else:
        for index, item in enumerate(doc.items, start=1):
            cmp = f"{prefix}cmp_{index}"
            item_writer = ItemWriter(frame.opts, refs, doc, item, f"{cmp}__", frame.meeting_date)
            container = _el(body, "hcontainer", name="item", eId=f"{prefix}hcontainer_{index}")
            if item.number_raw or item.number:
                _el(container, "num", item.number_raw or f"§ {item.number}")
            _el(container, "heading", item_writer.title)
            _el(container, "componentRef", src=f"#{cmp}", showAs=item_writer.title)
    _append_fragment(
        body, writer.write_document_parts(doc.sections, doc.appeal_instructions, start=len(doc.items) + 1)
    )
    if len(body) == 0:
        placeholder = _el(body, "hcontainer", name="section", eId=f"{prefix}hcontainer_1", class_="empty")
        placeholder.set("pd:placeholder", "true")
        _el(placeholder, "content").children.append(Node("p", {}))
    _conclusions(report, frame, refs)
    if doc.items and shared:
        report.children.append(placed(_components(frame, prefix), 2))
    elif doc.items:
        # each item's statement has references of its own, so building it last changes nothing
        holder = _el(report, "components")
        for index, item in enumerate(doc.items, start=1):
            cmp = f"{prefix}cmp_{index}"
            component = _el(holder, "component", eId=cmp)
            _statement(frame, item, f"{cmp}__", document_level=False, parent=component)
    references = _el(meta, "references", source=f"#{prefix}paatosdata")
    proprietary = _el(meta, "proprietary", source=f"#{prefix}paatosdata")
    _document_proprietary(proprietary, frame, refs)
    refs.fill(references)
    return report


def document_element(
    doc: Document,
    prefix: str = "",
    *,
    include_confidential: bool = False,
    transform_date: date | None = None,
    abbreviations: dict[str, str] | None = None,
    meeting_date: date | None = None,
    parent: etree._Element | None = None,
) -> etree._Element:
    """The document element of ``doc`` (``statement`` or ``debateReport``) with eIds under ``prefix``,
    built inside ``parent`` when given."""
    frame = _frame(doc, include_confidential, transform_date, abbreviations, meeting_date)
    if is_lone_item(doc):
        node = _statement(frame, doc.items[0], prefix, document_level=True)
    else:
        node = _debate_report(frame, prefix)
    return to_lxml(node, parent)


def _document_root(
    doc: Document,
    include_confidential: bool,
    transform_date: date | None,
    abbreviations: dict[str, str] | None,
    meeting_date: date | None,
    shared: bool = False,
) -> Node:
    frame = _frame(doc, include_confidential, transform_date, abbreviations, meeting_date)
    root = _el(None, "akomaNtoso")
    _debate_report(frame, "", root, shared)
    return root


def build_document(
    doc: Document,
    *,
    include_confidential: bool = False,
    transform_date: date | None = None,
    abbreviations: dict[str, str] | None = None,
    meeting_date: date | None = None,
) -> etree._Element:
    """``<akomaNtoso><debateReport>`` of whole minutes or an agenda, items as components."""
    return to_lxml(_document_root(doc, include_confidential, transform_date, abbreviations, meeting_date))


def build_document_bytes(
    doc: Document,
    *,
    include_confidential: bool = False,
    transform_date: date | None = None,
    abbreviations: dict[str, str] | None = None,
    meeting_date: date | None = None,
) -> bytes:
    """``to_bytes(build_document(…))``, the same bytes, without making lxml elements."""
    options = (include_confidential, transform_date, abbreviations, meeting_date)
    if _parts:
        data = serialise(_document_root(doc, *options, shared=True))
        if _MARK_BYTE not in data:
            return data
    return serialise(_document_root(doc, *options))


def _root(
    doc: Document,
    include_confidential: bool,
    transform_date: date | None,
    abbreviations: dict[str, str] | None,
    meeting_date: date | None,
) -> Node:
    if is_lone_item(doc):
        item = doc.items[0]
        return _item_root(doc, item, include_confidential, transform_date, abbreviations, meeting_date)
    return _document_root(doc, include_confidential, transform_date, abbreviations, meeting_date)


def build(
    doc: Document,
    *,
    include_confidential: bool = False,
    transform_date: date | None = None,
    abbreviations: dict[str, str] | None = None,
    meeting_date: date | None = None,
) -> etree._Element:
    """A lone item as a ``statement``, anything else as a ``debateReport``.

    ``meeting_date`` is the meeting date the publisher states for a document whose input does not
    state one (``convert --to akn --date``, ``meeting_date`` under ``[akn]`` in the configuration);
    a date read from the input always wins, and a date so given is marked
    ``pd:meeting/@dateSource="publisher"``. Without either, :class:`MappingError`.
    """
    return to_lxml(_root(doc, include_confidential, transform_date, abbreviations, meeting_date))


def build_bytes(
    doc: Document,
    *,
    include_confidential: bool = False,
    transform_date: date | None = None,
    abbreviations: dict[str, str] | None = None,
    meeting_date: date | None = None,
) -> bytes:
    """``to_bytes(build(…))``, the same bytes, without making lxml elements."""
    return serialise(_root(doc, include_confidential, transform_date, abbreviations, meeting_date))


_BLOCKS = frozenset(clark(name) for name in BLOCKS)


def _indent(element: etree._Element, level: int = 0) -> None:
    """Indent structural elements only: text inside ``p``, ``heading`` and inlines stays exact."""
    if element.tag not in _BLOCKS or len(element) == 0 or (element.text and element.text.strip()):
        return
    _indent_children(element, level)


def _indent_children(element: etree._Element, level: int) -> None:
    """:func:`_indent` of a block ``element`` known to have children and no text of its own."""
    inner = "\n" + " " * (level + 1)
    element.text = inner
    blocks = _BLOCKS
    for child in element:
        if child.tag in blocks and len(child):  # only blocks with children are indented
            text = child.text
            if not (text and text.strip()):
                _indent_children(child, level + 1)
        tail = child.tail
        if tail is None or not tail.strip():
            child.tail = inner
    element[-1].tail = "\n" + " " * level


def to_bytes(root: etree._Element) -> bytes:
    """Serialise an ``akomaNtoso`` tree as indented UTF-8 XML with a declaration."""
    _indent(root)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")
