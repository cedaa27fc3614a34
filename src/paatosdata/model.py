"""The domain model: minutes and agendas of Finnish municipal bodies, one pykälä per item.

Plain dataclasses without I/O. Every reader produces these; every exporter consumes them.
Each object carries the :class:`Span` it was read from so that findings can point back at the
source. Spans never take part in equality: the same minutes read from Markdown and from Akoma
Ntoso compare equal.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from enum import StrEnum

__all__ = [
    "AppealInfo",
    "AppealKind",
    "Attachment",
    "Body",
    "Case",
    "Confidentiality",
    "DecisionReference",
    "DiaryNumber",
    "Disqualification",
    "Dissent",
    "Document",
    "DocumentKind",
    "ImpactAssessment",
    "Item",
    "LegalReference",
    "Meeting",
    "Motion",
    "Municipality",
    "Outcome",
    "Participant",
    "Person",
    "PresenceChange",
    "Section",
    "Source",
    "Span",
    "Vote",
    "VoteEvent",
]


@dataclass(slots=True)
class Span:
    """Where a value was read: file, 1-based line and column, optional last line."""

    file: str
    line: int
    column: int = 1
    end_line: int | None = None

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


def _span() -> Span | None:
    return field(default=None, compare=False, repr=False)


class DocumentKind(StrEnum):
    """What a document is: an agenda (esityslista), minutes (pöytäkirja) or an officer decision."""

    AGENDA = "agenda"
    MINUTES = "minutes"
    OFFICER_DECISION = "officerDecision"


class Outcome(StrEnum):
    """How an item ended (Ahjo's outcome codes, grouped)."""

    APPROVED = "approved"  # passed as proposed
    AMENDED = "amended"  # passed, modified
    TABLED = "tabled"  # pöydälle
    RETURNED = "returned"  # palautettiin valmisteluun
    VOTED = "voted"  # passed after a vote
    REJECTED = "rejected"
    NOTED = "noted"  # merkittiin tiedoksi
    REMOVED = "removed"  # poistettiin esityslistalta
    ELECTED = "elected"  # an election


class AppealKind(StrEnum):
    """Kinds of appeal information (muutoksenhaku)."""

    RECTIFICATION = "rectification"  # oikaisuvaatimusohje, KuntaL 134 §
    MUNICIPAL_APPEAL = "municipalAppeal"  # kunnallisvalitus, KuntaL 135 §
    ADMINISTRATIVE_APPEAL = "administrativeAppeal"  # hallintovalitus (special laws)
    APPEAL_BAN = "appealBan"  # muutoksenhakukielto, KuntaL 136 §


@dataclass(slots=True)
class Source:
    """The input a document was read from."""

    path: str
    format: str
    sha256: str = ""


@dataclass(slots=True)
class Municipality:
    """A municipality or a wellbeing services county."""

    name: str
    slug: str = ""
    code: str | None = None  # Statistics Finland kuntanumero, e.g. "297"
    name_sv: str | None = None


@dataclass(slots=True)
class Body:
    """A toimielin: council, board, committee, or an office holder."""

    name: str
    slug: str = ""
    abbreviation: str | None = None
    span: Span | None = _span()


@dataclass(slots=True)
class Person:
    """A person as printed: name, title (virkanimike), contact details.

    ``acting`` is true for a stand-in (``vs.`` / ``t.f.``). ``private`` marks a private person
    (an applicant, a resident) whose data must be removed after the appeal period. ``name`` is None
    for the holder of an office printed without a name (``Esittelijä: Sivistysjohtaja``): ``title``
    is then the office.
    """

    name: str | None
    title: str | None = None
    phone: str | None = None
    email: str | None = None
    acting: bool = False
    private: bool = False
    group: str | None = None  # council group / party
    span: Span | None = _span()


@dataclass(slots=True)
class Participant:
    """A person at a meeting in a role (puheenjohtaja, jäsen, varajäsen, esittelijä, sihteeri…)."""

    person: Person
    role: str
    present: bool = True
    note: str | None = None  # e.g. "poistui 17.05, § 30"
    span: Span | None = _span()


@dataclass(slots=True)
class DiaryNumber:
    """A diary number (dnro) as printed, with the parts a known pattern found."""

    raw: str
    serial: str | None = None
    task_class: str | None = None  # tehtäväluokka, dotted: 00.01.01
    year: int | None = None
    prefix: str | None = None
    pattern: str | None = None  # which pattern matched: dynasty, casem, tweb, ahjo, turku, …
    span: Span | None = _span()


@dataclass(slots=True)
class Case:
    """The matter (asia) an item handles; one case spans many items over several meetings."""

    diary_number: DiaryNumber | None = None
    title: str | None = None
    span: Span | None = _span()


@dataclass(slots=True)
class LegalReference:
    """A cited provision: a statute or a municipal regulation, raw text plus parsed parts.

    ``kind`` is ``statute`` (in Finlex, with ``number``/``year``), ``regulation`` (a municipal
    bylaw such as a hallintosääntö) or ``unknown`` when nothing could be parsed.
    """

    raw: str
    kind: str = "unknown"
    name: str | None = None  # "Kuntalaki", "Kuopion kaupungin hallintosääntö"
    abbreviation: str | None = None  # "KuntaL"
    number: int | None = None  # 410 in 410/2015
    year: int | None = None  # 2015 in 410/2015
    chapter: str | None = None  # luku
    section: str | None = None  # pykälä, "32" or "134–140"
    subsection: str | None = None  # momentti
    paragraph: str | None = None  # kohta
    span: Span | None = _span()


@dataclass(slots=True)
class DecisionReference:
    """A reference to an earlier decision, e.g. ``kh 21.10.2025, § 293``."""

    raw: str
    body_abbreviation: str | None = None
    body: str | None = None  # expanded name where known
    date: date | None = None
    section: str | None = None
    span: Span | None = _span()


@dataclass(slots=True)
class ImpactAssessment:
    """Vaikutusten arviointi: made (with its text) or not made (with the reason)."""

    made: bool
    text: str = ""
    reason: str | None = None
    references: list[DecisionReference] = field(default_factory=list)
    span: Span | None = _span()


@dataclass(slots=True)
class Attachment:
    """A numbered attachment (liite) or a piece of supplementary material (oheismateriaali)."""

    title: str
    number: str | None = None
    public: bool = True
    confidentiality_ground: str | None = None
    supplementary: bool = False
    url: str | None = None
    span: Span | None = _span()


@dataclass(slots=True)
class AppealInfo:
    """Appeal information: an instruction or a ban, for an item or for § ranges of minutes."""

    kind: AppealKind
    text: str = ""
    statute: LegalReference | None = None
    period_days: int | None = None
    authority: str | None = None
    applies_to: list[str] = field(default_factory=list)  # § numbers, ranges expanded
    span: Span | None = _span()


@dataclass(slots=True)
class Confidentiality:
    """Salassapito: the item (or part of it) is secret on a stated legal ground."""

    ground: str  # as printed, e.g. "JulkL 24 § 1 mom. 25 k"
    reference: LegalReference | None = None
    whole_item: bool = True
    public_title: str | None = None
    span: Span | None = _span()


@dataclass(slots=True)
class PresenceChange:
    """An arrival or departure during an item (saapui / poistui)."""

    person: str
    kind: str  # "arrived" | "left"
    text: str = ""
    time: time | None = None
    span: Span | None = _span()


@dataclass(slots=True)
class Disqualification:
    """Esteellisyys: who was disqualified and on what ground."""

    person: str
    ground: str | None = None
    reference: LegalReference | None = None
    left_room: bool = True
    text: str = ""
    span: Span | None = _span()


@dataclass(slots=True)
class Motion:
    """A counter-proposal or other motion (ehdotus), with its seconder (kannattaja)."""

    proposer: str
    text: str
    seconder: str | None = None
    kind: str = "counterProposal"  # counterProposal | rejection | tabling | return | wish
    span: Span | None = _span()


@dataclass(slots=True)
class Vote:
    """One member's vote."""

    voter: str
    choice: str  # yes | no | blank | absent
    group: str | None = None


@dataclass(slots=True)
class VoteEvent:
    """One voting round (äänestys) with its propositions, counts and, where known, the voters."""

    round: int = 1
    yes_proposition: str | None = None
    no_proposition: str | None = None
    yes: int | None = None
    no: int | None = None
    blank: int | None = None
    absent: int | None = None
    votes: list[Vote] = field(default_factory=list)
    result: str | None = None
    text: str = ""
    span: Span | None = _span()


@dataclass(slots=True)
class Dissent:
    """Eriävä mielipide."""

    person: str
    text: str = ""
    span: Span | None = _span()


@dataclass(slots=True)
class Section:
    """A part of an item as printed: its kind from the heading lexicon, the heading, the text.

    ``kind`` is a key of :data:`paatosdata.lexicon.SECTION_KINDS` or ``generic`` for a heading
    the lexicon does not know; nothing read is ever dropped.
    """

    kind: str
    heading: str
    text: str
    span: Span | None = _span()


@dataclass(slots=True)
class Item:
    """One pykälä (or, in an agenda, one numbered item)."""

    number: str | None  # bare: "28"
    title: str
    number_raw: str | None = None  # as printed: "§ 28"
    agenda_number: str | None = None  # asianro / item order in an agenda
    case: Case | None = None
    preparers: list[Person] = field(default_factory=list)
    presenter: Person | None = None
    proposal: str | None = None
    handling: str | None = None
    presence_changes: list[PresenceChange] = field(default_factory=list)
    disqualifications: list[Disqualification] = field(default_factory=list)
    motions: list[Motion] = field(default_factory=list)
    votes: list[VoteEvent] = field(default_factory=list)
    dissents: list[Dissent] = field(default_factory=list)
    decision: str | None = None
    outcome: Outcome | None = None
    unanimous: bool | None = None
    reasons: str | None = None
    summary: str | None = None
    legal_basis: list[LegalReference] = field(default_factory=list)
    legal_basis_text: str | None = None
    impact: ImpactAssessment | None = None
    history: list[DecisionReference] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    appeal: list[AppealInfo] = field(default_factory=list)
    distribution: list[str] = field(default_factory=list)
    confidentiality: Confidentiality | None = None
    language: str = "fi"
    sections: list[Section] = field(default_factory=list)
    span: Span | None = _span()
    spans: dict[str, Span] = field(default_factory=dict, compare=False, repr=False)
    url: str | None = None  # where a listed item's own page is (meeting pages link each item)

    def section(self, kind: str) -> Section | None:
        """The first section of ``kind``, if any."""
        return next((s for s in self.sections if s.kind == kind), None)


@dataclass(slots=True)
class Meeting:
    """A meeting (kokous) of a body."""

    body: Body
    date: date | None = None
    municipality: Municipality | None = None
    date_raw: str | None = None
    start: time | None = None
    end: time | None = None
    place: str | None = None
    number: str | None = None  # "3/2026"
    participants: list[Participant] = field(default_factory=list)
    span: Span | None = _span()


@dataclass(slots=True)
class Document:
    """What a reader returns: an agenda or minutes (possibly one item of them) with its items."""

    kind: DocumentKind
    meeting: Meeting
    items: list[Item] = field(default_factory=list)
    appeal_instructions: list[AppealInfo] = field(default_factory=list)
    language: str = "fi"
    checked: bool | None = None  # pöytäkirja tarkastettu
    published: date | None = None  # put on public view
    whole: bool = False  # true when the whole minutes were read (not a lone item)
    signatures: list[Participant] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)  # minutes-level text outside items
    source: Source | None = field(default=None, compare=False)
