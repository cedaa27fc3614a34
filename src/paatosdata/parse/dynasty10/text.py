"""Dynasty 10 item pages saved as text into paragraphs: a paragraph a blank-line block, or a line where no
blank lines were kept; table cells closed by ``|``; a handling's mark printed over two lines joined into one.
"""

from __future__ import annotations

import re
from pathlib import Path

from paatosdata.lexicon import classify_heading
from paatosdata.parse.dynasty10.page import Page, Paragraph, contact_line
from paatosdata.parse.dynasty10.parts import part as _part
from paatosdata.parse.htmlsafe import clean_text

SECTION_NUMBER = re.compile(r"^§\s*(?P<number>\d+)$")
#: the printed number before or after its sign (``§ 47``, ``47 §``)
SECTION_NUMBER_EITHER = re.compile(r"^(?:§\s*(?P<number>\d+)|(?P<number_first>\d+)\s*§)$")


CHROME = re.compile(
    r"^(?:\|\s*)?(?:dynasty (?:tietopalvelu|informationstjänst)\b.*|rss-linkki|rss-länk|"
    r"(?:kokousasiat|kokoukset|mötesärende|möten):\s*(?:https?://\S+)?|https?://\S+|kokousasian teksti|"
    r"kokousasia(?: pdf-muodossa)?|edellinen asia\b.*|seuraava asia\b.*|föregående ärende\b.*|"
    r"följande ärende\b.*|muutoksenhakuohje)$",
    re.IGNORECASE,
)


_CHROME_LABEL = re.compile(r"^Dynasty tietopalvelu\s+Haku\s+RSS\s+(?P<label>\S.*)$")
DATE_ONLY = re.compile(r"^\d{1,2}\.\d{1,2}\.\d{4}$")


#: a heading at the side of its text: a few words, then a run of spaces (a tab stop saved as spaces)
_SIDE_HEADING = re.compile(r"^\s*(?P<heading>[A-ZÅÄÖ][\wåäö-]*(?: [\wåäö-]+){0,3}) {3,}(?P<text>\S.*)$")


def paragraph_text(lines: list[str]) -> str:
    """The lines of a paragraph, cleaned; a side heading on the first line gets a line of its own."""
    first = _SIDE_HEADING.match(lines[0])
    head = [first.group("heading"), first.group("text")] if first is not None else [lines[0]]
    return "\n".join(clean_text(x) for x in [*head, *lines[1:]] if clean_text(x))


def text_page(lines: list[str], path: Path) -> Page:
    """The links and the organisation label the text's chrome carries."""
    page = Page(path)
    for number, raw in enumerate(lines, start=1):
        line = clean_text(raw)
        link = re.search(r"https?://\S+", line)
        if link is not None and (line.startswith(("http://", "https://")) or CHROME.match(line)):
            page.links.append((link.group(0), "", number))
        label = _CHROME_LABEL.match(line)
        if label is not None and not page.label:
            page.label = label.group("label").strip()
    return page


def line_text(lines: list[str]) -> bool:
    """True for text with no blank line between its lines (cells closed by ``|`` or not); lines left blank
    in the chrome's head, over the title, do not count."""
    blank = [number for number, line in enumerate(lines[:-1]) if not line.strip()]
    if blank and blank[-1] < _HEAD_LINES:
        lines = lines[blank[-1] + 1 :]  # blank lines only in the page's head (its padding), none below
    filled = [line for line in lines if line.strip()]
    return len(filled) > 8 and len(filled) == len(lines) - (not lines[-1].strip())


#: how many lines the chrome over an item's title takes at most
_HEAD_LINES = 8


def cell_paragraphs(lines: list[str]) -> list[Paragraph]:
    """A paragraph a line; the cell lines after the navigation line become the attachment list, and a
    heading ending in ``:`` keeps the lines naming people, phones and addresses that follow it."""
    paragraphs: list[Paragraph] = []
    attachments: list[str] = []
    after_navigation = icon = False
    for number, raw in enumerate(lines, start=1):
        line = clean_text(raw)
        if not line:
            continue
        cell = line.endswith("|")
        text = line.rstrip("| ").strip()
        if after_navigation and cell and _ICON.match(text):
            icon = True  # an attachment's icon (``![]() |``); the attachment's name is the next cell
            continue
        if icon and cell:
            icon = False
            attachments.append(text)
            continue
        icon = False
        if CHROME.match(line) or (cell and CHROME.match(text.split("|")[0].strip())):
            after_navigation = after_navigation or "|" in line
            paragraphs.append(Paragraph(line, number))
            continue
        if after_navigation and cell and line.endswith(("| |", "||")):  # an empty cell after the name
            attachments.append(text)
            continue
        if after_navigation and attachments and cell and not SECTION_NUMBER.match(text):
            # the last attachment row closes with one cell; a handling's body cell follows it
            following = clean_text(lines[number]) if number < len(lines) else ""
            if not SECTION_NUMBER.match(following.rstrip("| ")):
                attachments.append(text)
                continue
        if attachments:
            paragraphs.append(Paragraph("Liitteet\n" + "\n".join(attachments), number))
            attachments = []
        after_navigation = False
        previous = paragraphs[-1] if paragraphs else None
        if previous is not None and _keeps_contacts(previous.text) and contact_line(text):
            if not _opens_other_part(text):  # ``Esittelijä Kaupunginjohtaja …`` after the contacts: its own
                previous.text += "\n" + text
                continue
        paragraphs.append(_labelled_cell(text, number))
    return paragraphs


