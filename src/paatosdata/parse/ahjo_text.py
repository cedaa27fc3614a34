"""Helsinki's decision pages (``paatokset.hel.fi/fi/asia/…``) saved as text, read as Ahjo decision HTML.

A browser's text of a decision on the city's site keeps its lines: the case's title, its dnro
(``HEL 2017-009930``), at times a note that the case was handled later, the item's place on the
agenda and its § (``2. / 747 §``; ``Ärende 7. / 424 §`` and ``Case 15. / 85 §`` on the Swedish and
English site; the later layout prints the decision's title before it and may print no body), the
decision's title, the body (``Helsingin kaupunginhallitus``), then the decision under
its label (``Päätös``, ``Esitys``, ``Lausunto``, ``Beslut``), the handling (``Käsittely``) and the motion
(after the record that the item was tabled, at times in the past tense), closed by the
button that folds them (``Sulje``, ``Stäng``, ``Close``); the presenter's reasons follow. The site's note
of the day the decision was published (``Päätös tullut nähtäväksi 01.07.2026``) closes a decision printed
without its reasons. The site's sentence that the decision is as proposed (``Päätös on ehdotuksen
mukainen.``, ``Beslutet stämmer överens med förslaget.``) closes the decision (or the handling after it): it
is the site's statement about the decision, not what was decided, and is written as a block of its own
(``CONFORMS_CLASS``). The presenter
(``Föredragande``), the contact people (``Mer information fås av``) and the instructions for appeal
(``FÖRBUD MOT SÖKANDE AV ÄNDRING``) are each read under their heading wherever the page prints them, and
an invitation to a user test the site prints over the page is left out. An officer's
decision the site shows under no case number is saved without the dnro line; a decision saved with
neither the dnro, the place nor the body line (the case's title, the decision's title, its label, and a
body or official that decided: ``Kaupunginhallitus päätti …``) is still the site's, and so is the compact
page that prints the decision's title right over the label and the decider's sentence. A proposal on its
way to a meeting is marked ``Tämä on esitys`` (``Det här är en framställning`` on the Swedish site)
between the case's title and the proposal's title (the site's test host prints ``Testisisältö`` over it);
the body follows, then the motion under ``Päätösehdotus``.
:func:`ahjo_text_as_page` writes those lines back as an Ahjo decision's markup, one element a line, so
the Ahjo reader reads them and every span points at the line of the text.

The city's older published minutes (``hel.fi/static/public/hela/…``) are read the same way: their text
opens with ``Helsingin kaupunki``, the document and its number (``Pöytäkirja``, ``27/2019``), the page
(``1 (10)``), the body, the item's place (``Asia/2``) and the meeting day, then ``§ 453``, the title and
the dnro, and the parts under their headings (``Päätös``, ``Käsittely``, ``Esittelijä``, ``Lisätiedot`` …).
Its Swedish minutes open with ``Helsingfors stad`` and ``Protokoll`` and place the item as ``Ärende/39``;
some place it after the presenting official's mark (``Stj/1``), or after a dash where there is none
(``-/21``). An item of several cases (the motions left at a meeting) prints them all on its dnro line.

>>> text = "Asia\\n\\nHEL 2026-000001\\n3. / 12 §\\n\\nOtsikko\\n\\n"
>>> text += "Helsingin kaupunginhallitus\\n\\nPäätös\\n\\nTeksti."
>>> is_ahjo_text(text.encode())
True
>>> page = ahjo_text_as_page(text)
>>> (page.agenda_number, page.body, page.markup.splitlines()[3])
('3', 'Kaupunginhallitus', '<div class="Asiapykala">12 §</div>')
"""

from __future__ import annotations

import re
from html import escape

from paatosdata.lexicon import classify_heading
from paatosdata.parse.ahjo_text_decision import (
    APPEAL_BACKGROUND,
    ENGLISH_TAIL,
    MOTION,
    PAST_MOTION,
    TABLING_RECORD,
    ends_decision,
    motion_after_tabling,
    motion_repeated,
    reasons_heading_ahead,
    tail_heading,
)
from paatosdata.parse.ahjo_text_export import export_as_page, export_start
from paatosdata.parse.ahjo_text_lines import (
    CLOSE,
    CONFORMS,
    CONFORMS_CLASS,
    DECIDER,
    DECISION,
    DNRO,
    HANDLING_MARK,
    LATER,
    PLACE,
    PUBLISHED,
    AhjoTextPage,
    body_of,
    short_name,
    statement_by,
    without_banner,
    without_field_labels,
)
from paatosdata.parse.ahjo_text_starts import (
    bare_start,
    case_page_start,
    compact_start,
    proposal_start,
    start_of,
    untitled_start,
)

