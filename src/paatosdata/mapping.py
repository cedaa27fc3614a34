"""The domain model as RDF in the paatosdata vocabulary (``ontology/paatosdata.ttl``).

``item_graph(doc, item, config)`` is **self-contained**: besides the item it carries its document
header, meeting (with participants), body, municipality, the persons it names with their types and
the resources it cites, so one item can be validated or published on its own.
``document_graph(doc, config)`` is the union of the item graphs plus what belongs to the document
only (signatures, minutes-level text parts, every appeal instruction). IRIs are deterministic, so
merging item graphs repeats no node.

``published_item_ox_parts(doc, item, config)`` is what a published item's page and named graph
hold: the item's own triples and, of the document header, the descriptions of the nodes they reach
from object to object (the document, meeting, body, municipality and every person the item names),
but not the meeting's attendance: its ``pd:participation`` links are neither kept nor followed, as
the attendance is described once, in the document's own graph (``document_own_ox_parts``). The
union of the published item graphs and the document's own graph is the union of the self-contained
item graphs and that graph.

IRIs (``{base}`` = ``config.base``, ``{m}`` = municipality slug, ``{b}`` = body slug):

- item = the decision (Work): ``{base}`` + :func:`paatosdata.ids.item_path` (``/akn/fi-{m}/statement/…``);
  its language version ``…/fin@``; parts of the item are fragments (``…/28#handling``, ``#vote-1``);
- minutes / agenda: ``{base}`` + :func:`paatosdata.ids.meeting_path`;
- meeting ``{base}/id/meeting/{m}/{b}/{date}``; body ``{base}/id/body/{m}/{b}``;
  municipality ``{base}/id/municipality/{m}``; case ``{base}/id/case/{m}/{dnro-slug}``;
- person ``{base}/id/person/{m}/{name-slug}`` for officials and elected members (their name only, no
  other personal data in the IRI); a private person (``Person.private``) is a blank node;
- cited statutes, regulations and earlier decisions: :mod:`paatosdata.finlex`.

Text is tagged with the item's (or document's) language; dates are ``xsd:date``, clock times
``xsd:time`` and, where the date is known, ``xsd:dateTime``. Raw printed values stay beside the parsed
parts. Each node read from a known place carries ``pd:sourceLocation "file-name:line"`` (the file's
name only, never its folders).

**Redaction** (``redact=True``, the default): for an item that is wholly confidential
(``Confidentiality.whole_item``) only the body, date, §, the public title (else the title as printed)
and the confidentiality ground are mapped — never its text, persons, case or attachments. A
partly confidential item is mapped in full: published minutes already leave the secret parts out.
A non-public attachment keeps its number, flag and ground, not its title or address.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import ORG as _ORG
from rdflib.namespace import PROV as _PROV
from rdflib.namespace import RDF as _RDF
from rdflib.namespace import XSD as _XSD

from paatosdata import namespaces
from paatosdata.config import Config
from paatosdata.errors import MappingError
from paatosdata.finlex import decision_reference_iri, regulation_links, statute_links
from paatosdata.ids import LANGUAGE_CODES, WorkPath, body_slug, item_path, meeting_path, slugify
from paatosdata.model import (
    AppealInfo,
    AppealKind,
    DecisionReference,
    Document,
    DocumentKind,
    Item,
    LegalReference,
    Meeting,
    Municipality,
    Participant,
    Person,
    Section,
    Span,
)
from paatosdata.procedural import is_procedural

__all__ = [
    "PREFIXES",
    "OxParts",
    "OxTerms",
    "OxTriple",
    "bind_prefixes",
    "document_graph",
    "document_iri",
    "document_own_graph",
    "document_own_ox_parts",
    "document_own_ox_triples",
    "document_ox_terms",
    "document_ox_triples",
    "item_graph",
    "item_iri",
    "item_iri_text",
    "item_ox_parts",
    "item_ox_triples",
    "document_own_triples",
    "document_triples",
    "item_triples",
    "iter_item_triples",
    "published_item_graph",
    "published_item_ox_parts",
    "shared_parts",
    "to_rdflib",
]

#: rdflib forms, for callers that want rdflib terms (pySHACL, rdflib's serializers, tests)
Node = URIRef | BNode
Triple = tuple[Node, URIRef, Node | Literal]
#: the mapping's own terms: pyoxigraph's (its writers and store take them without conversion)
OxNode = ox.NamedNode | ox.BlankNode
OxTerm = ox.NamedNode | ox.BlankNode | ox.Literal
OxTriple = ox.Triple
#: the terms of one triple, as the mapping collects them before any pyoxigraph triple is made
OxTerms = tuple[OxNode, ox.NamedNode, OxTerm]

#: vocabulary IRIs in pyoxigraph form → the same IRIs as rdflib terms
_AS_RDFLIB: dict[OxTerm, Any] = {}


class _Vocabulary:
    """The terms of an rdflib namespace as pyoxigraph IRIs, each made once.

    Lookups go through the rdflib namespace, so a misspelt term of a closed vocabulary (``PD``)
    is still an ``AttributeError``.
    """

    def __init__(self, namespace: Any) -> None:
        self._namespace = namespace
        self._terms: dict[str, ox.NamedNode] = {}

    def __getattr__(self, name: str) -> ox.NamedNode:
        if name.startswith("_"):
            raise AttributeError(name)
        node = self[name]
        self.__dict__[name] = node  # later lookups are plain attribute reads
        return node

    def __getitem__(self, name: str) -> ox.NamedNode:
        node = self._terms.get(name)
        if node is None:
            term = getattr(self._namespace, name)
            node = self._terms[name] = ox.NamedNode(str(term))
            _AS_RDFLIB[node] = URIRef(str(term))
        return node


PD = _Vocabulary(namespaces.PD)
ELI = _Vocabulary(namespaces.ELI)
CPOV = _Vocabulary(namespaces.CPOV)
EU_LANGUAGE = _Vocabulary(namespaces.EU_LANGUAGE)
ORG = _Vocabulary(_ORG)
PROV = _Vocabulary(_PROV)
RDF_TYPE = _Vocabulary(_RDF).type
_XSD_TERMS = _Vocabulary(_XSD)
XSD_STRING = _XSD_TERMS.string
XSD_INTEGER = _XSD_TERMS.integer
XSD_BOOLEAN = _XSD_TERMS.boolean
_TRUE = ox.Literal("true", datatype=XSD_BOOLEAN)
_FALSE = ox.Literal("false", datatype=XSD_BOOLEAN)
XSD_DATE = _XSD_TERMS.date
XSD_TIME = _XSD_TERMS.time
XSD_DATE_TIME = _XSD_TERMS.dateTime
XSD_ANY_URI = _XSD_TERMS.anyURI

#: Prefixes bound in every graph (and used by the Turtle and JSON-LD writers).
PREFIXES: dict[str, str] = {
    "pd": str(namespaces.PD._NS),
    "eli": str(namespaces.ELI._NS),
    "eli-dl": str(namespaces.ELIDL._NS),
    "prov": str(_PROV),
    "org": str(_ORG),
    "cpov": str(namespaces.CPOV._NS),
    "xsd": str(_XSD),
}

_DOC_CLASS = {
    DocumentKind.AGENDA: PD.Agenda,
    DocumentKind.MINUTES: PD.Minutes,
    DocumentKind.OFFICER_DECISION: PD.OfficerDecisionDocument,
}
_APPEAL_CLASS = {
    AppealKind.RECTIFICATION: PD.RectificationInstruction,
    AppealKind.MUNICIPAL_APPEAL: PD.MunicipalAppealInstruction,
    AppealKind.ADMINISTRATIVE_APPEAL: PD.AdministrativeAppealInstruction,
    AppealKind.APPEAL_BAN: PD.AppealBan,
}
_VOTE_OPTIONS = {
    "yes": PD.voteYes,
    "jaa": PD.voteYes,
    "ja": PD.voteYes,
    "no": PD.voteNo,
    "ei": PD.voteNo,
    "nej": PD.voteNo,
    "blank": PD.voteBlank,
    "tyhjä": PD.voteBlank,
    "blanka": PD.voteBlank,
    "absent": PD.voteAbsent,
    "poissa": PD.voteAbsent,
    "frånvarande": PD.voteAbsent,
}
#: Printed role → role concept; first match wins, so "varapuheenjohtaja" precedes "puheenjohtaja".
_ROLES: list[tuple[tuple[str, ...], ox.NamedNode]] = [
    (("varapuheenjohtaja", "vice ordförande", "viceordförande"), PD.roleViceChair),
    (("puheenjohtaja", "ordförande", "pj"), PD.roleChair),
    (("varajäsen", "ersättare"), PD.roleDeputyMember),
    (("jäsen", "ledamot"), PD.roleMember),
    (("esittelijä", "föredragande"), PD.rolePresenter),
    (("valmistelija", "beredare"), PD.rolePreparer),
    (("pöytäkirjanpitäjä", "sihteeri", "protokollförare", "sekreterare"), PD.roleSecretary),
    (("tarkastaja", "justerare"), PD.roleMinutesChecker),
    (("asiantuntija", "sakkunnig"), PD.roleExpert),
]


#: a label printed before the number ("Dnr 233/10.02.02/2026"): not part of the case's identity
_DNRO_LABEL = re.compile(
    r"^\s*(?:dnro|dnr|dno|diaarinumero|diarienummer|asianro)(?:[.:]?\s+|[.:]\s*)", re.IGNORECASE
)
_SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
#: characters XML 1.0 cannot carry (RDF/XML output) and that never mean anything in minutes; lone
#: surrogates (a JSON input may escape one) cannot even be written as UTF-8
_UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$")


def _writable(value: str) -> str:
    """``value`` without what :data:`_UNWRITABLE` matches; a printable string (the usual case, told by
    one quick look) holds none of it."""
    return value if value.isprintable() else _UNWRITABLE.sub("", value)


def _iri(value: str) -> ox.NamedNode:
    try:
        return ox.NamedNode(value)
    except ValueError as error:
        raise MappingError(
            f"cannot make an IRI of {value!r}: {error}",
            hint="check the base IRI in paatosdata.toml; other parts of IRIs are slugs",
        ) from None


#: language tags already found good
_TAGS: set[str] = set()


def _language(lang: str) -> str:
    """``lang`` when it is a language tag pyoxigraph takes; else a mapping error."""
    if lang not in _TAGS:
        try:
            ox.Literal("", language=lang)
        except ValueError:
            pass
        else:
            if _LANGUAGE.match(lang):
                _TAGS.add(lang)
                return lang
        raise MappingError(f"{lang!r} is not a language code", hint="use an ISO 639-1 code: fi, sv")
    return lang


def _tagged(value: str, lang: str) -> ox.Literal:
    """A language-tagged literal."""
    return ox.Literal(value, language=_language(lang))


def _role_concept(role: str) -> ox.NamedNode | None:
    lowered = role.lower()
    for words, concept in _ROLES:
        if any(word in lowered for word in words):
            return concept
    return None


@lru_cache(maxsize=1024)
def _basename(file: str) -> str:
    """The last part of a file name, as located nodes name it (every span of a file asks again)."""
    return re.split(r"[\\/]", file)[-1]


@lru_cache(maxsize=1024)
def _safe_slug(slug: str) -> bool:
    """True when ``slug`` is safe as an IRI segment (each item's mapping asks of its meeting's)."""
    return _SLUG.match(slug) is not None


def _with_config(doc: Document, config: Config) -> Document:
    """``doc`` ready for IRIs: the configured municipality filled in when the document names none,
    and slugs a reader set that are not safe IRI segments replaced by their slugified form."""
    meeting = doc.meeting
    municipality = meeting.municipality
    if municipality is None and config.municipality_name:
        municipality = Municipality(
            name=config.municipality_name,
            slug=config.municipality_slug or slugify(config.municipality_name),
            code=config.municipality_code,
            name_sv=config.municipality_name_sv,
        )
    if municipality is not None and municipality.slug and not _safe_slug(municipality.slug):
        municipality = replace(municipality, slug=slugify(municipality.slug))
    body = meeting.body
    if body.slug and not _safe_slug(body.slug):
        body = replace(body, slug=slugify(body.slug))
    if municipality is meeting.municipality and body is meeting.body:
        return doc
    return replace(doc, meeting=replace(meeting, municipality=municipality, body=body))


def _item_path(doc: Document, item: Item) -> WorkPath:
    path = item_path(doc, item)
    if item.number or item.agenda_number:
        return path
    # an unnumbered item would collide with every other one at ".../nn"
    index = next((i for i, other in enumerate(doc.items, 1) if other is item), 0)
    return WorkPath(path.municipality, path.doctype, path.subtype, path.actor, path.date, f"nn-{index}")


def item_iri(doc: Document, item: Item, config: Config | None = None) -> URIRef:
    """The IRI of an item (the decision as a Work)."""
    return URIRef(item_iri_text(doc, item, config))


def item_iri_text(doc: Document, item: Item, config: Config | None = None) -> str:
    """:func:`item_iri` as a plain string (what a publish names items by, without an rdflib term)."""
    config = config or Config()
    return config.base.rstrip("/") + _item_path(_with_config(doc, config), item).work


def document_iri(doc: Document, config: Config | None = None) -> URIRef:
    """The IRI of the minutes or agenda."""
    config = config or Config()
    doc = _with_config(doc, config)
    return URIRef(config.base.rstrip("/") + meeting_path(doc).work)


class _Mapper:
    """Collects the triples of one document's parts (each shared node is written once)."""

    def __init__(self, doc: Document, config: Config, redact: bool) -> None:
        self.config = config
        self.doc = _with_config(doc, config)
        self.redact = redact
        self.base = config.base.rstrip("/")
        # the pyoxigraph terms of every triple added (a triple may come twice): pyoxigraph
        # triples, which writers and stores take as they are, are made from them when asked for
        # (making one costs more than mapping it), the check reads the terms themselves, and the
        # rdflib form (for pySHACL and rdflib users) is derived by to_rdflib()
        self.terms: list[OxTerms] = []
        self.built: dict[str, ox.NamedNode | None] = {}
        municipality = self.doc.meeting.municipality
        self.m = (municipality.slug or slugify(municipality.name)) if municipality else "unknown"
        self.b = body_slug(self.doc)
        self.persons: dict[tuple[str, bool], OxNode] = {}

    # --- adding triples ------------------------------------------------------------------------
    def add(self, s: OxNode, p: ox.NamedNode, o: ox.NamedNode | ox.BlankNode | ox.Literal | None) -> None:
        if o is not None:
            self.terms.append((s, p, o))

    # text() and plain() are _tagged() and ox.Literal() of _writable(), written out: they run for
    # most triples of an item, and a call costs more than what it does
    def text(self, s: OxNode, p: ox.NamedNode, value: str | None, lang: str) -> None:
        if value and not value.isspace():  # what strip() would leave non-empty, with no copy
            if not value.isprintable():
                value = _UNWRITABLE.sub("", value)
            if lang not in _TAGS:
                _language(lang)  # a mapping error when it is no language tag
            self.terms.append((s, p, ox.Literal(value, language=lang)))

    def plain(self, s: OxNode, p: ox.NamedNode, value: str | None) -> None:
        if value is not None and value != "":
            if not value.isprintable():
                value = _UNWRITABLE.sub("", value)
            self.terms.append((s, p, ox.Literal(value)))

    def integer(self, s: OxNode, p: ox.NamedNode, value: int | None) -> None:
        if value is not None:
            self.terms.append((s, p, ox.Literal(str(value), datatype=XSD_INTEGER)))

    def boolean(self, s: OxNode, p: ox.NamedNode, value: bool | None) -> None:
        if value is not None:
            self.terms.append((s, p, _TRUE if value else _FALSE))

    def day(self, s: OxNode, p: ox.NamedNode, value: date | None) -> None:
        if value is not None:
            self.terms.append((s, p, ox.Literal(value.isoformat(), datatype=XSD_DATE)))

    def clock(self, s: OxNode, p: ox.NamedNode, value: time | None) -> None:
        if value is not None:
            self.terms.append((s, p, ox.Literal(value.isoformat(), datatype=XSD_TIME)))

    def types(self, s: OxNode, *classes: ox.NamedNode) -> None:
        for cls in classes:
            self.terms.append((s, RDF_TYPE, cls))

    def ground(self, s: ox.NamedNode, text: str | None, reference: LegalReference | None, lang: str) -> None:
        """A stated ground (of secrecy or disqualification): its text and, when parsed, its citation."""
        self.text(s, PD.ground, text, lang)
        if reference is not None:
            self.add(
                s, PD.groundReference, self.legal_reference(_iri(f"{s.value}-reference"), reference, lang)
            )

    def located(self, s: OxNode, span: Span | None) -> None:
        if span is not None:
            self.terms.append((s, PD.sourceLocation, ox.Literal(f"{_basename(span.file)}:{span.line}")))

    # --- IRIs ----------------------------------------------------------------------------------
    def iri(self, path: str) -> ox.NamedNode:
        return _iri(f"{self.base}{path}")

    def item_iri(self, item: Item) -> ox.NamedNode:
        return self.iri(_item_path(self.doc, item).work)

    def document_iri(self) -> ox.NamedNode:
        return self.built.get("document") or self.iri(meeting_path(self.doc).work)

    def municipality_iri(self) -> ox.NamedNode:
        return self.iri(f"/id/municipality/{self.m}")

    def body_iri(self) -> ox.NamedNode:
        return self.built.get("body") or self.iri(f"/id/body/{self.m}/{self.b}")

    def meeting_iri(self) -> ox.NamedNode:
        # the nodes built (the same IRIs) are taken as they are: each item of a meeting names them
        known = self.built.get("meeting")
        if known is not None:
            return known
        meeting = self.doc.meeting
        if meeting.date is not None:
            return self.iri(f"/id/meeting/{self.m}/{self.b}/{meeting.date.isoformat()}")
        number = slugify(meeting.number or "", 40) if meeting.number else "nn"
        return self.iri(f"/id/meeting/{self.m}/{self.b}/nn/{number}")

    # --- shared nodes --------------------------------------------------------------------------
    def person(self, person: Person | str) -> OxNode | None:
        """The node of a person, typed, with name and group; private persons are blank nodes.

        None for a person known only by office (no name): the office is the participation's
        ``pd:jobTitle``, and nameless holders of different offices are never one person."""
        if isinstance(person, str):
            person = Person(name=person)
        if person.name is None:
            return None
        key = (person.name, person.private)
        node = self.persons.get(key)
        if node is None:
            node = (
                ox.BlankNode() if person.private else self.iri(f"/id/person/{self.m}/{slugify(person.name)}")
            )
            self.persons[key] = node
        self.types(node, PD.Person)
        self.plain(node, PD.name, person.name)
        self.plain(node, PD.politicalGroup, person.group)
        if person.private:
            self.boolean(node, PD.privatePerson, True)
        return node

    def participation(
        self, node: ox.NamedNode, person: Person, role: ox.NamedNode | None, lang: str
    ) -> ox.NamedNode:
        """A participation of ``person`` with the contact details printed beside the name (with no
        ``pd:participant`` when only the office is printed)."""
        self.types(node, PD.Participation)
        self.add(node, PD.participant, self.person(person))
        self.add(node, PD.role, role)
        self.text(node, PD.jobTitle, person.title, lang)
        self.plain(node, PD.phone, person.phone)
        self.plain(node, PD.email, person.email)
        if person.acting:
            self.boolean(node, PD.acting, True)
        return node

    def participant(self, node: ox.NamedNode, participant: Participant, lang: str) -> ox.NamedNode:
        self.participation(node, participant.person, _role_concept(participant.role), lang)
        self.text(node, PD.roleName, participant.role, lang)
        self.boolean(node, PD.present, participant.present)
        self.text(node, PD.note, participant.note, lang)
        self.located(node, participant.span)
        return node

    def municipality(self) -> ox.NamedNode | None:
        if "municipality" in self.built:
            return self.built["municipality"]
        municipality = self.doc.meeting.municipality
        self.built["municipality"] = None if municipality is None else self.municipality_iri()
        if municipality is None:
            return None
        node = self.municipality_iri()
        self.types(node, PD.Municipality, ORG.FormalOrganization, CPOV.PublicOrganisation)
        self.text(node, PD.name, municipality.name, self.doc.language)
        self.text(node, PD.name, municipality.name_sv, "sv")
        self.plain(node, PD.slug, self.m)
        self.plain(node, PD.municipalityCode, municipality.code or self.config.municipality_code)
        return node

    def body(self) -> ox.NamedNode:
        node = self.body_iri()
        if "body" in self.built:
            return node
        self.built["body"] = node
        body = self.doc.meeting.body
        self.types(node, PD.Body, ORG.Organization)
        self.text(node, PD.name, body.name, self.doc.language)
        self.plain(node, PD.slug, self.b)
        self.plain(node, PD.abbreviation, body.abbreviation)
        self.add(node, PD.bodyOf, self.municipality())
        self.located(node, body.span)
        return node

    def meeting(self) -> ox.NamedNode:
        node = self.meeting_iri()
        if "meeting" in self.built:
            return node
        self.built["meeting"] = node
        meeting: Meeting = self.doc.meeting
        lang = self.doc.language
        self.types(node, PD.Meeting, PROV.Activity)
        self.add(node, PD.body, self.body())
        self.add(node, PD.municipality, self.municipality())
        self.day(node, PD.heldOn, meeting.date)
        self.plain(node, PD.printedDate, meeting.date_raw)
        self.clock(node, PD.startTime, meeting.start)
        self.clock(node, PD.endTime, meeting.end)
        if meeting.date is not None:
            for prop, value in ((PD.startedAt, meeting.start), (PD.endedAt, meeting.end)):
                if value is not None:
                    moment = datetime.combine(meeting.date, value).isoformat()
                    self.add(node, prop, ox.Literal(moment, datatype=XSD_DATE_TIME))
        self.text(node, PD.place, meeting.place, lang)
        self.plain(node, PD.meetingNumber, meeting.number)
        for index, participant in enumerate(meeting.participants, 1):
            part = self.participant(_iri(f"{node.value}#participant-{index}"), participant, lang)
            self.add(node, PD.participation, part)
        self.located(node, meeting.span)
        return node

    def maturity(self) -> ox.NamedNode:
        doc = self.doc
        if doc.kind is DocumentKind.AGENDA:
            return PD.maturityProposal
        if doc.published is not None:
            return PD.maturityPublished
        if doc.checked:
            return PD.maturityChecked
        return PD.maturityDecided

    def document_header(self) -> ox.NamedNode:
        """The document node with what every item graph needs to know about it."""
        doc = self.doc
        node = self.document_iri()
        if "document" in self.built:
            return node
        self.built["document"] = node
        self.types(node, PD.Document, _DOC_CLASS[doc.kind])
        self.add(node, PD.meeting, self.meeting())
        self.plain(node, PD.language, doc.language)
        self.boolean(node, PD.checked, doc.checked)
        self.day(node, PD.publishedOn, doc.published)
        self.boolean(node, PD.wholeMinutes, doc.whole)
        self.add(node, PD.maturity, self.maturity())
        start = doc.published or doc.meeting.date
        if start is not None:
            self.day(node, PD.personalDataRemovalDate, start + timedelta(days=self.config.retention_days))
        if doc.source is not None:
            self.plain(node, PD.sourceFile, _basename(doc.source.path))
            self.plain(node, PD.sourceFormat, doc.source.format)
            self.plain(node, PD.sourceSha256, doc.source.sha256)
        return node

    def section_nodes(self, owner: ox.NamedNode, sections: list[Section], lang: str) -> None:
        for index, section in enumerate(sections, 1):
            node = _iri(f"{owner.value}#section-{index}")
            self.types(node, PD.Section)
            self.plain(node, PD.sectionKind, section.kind)
            self.text(node, PD.heading, section.heading, lang)
            self.text(node, PD.text, section.text, lang)
            self.integer(node, PD.order, index)
            self.located(node, section.span)
            self.add(owner, PD.section, node)

    def appeal(self, node: ox.NamedNode, appeal: AppealInfo, lang: str) -> ox.NamedNode:
        self.types(node, PD.AppealInformation, _APPEAL_CLASS[appeal.kind])
        self.text(node, PD.text, appeal.text, lang)
        if appeal.statute is not None:
            ref = self.legal_reference(_iri(f"{node.value}-statute"), appeal.statute, lang)
            self.add(node, PD.appealStatute, ref)
        self.integer(node, PD.periodDays, appeal.period_days)
        self.text(node, PD.appealAuthority, appeal.authority, lang)
        for number in appeal.applies_to:
            self.plain(node, PD.appliesToSection, number)
        self.located(node, appeal.span)
        return node

    # --- citations -----------------------------------------------------------------------------
    def legal_reference(self, node: ox.NamedNode, ref: LegalReference, lang: str) -> ox.NamedNode:
        """A citation node (raw + parts + links); returns it. See :meth:`cited_resource`."""
        kind_class = {"statute": PD.StatuteReference, "regulation": PD.RegulationReference}
        self.types(node, PD.LegalReference)
        if ref.kind in kind_class:
            self.types(node, kind_class[ref.kind])
        self.plain(node, PD.rawValue, ref.raw)
        self.text(node, PD.actName, ref.name, lang)
        self.plain(node, PD.actAbbreviation, ref.abbreviation)
        self.integer(node, PD.actNumber, ref.number)
        self.integer(node, PD.actYear, ref.year)
        self.plain(node, PD.chapter, ref.chapter)
        self.plain(node, PD.provisionSection, ref.section)
        self.plain(node, PD.subsection, ref.subsection)
        self.plain(node, PD.paragraph, ref.paragraph)
        statute = statute_links(ref)
        if statute is not None:
            self.plain(node, PD.aknPath, statute.akn)
        self.add(node, PD.refersTo, self.cited_resource(ref, lang))
        self.located(node, ref.span)
        return node

    def cited_resource(self, ref: LegalReference, lang: str) -> ox.NamedNode | None:
        """The typed act or regulation section a citation points at, if it can be identified."""
        statute = statute_links(ref)
        if statute is not None:
            node = _iri(statute.eli)
            self.types(node, PD.Statute, ELI.LegalResource)
            return node
        regulation = regulation_links(ref, self.base, self.m)
        if regulation is None:
            return None
        work = _iri(regulation.regulation)
        self.types(work, PD.Regulation, ELI.LegalResource)
        self.text(work, PD.name, ref.name, lang)
        self.add(work, PD.municipality, self.municipality())
        if regulation.section is None:
            return work
        section = _iri(regulation.section)
        self.types(section, PD.RegulationSection, ELI.LegalResourceSubdivision)
        self.add(section, PD.partOfRegulation, work)
        self.plain(section, PD.provisionSection, ref.section)
        return section

    def decision_reference(
        self, node: ox.NamedNode, ref: DecisionReference, lang: str
    ) -> ox.NamedNode | None:
        """A citation of an earlier decision; returns the cited decision's IRI when it is known."""
        self.types(node, PD.DecisionReference)
        self.plain(node, PD.rawValue, ref.raw)
        self.plain(node, PD.bodyAbbreviation, ref.body_abbreviation)
        self.text(node, PD.bodyName, ref.body, lang)
        self.day(node, PD.referencedDate, ref.date)
        self.plain(node, PD.referencedSection, ref.section)
        self.located(node, ref.span)
        target = decision_reference_iri(ref, self.base, self.m, self.config)
        if target is None:
            return None
        cited = _iri(target)
        self.types(cited, PD.Item, PD.Decision, ELI.LegalResource)
        self.add(node, PD.refersTo, cited)
        return cited

    # --- items ---------------------------------------------------------------------------------
    def item(self, item: Item) -> ox.NamedNode:
        doc = self.doc
        lang = _language(item.language)
        node = self.item_iri(item)
        document = self.document_header()
        self.add(document, PD.item, node)
        self.add(node, PD.document, document)
        if doc.kind is DocumentKind.AGENDA:
            self.types(node, PD.Item, PD.AgendaItem)
        else:
            self.types(node, PD.Item, PD.Decision, ELI.LegalResource)
        meeting = self.meeting()
        self.add(node, PD.meeting, meeting)
        self.add(node, PD.decidedBy, self.body_iri())
        self.day(node, PD.meetingDate, doc.meeting.date)
        self.plain(node, PD.sectionNumber, item.number)
        self.plain(node, PD.printedNumber, item.number_raw)
        self.plain(node, PD.agendaNumber, item.agenda_number)
        self.plain(node, PD.language, lang)
        self.add(node, PD.maturity, self.maturity())
        self.located(node, item.span)
        expression = _iri(f"{node.value}/{LANGUAGE_CODES.get(lang, lang)}@")
        self.types(expression, PD.DecisionExpression, ELI.LegalExpression)
        self.add(expression, PD.realizes, node)
        self.add(expression, PD.expressionLanguage, EU_LANGUAGE[LANGUAGE_CODES.get(lang, lang).upper()])
        self.add(node, PD.realizedBy, expression)
        for index, appeal in enumerate(doc.appeal_instructions, 1):
            if item.number and item.number in appeal.applies_to:
                appeal_node = self.appeal(_iri(f"{document.value}#appeal-{index}"), appeal, doc.language)
                self.add(node, PD.appealInformation, appeal_node)

        confidentiality = item.confidentiality
        if confidentiality is not None:
            conf = _iri(f"{node.value}#confidentiality")
            self.types(conf, PD.Confidentiality)
            self.ground(conf, confidentiality.ground, confidentiality.reference, lang)
            self.boolean(conf, PD.wholeItem, confidentiality.whole_item)
            self.text(conf, PD.publicTitle, confidentiality.public_title, lang)
            self.located(conf, confidentiality.span)
            self.add(node, PD.confidentiality, conf)
            if self.redact and confidentiality.whole_item:
                self.text(node, PD.title, confidentiality.public_title or item.title, lang)
                return node
        self.text(node, PD.title, item.title, lang)
        if is_procedural(item.title):  # told from the title, so never from a withheld one
            self.types(node, PD.ProceduralItem)
        self.item_content(node, item, lang)
        return node

    def item_content(self, node: ox.NamedNode, item: Item, lang: str) -> None:
        """Everything of an item except its identity (left out of a redacted item)."""
        value = node.value  # a new string at each read: read once
        if item.case is not None:
            self.case(node, item, lang)
        for index, preparer in enumerate(item.preparers, 1):
            part = self.participation(_iri(f"{value}#preparer-{index}"), preparer, PD.rolePreparer, lang)
            self.located(part, preparer.span)
            self.add(node, PD.participation, part)
            self.add(node, PD.preparer, self.person(preparer))
        if item.presenter is not None:
            part = self.participation(_iri(f"{value}#presenter"), item.presenter, PD.rolePresenter, lang)
            self.located(part, item.presenter.span)
            self.add(node, PD.participation, part)
            self.add(node, PD.presenter, self.person(item.presenter))
        if item.proposal:
            proposal = _iri(f"{value}#proposal")
            self.types(proposal, PD.Proposal)
            self.text(proposal, PD.text, item.proposal, lang)
            self.located(proposal, item.spans.get("proposal"))
            self.add(node, PD.proposal, proposal)
        self.handling(node, item, lang)
        self.text(node, PD.decisionText, item.decision, lang)
        if item.outcome is not None:
            self.add(node, PD.outcome, PD[item.outcome._value_])
        self.boolean(node, PD.unanimous, item.unanimous)
        self.text(node, PD.reasons, item.reasons, lang)
        self.text(node, PD.summary, item.summary, lang)
        for index, ref in enumerate(item.legal_basis, 1):
            citation = self.legal_reference(_iri(f"{value}#legal-basis-{index}"), ref, lang)
            self.add(node, PD.legalBasisCitation, citation)
            self.add(node, PD.legalBasis, self.cited_resource(ref, lang))
        self.text(node, PD.legalBasisText, item.legal_basis_text, lang)
        if item.impact is not None:
            self.impact(node, item, lang)
        for index, earlier in enumerate(item.history, 1):
            cited = self.decision_reference(_iri(f"{value}#history-{index}"), earlier, lang)
            self.add(node, PD.decisionHistory, _iri(f"{value}#history-{index}"))
            self.add(node, PD.cites, cited)
        for index, attachment in enumerate(item.attachments, 1):
            att = _iri(f"{value}#attachment-{index}")
            self.types(att, PD.Attachment)
            self.plain(att, PD.attachmentNumber, attachment.number)
            self.boolean(att, PD.public, attachment.public)
            self.text(att, PD.ground, attachment.confidentiality_ground, lang)
            self.boolean(att, PD.supplementary, attachment.supplementary)
            if attachment.public or not self.redact:
                self.text(att, PD.title, attachment.title, lang)
                if attachment.url:
                    url = _UNWRITABLE.sub("", attachment.url)
                    self.add(att, PD.downloadUrl, ox.Literal(url, datatype=XSD_ANY_URI))
            self.located(att, attachment.span)
            self.add(node, PD.attachment, att)
        for index, appeal in enumerate(item.appeal, 1):
            self.add(node, PD.appealInformation, self.appeal(_iri(f"{value}#appeal-{index}"), appeal, lang))
        for recipient in item.distribution:
            self.text(node, PD.distribution, recipient, lang)
        for index, dissent in enumerate(item.dissents, 1):
            dis = _iri(f"{value}#dissent-{index}")
            self.types(dis, PD.Dissent)
            self.add(dis, PD.person, self.person(dissent.person))
            self.text(dis, PD.text, dissent.text, lang)
            self.located(dis, dissent.span)
            self.add(node, PD.dissent, dis)
        self.section_nodes(node, item.sections, lang)

    def case(self, node: ox.NamedNode, item: Item, lang: str) -> None:
        case = item.case
        assert case is not None
        dnro = case.diary_number
        case_node = (
            self.iri(f"/id/case/{self.m}/{slugify(_DNRO_LABEL.sub('', dnro.raw))}")
            if dnro is not None
            else _iri(f"{node.value}#case")
        )
        self.types(case_node, PD.Case)
        self.text(case_node, PD.title, case.title, lang)
        self.located(case_node, case.span)
        self.add(node, PD.case, case_node)
        if dnro is None:
            return
        self.plain(node, PD.localIdentifier, dnro.raw)
        dnro_node = _iri(f"{case_node.value}#dnro")
        self.types(dnro_node, PD.DiaryNumber)
        self.plain(dnro_node, PD.rawValue, dnro.raw)
        self.plain(dnro_node, PD.serialNumber, dnro.serial)
        self.plain(dnro_node, PD.taskClass, dnro.task_class)
        self.integer(dnro_node, PD.year, dnro.year)
        self.plain(dnro_node, PD.prefix, dnro.prefix)
        self.plain(dnro_node, PD.pattern, dnro.pattern)
        self.located(dnro_node, dnro.span)
        self.add(case_node, PD.diaryNumber, dnro_node)

    def handling(self, node: ox.NamedNode, item: Item, lang: str) -> None:
        has_proceedings = any(
            (item.handling, item.presence_changes, item.disqualifications, item.motions, item.votes)
        )
        if self.doc.kind is DocumentKind.AGENDA and not has_proceedings:
            return
        value = node.value  # a new string at each read: read once
        handling = _iri(f"{value}#handling")
        self.types(handling, PD.ItemHandling, PROV.Activity)
        self.add(node, PD.handling, handling)
        self.add(handling, PD.meeting, self.meeting_iri())
        self.add(handling, PD.resultedIn, node)
        self.text(handling, PD.text, item.handling, lang)
        self.located(handling, item.spans.get("handling"))
        for index, change in enumerate(item.presence_changes, 1):
            pc = _iri(f"{value}#presence-{index}")
            kind = {"arrived": PD.Arrival, "left": PD.Departure}.get(change.kind)
            self.types(pc, PD.PresenceChange, *([kind] if kind is not None else []))
            self.add(pc, PD.person, self.person(change.person))
            self.clock(pc, PD.time, change.time)
            self.text(pc, PD.text, change.text, lang)
            self.located(pc, change.span)
            self.add(handling, PD.presenceChange, pc)
        for index, disq in enumerate(item.disqualifications, 1):
            dq = _iri(f"{value}#disqualification-{index}")
            self.types(dq, PD.Disqualification)
            self.add(dq, PD.person, self.person(disq.person))
            self.ground(dq, disq.ground, disq.reference, lang)
            self.boolean(dq, PD.leftRoom, disq.left_room)
            self.text(dq, PD.text, disq.text, lang)
            self.located(dq, disq.span)
            self.add(handling, PD.disqualification, dq)
        for index, motion in enumerate(item.motions, 1):
            mo = _iri(f"{value}#motion-{index}")
            self.types(mo, PD.Motion)
            self.add(mo, PD.proposer, self.person(motion.proposer))
            if motion.seconder:
                self.add(mo, PD.seconder, self.person(motion.seconder))
            self.text(mo, PD.text, motion.text, lang)
            self.plain(mo, PD.motionKind, motion.kind)
            self.located(mo, motion.span)
            self.add(handling, PD.motion, mo)
        for index, event in enumerate(item.votes, 1):
            ve = _iri(f"{value}#vote-{index}")
            self.types(ve, PD.VoteEvent)
            self.integer(ve, PD.round, event.round)
            self.text(ve, PD.yesProposition, event.yes_proposition, lang)
            self.text(ve, PD.noProposition, event.no_proposition, lang)
            self.integer(ve, PD.yesCount, event.yes)
            self.integer(ve, PD.noCount, event.no)
            self.integer(ve, PD.blankCount, event.blank)
            self.integer(ve, PD.absentCount, event.absent)
            self.text(ve, PD.voteResult, event.result, lang)
            self.text(ve, PD.text, event.text, lang)
            self.located(ve, event.span)
            for number, vote in enumerate(event.votes, 1):
                option = _VOTE_OPTIONS.get(vote.choice.strip().lower())
                if option is None:
                    where = str(event.span) if event.span else None
                    raise MappingError(
                        f"unknown vote choice {vote.choice!r} of {vote.voter}",
                        source=where,
                        hint="a vote is yes, no, blank or absent",
                    )
                v = _iri(f"{ve.value}-{number}")
                self.types(v, PD.Vote)
                self.add(v, PD.voter, self.person(vote.voter))
                self.add(v, PD.voteOption, option)
                self.plain(v, PD.politicalGroup, vote.group)
                self.add(ve, PD.vote, v)
            self.add(handling, PD.voteEvent, ve)

    def impact(self, node: ox.NamedNode, item: Item, lang: str) -> None:
        value = node.value  # a new string at each read: read once
        impact = item.impact
        assert impact is not None
        ia = _iri(f"{value}#impact")
        self.types(ia, PD.ImpactAssessment, PD.ImpactAssessed if impact.made else PD.ImpactNotAssessed)
        self.text(ia, PD.text, impact.text, lang)
        if not impact.made:
            self.text(ia, PD.notAssessedReason, impact.reason, lang)
        for index, ref in enumerate(impact.references, 1):
            ref_node = _iri(f"{value}#impact-reference-{index}")
            cited = self.decision_reference(ref_node, ref, lang)
            self.add(ia, PD.decisionReference, ref_node)
            self.add(node, PD.cites, cited)
        self.located(ia, impact.span)
        self.add(node, PD.impactAssessment, ia)

    def document_rest(self) -> ox.NamedNode:
        """What belongs to the document only: its items (links), signatures, its own text parts,
        appeal instructions."""
        doc = self.doc
        node = self.document_header()
        # the document names its items itself, so that its own graph (and the union of a dump, which
        # takes a subject's lines from the graph of the resource it belongs to) keeps the links
        for item in doc.items:
            self.add(node, PD.item, self.item_iri(item))
        for index, signature in enumerate(doc.signatures, 1):
            part = self.participant(_iri(f"{node.value}#signature-{index}"), signature, doc.language)
            self.add(node, PD.signature, part)
        self.section_nodes(node, doc.sections, doc.language)
        for index, appeal in enumerate(doc.appeal_instructions, 1):
            appeal_node = self.appeal(_iri(f"{node.value}#appeal-{index}"), appeal, doc.language)
            self.add(node, PD.appealInformation, appeal_node)
            if not appeal.applies_to:  # no § range printed: it covers every item of the minutes
                self.boolean(appeal_node, PD.appliesToAllSections, True)
        return node


