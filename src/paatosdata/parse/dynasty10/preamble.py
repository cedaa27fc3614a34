"""What stands above an item's title: the dnro, handling marks, the title itself and attachments listed or
linked there.
"""

from __future__ import annotations

import re

from paatosdata.diary import parse_diary_number
from paatosdata.legal import parse_date
from paatosdata.lexicon import classify_heading, match_heading_prefix
from paatosdata.model import Attachment, Case, Item, Meeting, Section, Span
from paatosdata.parse.assemble import parse_attachment_lines
from paatosdata.parse.dynasty10.head import BODY_DATE
from paatosdata.parse.dynasty10.marks import HANDLING, UNDATED_MARK, is_mark
from paatosdata.parse.dynasty10.marks import handling as _handling
from paatosdata.parse.dynasty10.page import Page, Paragraph, dnro_paragraph
from paatosdata.parse.dynasty10.parts import NAME_PAIR, PARENTHESIS, SENTENCE_VERB, no_colon
from paatosdata.parse.dynasty10.people import NEXT_SENTENCE, ORGANISATION_NAME
from paatosdata.parse.dynasty10.text import SECTION_NUMBER, SECTION_NUMBER_EITHER
from paatosdata.parse.dynasty_header import looks_like_person
from paatosdata.people import is_title_only

#: before the title: a rule line, or a saved heading that is the document's file label (``# 240422 Oikaisu``)
_RULE_OR_FILE_LABEL = re.compile(r"^(?:[_=\-]{10,}|#+\s*\d{4,8}\s.*)$")


_DNRO_LABEL = re.compile(r"^(?:asianumero|asianro|dnro|diaarinumero|ärendenummer|dnr)[:.]?\s+", re.I)
ATTACHMENT_LABEL = re.compile(r"^(?:liite|bilaga)\s*(?P<no>\d+(?:[a-z](?![a-zåäö]))?)\s*[.):]?\s*", re.I)


def preamble(paragraphs: list[Paragraph], item: Item, meeting: Meeting, own: str | None, page: Page) -> int:
    """The dnro, handling lines, printed § and the chrome's attachment list; return where the title is."""
    table_end = 0
    for index, paragraph in enumerate(paragraphs):
        if index < table_end:
            continue  # a row of the attachment table read below
        text = paragraph.text
        span = Span(str(page.path), paragraph.line)
        first = text.split("\n")[0]
        rows = _attachment_table(paragraphs, index) if not item.title else []
        if rows:
            # the chrome's attachment list saved as a table above the title (``| Otsikko`` / ``|---`` /
            # ``| Oheismateriaali 1Title (pdf 12 kb)``): its column heading is no title, its rows are the
            # attachments
            item.attachments.extend(_table_attachment(row, Span(str(page.path), line)) for row, line in rows)
            table_end = index + 2 + len(rows)
            continue
        if classify_heading(first) in ("attachments",) and "\n" in text:  # the chrome's linked list
            for line in text.split("\n")[1:]:
                item.attachments.append(_listed_attachment(line, span))
            continue
        if not item.title and (listed := _supplementary_list(text)) is not None:
            # the chrome's list of supplementary material above the title (``Oheismateriaali`` over its
            # lines, or ``OHEISMATERIAALI: Title`` on one line): no part of the item's text
            for attachment in parse_attachment_lines(listed, supplementary=True):
                attachment.span = span
                item.attachments.append(attachment)
            continue
        if not item.title and _RULE_OR_FILE_LABEL.match(text):
            item.sections.append(Section("generic", "", text, span))
            continue
        if not item.title and index + 1 < len(paragraphs) and _ORGANISATION_LINE.match(text):
            # the organisation printed over the title (``Perhon kunta``): it names the municipality
            page.label = page.label or text
            continue
        if not item.title and (letterhead := _letterhead(paragraphs, index)) is not None:
            # the letterhead in capitals over its rule (``PERHON KUNTA`` / ``_____``): it names the
            # municipality, and the title is under the rule
            page.label = page.label or letterhead
            continue
        if not item.title and index + 1 < len(paragraphs) and _attachment_links(text):
            # linked attachments saved above the title (``Liite3 Takauspolitiikka 2023``), one a line, or a
            # row of the chrome's list with its number in a cell of its own (``Liite 46 | Title``)
            for line in text.split("\n"):
                if _NUMBERED_ROW.match(line):
                    item.attachments.append(_listed_attachment(line, span))
                else:
                    item.attachments.extend(parse_attachment_lines([line], supplementary=False))
            continue
        if not item.title and _numbered_short_title(text, paragraphs[index + 1 :]):
            continue  # ``13 Title`` over ``Title, valtuustoaloite``: the list's number and the title again
        if not item.title and _links_above_title(paragraphs, index):
            # the chrome's links to the attachments, saved without their heading above the title
            for line in text.split("\n"):
                item.attachments.append(Attachment(title=line.strip(), span=span))
            continue
        if not item.title and _list_over_marks(paragraphs, index):
            # the chrome's attachment list over the dnro, the handling line and the printed number that head
            # the title (``1 Title`` / ``Ennakkoarviointi`` / ``Asianumero …`` / ``… § 18`` / ``§ 18``)
            for attachment in parse_attachment_lines(text.split("\n"), supplementary=False):
                attachment.span = span
                item.attachments.append(attachment)
            continue
        dnro = dnro_paragraph(_DNRO_LABEL.sub("", text))
        if item.case is None and dnro is not None:
            item.case = Case(diary_number=parse_diary_number(dnro[0], span=span), title=dnro[1], span=span)
            continue
        handling = HANDLING.match(text)
        if handling is not None and not _cites_a_decision(handling.group("body")):
            _handling(item, handling, meeting, own, span)
            continue
        if index + 1 < len(paragraphs) and _own_unnumbered_mark(text, meeting):
            continue  # an agenda's own handling line with no number (``Kasvatuslautakunta 28.01.2026``)
        printed = SECTION_NUMBER_EITHER.match(text)
        if printed is not None:
            item.number_raw = text
            item.spans["number"] = span
            continue
        if classify_heading(PARENTHESIS.sub("", first)) is not None or _starts_part(text):
            break
        if _reads_as_text(text) and (item.case is not None or item.history or item.number_raw or own):
            return index  # a page that prints no title: the presentation starts here
        item.title = text.replace("\n", " ")
        item.span = span
        item.spans["title"] = span
        if item.case is not None:
            item.case.title = item.case.title or item.title
        return index + 1
    return len(paragraphs)