__all__ = ["ahjo_text_as_page", "is_ahjo_text"]

_HANDLING = re.compile(r"^(?:Käsittely|Behandling|Processing)$")
#: lines only the site's own wording prints, by its language: the page's chrome may be Swedish or English
#: around a decision printed in Finnish (``Ärendet har nyare handläggningar`` … ``Päätös``)
_CHROME = {
    "ärendet har nyare handläggningar": "sv",
    "stäng": "sv",
    "mer information fås av": "sv",
    "beslutsfattare": "sv",
    "more recent handlings": "en",
    "close": "en",
    "decision-maker": "en",
    "decisionmaker": "en",
    "decision maker": "en",
}
#: the language of the decision's label (``Päätös``, ``Beslut``, ``Decision``)
_LABEL_LANGUAGES = {
    "päätös": "fi",
    "esitys": "fi",
    "lausunto": "fi",
    "beslut": "sv",
    "framställning": "sv",
    "utlåtande": "sv",
    "decision": "en",
    "proposal": "en",
    "statement": "en",
}
#: the heading of the site's list of attachments after the contact people (``Liitteet (pdf)``)
_ATTACHMENTS = re.compile(r"^(?:Liitteet|Bilagor|Attachments) \(pdf\)$", re.I)
#: a voting round in the handling (``1 äänestys``, ``7 omröstningen``): Ahjo's reader finds votes in
#: its own block
_ROUND = re.compile(r"^\d+\.?\s*(?:äänestys|omröstning(?:en)?|vote|voting)$", re.I)


def _proposal_as_page(lines: list[str], title_at: int) -> AhjoTextPage:
    """The markup of a proposal's page (see ``proposal_start``): the lines before the title kept as text,
    the body read, the motion and all that follows it the proposal, unless a heading of the presenter's
    reasons (``Esittelijän perustelut``) or the folding button starts them."""
    out = ["" for _ in lines]
    body: str | None = None
    short: str | None = None
    part = "head"
    for index, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        if index < title_at and DNRO.match(line):
            out[index] = f'<div class="DnroTmuoto">{escape(line)}</div>'
        elif index < title_at and LATER.match(line):
            continue
        elif index < title_at:
            out[index] = f"<p>{escape(line)}</p>"
        elif index == title_at:
            out[index] = f'<h1 class="AsiaOtsikko">{escape(line)}</h1>'
        elif part == "head" and classify_heading(line) == "proposal":
            part = "proposal"
            out[index] = f"<h3>{escape(line)}</h3>"
        elif part == "head" and body is None:
            body, short = body_of(line), short_name(line)
        elif part == "proposal" and (
            CLOSE.match(line) or (len(line) <= 80 and classify_heading(line) == "reasons")
        ):
            part = "reasons"
            out[index] = "<h3>Esittelijän perustelut</h3>"
        else:
            out[index] = f"<p>{escape(line)}</p>"
    out[0] = f'<html lang="fi"><head><meta charset="utf-8"></head><body><div class="esitys">{out[0]}'
    out[-1] = f"{out[-1]}</div></body></html>"
    return AhjoTextPage("\n".join(out), None, body, body_short=short)


def is_ahjo_text(head: bytes) -> bool:
    """True for the text of a decision page of Helsinki's site (a dnro line with the § under it) or of
    the city's older published minutes."""
    text = head.decode("utf-8", "replace")
    if text.lstrip().startswith("<"):
        return False
    lines = without_banner(text.splitlines())
    finders = (
        start_of,
        bare_start,
        case_page_start,
        untitled_start,
        compact_start,
        proposal_start,
        export_start,
    )
    return any(find(lines) is not None for find in finders)


