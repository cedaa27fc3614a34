"""The city's older published minutes (``hel.fi/static/public/hela/…``) saved as text: where the item's §
line is, and the page written for it, its head read for the meeting (the document, its number, the item's
place, the day and the body or office that decides) and the item under its headings."""

from __future__ import annotations

import re
from html import escape

from paatosdata.lexicon import classify_heading
from paatosdata.parse.ahjo_text_lines import DNRO, AhjoTextPage, body_of, short_name
from paatosdata.people import TITLE_ENDINGS

__all__ = ["SECTION", "export_as_page", "export_start"]

#: the older minutes export's single round, unnumbered: ``Äänestys:``
_EXPORT_ROUND = re.compile(r"^(?:\d+\.?\s*)?(?:äänestys|omröstning(?:en)?):?$", re.I)
#: the export's table of whom the item is sent to, flattened to one line: ``Tiedoksi; Muutoksenhakukielto,
#: valmistelu`` (the column's heading, then its cells)
_EXPORT_SENT_TO = re.compile(r"^(?P<heading>[^;]{2,40});\s*(?P<rest>\S.*)$")
#: the first label of the city's letterhead closing a page of the export (its postal and street address,
#: phone, business ID and account): no part of the item
_LETTERHEAD = frozenset({"postiosoite", "postadress"})
#: the older minutes export's head: the city, the document, its number, the page, the item's place, the day
_CITY = re.compile(r"^(?:Helsingin kaupunki|Helsingfors stad)$")
_DOCUMENTS = {
    "pöytäkirja": "paatos",
    "esityslista": "esitys",
    "protokoll": "paatos",
    "föredragningslista": "esitys",
}
_DOCUMENT_NUMBER = re.compile(r"^\d+/\d{4}$")
_PAGE_COUNT = re.compile(r"^\d+ \(\d+\)$")
#: the item's place: ``Asia/2``, ``Ärende/39``, after the presenting official's or the body's short mark
#: (``Stj/1``, ``TMJ/3``), or after a dash where the item has no presenting official (``-/21``)
_AGENDA_PLACE = re.compile(r"^(?:Asia|Ärende|-|[A-ZÅÄÖ](?:[a-zåäö]{0,4}|[A-ZÅÄÖ]{1,4}))/(?P<agenda>\d+)$")
#: the export's dnro line of an item that holds several cases: the first case number in full, the others
#: by their year and serial (``HEL 2013-004100, 2013-004101``)
_DNRO_LIST = re.compile(r"^HEL[ -]\d{4}-\d{6}(?:,\s*\d{4}-\d{6})+$")
_DAY = re.compile(r"^\d{1,2}\.\d{1,2}\.\d{4}$")
#: the export's § line: the sign first (``§ 453``), or after the number in an office holder's minutes
#: (``68 §``)
SECTION = re.compile(r"^(?:§\s*(?P<number>\d+[a-z]?)|(?P<after>\d+[a-z]?)\s*§)$")
#: the export's note under an item's title that it was tabled or sent back before (``Bordlades 26.09.2012``,
#: ``Pöydälle 12.03.2014``): neither the title nor the dnro, which follows it
_EARLIER_HANDLING = re.compile(
    r"^(?:Pöydälle|Palautettiin|Palautetaan|Bordlades|Bordlagt|Återremitterades|Återremitterat)\s+"
    r"\d{1,2}\.\d{1,2}\.\d{4}$"
)
#: the Swedish export's heading over the presenter's reasons (``Föredraganden``, the presenter's)
_PRESENTER_S = frozenset({"föredraganden"})
#: the item's bare number on the export's agenda, where minutes print its §
_AGENDA_ITEM = re.compile(r"^(?P<agenda>\d{1,3})$")


def export_start(lines: list[str]) -> int | None:
    """Index of the ``§`` line of the older minutes export, with the title and the dnro under it; on its
    agenda (``Esityslista``), which gives no § yet, the item's bare number in its place (``5``)."""
    filled = [i for i, line in enumerate(lines[:200]) if line.strip()]
    if not filled or not _CITY.match(lines[filled[0]].strip()):
        return None
    agenda = any(_DOCUMENTS.get(lines[i].strip().casefold()) == "esitys" for i in filled[:4])
    for position, index in enumerate(filled[:40]):
        line = lines[index].strip()
        after = [lines[i].strip() for i in filled[position + 1 : position + 4]]
        if len(after) == 3 and _EARLIER_HANDLING.match(after[1]):
            del after[1]  # the note of an earlier handling between the title and the dnro
        placed = SECTION.match(line) or (agenda and _AGENDA_ITEM.match(line))
        if placed and len(after) >= 2 and (DNRO.match(after[1]) or _DNRO_LIST.match(after[1])):
            return index
    return None


