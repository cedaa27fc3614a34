"""Akoma Ntoso XML → model: ``AknReader`` (registered as ``akn``).

Parsing is safe for hostile input: no entity expansion, no DTD loading, no network, bounded size;
a DOCTYPE declaring entities is refused. A ``statement`` (or another single document) gives one
item; a ``debateReport`` gives the minutes with one item per ``component``.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from lxml import etree

from paatosdata.akn import AKN_NS, PD_NS
from paatosdata.akn.read_item import (
    Context,
    appeal_infos,
    lines,
    parse_time,
    read_item,
    read_person,
    text_of,
)
from paatosdata.errors import InputError, ParseError
from paatosdata.model import (
    Body,
    Document,
    DocumentKind,
    Meeting,
    Municipality,
    Participant,
    Section,
)
from paatosdata.parse.base import MAX_INPUT_BYTES, Reader, source_for

__all__ = ["AknReader", "parse_akn", "read_akn", "read_documents"]

_A = f"{{{AKN_NS}}}"
_P = f"{{{PD_NS}}}"
_NS_BYTES = AKN_NS.encode("ascii")
_ENTITY = re.compile(rb"<!ENTITY", re.IGNORECASE)
_LANGUAGES = {"fin": "fi", "swe": "sv", "eng": "en"}
_KINDS = {"agendaAnnotated": DocumentKind.AGENDA, "decisionDraft": DocumentKind.AGENDA}


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=False
    )


def parse_akn(data: bytes, path: str = "<akn>") -> etree._ElementTree:
    """Parse AKN bytes safely into a tree (raise InputError/ParseError with file and line)."""
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(
            f"the file is {len(data):,} bytes; inputs over {MAX_INPUT_BYTES:,} bytes are refused", source=path
        )
    head = data[: data.find(b">", data.find(b"<akomaNtoso")) + 1] if b"<akomaNtoso" in data else data
    if b"<!DOCTYPE" in head.upper() and _ENTITY.search(head):
        raise ParseError(
            "the XML declares entities in a DOCTYPE; entity declarations are refused",
            source=path,
            hint="remove the DOCTYPE: Akoma Ntoso needs none",
        )
    try:
        tree = etree.ElementTree(etree.fromstring(data, _parser()))
    except etree.XMLSyntaxError as exc:
        line = exc.lineno or (exc.position[0] if exc.position else 0)
        raise ParseError(f"not well-formed XML: {exc.msg}", source=f"{path}:{line}") from None
    dtd = tree.docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise ParseError(
            "the XML declares entities in a DOCTYPE; entity declarations are refused", source=path
        )
    root = tree.getroot()
    if root.tag != _A + "akomaNtoso":
        raise ParseError(
            f"the root element is {root.tag!r}, not akomaNtoso in the AKN 3.0 namespace",
            source=f"{path}:{root.sourceline or 1}",
        )
    return tree


def _document_element(root: etree._Element, path: str) -> etree._Element:
    for child in root:
        if isinstance(child.tag, str) and child.tag.startswith(_A):
            return child
    raise ParseError("akomaNtoso holds no document", source=f"{path}:{root.sourceline or 1}")


def _meeting(doc_el: etree._Element, ctx: Context) -> tuple[Meeting, etree._Element | None]:
    meta = doc_el.find(_A + "meta")
    proprietary = meta.find(_A + "proprietary") if meta is not None else None
    pd_meeting = proprietary.find(_P + "meeting") if proprietary is not None else None
    pd_municipality = proprietary.find(_P + "municipality") if proprietary is not None else None
    work = doc_el.find(f"{_A}meta/{_A}identification/{_A}FRBRWork")
    frbr_date = work.find(_A + "FRBRdate") if work is not None else None
    doc_date = doc_el.find(f"{_A}preface//{_A}docDate")
    proponent = doc_el.find(f"{_A}preface//{_A}docProponent")
    day = None
    for candidate in (doc_date, frbr_date):
        value = candidate.get("date") if candidate is not None else None
        if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            day = date.fromisoformat(value)
            break
    if pd_meeting is not None:
        get = pd_meeting.get
        body = Body(name=get("bodyName", ""), slug=get("bodySlug", ""), abbreviation=get("bodyAbbreviation"))
        meeting = Meeting(
            body=body,
            date=day,
            date_raw=get("dateRaw"),
            start=parse_time(get("start")),
            end=parse_time(get("end")),
            place=get("place"),
            number=get("number"),
        )
    else:
        author = work.find(_A + "FRBRauthor") if work is not None else None
        name = (
            text_of(proponent)
            if proponent is not None
            else ctx.name(author.get("href") if author is not None else None)
        )
        number = doc_el.find(f"{_A}preface//{_A}docNumber")
        meeting = Meeting(
            body=Body(name=name),
            date=day,
            date_raw=text_of(doc_date) if doc_date is not None else None,
            number=text_of(number) if number is not None and doc_el.tag == _A + "debateReport" else None,
        )
    if pd_municipality is not None:
        get = pd_municipality.get
        meeting.municipality = Municipality(
            name=get("name", ""), slug=get("slug", ""), code=get("code"), name_sv=get("nameSv")
        )
    elif work is not None and not ctx.ours:
        country = work.find(_A + "FRBRcountry")
        value = country.get("value", "") if country is not None else ""
        if "-" in value:
            locality = value.split("-", 1)[1]
            meeting.municipality = Municipality(name=locality.capitalize(), slug=locality)
    meeting.span = ctx.span(doc_el)
    attendance = doc_el.find(f"{_A}preface/{_A}container[@name='attendance']")
    if attendance is not None:
        meeting.participants = _participants(attendance.findall(_A + "p"), ctx)
    return meeting, proprietary


def _participants(ps: list[etree._Element], ctx: Context) -> list[Participant]:
    result = []
    for p in ps:
        person = next(p.iter(_A + "person", _A + "role"), None)
        if person is None:
            continue
        if person.tag == _A + "role":  # known only by office: the part taken is on the p
            role = p.get(_P + "role", "")
        else:
            role = ctx.name(person.get("as")) if person.get("as") else ""
        result.append(
            Participant(
                read_person(person),
                role,
                present=p.get(_P + "present") != "false",
                note=p.get(_P + "note"),
                span=ctx.span(p),
            )
        )
    return result


def _document_parts(doc: Document, parts: list[etree._Element], ctx: Context) -> None:
    for container in parts:
        if container.get("name") == "appealInstructions":
            doc.appeal_instructions.extend(appeal_infos(container))
            continue
        heading = container.find(_A + "heading")
        doc.sections.append(
            Section(
                container.get("class") or container.get("name") or "generic",
                text_of(heading) if heading is not None else "",
                lines(container) or "",
                ctx.span(container),
            )
        )


def read_documents(tree: etree._ElementTree, path: str = "<akn>") -> list[Document]:
    """Every document in an AKN tree: one, or one per component of a ``documentCollection``.

    A value that cannot be what its attribute says (an unknown document kind, a bad date) is a
    ParseError naming the file, never another exception.
    """
    root = tree.getroot()
    doc_el = _document_element(root, path)
    members = [doc_el]
    if doc_el.tag == _A + "documentCollection":
        members = [
            child
            for component in doc_el.iterfind(f"{_A}collectionBody/{_A}component")
            for child in component[:1]
            if isinstance(child.tag, str) and child.tag != _A + "documentRef"
        ]
    try:
        return [_read(member, root, path) for member in members]
    except ValueError as exc:
        raise ParseError(f"invalid value in the AKN file: {exc}", source=path) from None


def read_akn(tree: etree._ElementTree, path: str = "<akn>") -> Document:
    """The one document in an AKN tree (ours exactly, others' as far as their structure maps)."""
    documents = read_documents(tree, path)
    if len(documents) != 1:
        raise ParseError(
            f"the file holds {len(documents)} documents, not one", source=path, hint="use read_documents()"
        )
    return documents[0]


def _read(doc_el: etree._Element, root: etree._Element, path: str) -> Document:
    ours = doc_el.find(f"{_A}meta/{_A}proprietary/{_P}document") is not None
    ctx = Context(root, path, ours)
    meeting, proprietary = _meeting(doc_el, ctx)
    pd_document = proprietary.find(_P + "document") if proprietary is not None else None
    language_el = doc_el.find(f"{_A}meta/{_A}identification/{_A}FRBRExpression/{_A}FRBRlanguage")
    language = _LANGUAGES.get(language_el.get("language", "fin"), "fi") if language_el is not None else "fi"
    kind = _KINDS.get(doc_el.get("name", ""), DocumentKind.MINUTES)
    doc = Document(kind=kind, meeting=meeting, language=language)
    if pd_document is not None:
        get = pd_document.get
        doc.kind = DocumentKind(get("kind", kind.value))
        doc.language = get("language", language)
        doc.checked = None if get("checked") is None else get("checked") == "true"
        published = get("published")
        doc.published = date.fromisoformat(published) if published else None
        doc.whole = get("whole") == "true"
    else:
        publication = doc_el.find(f"{_A}meta/{_A}publication")
        value = publication.get("date") if publication is not None else None
        doc.published = date.fromisoformat(value) if value and len(value) == 10 else None
    parts: list[etree._Element] = []
    components = doc_el.find(_A + "components")
    if doc_el.tag == _A + "debateReport" or components is not None:
        doc.whole = doc.whole or pd_document is None
        for component in components if components is not None else []:
            inner = next((c for c in component if isinstance(c.tag, str)), None)
            if inner is not None and inner.tag != _A + "documentRef":
                doc.items.append(read_item(inner, ctx, []))
        body = doc_el.find(_A + "mainBody")
        for container in body if body is not None else []:
            if container.tag == _A + "hcontainer" and container.get("name") != "item":
                if container.get(_P + "placeholder") != "true":
                    parts.append(container)
    else:
        doc.items.append(read_item(doc_el, ctx, parts))
    _document_parts(doc, parts, ctx)
    conclusions = doc_el.find(_A + "conclusions")
    if conclusions is not None:
        doc.signatures = _participants(
            [p for p in conclusions.iter(_A + "p") if p.find(_A + "signature") is not None], ctx
        )
    return doc


class AknReader(Reader):
    """Akoma Ntoso 3.0 XML (``.xml``, ``.akn``)."""

    name = "akn"
    extensions = (".xml", ".akn")

    @classmethod
    def sniff(cls, head: bytes, path: Path) -> bool:
        """The AKN 3.0 namespace near the start of an XML file."""
        return _NS_BYTES in head[:65536] and b"akomaNtoso" in head[:65536]

    def read(self, data: bytes, path: Path) -> list[Document]:
        """The document of an AKN file (a ``documentCollection``: each of its documents)."""
        tree = parse_akn(data, str(path))
        documents = read_documents(tree, str(path))
        for doc in documents:
            doc.source = source_for(path, data, self.name)
        return documents