def bind_prefixes(graph: Graph) -> Graph:
    """Bind the project's prefixes on ``graph`` (for rdflib's own serializers); returns it."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    return graph


def _find(doc: Document, item: Item) -> None:
    if not any(other is item for other in doc.items) and item not in doc.items:
        raise MappingError(f"item {item.number_raw or item.number or item.title!r} is not in this document")


def to_rdflib(triples: Iterable[ox.Triple] | Iterable[tuple[OxTerm, OxTerm, OxTerm]]) -> set[Triple]:
    """The mapping's pyoxigraph triples as rdflib triples (plain literals stay plain, as rdflib does)."""
    terms: dict[OxTerm, Any] = dict(_AS_RDFLIB)

    def term(node: OxTerm) -> Any:
        found = terms.get(node)
        if found is None:
            if isinstance(node, ox.NamedNode):
                found = URIRef(node.value)
            elif isinstance(node, ox.BlankNode):
                found = BNode(node.value)
            elif node.language:
                found = Literal(node.value, lang=node.language)
            elif node.datatype == XSD_STRING:
                found = Literal(node.value)
            else:
                found = Literal(node.value, datatype=term(node.datatype))
            terms[node] = found
        return found

    return {(term(s), term(p), term(o)) for s, p, o in triples}


def _graph(triples: Iterable[ox.Triple]) -> Graph:
    """An rdflib graph of the triples (without prefix bindings, which cost more than the mapping)."""
    graph = Graph(bind_namespaces="none")
    graph.addN((s, p, o, graph) for s, p, o in to_rdflib(triples))
    return graph


