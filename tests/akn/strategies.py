"""Hypothesis strategies for model documents (text from a safe alphabet incl. ä ö å and XML specials)."""

from __future__ import annotations

from datetime import date, time

from hypothesis import strategies as st

from paatosdata.lexicon import SECTION_KINDS
from paatosdata.model import (
    AppealInfo,
    AppealKind,
    Attachment,
    Body,
    Case,
    Confidentiality,
    DecisionReference,
    DiaryNumber,
    Disqualification,
    Dissent,
    Document,
    DocumentKind,
    ImpactAssessment,
    Item,
    LegalReference,
    Meeting,
    Motion,
    Municipality,
    Outcome,
    Participant,
    Person,
    PresenceChange,
    Section,
    Vote,
    VoteEvent,
)

ALPHABET = "abcdefghijklmnopqrstuvwxyzäöåÄÖÅABKLMPSTV0123456789 .,;:-–§()/'\"&<>"
WORD_CHARS = "abcdefghijklmnopqrstuvwxyzäöå"

line = st.text(ALPHABET, min_size=0, max_size=30)
nonempty_line = st.text(ALPHABET, min_size=1, max_size=30)
text = st.lists(line, min_size=1, max_size=4).map("\n".join)
name = st.builds(
    lambda first, last: f"{first.capitalize()} {last.capitalize()}",
    st.text(WORD_CHARS, min_size=1, max_size=8),
    st.text(WORD_CHARS, min_size=1, max_size=10),
)
slug = st.from_regex(r"[a-z][a-z0-9]{0,10}(-[a-z0-9]{1,6})?", fullmatch=True)
section_number = st.integers(1, 400).map(str)
days = st.dates(date(1995, 1, 1), date(2030, 12, 31))
times = st.builds(time, st.integers(0, 23), st.integers(0, 59))
opt = st.none

person = st.builds(
    Person,
    name=name,
    title=opt() | line,
    phone=opt() | st.from_regex(r"0[0-9]{2} [0-9]{3} [0-9]{4}", fullmatch=True),
    email=opt() | st.from_regex(r"[a-z]{1,8}\.[a-z]{1,8}@[a-z]{2,8}\.fi", fullmatch=True),
    acting=st.booleans(),
    private=st.booleans(),
    group=opt() | st.sampled_from(["kok", "sdp", "vas", "kesk", "ps", "vihr", "rkp"]),
)
#: a person known only by office (``Esittelijä: Sivistysjohtaja``): no name
office_holder = st.builds(
    Person,
    name=st.none(),
    title=opt() | line,
    phone=opt() | st.from_regex(r"0[0-9]{2} [0-9]{3} [0-9]{4}", fullmatch=True),
    acting=st.booleans(),
)
participant = st.builds(
    Participant,
    person=person | office_holder,
    role=st.sampled_from(["puheenjohtaja", "varapuheenjohtaja", "jäsen", "varajäsen", "sihteeri", ""]),
    present=st.booleans(),
    note=opt() | line,
)
legal_reference = st.builds(
    LegalReference,
    raw=nonempty_line,
    kind=st.sampled_from(["statute", "regulation", "unknown"]),
    name=opt() | nonempty_line,
    abbreviation=opt() | st.sampled_from(["KuntaL", "HL", "JulkL"]),
    number=opt() | st.integers(1, 2000),
    year=opt() | st.integers(1900, 2030),
    chapter=opt() | section_number,
    section=opt() | section_number | st.just("134–140"),
    subsection=opt() | st.integers(1, 5).map(str),
    paragraph=opt() | st.integers(1, 9).map(str),
)
decision_reference = st.builds(
    DecisionReference,
    raw=nonempty_line,
    body_abbreviation=opt() | st.sampled_from(["kh", "kv", "tyoll"]),
    body=opt() | nonempty_line,
    date=opt() | days,
    section=opt() | section_number,
)
attachment = st.builds(
    Attachment,
    title=line,
    number=opt() | section_number,
    public=st.booleans(),
    confidentiality_ground=opt() | line,
    supplementary=st.just(False),
    url=opt() | st.just("https://example.fi/liite.pdf"),
)
supplementary = attachment.map(
    lambda a: Attachment(a.title, a.number, a.public, a.confidentiality_ground, True, a.url)
)
appeal = st.builds(
    AppealInfo,
    kind=st.sampled_from(list(AppealKind)),
    text=st.just("") | text,
    statute=opt() | legal_reference,
    period_days=opt() | st.sampled_from([14, 30]),
    authority=opt() | line,
    applies_to=st.lists(section_number, max_size=3),
)
vote_event = st.builds(
    VoteEvent,
    round=st.integers(1, 3),
    yes_proposition=opt() | line,
    no_proposition=opt() | line,
    yes=opt() | st.integers(0, 80),
    no=opt() | st.integers(0, 80),
    blank=opt() | st.integers(0, 10),
    absent=opt() | st.integers(0, 10),
    votes=st.lists(
        st.builds(
            Vote, voter=name, choice=st.sampled_from(["yes", "no", "blank", "absent"]), group=opt() | slug
        ),
        max_size=4,
    ),
    result=opt() | line,
    text=st.just("") | text,
)
section = st.builds(
    Section,
    kind=st.sampled_from([*SECTION_KINDS, "generic", "opening"]),
    heading=line,
    text=text,
)


