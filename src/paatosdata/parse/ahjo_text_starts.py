"""Where the item starts on each layout of Helsinki's decision pages saved as text: the dnro line over the
place and §, a decision saved without its dnro line, the case page, a decision saved with no dnro, place or
body line, the compact page, and the page of a proposal not yet decided."""

from __future__ import annotations

import re

from paatosdata.lexicon import classify_heading
from paatosdata.parse.ahjo_text_decision import MOTION, PART_LETTER, SUBJECT
from paatosdata.parse.ahjo_text_export import SECTION
from paatosdata.parse.ahjo_text_lines import CLOSE, CONFORMS, DECISION, DNRO, HANDLING_MARK, LATER, PLACE

__all__ = ["bare_start", "case_page_start", "compact_start", "proposal_start", "start_of", "untitled_start"]

#: the site's note of the day a decision was published, in its languages
_PUBLISHED = re.compile(
    r"^(?:This decision was published on|Det här beslutet publicerades|Tämä päätös on julkaistu)"
    r"\s+\d{1,2}\.\d{1,2}\.\d{4}$"
)
#: the site's mask over personal data it does not publish (a name, an address): a line of ten asterisks
_MASK = re.compile(r"^\*{10}$")
#: any of the site's own notes that tell its page from other minutes, in one pattern (matched on every line)
_SITE_NOTE = re.compile("|".join(f"(?:{note.pattern})" for note in (CONFORMS, _PUBLISHED, _MASK)))
#: the site's case page lists the case's handlings (``- Helsingin kaupunginhallitus 6/07.02.2022``); an
#: official's handling has no meeting number (``- Yksikön päällikkö 15.01.2025``)
_HANDLING_ENTRY = re.compile(r"^-\s+\S.*\s(?:\d+/)?\d{2}\.\d{2}\.\d{4}$")
#: the label of a decision made, not of a proposal or a statement
_DECISION_LABEL = re.compile(r"^(?:Päätös|Beslut|Decision)$")
#: the first line of a decision saved with no dnro, place or body line: a body or official that decided
#: (``Kaupunginhallitus päätti …``, ``Kasvatuksen ja koulutuksen toimialan apulaispormestari päätti, …``), or
#: a council that holds a motion resolved (``Kaupunginvaltuusto katsoo aloitteen loppuun käsitellyksi.``)
_DECIDED = re.compile(
    SUBJECT + r"(?:päätti|esitti|antoi|beslutade|föreslog|gav|decided|katsoi|katsoo|betraktade|betraktar)\b"
)
#: the site's mark of a proposal not yet decided, and the banner of its test host over it
_PROPOSAL_NOTE = re.compile(r"^(?:Tämä on esitys|Det här är en framställning)$")
_TEST_BANNER = re.compile(r"^Testisisältö$")


def start_of(lines: list[str]) -> int | None:
    """Index of the dnro line that has the item's place and § within the next two lines, or after the
    decision's title (the site's later layout)."""
    for index, line in enumerate(lines[:40]):
        if not DNRO.match(line.strip()):
            continue
        if any(PLACE.match(x.strip()) for x in lines[index + 1 : index + 3]):
            return index
        # the site's later layout prints the decision's title between them (the note of later
        # handlings aside): ``HEL 2025-015171`` / ``Titel`` / ``Ärende 10. / 10 §``
        after = [x.strip() for x in lines[index + 1 : index + 8] if x.strip() and not LATER.match(x.strip())]
        if len(after) >= 2 and PLACE.match(after[1]) and not DECISION.match(after[0]):
            return index
    return None


def bare_start(lines: list[str]) -> int | None:
    """Index of the case's title on a decision page saved without its dnro line (an officer's decision
    the site shows under no case number): the case's title, the item's place or its § alone
    (``§ 8``), the decision's title, the body or office holder, then the decision's label."""
    filled = [i for i, line in enumerate(lines[:200]) if line.strip() and not LATER.match(line.strip())]
    if len(filled) < 5:
        return None
    first, place, title, body, label = (lines[i].strip() for i in filled[:5])
    if (
        PLACE.match(place)
        and not any(pattern.match(first) for pattern in (PLACE, DNRO, DECISION))
        and not any(DECISION.match(x) or PLACE.match(x) for x in (title, body))
        and DECISION.match(label)
    ):
        return filled[0]
    return None