def _ox(terms: Iterable[OxTerms]) -> set[OxTriple]:
    """Pyoxigraph triples of ``terms`` (each made once, though a triple may be listed twice)."""
    triple = ox.Triple
    return {triple(s, p, o) for s, p, o in dict.fromkeys(terms)}


@dataclass(slots=True)
class _Part:
    """An item graph mapped in a :func:`shared_parts` block: the terms it adds to the header."""

    item: Item  # held, so that its id in the key stays valid while the block runs
    appeals: list[AppealInfo]  # the same for the document's appeal instructions
    terms: list[OxTerms]


@dataclass(slots=True)
class _Shared:
    """A document's header as mapped once: its terms and the nodes made on the way.

    ``persons`` is live: every part of the document mapped in the block (its items, its own
    parts) names a person by the same node, as one mapping of the whole document does. ``items``
    keeps each item graph mapped in the block, so asking again (the check, then the page) maps
    the item once.
    """

    meeting: Meeting  # held, so that its id in the key stays valid while the block runs
    terms: list[OxTerms]
    persons: dict[tuple[str, bool], OxNode]
    built: dict[str, ox.NamedNode | None]
    items: dict[tuple[int, ...], _Part] = field(default_factory=dict)
    _made: list[tuple[OxTerms, OxTriple]] | None = None
    _triples: frozenset[OxTriple] | None = None
    _outline: _Outline | None = None

    def made(self) -> list[tuple[OxTerms, OxTriple]]:
        """Each distinct triple of the header as its terms and its pyoxigraph triple (made once):
        the outline reads the terms, as reading a pyoxigraph triple's parts makes new objects."""
        if self._made is None:
            triple = ox.Triple
            self._made = [(terms, triple(*terms)) for terms in dict.fromkeys(self.terms)]
        return self._made

    def triples(self) -> frozenset[OxTriple]:
        """The header's pyoxigraph triples (made once)."""
        if self._triples is None:
            self._triples = frozenset([triple for _, triple in self.made()])
        return self._triples

    def outline(self) -> _Outline:
        """What of the header a published item graph may take (worked out once)."""
        if self._outline is None:
            described: dict[object, list[tuple[object, OxTriple]]] = {}
            attendance = PD.participation
            for (subject, predicate, target), triple in self.made():
                if predicate != attendance:
                    described.setdefault(subject, []).append((target, triple))
            document = self.built.get("document")
            reached: set[object] = set()
            common = _walk([] if document is None else [document], described, reached)
            beyond = frozenset(described.keys() - reached)
            self._outline = _Outline(described, frozenset(common), frozenset(reached), beyond)
        return self._outline


