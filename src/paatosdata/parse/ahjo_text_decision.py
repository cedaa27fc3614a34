"""Where the decision of a Helsinki decision page saved as text ends and what follows it: the motion (in the
present tense, printed again after the decision, or after the handling's record that the item was tabled),
the heading over the presenter's reasons, and the headings of the presenter, the contact people and the
instructions for appeal."""

from __future__ import annotations

import re

from paatosdata.lexicon import classify_heading
from paatosdata.parse.ahjo_text_lines import DECIDER

__all__ = [
    "APPEAL_BACKGROUND",
    "ENGLISH_TAIL",
    "MOTION",
    "PART_LETTER",
    "PAST_MOTION",
    "SUBJECT",
    "TABLING_RECORD",
    "ends_decision",
    "motion_after_tabling",
    "motion_repeated",
    "reasons_heading_ahead",
    "tail_heading",
]

#: a paragraph that moves a decision in the present tense: the motion printed after the handling
#: (``Kaupunginhallitus päättää …``; ``… esittää kaupunginvaltuustolle seuraavaa:`` for the council;
#: ``… antaa … seuraavan lausunnon:`` for a statement; ``… merkitsee tiedoksi …`` for a noting); a comma
#: after a hyphenated stem stays in the subject (``Sosiaali-, terveys- ja pelastuslautakunnan …``)
SUBJECT = r"^[A-ZÅÄÖ][\wåäö-]+(?:(?<=-),)?(?:\s+[\wåäö-]+(?:(?<=-),)?){0,4}\s+"
MOTION = re.compile(SUBJECT + r"(?:päättää|beslutar|esittää|föreslår|antaa|ger|merkitsee|antecknar)\b")
#: the handling's record that the item was tabled (``… päätti yksimielisesti panna asian pöydälle …``)
TABLING_RECORD = re.compile(r"\b(?:panna asian pöydälle|bordlägga ärendet)\b.*\.$")
#: after that record the site may print the motion in the past tense, introducing what it would give
#: (``Kaupunginhallitus päätti antaa … seuraavan lausunnon:``)
PAST_MOTION = re.compile(SUBJECT + r"(?:päätti|esitti|beslutade|föreslog)\b(?!.*\b(?:pöydälle|bordl)).*:$")
#: the subject of the handling's record that the item was tabled (``Kaupunginhallitus päätti …``): the motion
#: the site prints after it without a heading opens with the same subject in the present tense (``… varaa``,
#: ``… esittää``), at times under a lone part letter (``A``)
_TABLING_SUBJECT = re.compile(r"^(?P<subject>[A-ZÅÄÖ].*?)\s+(?:päätti|beslutade)\b")
#: a motion's verb in the past tense, and its present: the decision's first line says the motion made
_PRESENT = {
    "päätti": "päättää",
    "esitti": "esittää",
    "antoi": "antaa",
    "beslutade": "beslutar",
    "föreslog": "föreslår",
    "gav": "ger",
}
_PAST_VERB = re.compile(r"\b(?:" + "|".join(_PRESENT) + r")\b")
PART_LETTER = re.compile(r"^[A-H]$")
_PAST = re.compile(r"^(?:" + "|".join(_PRESENT) + r")\b")
#: the kinds of the parts the site prints after the decision, its handling and the presenter's reasons:
#: the presenter, the contact people and the instructions for appeal (``FÖRBUD MOT SÖKANDE AV ÄNDRING``)
_TAIL_KINDS = ("presenter", "preparers", "appeal")
#: the headings the English site prints over the presenter and the contact people, which the older layout
#: shows in English around a decision in Finnish: written as the Finnish headings they stand for
ENGLISH_TAIL = {"presenter information": "Esittelijä", "ask for more info": "Lisätietojen antaja"}
#: a case code printed in brackets after a decision (``(A1147-1236)``): not the decision's last sentence
_CODE = re.compile(r"^\([A-ZÅÄÖ]?\d[\w/-]*\)$")
#: a heading over the reasons when the page has neither the folding button nor the closing sentence:
#: a short line without a sentence's end
_HEADING = re.compile(r"^[A-ZÅÄÖ][^.:;!?]{2,78}$")
#: a heading over the appealed decision or the claims made against it (``Muutoksenhaun kohteena oleva
#: päätös``, ``Esitetyt vaatimukset ja niiden perusteet``): the case's background, which opens the reasons
#: even when the decision's own reasons follow under a heading of their own
APPEAL_BACKGROUND = re.compile(
    r"^(?:muutoksenhaun kohteena oleva päätös|esitetyt vaatimukset\b.*|oikaisuvaatimus(?:\s+ja\s+\S+)?"
    r"|beslut(?:et)? som är föremål för ändringssökande|framställda yrkanden\b.*|omprövningsbegäran)$",
    re.I,
)