def ahjo_text_as_page(text: str, lenient: bool = False) -> AhjoTextPage:
    """The Ahjo markup for the page's text, line for line (see the module's description); ``lenient``
    also takes a case page's text with no handling listed (see ``case_page_start``)."""
    lines = without_field_labels(without_banner(text.splitlines()))
    start = start_of(lines)
    bare = start is None and (start := bare_start(lines)) is not None
    if start is None and (proposal_at := proposal_start(lines)) is not None:
        return _proposal_as_page(lines, proposal_at)
    lenient = lenient or untitled_start(lines) is not None
    case_page = start is None and (start := case_page_start(lines, lenient)) is not None
    if start is None and (start := compact_start(lines)) is not None:
        case_page = True
    if start is None:
        section_at = export_start(lines)
        return export_as_page(lines, section_at) if section_at is not None else AhjoTextPage("", None, None)
    out = ["" for _ in lines]
    agenda: str | None = None
    body: str | None = None
    short: str | None = None
    title_at: int | None = None
    part = "head"  # head → decision (→ conformed) → handling → motion → reasons
    filled = [i for i, x in enumerate(lines) if x.strip()]
    following = dict(zip(filled, filled[1:], strict=False))
    # a page without the folding button, the closing sentence and a handling: a heading ends the decision
    folded = any(pattern.match(x.strip()) for x in lines for pattern in (CLOSE, CONFORMS, _HANDLING))
    # text saved without the folding button: the closing sentence after the handling ends it too
    buttonless = not any(CLOSE.match(x.strip()) for x in lines)
    # the site's closing sentence ends the decision: a reasons heading before it is the decision's own
    # subheading (``Perustelut`` between ``Esitetyt vaatimukset`` and ``Lopputulos``), not the reasons
    conformed_at = max((i for i, x in enumerate(lines) if CONFORMS.match(x.strip())), default=-1)
    decided: list[str] = []
    handled: list[str] = []  # the handling's paragraphs so far
    voting = False  # inside the handling's voting rounds, written as Ahjo's block of votes
    decider = 0  # the lines read so far of the decider's block
    decided_in = "fi"
    for index, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        was = part
        if index < start or (index == start and bare):
            out[index] = f"<p>{escape(line)}</p>"  # the case's title (and listed handlings), kept as text
        elif index == start and case_page:
            title_at = index
            out[index] = f'<h1 class="AsiaOtsikko">{escape(line)}</h1>'
        elif index == start:
            out[index] = f'<div class="DnroTmuoto">{escape(line)}</div>'
        elif part == "head":
            place = PLACE.match(line)
            if LATER.match(line):
                continue
            if place is not None:
                agenda = place.group("agenda")
                number = place.group("number") or place.group("alone")
                out[index] = f'<div class="Asiapykala">{escape(number)} §</div>'
            elif title_at is None:
                title_at = index
                out[index] = f'<h1 class="AsiaOtsikko">{escape(line)}</h1>'
            elif DECISION.match(line):
                part = "decision"
                decided_in = _LABEL_LANGUAGES[line.casefold()]
                out[index] = "<h3>Päätös</h3>"
            elif body is None:
                body, short = body_of(line), short_name(line)
            else:
                out[index] = f"<p>{escape(line)}</p>"
        elif part == "history":
            if CLOSE.match(line) and not HANDLING_MARK.search(_after(lines, following, index) or ""):
                # the folding button of the last earlier handling: the item's own notes, appeal
                # instructions, presenter and contact people follow, each under its heading
                part = "tail"
            out[index] = f"<p>{escape(line)}</p>"  # an earlier handling's heading, decision and all
        elif part == "decider" and len(line) <= 80 and classify_heading(line):
            part = "history" if classify_heading(line) == "history" else "tail"
            out[index] = f"</div><h3>{escape(line)}</h3>"
        elif part == "decider" and line.casefold() in ENGLISH_TAIL:
            # the English site's contact people after the decider's block (``Ask for more info``)
            part = "tail"
            out[index] = f"</div><h3>{ENGLISH_TAIL[line.casefold()]}</h3>"
        elif part == "decider":
            # the decider's name, then the office; anything further is text of the block
            css = ("PaattajaNimi", "PaattajaOtsikko")[decider] if decider < 2 else None
            out[index] = f'<div class="{css}">{escape(line)}</div>' if css else f"<p>{escape(line)}</p>"
            decider += 1
        elif DECIDER.match(line):
            part = "decider"
            decider = 0
            out[index] = f'{"</div>" if voting else ""}<div class="Paatoksentekija"><h3>{escape(line)}</h3>'
            voting = False
        elif (
            part == "reasons"
            and CLOSE.match(line)
            and HANDLING_MARK.search(_after(lines, following, index) or "")
        ):
            # a second folding button closes the reasons; an earlier handling's mark under it opens the
            # decision history (``Sosiaali- ja terveyslautakunta 30.08.2022 § 169``, its label, its text)
            part = "history"
            out[index] = "<h3>Päätöshistoria</h3>"
        elif part != "reasons" and CLOSE.match(line):
            part = "reasons"
            out[index] = "<h3>Esittelijän perustelut</h3>"
        elif part == "tail" and _ATTACHMENTS.match(line):
            out[index] = "<h3>Liitteet</h3>"  # the site's list of attachments, no contact person
        elif line.casefold() in ENGLISH_TAIL:
            part = "tail"
            out[index] = f"<h3>{ENGLISH_TAIL[line.casefold()]}</h3>"
        elif (
            tail_heading(line) and (buttonless or line.isupper() or part not in ("decision", "handling"))
        ) or (part == "tail" and len(line) <= 80 and classify_heading(line)):
            # the presenter, the contact people or the appeal's instructions, each under its heading
            # (inside the decision or the handling only in capitals, as the site prints its appeal notes,
            # or on a page without the folding button);
            # after them every known heading starts a part of its own, but the decision history holds
            # the rest of the page (an earlier handling's ``Päätös`` is no second decision)
            part = "history" if part == "tail" and classify_heading(line) == "history" else "tail"
            out[index] = f"<h3>{escape(line)}</h3>"
        elif part in ("decision", "handling", "motion") and CONFORMS.match(line):
            # the site's statement that the decision is as proposed: a block of its own, so that neither the
            # decision nor the handling ends with it; it ends the decision, and on text saved without the
            # folding button the handling too
            if part == "decision" or (part == "handling" and buttonless):
                part = "conformed"
            out[index] = f'{"</div>" if voting else ""}<div class="{CONFORMS_CLASS}">{escape(line)}</div>'
            voting = False  # the handling's votes end before it
        elif part == "decision" and PUBLISHED.match(line):
            # the site's note of the day the decision was published closes a decision printed without its
            # reasons: a block of its own, before the appeal's instructions and the contact people
            part = "tail"
            out[index] = f"<h3>{escape(line)}</h3>"
        elif part == "conformed":
            part = "reasons"
            out[index] = f"<h3>Esittelijän perustelut</h3><p>{escape(line)}</p>"
        elif part == "decision" and _HANDLING.match(line):
            part = "handling"
            out[index] = "<h3>Käsittely</h3>"
        elif (
            part == "decision"
            and index > conformed_at
            and len(line) <= 80
            and classify_heading(line) == "reasons"
        ):
            part = "reasons"  # the decision's own reasons (``Päätöksen perustelut``)
            out[index] = f"<h3>{escape(line)}</h3>"
        elif (
            part == "decision"
            and not folded
            and ends_decision(
                line, decided, _after(lines, following, index), following.get(index) == filled[-1]
            )
            and (APPEAL_BACKGROUND.match(line) or not reasons_heading_ahead(lines, index))
        ):
            part = "reasons"
            out[index] = f"<h3>Esittelijän perustelut</h3><p>{escape(line)}</p>"
        elif part == "decision" and motion_repeated(line, decided):
            # the proposal printed again after the decision without a heading: the motion
            part = "motion"
            out[index] = f"<h3>Päätösehdotus</h3><p>{escape(line)}</p>"
        elif part == "handling" and (
            MOTION.match(line)
            or (handled and TABLING_RECORD.search(handled[-1]) and PAST_MOTION.match(line))
            or motion_after_tabling(line, handled, _after(lines, following, index))
        ):
            part = "motion"
            out[index] = f"<h3>Päätösehdotus</h3><p>{escape(line)}</p>"
        elif part == "handling" and not voting and _ROUND.match(line):
            voting = True
            out[index] = f'<div class="aanestykset"><p>{escape(line)}</p>'
        else:
            out[index] = f"<p>{escape(line)}</p>"
            if part == "decision":
                decided.append(line)
            elif part == "handling":
                handled.append(line)
        if voting and part != was:
            voting = False
            out[index] = f"</div>{out[index]}"
    if body is None and case_page and title_at is not None:
        body = statement_by(lines[title_at].strip())
    out[0] = f'<html lang="fi"><head><meta charset="utf-8"></head><body><div class="paatos">{out[0]}'
    out[-1] = f"{out[-1]}{'</div>' if voting or part == 'decider' else ''}</div></body></html>"
    return AhjoTextPage(
        "\n".join(out), agenda, body, body_short=short, chrome=_chrome(lines), decided_in=decided_in
    )


def _chrome(lines: list[str]) -> str:
    """The language of the site's own wording on the page (its notes, buttons, headings and the word
    before the item's place), Finnish when none of them tells."""
    for raw in lines:
        line = raw.strip()
        language = _CHROME.get(line.casefold())
        place = PLACE.match(line)
        if language is None and place is not None and not line[:1].isdigit() and not line.startswith("§"):
            language = {"ärende": "sv", "case": "en"}.get(line.split()[0].casefold())
        if language is not None:
            return language
    return "fi"


def _after(lines: list[str], following: dict[int, int], index: int) -> str | None:
    """The next filled line after ``index``, stripped."""
    after = following.get(index)
    return lines[after].strip() if after is not None else None