@dataclass(slots=True, frozen=True)
class _Outline:
    """A document header as the published graphs of its items take from it.

    ``described`` gives each subject of the header its triples, each with its object, the meeting's
    attendance (``pd:participation``) left out; ``common`` is what the document node reaches through
    them (document, meeting, body, municipality), which every item names, ``reached`` their subjects
    and ``beyond`` the other subjects of the header (participations, persons).
    """

    described: dict[object, list[tuple[object, OxTriple]]]
    common: frozenset[OxTriple]
    reached: frozenset[object]
    beyond: frozenset[object]


def _walk(
    start: Iterable[object], described: dict[object, list[tuple[object, OxTriple]]], seen: set[object]
) -> list[OxTriple]:
    """The triples of the subjects in ``described`` that ``start`` reaches through their objects,
    passing over (and adding to) ``seen``."""
    out: list[OxTriple] = []
    stack = [node for node in start if node in described and node not in seen]
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.add(node)
        for target, triple in described[node]:
            out.append(triple)
            if target in described and target not in seen:
                stack.append(target)
    return out


#: open :func:`shared_parts` blocks, innermost last
_BLOCKS: list[dict[tuple[Any, ...], _Shared]] = []


@contextmanager
def shared_parts() -> Iterator[None]:
    """Inside the block, map what the items of one meeting share only once, and each item once.

    Every item graph carries its document header, meeting, participants, body and municipality;
    mapped item by item they are built again for each item. Inside this block they are built for
    the first item of a meeting and copied into the others, so each item's triples stay
    self-contained and unchanged; an item graph asked for again (to check the document, then to
    publish the item) is the one already mapped. Documents are recognised by their meeting object
    (with the document's own fields and the configuration) and items by their object, so the
    model must not be changed while the block runs.
    """
    _BLOCKS.append({})
    try:
        yield
    finally:
        _BLOCKS.pop()