def case_page_start(lines: list[str], lenient: bool = False) -> int | None:
    """Index of the decision's title on the site's case page: the case's title, its handlings listed
    under it, then the decision's title over its label (``Päätös``). ``lenient`` takes a page whose
    saved text lists no handling (the case's title, the decision's title, ``Päätös``): too little to
    tell such text from other minutes, so only when the reader is asked for it, or when the page prints
    one of the site's own notes: its closing sentence (``Lausunto on ehdotuksen mukainen.``), the day the
    decision was published (``This decision was published on 23.12.2022``) or its mask over personal data
    (a line of ten asterisks where the applicant's contact person was)."""
    filled = [i for i, line in enumerate(lines[:200]) if line.strip()]
    lenient = lenient or any(_SITE_NOTE.match(x.strip()) for x in lines)
    position = 1
    while position < len(filled) and _HANDLING_ENTRY.match(lines[filled[position]].strip()):
        position += 1
    if (
        (position == 1 and not lenient)
        or position + 1 >= len(filled)
        or not DECISION.match(lines[filled[position + 1]].strip())
    ):
        return None
    return filled[position]


def untitled_start(lines: list[str]) -> int | None:
    """Index of the decision's title on a page saved with no dnro, place or body line: two title lines
    (neither a label, a place, a dnro nor a handling's mark), the decision's label, then a body or
    official that decided (``Kaupunginhallitus päätti …``), at times under the lone letter of the decision's
    first part (``A``). The decider's sentence right under the label tells the site's text from other
    minutes, which print a proposal before their decision; where the title is printed twice over
    ``Päätös`` (the case's and its one decision's), the decision may open in the motion's present tense."""
    filled = [i for i, line in enumerate(lines[:200]) if line.strip()]
    if len(filled) > 4 and PART_LETTER.match(lines[filled[3]].strip()):
        del filled[3]  # a decision in parts: the lone letter of its first part (``A``) over the decider
    if len(filled) < 4:
        return None
    case_title, title, label, decided = (lines[i].strip() for i in filled[:4])
    # the case's title printed twice (the case's and its one decision's) over ``Päätös``: the site's
    # decision, even where it opens in the motion's present tense (``Kaupunginhallitus antaa …``)
    twice = (
        case_title == title and _DECISION_LABEL.match(label) is not None and MOTION.match(decided) is not None
    )
    if not (DECISION.match(label) and (_DECIDED.match(decided) or twice)):
        return None
    patterns = (DECISION, PLACE, DNRO, SECTION, _HANDLING_ENTRY, CLOSE, LATER, _PROPOSAL_NOTE)
    for line in (case_title, title):
        if any(pattern.match(line) for pattern in patterns) or HANDLING_MARK.search(line):
            return None
        if line.endswith(":") or classify_heading(line):
            return None
    return filled[1]


def compact_start(lines: list[str]) -> int | None:
    """Index of the decision's title on the site's compact page, which prints neither the case's title, the
    dnro, the place nor the body line: the title, the decision's label, then a body or official that decided
    (``Kaupunginhallitus päätti …``), on three lines with no blank line between them."""
    filled = [i for i, line in enumerate(lines[:200]) if line.strip()]
    if len(filled) < 3 or filled[2] - filled[0] != 2:
        return None
    title, label, decided = (lines[i].strip() for i in filled[:3])
    if not (DECISION.match(label) and _DECIDED.match(decided)):
        return None
    patterns = (DECISION, PLACE, DNRO, SECTION, _HANDLING_ENTRY, CLOSE, LATER, _PROPOSAL_NOTE)
    if any(pattern.match(title) for pattern in patterns) or HANDLING_MARK.search(title):
        return None
    if title.endswith(":") or classify_heading(title):
        return None
    return filled[0]


def proposal_start(lines: list[str]) -> int | None:
    """Index of the proposal's title on the site's page of a proposal not yet decided: (the test host's
    banner,) the case's title, (its dnro and the note of later handlings, as the live site prints them,)
    ``Tämä on esitys`` (``Det här är en framställning``), the proposal's title, the body, then the motion's
    label (``Päätösehdotus``). A page may print no body line: the motion's subject names the body then."""
    filled = [i for i, line in enumerate(lines[:200]) if line.strip() and not LATER.match(line.strip())]
    if filled and _TEST_BANNER.match(lines[filled[0]].strip()):
        filled = filled[1:]
    if len(filled) > 1 and DNRO.match(lines[filled[1]].strip()):
        filled = filled[:1] + filled[2:]
    if len(filled) < 5 or not _PROPOSAL_NOTE.match(lines[filled[1]].strip()):
        return None
    if all(classify_heading(lines[filled[at]].strip()) != "proposal" for at in (3, 4)):
        return None
    return filled[2]