def export_as_page(lines: list[str], section_at: int) -> AhjoTextPage:
    """The markup of the older minutes export's text: its head read for the meeting, then the item."""
    out = ["" for _ in lines]
    page = AhjoTextPage("", None, None)
    root = "paatos"
    language = "fi"
    for raw in lines[:section_at]:
        line = raw.strip()
        place = _AGENDA_PLACE.match(line)
        if line == "Helsingfors stad":
            language = "sv"  # the export's Swedish minutes
        if not line or _CITY.match(line) or _PAGE_COUNT.match(line):
            continue
        if line.casefold() in _DOCUMENTS:
            root = _DOCUMENTS[line.casefold()]
        elif _DOCUMENT_NUMBER.match(line):
            page.meeting_number = line
        elif place is not None:
            page.agenda_number = place.group("agenda")
        elif _DAY.match(line):
            page.meeting_day = line
        elif page.body is None or (_is_office(line) and not _is_office(page.body)):
            # an office holder's minutes print the office under its department: the office decides
            page.body, page.body_short = body_of(line), short_name(line)
    section = SECTION.match(lines[section_at].strip())
    if section is not None:
        number = section.group("number") or section.group("after")
        out[section_at] = f'<div class="Asiapykala">{escape(number)} §</div>'
    elif page.agenda_number is None:
        page.agenda_number = lines[section_at].strip()  # the agenda's bare number: no § yet
    title_done = dnro_done = False
    heading: str | None = None
    voting = False  # inside the handling's voting rounds, written as Ahjo's block of votes
    for index in range(section_at + 1, len(lines)):
        line = lines[index].strip()
        if not line:
            continue
        if not title_done:
            title_done = True
            out[index] = f'<h1 class="AsiaOtsikko">{escape(line)}</h1>'
        elif not dnro_done and _EARLIER_HANDLING.match(line):
            continue  # the note that the item was tabled or sent back before: no part of the item
        elif not dnro_done and (DNRO.match(line) or _DNRO_LIST.match(line)):
            dnro_done = True
            out[index] = f'<div class="DnroTmuoto">{escape(line)}</div>'
        elif heading == "handling" and not voting and _EXPORT_ROUND.match(line):
            # a round in the handling (``1 äänestys``; ``Äänestys:`` alone), not a part of its own
            voting = True
            out[index] = f'<div class="aanestykset"><p>{escape(line)}</p>'
        elif heading in ("history", "letterhead"):
            out[index] = f"<p>{escape(line)}</p>"  # an earlier handling's heading, decision and all
        elif line.casefold() in _LETTERHEAD:
            heading = "letterhead"  # kept as a part of its own under its first label
            out[index] = f"{'</div>' if voting else ''}<h3>{escape(line)}</h3>"
            voting = False
        elif (sent := _EXPORT_SENT_TO.match(line)) and classify_heading(
            sent.group("heading")
        ) == "distribution":
            heading = "distribution"
            text = f"<h3>{escape(sent.group('heading'))}</h3><p>{escape(sent.group('rest'))}</p>"
            out[index] = f"{'</div>' if voting else ''}{text}"
            voting = False
        elif len(line) <= 80 and (classify_heading(line) or line.casefold() in _PRESENTER_S):
            heading = classify_heading(line) or "presenter"
            if heading == "presenter" and _reasons_under(lines, index):
                # the agenda prints the presenter's reasons under ``Esittelijä`` too, before the presenter
                heading, line = "reasons", "Esittelijän perustelut"
            out[index] = f"{'</div>' if voting else ''}<h3>{escape(line)}</h3>"
            voting = False
        else:
            out[index] = f"<p>{escape(line)}</p>"
    out[0] = f'<html lang="{language}"><head><meta charset="utf-8"></head><body><div class="{root}">{out[0]}'
    out[-1] = f"{out[-1]}{'</div>' if voting else ''}</div></body></html>"
    page.markup = "\n".join(out)
    return page


def _is_office(line: str) -> bool:
    """True for an office holder's title (``Kasvatuksen ja koulutuksen toimialan toimialajohtaja``): its last
    word ends as an office does, not as a body or a department."""
    words = line.split()
    return bool(words) and words[-1].casefold().endswith(TITLE_ENDINGS)


def _reasons_under(lines: list[str], index: int) -> bool:
    """True when the next filled line after the heading at ``index`` is a sentence (it ends with one's
    end), not the presenter's office: the reasons, printed under the presenter's heading."""
    after = next((x.strip() for x in lines[index + 1 :] if x.strip()), "")
    return after.endswith((".", ":"))