def _mapper(
    doc: Document, config: Config, redact: bool, shared: dict[tuple[Any, ...], _Shared] | None = None
) -> tuple[_Mapper, _Shared | None]:
    """A mapper for ``doc`` past its header, and the header kept in ``shared`` (by default the
    innermost :func:`shared_parts` block; built and kept there when missing). Without a block the
    header is None and the mapper holds the header's terms itself."""
    mapper = _Mapper(doc, config, redact)
    if shared is None:
        shared = _BLOCKS[-1] if _BLOCKS else None
        if shared is None:
            mapper.document_header()
            return mapper, None
    source = doc.source
    key = (
        id(doc.meeting),
        doc.kind,
        doc.language,
        doc.checked,
        doc.published,
        doc.whole,
        None if source is None else (source.path, source.format, source.sha256),
        # what of the configuration the header reads (never redaction)
        config.base,
        config.municipality_name,
        config.municipality_slug,
        config.municipality_code,
        config.municipality_name_sv,
        config.retention_days,
    )
    header = shared.get(key)
    if header is None:
        mapper.document_header()
        header = shared[key] = _Shared(doc.meeting, mapper.terms, mapper.persons, mapper.built)
        mapper.terms = []
        mapper.built = dict(header.built)
    else:
        mapper.persons = header.persons
        mapper.built = dict(header.built)
    return mapper, header