def _labelled_cell(text: str, number: int) -> Paragraph:
    """A line of two cells, a part's label and its text (``Puheenjohtajan esitys | Lautakunta …``), as the
    label's paragraph with the label for its heading; any other line as a paragraph of its own."""
    label, bar, rest = text.partition("|")
    label, rest = label.strip(), rest.strip()
    if not bar or not rest or "|" in rest or len(label.split()) > 4 or classify_heading(label) is None:
        return Paragraph(text, number)
    return Paragraph(f"{label} {rest}", number, heading=label)


#: an image saved as Markdown with no text (``![]()``): the icon before a linked attachment
_ICON = re.compile(r"^!\[[^\]]*\]\([^)]*\)$")


def _keeps_contacts(text: str) -> bool:
    first = text.split("\n")[0]
    return first.endswith(":") and classify_heading(first.rstrip(":")) == "preparers"


def _opens_other_part(text: str) -> bool:
    """True for a line that opens a part other than the preparers' (``Esittelijä Kaupunginjohtaja Erkki
    Esimerkki``), which names a person but is no further contact of the preparers over it."""
    found = _part(Paragraph(text, 0))
    return found is not None and found[0] != "preparers"


def joined_handlings(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """A handling printed as three paragraphs (``KAUPUNGINHALLITUS``, ``§ 399``, ``19.11.2018``), joined;
    the number may stand before its sign (``47 §``)."""
    joined: list[Paragraph] = []
    index = 0
    while index < len(paragraphs):
        name, *rest = paragraphs[index : index + 3]
        printed = SECTION_NUMBER_EITHER.match(rest[0].text) if rest else None
        if (
            len(rest) == 2
            and printed is not None
            and DATE_ONLY.match(rest[1].text)
            and "\n" not in name.text
            and len(name.text) <= 80
            and not any(c.isdigit() for c in name.text)
        ):
            text = f"{name.text} {rest[1].text} § {printed.group('number') or printed.group('number_first')}"
            joined.append(Paragraph(text, name.line, row=name.row))
            index += 3
            continue
        joined.append(name)
        index += 1
    return joined


#: a handling's mark printed date first (``16.12.2026 § 174``), its body on the next line
_DATE_FIRST_MARK = re.compile(
    r"^(?P<date>\d{1,2}\.\d{1,2}\.\d{4})\s*(?:§\s*(?P<number>\d+)|(?P<number_first>\d+)\s*§)$"
)
#: the body's name alone on the line under a date-first mark (``Kuntayhtymähallitus``, ``Sosiaali- ja
#: terveyslautakunta``)
_MARK_BODY = re.compile(
    r"^[^\W\d_][\w -]{0,60}?(?:lautakunta|hallitus|valtuusto|jaosto|johtokunta|toimikunta|valiokunta|"
    r"kokous|nämnden|styrelsen|fullmäktige|sektionen|direktionen)$",
    re.IGNORECASE,
)


def date_first_marks(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """A handling's mark printed date first with its body on the next line (``16.12.2026 § 174`` /
    ``Kuntayhtymähallitus``), in one paragraph or two, as one handling line (``Kuntayhtymähallitus
    16.12.2026 § 174``): a mark, read as the page's own or an earlier handling, not text of the item."""
    joined: list[Paragraph] = []
    index = 0
    while index < len(paragraphs):
        paragraph = paragraphs[index]
        first, _, rest = paragraph.text.partition("\n")
        mark = None if paragraph.row else _DATE_FIRST_MARK.match(first.strip())
        name, taken = rest.strip(), 1
        if mark is not None and not name and index + 1 < len(paragraphs):
            name, taken = paragraphs[index + 1].text.strip(), 2
        if mark is None or "\n" in name or not _MARK_BODY.match(name):
            joined.append(paragraph)
            index += 1
            continue
        number = mark.group("number") or mark.group("number_first")
        joined.append(Paragraph(f"{name} {mark.group('date')} § {number}", paragraph.line))
        index += taken
    return joined


#: a body's name alone: ``Kaupunginhallitus``, ``Tekninen lautakunta``
BODY_NAME = re.compile(
    r"^[A-ZÅÄÖ][\wåäö-]*(?: [\wåäö-]+){0,4}?(?:hallitus|lautakunta|valtuusto|jaosto|johtokunta|toimikunta|"
    r"neuvottelukunta|valiokunta|nämnden|styrelsen|fullmäktige)$"
)
