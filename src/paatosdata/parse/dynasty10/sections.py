"""An item's text into its parts (sections): headings, preparers and presenter, the proposal and the
decision, and the fixes of what a page's layout runs together.
"""

from __future__ import annotations

import re
from pathlib import Path

from paatosdata.diary import parse_diary_number
from paatosdata.model import Case, Item, Section, Span
from paatosdata.parse.dynasty10.page import Page, Paragraph, dnro_paragraph
from paatosdata.parse.dynasty10.parts import (
    CHANGED_PROPOSAL,
    INNER_PRESENTER,
    OFFICE_LEAD,
    SUBJECT_LABELS,
    label_halves_joined,
    names_office,
)
from paatosdata.parse.dynasty10.parts import part as _part
from paatosdata.parse.dynasty10.people import (
    RULE,
    contact_lines,
    expert_note,
    further_preparers,
    office_cut_short,
    office_over_proposal,
    office_presents,
    official_and_unit_joined,
    official_named,
    official_over_text,
    official_signing,
    official_with_phone,
    one_per_line,
    people_in_a_sentence,
    preparation_subheading,
    preparer_over_text,
    preparer_presents,
    presenter_in_heading,
    presenter_over_body,
    presenter_over_unit,
    prose,
    title_line,
    without_initials,
    without_organisation,
)
from paatosdata.parse.dynasty10.text import BODY_NAME
from paatosdata.parse.dynasty_header import looks_like_person
from paatosdata.people import is_office_only, is_title_only, parse_person, proposing_office

#: a short rule of dashes on a line of its own (``---``)
_DASH_RULE = re.compile(r"^\s*-{3,}\s*$")
#: the place for the minutes checkers' initials under a decision (``Ptk tark.``): a mark of the page
_CHECKERS_MARK = re.compile(
    r"^(?:ptk\.?\s*tark\.?|(?:pöytäkirjan\s*)?tarkastajien\s+nimikirjaimet|"
    r"(?:protokoll)?justerarnas\s+initialer)\s*:?$",
    re.IGNORECASE,
)


def _body_line_to_heading(section: Section, body: str) -> None:
    """A decision printed under the body's name (``Kaupunkisuunnittelulautakunta`` / ``Esittelijän
    ehdotus hyväksyttiin.``): the name says who decided, beside the heading as on the page, and is not
    part of the text. A name that is the subject of what follows (``Ympäristölupalautakunta`` /
    ``toteaa …``) stays in the text. The name may close with a colon (``Kaupunginhallitus:``)."""
    first, _, rest = section.text.partition("\n")
    name = first.strip().removesuffix(":").rstrip()
    if body and name.casefold() == body.casefold() and rest[:1].isupper():
        section.heading = f"{section.heading} {name}".strip()
        section.text = rest


def _proposing_body_to_heading(section: Section) -> None:
    """A proposal printed under the name of the body that makes it (``Päätösehdotus Kaupunginhallitus`` /
    ``Valtuusto merkitsee …``): the name says whose proposal it is, beside the heading as on the page, and
    is not part of the text. A name that is the subject of what follows (``Ympäristölautakunta`` /
    ``toteaa …``) stays in the text."""
    first, _, rest = section.text.partition("\n")
    if BODY_NAME.match(first.strip()) and rest[:1].isupper():
        section.heading = f"{section.heading} {first.strip()}".strip()
        section.text = rest


def item_parts(paragraphs: list[Paragraph], item: Item, path: Path, body: str) -> list[Section]:
    """The parts of an item's text after its title, by the rules of a Dynasty 10 page."""
    return parts(paragraphs, item, Page(path), body)