def _triples(mapper: _Mapper, header: _Shared | None) -> set[OxTriple]:
    """Every triple the mapper holds, with the header's."""
    if header is None:
        return _ox(mapper.terms)
    out = set(header.triples())
    out.update(_ox(mapper.terms))
    return out


class OxParts:
    """The triples of a graph mapped in a :func:`shared_parts` block, as two parts: ``shared``, the
    document header's (the same object for every graph of the document), and ``own``, what the graph
    adds to it, as mapped: a triple of ``own`` may be listed twice, or be in ``shared`` too (hashing
    pyoxigraph triples costs more than the writers' own way of dropping the repeats). Iterating
    gives the union, each triple once; writers may reuse work on ``shared``."""

    __slots__ = ("own", "shared")

    def __init__(self, shared: frozenset[OxTriple], own: Collection[OxTriple]) -> None:
        self.shared = shared
        self.own = own

    def __iter__(self) -> Iterator[OxTriple]:
        yield from self.shared
        yield from self.added()

    def added(self) -> list[OxTriple]:
        """The triples of ``own`` not in ``shared``, each once."""
        shared = self.shared
        return [triple for triple in dict.fromkeys(self.own) if triple not in shared]


def _parts(mapper_terms: list[OxTerms], header: _Shared | None) -> OxParts | set[OxTriple]:
    if header is None:
        return _ox(mapper_terms)
    return OxParts(header.triples(), _ox(mapper_terms))