def ends_decision(line: str, decided: list[str], after: str | None, cut: bool = False) -> bool:
    """True for a heading over the reasons printed right after the decision: a short line without a
    sentence's end, after a decision paragraph that ends a sentence (a case code in brackets aside) and
    before a longer paragraph, which ends a sentence too unless the saved text is ``cut`` inside it."""
    sentences = [x for x in decided if not _CODE.match(x)]
    return bool(
        sentences
        and sentences[-1].endswith(".")
        and _HEADING.match(line)
        and after is not None
        and len(after) > len(line)
        and (cut or after.endswith((".", ":")))
    )


def motion_after_tabling(line: str, handled: list[str], after: str | None) -> bool:
    """True for the first line of the motion the site prints without a heading after the handling's record
    that the item was tabled: a paragraph that opens with the record's subject and goes on in the present
    tense (``Kaupunginhallitus varaa …`` after ``Kaupunginhallitus päätti … panna asian pöydälle …``), or a
    lone part letter (``A``) over such a paragraph."""
    if not handled or not TABLING_RECORD.search(handled[-1]):
        return False
    record = _TABLING_SUBJECT.match(handled[-1])
    if record is None:
        return False
    if PART_LETTER.match(line) and after is not None:
        line = after
    subject = record.group("subject")
    rest = line[len(subject) :].lstrip() if line.startswith(subject + " ") else ""
    return bool(rest) and _PAST.match(rest) is None


def motion_repeated(line: str, decided: list[str]) -> bool:
    """True for the first line of the proposal the site prints again right after the decision, without a
    heading: the decision's first line in the present tense (``Stadsstyrelsen föreslår stadsfullmäktige
    följande:`` after ``Stadsstyrelsen föreslog stadsfullmäktige följande:``)."""
    if not decided or not MOTION.match(line):
        return False
    present = _PAST_VERB.sub(_present, decided[0], count=1)
    return present != decided[0] and line == present


def _present(m: re.Match[str]) -> str:
    """The present tense of a motion's verb in the past tense."""
    return _PRESENT[m.group(0)]


def reasons_heading_ahead(lines: list[str], index: int) -> bool:
    """True when the decision goes on to a heading of its reasons (``Päätöksen perustelut``) after
    ``index`` and before the presenter, the contact people or the appeal's instructions: a short line
    before it is then the decision's own subheading (``Ohjeet avustuksen saajille``), its paragraphs
    are the decision's, and the reasons start under their heading."""
    for raw in lines[index + 1 :]:
        line = raw.strip()
        if not line or len(line) > 80:
            continue
        if DECIDER.match(line) or tail_heading(line) or line.casefold() in ENGLISH_TAIL:
            return False
        if classify_heading(line) == "reasons":
            return True
    return False


def tail_heading(line: str) -> bool:
    """True for the heading of the presenter, the contact people or the instructions for appeal: a
    short line without a sentence's end."""
    return len(line) <= 80 and not line.endswith(".") and classify_heading(line) in _TAIL_KINDS