def parts(
    paragraphs: list[Paragraph], item: Item, page: Page, body: str = "", own: bool = True
) -> list[Section]:
    """Sections by the headings that start paragraphs; text under no heading is the presentation.

    A paragraph that is only a dnro is the case's; ``Apulaiskaupunginjohtaja Jari Kyllönen`` over the
    body's name (``Kaupunginhallitus``) names the presenter. Opening a handling, an official over a
    unit (``Liikuntajohtaja Erkki Esimerkki`` / ``Liikuntapalvelut``) presents that handling: the item's
    presenter only when the handling is the page's own (``own``)."""
    sections: list[Section] = []
    lines: list[str] = []
    kind, heading = "reasons", ""
    span: Span | None = None
    paragraphs = official_and_unit_joined(label_halves_joined(paragraphs))
    for index, paragraph in enumerate(paragraphs):
        here = Span(str(page.path), paragraph.line)
        if RULE.match(paragraph.text) or _CHECKERS_MARK.match(paragraph.text):
            continue
        if kind == "proposal" and lines and _DASH_RULE.match(paragraph.text):
            # a rule under the proposal (``---``): what follows it is the handling at the meeting
            sections.append(Section(kind, heading, "\n".join(lines), span))
            kind, heading, lines, span = "handling", "", [], None
            continue
        dnro = dnro_paragraph(paragraph.text) if item.case is None or not (sections or lines) else None
        if dnro is not None and item.case is not None:
            # another dnro opening a handling of a case already numbered (the council's ``374/00.02.00/2018``
            # under its ``KV 10.12.2018 § 74`` on the board's page): that handling's mark, not text
            continue
        if dnro is not None:
            item.case = Case(diary_number=parse_diary_number(dnro[0], span=here), span=here)
            item.case.title = dnro[1] or item.title or None
            continue
        if item.presenter is None and presenter_over_body(paragraph.text, body):
            official = paragraph.text.split("\n")[0]
            item.presenter = parse_person(official, here)
            item.spans["presenter"] = here
            sections.append(Section("presenter", "", official, here))
            continue
        if (
            not sections
            and (
                not lines or (kind == "reasons" and not heading and len(lines) == 1 and title_line(lines[0]))
            )
            and (signed := official_signing(paragraph.text)) is not None
        ):
            # ``Kiinteistöpäällikkö Pekka Esimerkki:`` opening the text: who prepared the presentation; a
            # line over it that reads as a title (an earlier handling's own) heads the presentation
            if lines:
                sections.append(Section("reasons", lines[0], "", span))
                lines, span = [], None
            sections.append(Section("preparers", "", signed, here))
            continue
        if (
            not sections
            and not lines
            and not heading
            and preparer_over_text(paragraph, paragraphs[index + 1 :])
        ):
            # ``Sihteeri`` (or ``Talouspäällikkö Erkki Esimerkki``) on a line of its own over the
            # presentation: the office (and person) that prepared it, no sentence of the text
            sections.append(Section("preparers", "", paragraph.text.strip(), here))
            continue
        if (
            not sections
            and not lines
            and not heading
            and official_with_phone(paragraph.text)
            and _part(paragraph, kind) is None
        ):
            # ``hallintojohtaja Erkki Esimerkki, puh. 040 …`` with no label opening the text: the preparer
            sections.append(Section("preparers", "", paragraph.text, here))
            continue
        if not sections and not lines and presenter_over_unit(paragraph.text):
            official = paragraph.text.split("\n")[0]
            if not own:  # an earlier handling's presenter: kept with that handling, not the item's
                sections.append(Section("history", "", paragraph.text, here))
                continue
            if item.presenter is None:
                item.presenter = parse_person(official, here)
                item.spans["presenter"] = here
            sections.append(Section("presenter", "", official, here))
            continue
        if kind == "reasons" and not lines and not _reasons(sections) and expert_note(paragraph.text):
            # ``Asiantuntijana kokouksessa talousjohtaja Erkki Esimerkki.`` over the presentation: who was
            # heard at the meeting, a note of its handling, not the matter's presentation
            sections.append(Section("handling", "", paragraph.text.strip(), here))
            continue
        if (
            kind == "legal_basis"
            and lines
            and paragraph.text.strip() in SUBJECT_LABELS
            and not _reasons(sections)
        ):
            # ``Toimivalta`` / … / ``Asia`` / …: the competence opens the presentation and the subject label
            # follows it; both are sub-headings of one presentation, kept in its text
            kind, lines, heading = "reasons", [heading, *lines, paragraph.text.strip()], ""
            continue
        found = _part(paragraph, kind)
        following = paragraphs[index + 1 : index + 2]
        if found is None and own and office_over_proposal(paragraph, following, kind):
            # an office on a line of its own over the proposal (``Opetusjohtaja`` / ``Päätösesitys …``)
            # presents it; the line is no sentence of the presentation
            if lines or heading:
                sections.append(Section(kind, heading, "\n".join(lines), span))
            sections.append(Section("presenter", "", paragraph.text.strip(), here))
            office_presents(item, paragraph.text.strip(), here, own)
            kind, heading, lines, span = "reasons", "", [], None
            continue
        if found is None and not lines and not heading and sections and sections[-1].kind == "preparers":
            if further_preparers(paragraph.text):
                # the next preparer in a paragraph of its own (``hallintosuunnittelija a.b@x.fi, puh. …``);
                # under a heading of its own (``Esittelijä``) a person is that part's
                joint = " " if office_cut_short(sections[-1].text, paragraph.text) else "\n"
                sections[-1].text += joint + one_per_line(paragraph.text)
                continue
        if found is None and kind == "preparers" and not lines and prose(paragraph.text):
            # an empty preparers' heading (``Valmistelija`` over no name) with prose under it: the label is
            # kept as printed, its part empty, and the prose starts the presentation
            sections.append(Section(kind, heading, "", span))
            kind, heading, span = "reasons", "", None
        if found is None and kind == "preparers" and lines and prose(paragraph.text):
            # a contact heading on its own line (``Lisätiedot:``) holds its contact lines only: the first
            # paragraph of prose after them starts the presentation, and so do the subheadings over it
            # (``Taustaa``); under ``Valmistelu`` with no contact at all, every line is the presentation's
            contacts = contact_lines(lines)
            if contacts:
                sections.append(Section(kind, heading, "\n".join(lines[:contacts]), span))
            kind, heading, lines, span = "reasons", "", lines[contacts:], None if contacts else span
        if (
            found is None
            and kind == "attachments"
            and lines
            and not _reasons(sections)
            and prose(paragraph.text)
        ):
            # the attachments listed over the presentation, each on its label's line (``LIITE 2: Ohjelma
            # 2026``): the first paragraph of prose after them starts the presentation, no attachment's name
            sections.append(Section(kind, heading, "\n".join(lines), span))
            kind, heading, lines, span = "reasons", "", [], None
        if found is None and kind == "proposal" and not lines and heading.endswith(_PRESENTER_LABEL):
            # ``Päätösehdotus Esittelijä`` over the official's line (``Toimialajohtaja Esimerkki Erkki``):
            # that official presents; the proposal's text starts below
            official = without_initials(without_organisation(paragraph.text, page))
            if "\n" not in official and looks_like_person(official):
                if item.presenter is None:
                    item.presenter = parse_person(official, here)
                    item.spans["presenter"] = here
                continue
        if found is None and kind == "proposal" and not lines and own and index + 1 < len(paragraphs):
            # ``Päätösehdotus`` over ``apulaiskaupunginjohtaja KYP Erkki Esimerkki``, the unit's initials
            # between office and name, or over ``Seurakuntayhtymän johtaja Erkki Esimerkki`` on a line of its
            # own, over the proposal's text: that official presents, with no label
            official = without_initials(paragraph.text)
            if (official != paragraph.text and looks_like_person(official)) or (
                "\n" not in official and official_named(official.strip())
            ):
                sections.append(Section("presenter", "", paragraph.text.strip(), here))
                if item.presenter is None:
                    item.presenter = parse_person(official, here)
                    item.spans["presenter"] = here
                continue
        if found is None and kind == "proposal" and not lines:
            preparation = _PREPARATION_LEAD.match(paragraph.text)
            if preparation is not None:
                # ``Ehdotus:`` / ``Valmistelun ehdotus, rehtori: …``: the preparation's proposal, its heading
                heading = preparation.group("heading")
                lines.append(paragraph.text[preparation.end() :])
                span = span or here
                continue
            # the office making the proposal before its text (``Ehdotus:`` / ``Perusturvajohtaja: …``)
            office = OFFICE_LEAD.match(paragraph.text)
            if office is not None and is_office_only(office.group("office")):
                heading = office.group("office")
                lines.append(paragraph.text[office.end() :])
                span = span or here
                office_presents(item, heading, here, own)
                continue
        if found is None:
            lines.append(paragraph.text)
            span = span or here
            continue
        if found[0] == "presenter" and kind == "proposal" and heading and not lines:
            who = found[2].strip()
            if who and "\n" not in who and (is_title_only(who) or looks_like_person(who)):
                # ``Päätösehdotus`` / ``esittelijä: tarkastuslautakunnan puheenjohtaja``: the presenter's line
                # inside the proposal's part, the proposal's text on the paragraphs under it
                sections.append(Section("presenter", found[1], who, here))
                if not looks_like_person(who):
                    office_presents(item, who, here, own)
                elif own and item.presenter is None:
                    item.presenter = parse_person(who, here)
                    item.spans["presenter"] = here
                continue
        if lines or heading:
            sections.append(Section(kind, heading, "\n".join(lines), span))
        kind, heading, rest = found
        lines, span = [], here
        inner = INNER_PRESENTER.match(heading) if kind == "proposal" and own else None
        if inner is not None:
            presenter_in_heading(item, inner.group("who"), sections, here)
        office = _OFFICE_IN_PARENTHESES.match(rest) if kind == "proposal" and rest else None
        if office is not None and is_title_only(office.group("office")):
            # ``Päätösehdotus (sivistysjohtaja) Lautakunta hyväksyy …``: the office presents the proposal
            heading, rest = f"{heading} {office.group(0).strip()}", rest[office.end() :]
            office_presents(item, office.group("office"), here, own)
        if kind == "proposal" and rest in _PRESENTER_LABELS:
            heading, rest = f"{heading} {rest}", ""  # the presenter's label: the official's line follows
        if kind in ("proposal", "presenter") and rest:
            rest = without_initials(without_organisation(rest, page))
        if kind in ("proposal", "presenter") and rest and official_over_text(rest):
            # ``Päätösesitys Kunnanjohtaja Erkki Esimerkki:``: the official presents, the text follows below
            rest = rest.rstrip(": ")
        if kind in ("proposal", "presenter") and rest and looks_like_person(rest):
            if item.presenter is None:
                item.presenter = parse_person(rest, here)
                item.spans["presenter"] = here
            if kind == "presenter":
                sections.append(Section("presenter", heading, rest, here))
                kind, heading = "reasons", ""  # a one-line part: the text after it is the presentation
        elif kind == "preparers" and rest and prose(rest) and (listed := people_in_a_sentence(rest)):
            # the preparers in a sentence of their own (``Valmistelijat Opetusjohtaja A B, … ja C D.``), which
            # reads as prose: one person a line
            sections.append(Section(kind, heading, listed, here))
            kind, heading = "reasons", ""
        elif kind == "preparers" and rest and prose(rest) and not is_title_only(rest.split()[0]):
            # ``Valmistelija`` over no name, the presentation's first sentence on its line
            kind, heading = "reasons", ""
            lines.append(rest)
        elif kind == "preparers" and rest and preparation_subheading(heading, rest, paragraphs[index + 1 :]):
            # ``Valmistelu  Yleistä`` over prose: the preparation's label and the presentation's first
            # subheading, no preparer
            kind, heading = "reasons", ""
            lines.append(rest)
        elif kind == "preparers" and rest:
            sections.append(Section(kind, heading, one_per_line(rest), here))
            if own and item.presenter is None and _PRESENTS_TOO.search(heading):
                preparer_presents(item, sections[-1].text, here)
            kind, heading = "reasons", ""
        elif kind == "reasons" and rest and "\n" not in rest and official_named(rest):
            # ``Selostus Apulaiskaupunginjohtaja Jari Esimerkki``: the official who signs the presentation
            # stands by its heading, no sentence of its text
            heading = f"{heading} {rest}"
        elif rest:
            lines.append(rest)
        if kind == "proposal":  # after a person named on the heading's line
            proposer = heading if names_office(heading) else proposing_office(heading)
            if proposer is not None and not _PREPARATION_HEADING.match(heading):  # the preparer presents none
                office_presents(item, proposer, here, own)
    if lines or heading:
        sections.append(Section(kind, heading, "\n".join(lines), span))
    for section in sections:
        if section.kind == "decision":
            _body_line_to_heading(section, body)
        if section.kind == "proposal":
            _proposing_body_to_heading(section)
    _preparation_before_proposal(sections)
    _changed_after_decision(sections)
    return _presence_after_decision(sections)