def item_ox_parts(
    doc: Document, item: Item, config: Config | None = None, *, redact: bool = True
) -> OxParts | set[OxTriple]:
    """The triples of :func:`item_ox_triples`, as :class:`OxParts` inside a :func:`shared_parts`
    block (without copying the header's triples into a new set), else as a set."""
    header, terms = _item_terms(doc, item, config or Config(), redact, None)
    return _parts(terms, header)


def document_own_ox_parts(
    doc: Document, config: Config | None = None, *, redact: bool = True
) -> OxParts | set[OxTriple]:
    """The triples of :func:`document_own_ox_triples`, as :class:`OxParts` inside a
    :func:`shared_parts` block, else as a set."""
    mapper, header = _mapper(doc, config or Config(), redact)
    mapper.document_rest()
    return _parts(mapper.terms, header)


def _redaction_changes(item: Item) -> bool:
    """True when ``redact=True`` maps ``item`` otherwise than ``redact=False``."""
    confidentiality = item.confidentiality
    if confidentiality is not None and confidentiality.whole_item:
        return True
    return any(not attachment.public for attachment in item.attachments)


def item_ox_triples(
    doc: Document, item: Item, config: Config | None = None, *, redact: bool = True
) -> set[OxTriple]:
    """The triples of :func:`item_graph` as pyoxigraph terms (the fast path for writers)."""
    return _item_ox_triples(doc, item, config or Config(), redact, None)