#: a table's heading row of one cell (``| Otsikko``) and the rule under it (``|---``), as text saves them
_TABLE_HEADING = re.compile(r"^\|\s*[^|\s][^|]*$")
_TABLE_RULE = re.compile(r"^\|\s*:?-{3,}:?\s*\|?$")
#: a table row naming a numbered attachment, the number perhaps glued to its title
#: (``| Oheismateriaali 1Strategia 2026 (pdf 468 kb)``, ``| Liite 2 Hinnasto``)
_TABLE_ATTACHMENT = re.compile(
    r"^\|\s*(?P<label>(?i:oheismateriaali|liite|bilaga))\s*(?P<no>\d+(?:[a-z](?![\wåäö]))?)"
    r"\s*[.):]?\s*(?P<title>\S[^|]*?)\s*\|?$"
)


#: a genitive and an illative closing the words before a date and § (``… sivistyslautakunnan päätökseen``):
#: prose citing a decision, as a title does (``Oikaisuvaatimus lautakunnan päätökseen 2.3.2027 § 14``)
_GENITIVE_AND_ILLATIVE = re.compile(
    r"\s[a-zåäö][\wåäö-]*n\s+[a-zåäö][\wåäö-]*(?:aan|ään|een|iin|oon|öön|uun|yyn|seen|siin)$"
)


def _cites_a_decision(words: str) -> bool:
    """True when the words a handling line would name as its body read as prose around the date and §: a
    noun, a genitive and an illative (``Valitus hallituksen päätökseen``), which no body's name is."""
    return _GENITIVE_AND_ILLATIVE.search(words) is not None


def _attachment_table(paragraphs: list[Paragraph], index: int) -> list[tuple[re.Match[str], int]]:
    """The rows (and their lines) of a table of numbered attachments that starts at ``index`` with its
    heading row and rule; none when no such table starts there."""
    if index + 2 >= len(paragraphs):
        return []
    if not _TABLE_HEADING.match(paragraphs[index].text) or not _TABLE_RULE.match(paragraphs[index + 1].text):
        return []
    rows: list[tuple[re.Match[str], int]] = []
    for paragraph in paragraphs[index + 2 :]:
        row = _TABLE_ATTACHMENT.match(paragraph.text)
        if row is None:
            break
        rows.append((row, paragraph.line))
    return rows


def _table_attachment(row: re.Match[str], span: Span) -> Attachment:
    """One row of the attachment table: its number and title; supplementary material by its label."""
    supplementary = row.group("label").casefold() == "oheismateriaali"
    return Attachment(
        title=row.group("title"), number=row.group("no"), supplementary=supplementary, span=span
    )