def _changed_after_decision(sections: list[Section]) -> None:
    """A decision's part that goes on to the proposal as changed at the meeting (``Päätös:`` / who reported
    / ``MUUTETTU PÄÄTÖSESITYS:`` / its text), with a decision after it (``Päätös:`` / ``… hyväksyi
    muutetun päätösesityksen.``): the first part records the handling, the last is the decision."""
    for index, section in enumerate(sections):
        if section.kind != "decision" or not any(later.kind == "decision" for later in sections[index + 1 :]):
            continue
        if any(_changed_proposal_line(line) for line in section.text.split("\n")):
            section.kind = "handling"


def _changed_proposal_line(line: str) -> bool:
    """True for the heading of the proposal as changed, alone or with a colon before its text
    (``Muutettu päätösehdotus:``, in capitals too), not a sentence about it (``Muutettu päätösehdotus
    hyväksyttiin.``)."""
    line = line.strip()
    changed = CHANGED_PROPOSAL.match(line.capitalize() if line.isupper() else line)
    if changed is None:
        return False
    return not changed.group("rest") or line[changed.end("heading") :].lstrip().startswith(":")


#: the preparation's proposal (``Valmistelun ehdotus``, ``Valmistelijan päätösehdotus``) …
_PREPARATION = r"Valmistel(?:un|ijan)\s+(?:päätös)?ehdotus"
_PREPARATION_HEADING = re.compile(rf"^{_PREPARATION}\b", re.IGNORECASE)
#: … leading its text, perhaps with the preparer's office (``Valmistelun ehdotus, rehtori: Lautakunta …``)
_PREPARATION_LEAD = re.compile(rf"^(?P<heading>{_PREPARATION}(?:,\s*[^:\n]{{2,60}}?)?):\s+(?=\S)")