def _item_ox_triples(
    doc: Document, item: Item, config: Config, redact: bool, shared: dict[tuple[Any, ...], _Shared] | None
) -> set[OxTriple]:
    header, terms = _item_terms(doc, item, config, redact, shared)
    if header is None:
        return _ox(terms)
    out = set(header.triples())
    out.update(_ox(terms))
    return out


def _item_terms(
    doc: Document, item: Item, config: Config, redact: bool, shared: dict[tuple[Any, ...], _Shared] | None
) -> tuple[_Shared | None, list[OxTerms]]:
    """The header kept (None without a block) and the terms the item graph adds to it (with the
    header's when there is no block); as mapped before in the block when it was."""
    _find(doc, item)
    mapper, header = _mapper(doc, config, redact, shared)
    if header is None:
        mapper.item(item)
        return None, mapper.terms
    # what the item graph reads besides the header: the item, the document's appeal
    # instructions, redaction where it changes something, the place of an unnumbered item
    place = 0
    if not item.number and not item.agenda_number:
        place = next((i for i, other in enumerate(doc.items, 1) if other is item), 0)
    key = (id(item), redact and _redaction_changes(item), id(doc.appeal_instructions), place)
    found = header.items.get(key)
    if found is None:
        mapper.item(item)
        found = header.items[key] = _Part(item, doc.appeal_instructions, mapper.terms)
    return header, found.terms


def published_item_ox_parts(
    doc: Document, item: Item, config: Config | None = None, *, redact: bool = True
) -> OxParts | set[OxTriple]:
    """The triples an item's page publishes: the item and what it names, not its meeting's attendance.

    The item's own triples (those :func:`item_ox_triples` adds to the document header), and of the
    header the descriptions of the nodes they reach, followed from object to object: the document,
    its meeting, body and municipality, and each person the item names (presenter, preparer, voter,
    disqualified member …). The meeting's ``pd:participation`` links are neither taken nor followed:
    the attendance is described once, in the graph of the meeting's document
    (:func:`document_own_ox_parts`), so the union of an item's and its document's graphs is the
    union of their graphs as :func:`item_ox_triples` gives them.

    Inside a :func:`shared_parts` block this is :class:`OxParts` whose ``shared`` is the header part
    every item of the document takes (the same object for each); what one item reaches beyond it
    (the persons it names) is in ``own``. Outside a block it is a set.
    """
    block = bool(_BLOCKS)
    header, terms = _item_terms(doc, item, config or Config(), redact, None if block else {})
    assert header is not None  # a header is kept whenever a dictionary for it is given
    outline = header.outline()
    triple = ox.Triple
    own = [triple(s, p, o) for s, p, o in terms]  # repeats are dropped by whoever reads the parts
    beyond = outline.beyond
    if beyond:
        # hashing a pyoxigraph term costs more than the rest of the walk: each subject is looked
        # up once per run of its triples, literals never
        start: list[object] = []
        literal = ox.Literal
        last: object = None
        for s, _, o in terms:
            if s is not last:
                last = s
                if s in beyond:
                    start.append(s)
            if type(o) is not literal and o in beyond:
                start.append(o)
        if start:
            own += _walk(start, outline.described, set(outline.reached))
    if not block:
        return {*own, *outline.common}
    return OxParts(outline.common, own)


def published_item_graph(
    doc: Document, item: Item, config: Config | None = None, *, redact: bool = True
) -> Graph:
    """The graph an item's page publishes (see :func:`published_item_ox_parts`)."""
    return _graph(published_item_ox_parts(doc, item, config, redact=redact))


def item_graph(doc: Document, item: Item, config: Config | None = None, *, redact: bool = True) -> Graph:
    """The self-contained graph of one item of ``doc`` (see the module docs for ``redact``)."""
    return _graph(item_ox_triples(doc, item, config, redact=redact))


def item_triples(
    doc: Document, item: Item, config: Config | None = None, *, redact: bool = True
) -> set[Triple]:
    """The triples of :func:`item_graph` as a set of rdflib triples."""
    return to_rdflib(item_ox_triples(doc, item, config, redact=redact))


def document_own_ox_triples(
    doc: Document, config: Config | None = None, *, redact: bool = True
) -> set[OxTriple]:
    """The triples of :func:`document_own_graph` as pyoxigraph terms."""
    mapper, header = _mapper(doc, config or Config(), redact)
    mapper.document_rest()
    return _triples(mapper, header)


def document_own_graph(doc: Document, config: Config | None = None, *, redact: bool = True) -> Graph:
    """What belongs to the document only (header, signatures, its text parts, appeal instructions)."""
    return _graph(document_own_ox_triples(doc, config, redact=redact))


def document_own_triples(doc: Document, config: Config | None = None, *, redact: bool = True) -> set[Triple]:
    """The triples of :func:`document_own_graph` as a set of rdflib triples."""
    return to_rdflib(document_own_ox_triples(doc, config, redact=redact))


def document_ox_triples(doc: Document, config: Config | None = None, *, redact: bool = True) -> set[OxTriple]:
    """The triples of :func:`document_graph` as pyoxigraph terms."""
    mapper, header = _mapper(doc, config or Config(), redact)
    mapper.document_rest()
    for item in doc.items:
        mapper.item(item)
    return _triples(mapper, header)


def document_ox_terms(doc: Document, config: Config | None = None, *, redact: bool = True) -> list[OxTerms]:
    """The terms of every triple of :func:`document_ox_triples` (a triple may be listed twice).

    No pyoxigraph triple is made (the check reads the terms). Inside a :func:`shared_parts`
    block each item graph is the one kept there, so items published from the block afterwards
    are not mapped again; outside one, the document is mapped at once.
    """
    config = config or Config()
    mapper, header = _mapper(doc, config, redact)
    mapper.document_rest()
    if header is None:
        for item in doc.items:
            mapper.item(item)
        return mapper.terms
    out = [*header.terms, *mapper.terms]
    for item in doc.items:
        out += _item_terms(doc, item, config, redact, None)[1]
    return out


def document_graph(doc: Document, config: Config | None = None, *, redact: bool = True) -> Graph:
    """The graph of a whole document: every item graph plus the document's own parts."""
    return _graph(document_ox_triples(doc, config, redact=redact))


def document_triples(doc: Document, config: Config | None = None, *, redact: bool = True) -> set[Triple]:
    """The triples of :func:`document_graph` as a set of rdflib triples."""
    return to_rdflib(document_ox_triples(doc, config, redact=redact))


def iter_item_triples(
    doc: Document, config: Config | None = None, *, redact: bool = True
) -> Iterable[tuple[URIRef, set[Triple]]]:
    """``(item IRI, item triples)`` for every item, for per-item outputs such as N-Quads."""
    config = config or Config()
    shared: dict[tuple[Any, ...], _Shared] = {}
    for item in doc.items:
        yield item_iri(doc, item, config), to_rdflib(_item_ox_triples(doc, item, config, redact, shared))