def _own_unnumbered_mark(text: str, meeting: Meeting) -> bool:
    """True for ``Body dd.mm.yyyy`` naming this meeting's body and date: the page's own handling printed
    with no number (an agenda's), a mark above the title, not the title."""
    m = BODY_DATE.match(text)
    return (
        m is not None
        and meeting.date is not None
        and parse_date(m.group("date")) == meeting.date
        and m.group("body").casefold() == meeting.body.name.casefold()
    )


#: an attachment's row in the chrome's list, its number in a cell of its own: ``2 | Title``, ``Liite 8 | T``
_NUMBERED_ROW = re.compile(
    r"^(?:(?:liite|bilaga)\s*)?(?P<no>\d+[a-z]?)\s*\|\s*(?P<title>[^|]*[^|\s])\s*\|?\s*$", re.I
)


def _listed_attachment(line: str, span: Span) -> Attachment:
    """One attachment of the chrome's list: a row's number cell is its number, not part of its title."""
    row = _NUMBERED_ROW.match(line.strip())
    if row is not None:
        return Attachment(title=row.group("title"), number=row.group("no"), span=span)
    return Attachment(title=line.strip(), span=span)


#: a number, a space, then a phrase: ``13 Kasvisruoka kouluihin``
_NUMBERED_PHRASE = re.compile(r"^\d{1,3}\s+(?P<phrase>[A-ZÅÄÖ].*)$")


def _numbered_short_title(text: str, following: list[Paragraph]) -> bool:
    """True for a heading printed with the list's number before it (``13 Kasvisruoka kouluihin``) over
    the title that repeats it in full (``Kasvisruoka kouluihin, valtuustoaloite``): not an attachment's
    link, and not the title."""
    m = _NUMBERED_PHRASE.match(text)
    if m is None or "\n" in text or not following:
        return False
    title = following[0].text
    return title != m.group("phrase") and title.startswith(m.group("phrase"))


def _links_above_title(paragraphs: list[Paragraph], index: int) -> bool:
    """True for short lines of links (``Lukukausimaksut 1.8.2022 alkaen`` / ``Soveltamisohjeet``) over a
    one-line title that a handling line or a dnro follows: the title is the line next to those, and the
    lines above it are the attachments' links the chrome prints without a heading."""
    if index + 2 >= len(paragraphs):
        return False
    links, title, after = (p.text for p in paragraphs[index : index + 3])
    if any(p.row or p.heading is not None for p in paragraphs[index : index + 2]):
        return False
    if _RULE_OR_FILE_LABEL.match(title):  # the title framed by rules (``____`` / title / ``____``)
        return False
    if any(len(line) > 100 or line.rstrip().endswith((".", ":")) for line in links.split("\n")):
        return False
    for text in (links, title):
        first = text.split("\n")[0]
        if classify_heading(PARENTHESIS.sub("", first)) is not None or _starts_part(text):
            return False
        if is_mark(text):
            return False
        if dnro_paragraph(_DNRO_LABEL.sub("", text)):
            return False
    if "\n" in title or _reads_as_text(title):
        return False
    if HANDLING.match(after) is not None or UNDATED_MARK.match(after) is not None:
        return True  # ``Kh 12.02.2024 § 44`` or, undated, ``SIVLTK § 60``
    return dnro_paragraph(_DNRO_LABEL.sub("", after)) is not None


def _list_over_marks(paragraphs: list[Paragraph], index: int) -> bool:
    """True for short lines over the marks that head the title: a dnro, then handling lines, the last of
    them the item's number printed alone (``§ 18``), then a one-line title. The title stands under its
    number; the lines above the dnro are the chrome's links to the attachments, saved without a heading."""
    paragraph = paragraphs[index]
    text = paragraph.text
    if paragraph.row or paragraph.heading is not None or is_mark(text):
        return False
    if any(len(line) > 100 or line.rstrip().endswith((".", ":")) for line in text.split("\n")):
        return False
    if classify_heading(PARENTHESIS.sub("", text.split("\n")[0])) is not None or _starts_part(text):
        return False
    following = paragraphs[index + 1 :]
    if not following or dnro_paragraph(_DNRO_LABEL.sub("", following[0].text)) is None:
        return False
    at = 1
    while at < len(following) and is_mark(mark := following[at].text) and not SECTION_NUMBER.match(mark):
        at += 1
    if at == 1 or at + 1 >= len(following) or not SECTION_NUMBER.match(following[at].text):
        return False  # a handling line and the number, then the title
    title = following[at + 1].text
    first = title.split("\n")[0]
    return (
        "\n" not in title
        and not is_mark(title)
        and classify_heading(PARENTHESIS.sub("", first)) is None
        and not _starts_part(title)
        and not _reads_as_text(title)
    )