#: the presenter's label printed on the proposal heading's line (``Päätösehdotus Esittelijä``)
_PRESENTER_LABELS = ("Esittelijä", "Föredragande")
_PRESENTER_LABEL = tuple(f" {label}" for label in _PRESENTER_LABELS)


#: one label for the one who prepared and presents (``Valmistelija ja esittelijä``)
_PRESENTS_TOO = re.compile(r"\besittelijä$", re.IGNORECASE)


def _preparation_before_proposal(sections: list[Section]) -> None:
    """The preparation's proposal followed by the presenter's (``Valmistelun ehdotus, rehtori: …`` then
    ``Ehdotus:`` / ``Sivistysjohtaja: …``): the presenter's is the item's proposal; the preparation's stays
    a part of its own under its heading. Printed alone, the preparation's is the proposal."""
    for index, section in enumerate(sections):
        if section.kind != "proposal" or not _PREPARATION_HEADING.match(section.heading):
            continue
        if any(later.kind == "proposal" for later in sections[index + 1 :]):
            section.kind = "generic"


#: a line of members leaving or coming back to the meeting (``… palasivat jatkamaan kokousta …``); the
#: meeting named within 200 characters of the verb, so that a long line is read in linear time
_PRESENCE_LINE = re.compile(
    r"\b(?:palasi|palasivat|poistui|poistuivat|saapui|saapuivat)\b[^\n]{0,200}?\bkokou", re.I
)


def _presence_after_decision(sections: list[Section]) -> list[Section]:
    """Lines after the decision's text that say who left or came back to the meeting are the record of
    the handling, no part of what was decided."""
    for index, section in enumerate(sections):
        if section.kind not in ("decision", "implementation"):
            continue
        lines = section.text.split("\n")
        cut = len(lines)
        while cut > 1 and _PRESENCE_LINE.search(lines[cut - 1]):
            cut -= 1
        if cut < len(lines):
            section.text = "\n".join(lines[:cut])
            sections.insert(index + 1, Section("handling", "", "\n".join(lines[cut:]), section.span))
            break
    return sections


def _reasons(sections: list[Section]) -> bool:
    """True when a part of the presentation with text has been read."""
    return any(section.kind == "reasons" and section.text.strip() for section in sections)


#: an office printed in parentheses before the proposal's text (``(sivistysjohtaja) Lautakunta …``)
_OFFICE_IN_PARENTHESES = re.compile(r"^\((?P<office>[A-Za-zÅÄÖåäö][\wåäöÅÄÖ .-]{2,50})\)\s+(?=\S)")