@st.composite
def items(draw: st.DrawFn, language: str = "fi") -> Item:
    """An item with any mix of optional parts."""
    number = draw(opt() | section_number)
    attachments = draw(st.lists(attachment, max_size=2)) + draw(st.lists(supplementary, max_size=2))
    item = Item(
        number=number,
        title=draw(line),
        number_raw=draw(opt() | st.just(f"§ {number}" if number else "§")),
        agenda_number=draw(opt() | st.integers(1, 30).map(str)),
        case=draw(
            opt()
            | st.builds(
                Case,
                diary_number=opt()
                | st.builds(
                    DiaryNumber,
                    raw=nonempty_line,
                    serial=opt() | st.integers(1, 9999).map(str),
                    task_class=opt() | st.just("00.01.01"),
                    year=opt() | st.integers(2000, 2030),
                    prefix=opt() | st.just("KUO"),
                    pattern=opt() | st.sampled_from(["dynasty", "casem", "ahjo"]),
                ),
                title=opt() | line,
            )
        ),
        preparers=draw(st.lists(person, max_size=2)),
        presenter=draw(opt() | person | office_holder),
        proposal=draw(opt() | text),
        handling=draw(opt() | text),
        presence_changes=draw(
            st.lists(
                st.builds(
                    PresenceChange,
                    person=name,
                    kind=st.sampled_from(["arrived", "left"]),
                    text=line,
                    time=opt() | times,
                ),
                max_size=2,
            )
        ),
        disqualifications=draw(
            st.lists(
                st.builds(
                    Disqualification,
                    person=name,
                    ground=opt() | line,
                    reference=opt() | legal_reference,
                    left_room=st.booleans(),
                    text=line,
                ),
                max_size=2,
            )
        ),
        motions=draw(
            st.lists(
                st.builds(
                    Motion,
                    proposer=name,
                    text=text,
                    seconder=opt() | name,
                    kind=st.sampled_from(["counterProposal", "rejection", "tabling", "return", "wish"]),
                ),
                max_size=2,
            )
        ),
        votes=draw(st.lists(vote_event, max_size=2)),
        dissents=draw(st.lists(st.builds(Dissent, person=name, text=line), max_size=2)),
        decision=draw(opt() | text),
        outcome=draw(opt() | st.sampled_from(list(Outcome))),
        unanimous=draw(opt() | st.booleans()),
        reasons=draw(opt() | text),
        summary=draw(opt() | text),
        legal_basis=draw(st.lists(legal_reference, max_size=3)),
        legal_basis_text=draw(opt() | text),
        impact=draw(
            opt()
            | st.builds(
                ImpactAssessment,
                made=st.booleans(),
                text=st.just("") | text,
                reason=opt() | line,
                references=st.lists(decision_reference, max_size=2),
            )
        ),
        history=draw(st.lists(decision_reference, max_size=2)),
        attachments=attachments,
        appeal=draw(st.lists(appeal, max_size=2)),
        distribution=draw(st.lists(line, max_size=3)),
        confidentiality=draw(
            opt()
            | st.builds(
                Confidentiality,
                ground=line,
                reference=opt() | legal_reference,
                whole_item=st.booleans(),
                public_title=opt() | line,
            )
        ),
        language=language,
        sections=draw(st.lists(section, max_size=3)),
        url=draw(opt() | st.just("https://example.fi/kokous/2026/28.htm?doc=1&x=2")),
    )
    # a section printed with the same text as a typed field: written once, read back into both
    fields = [("decision", "decision"), ("proposal", "proposal"), ("reasons", "reasons")]
    fields += [("handling", "handling"), ("summary", "summary"), ("legal_basis", "legal_basis_text")]
    for kind, attribute in draw(st.lists(st.sampled_from(fields), max_size=3, unique=True)):
        value = getattr(item, attribute)
        if value is not None:
            item.sections.insert(draw(st.integers(0, len(item.sections))), Section(kind, draw(line), value))
    return item


@st.composite
def documents(draw: st.DrawFn) -> Document:
    """A lone item or whole minutes/agenda with 0–3 items, Finnish or Swedish."""
    language = draw(st.sampled_from(["fi", "sv"]))
    whole = draw(st.booleans())
    count = draw(st.integers(0, 3)) if whole else 1
    municipality = draw(
        opt()
        | st.builds(
            Municipality,
            name=nonempty_line,
            slug=slug,
            code=opt() | st.integers(1, 999).map(lambda n: f"{n:03d}"),
            name_sv=opt() | nonempty_line,
        )
    )
    meeting = Meeting(
        # a body name starts with a letter: the NC actor segment cannot start with a digit (cobalt)
        body=Body(
            name=draw(st.text(WORD_CHARS, min_size=1, max_size=3)) + draw(line),
            slug=draw(st.just("") | slug),
            abbreviation=draw(opt() | slug),
        ),
        date=draw(days),
        municipality=municipality,
        date_raw=draw(opt() | line),
        start=draw(opt() | times),
        end=draw(opt() | times),
        place=draw(opt() | line),
        number=draw(opt() | st.builds(lambda n, y: f"{n}/{y}", st.integers(1, 20), st.integers(2000, 2030))),
        participants=draw(st.lists(participant, max_size=3)),
    )
    return Document(
        kind=draw(st.sampled_from(list(DocumentKind))),
        meeting=meeting,
        items=[draw(items(language=draw(st.sampled_from([language, "fi", "sv"])))) for _ in range(count)],
        appeal_instructions=draw(st.lists(appeal, max_size=2)),
        language=language,
        checked=draw(opt() | st.booleans()),
        published=draw(opt() | days),
        whole=whole,
        signatures=draw(st.lists(participant, max_size=2)),
        sections=draw(st.lists(section, max_size=2)),
    )