def _supplementary_list(text: str) -> list[str] | None:
    """The lines of a supplementary-material list (``Oheismateriaali`` / ``2497/2021 Vaikutusten
    arviointi``; ``OHEISMATERIAALI: Ote …``), or ``None`` for any other paragraph."""
    first, _, more = text.partition("\n")
    if classify_heading(first.rstrip(":")) == "supplementary" and more.strip():
        return [line for line in more.split("\n") if line.strip()]
    m = match_heading_prefix(first)
    if m is None or m.kind != "supplementary" or not first[len(m.heading) :].startswith(":") or not m.rest:
        return None
    return [m.rest, *(line for line in more.split("\n") if line.strip())]


def _attachment_links(text: str) -> bool:
    """Lines that each name a numbered attachment: ``Liite3 Nurmijärvi takauspolitiikka 2023``, or
    ``Liite 3 Myyntihinnasto`` over ``Liite 4 Hinnasto`` when the links are saved with no blank line
    between them."""
    return all(
        (label := ATTACHMENT_LABEL.match(line)) is not None and bool(line[label.end() :].strip())
        for line in text.split("\n")
    )


def _reads_as_text(text: str) -> bool:
    """True for a paragraph of the presentation where a title would stand: long, more than one
    sentence and ending with a full stop (``Kunnanvaltuusto vahvisti kokouksessaan 12.6.2019 … .
    Ohjelmassa …``). A title is a phrase: it is short or has no sentence after a full stop."""
    return len(text) > 200 and text.rstrip().endswith(".") and NEXT_SENTENCE.search(text) is not None


def _starts_part(text: str) -> bool:
    """True when a paragraph opens a part by its first word (``Päätös Esityslista hyväksyttiin.``); a
    title that starts with such a word (``Lausunto luonnoksesta …``: one line, no full stop, the next
    word in lower case; or ``Lausunto Itä-Suomen hallinto-oikeudelle / …``, a phrase naming its
    addressee) does not."""
    m = match_heading_prefix(text.split("\n")[0])
    if m is None:
        return False
    title_like = (
        "\n" not in text and not text.endswith(".") and (m.rest[:1].islower() or _named_phrase(text, m.rest))
    )
    return not title_like


def _named_phrase(line: str, rest: str) -> bool:
    """True for a title's phrase after a heading word: no colon after the word or at the end, three
    words or more that name no person or office and carry no verb of a sentence (``Lausunto Itä-Suomen
    hallinto-oikeudelle / Rakennuslupa``); ``Päätösehdotus Kaupunginjohtaja Jukka Mäkelä`` names the
    presenter and ``Lausunto Lautakunta antaa seuraavan lausunnon`` is the part's text. A person's name is
    two capitalised words in a row: ``Lausunto Esimerkkilä, Mallinmäen osayleiskaavasta`` (a place, a comma,
    a plan) names none."""
    return (
        no_colon(line, rest)
        and not line.rstrip().endswith(":")
        and len(rest.split()) >= 3
        and not (looks_like_person(rest) and NAME_PAIR.search(rest))
        and not is_title_only(rest)
        and SENTENCE_VERB.search(rest) is None
    )


#: … on a line of its own over the title
_ORGANISATION_LINE = re.compile(rf"^{ORGANISATION_NAME}$")


#: the organisation's name in capitals, a letterhead's (``PERHON KUNTA``, ``KOKKOLAN KAUPUNKI``,
#: ``ESIMERKIN HYVINVOINTIALUE``)
_LETTERHEAD = re.compile(
    r"^(?P<stem>[A-ZÅÄÖ][A-ZÅÄÖ-]*N)\s+(?P<kind>KUNTA|KAUPUNKI|KUNTAYHTYMÄ|HYVINVOINTIALUE)$"
)
_RULE = re.compile(r"^[_=\-]{10,}$")


def _letterhead(paragraphs: list[Paragraph], index: int) -> str | None:
    """The organisation a letterhead names (``Perhon kunta``) when the paragraph at ``index`` is its name in
    capitals with a rule under it, in the paragraph or the next one; else ``None``. Without the rule, a
    line in capitals may be the title (``KIRJASTON AUKIOLOAJAT``)."""
    first, _, rest = paragraphs[index].text.partition("\n")
    m = _LETTERHEAD.match(first.strip())
    if m is None:
        return None
    under = rest if rest else (paragraphs[index + 1].text if index + 1 < len(paragraphs) else "")
    if not _RULE.match(under.strip()):
        return None
    return f"{m.group('stem').capitalize()} {m.group('kind').lower()}"
