"""The listing blocks of an Ahjo decision: its contact people, attachments (with their secrecy), instructions
for appeal and signatures, each read from its part of the page.

:class:`AhjoHtmlBlocks` is the part of :class:`~paatosdata.parse.ahjo_html.AhjoHtmlReader` that reads them,
kept apart from the texts of the decision, the reasons and the handling.
"""

from __future__ import annotations

import re
from pathlib import Path

from paatosdata.model import AppealInfo, AppealKind, Attachment, Participant, Person, Span
from paatosdata.parse.ahjo_html_parts import AhjoPart, secrecy_ground
from paatosdata.parse.ahjo_html_people import ahjo_people
from paatosdata.parse.base import Reader, span
from paatosdata.parse.vendor_appeal import appeal_info
from paatosdata.parse.vendor_html import classes, html_text

_SIGNATURE_ROLES = {
    "puheenjohtaja": "puheenjohtaja",
    "poytakirjanpitaja": "pöytäkirjanpitäjä",
    "paattaja": "päättäjä",
    "esittelija": "esittelijä",
}


#: a trailing "(Salassa pidettävä, JulkL (621/1999) 24.1 § 25 k)" after an attachment's title
_SECRECY_NOTE = re.compile(r"\s*\((?P<note>(?:salassa pidettävä|sekretessbelagd)\b.*)\)\s*$", re.I)
#: the site's note under its list of attachments that some are not published (``Päätösasiakirjoissa on
#: mainittu liitteitä, joita ei julkaista internetissä. …``): no attachment
_UNPUBLISHED_NOTE = re.compile(r"^Päätösasiakirjoissa on mainittu liitteitä\b", re.I)


class AhjoHtmlBlocks(Reader):
    """The people, attachments, appeal instructions and signatures of an Ahjo decision."""

    def _preparers(self, part: AhjoPart, where: Span) -> list[Person]:
        people: list[Person] = []
        for el in part.elements:
            spans = {next(iter(classes(s)), ""): html_text(s) for s in el.iter("span")}
            if spans.get("LisatiedonantajanNimi"):
                people.append(
                    Person(
                        name=spans["LisatiedonantajanNimi"],
                        title=spans.get("LisatiedonantajanTitteli") or None,
                        phone=spans.get("LisatiedonantajanPuhelin") or None,
                        email=spans.get("LisatiedonantajanSahkoposti") or None,
                        span=where,
                    )
                )
        if people:
            return people
        lines = [line for e in part.elements for line in html_text(e).splitlines()]
        return ahjo_people(lines, where)

    def _attachments(self, part: AhjoPart, where: Span) -> list[Attachment]:
        found = []
        pending: str | None = None  # a number printed on a line of its own, before its title
        for el in part.elements:
            for line in html_text(el).splitlines():
                line = line.strip()
                if not line or _UNPUBLISHED_NOTE.match(line):
                    continue
                if re.fullmatch(r"\d+\.?", line):
                    pending = line.rstrip(".")
                    continue
                m = re.match(r"^(\d+)\.?\s+(.*)$", line)
                number, title = (m.group(1), m.group(2)) if m else (pending, line)
                pending = None
                secret = re.search(r"salassa pidettävä|sekretessbelagd", title, re.I)
                # "Salassa pidettävä (Salassa pidettävä, JulkL (621/1999) 24.1 § 25 k)": the
                # parenthesis is the secrecy note, not part of the title
                note = _SECRECY_NOTE.search(title)
                if note and note.start() > 0:
                    title, ground_text = title[: note.start()].strip(), f"({note.group('note')})"
                else:
                    ground_text = title
                found.append(
                    Attachment(
                        title=title,
                        number=number,
                        public=secret is None,
                        confidentiality_ground=secrecy_ground(ground_text) if secret else None,
                        span=where,
                    )
                )
        return found

    def _appeals(self, part: AhjoPart, path: Path) -> list[AppealInfo]:
        if any(isinstance(el.tag, str) and el.tag.lower() == "h3" for el in part.elements):
            return self._titled_appeals(part, path)
        blocks: list[tuple[str, int, list[str]]] = []
        for el in part.elements:
            if isinstance(el.tag, str) and el.tag.lower() == "h4":
                blocks.append((html_text(el), el.sourceline or part.line, []))
            elif blocks:
                blocks[-1][2].append(html_text(el))
            else:
                blocks.append(("", el.sourceline or part.line, [html_text(el)]))
        # the sub-headings of one instruction (Oikaisuvaatimusoikeus, Oikaisuvaatimusaika …) stay in it;
        # a block naming another kind (Valitusosoitus after Oikaisuvaatimusohje) starts the next one
        groups: list[tuple[AppealKind, str, int, list[str]]] = []
        for heading, line, texts in blocks:
            text = "\n\n".join(t for t in texts if t)
            info = appeal_info(heading, text, span(path, line))
            if info is not None and (not groups or info.kind is not groups[-1][0]):
                groups.append((info.kind, heading, line, [text]))
            elif groups:
                groups[-1][3].append(f"{heading}\n\n{text}" if heading else text)
        infos = []
        for _kind, heading, line, texts in groups:
            info = appeal_info(heading, "\n\n".join(t for t in texts if t), span(path, line))
            if info is not None:
                infos.append(info)
        if not infos and part.heading:
            # a text the part's heading alone names (``FÖRBUD MOT SÖKANDE AV ÄNDRING`` over ``Ändring i
            # beslutet får inte sökas …``)
            text = "\n\n".join(t for t in (html_text(el) for el in part.elements) if t)
            info = appeal_info(part.heading, text, span(path, part.line))
            infos = [info] if info is not None else []
        return infos

    def _titled_appeals(self, part: AhjoPart, path: Path) -> list[AppealInfo]:
        """Instructions each under an ``h3`` of their own (OHJEET HANKINTAOIKAISUVAATIMUKSEN
        TEKEMISEKSI, VALITUSOSOITUS MARKKINAOIKEUDELLE): each ``h3`` with its ``h4`` sub-headings is
        one instruction; an introduction before the first names no kind of its own."""
        blocks: list[tuple[str, int, list[str]]] = []
        for el in part.elements:
            is_heading = str(el.tag).lower() == "h3"
            if is_heading or not blocks:
                blocks.append((html_text(el) if is_heading else "", el.sourceline or part.line, []))
                if is_heading:
                    continue
            blocks[-1][2].append(html_text(el))
        infos = []
        for heading, line, texts in blocks:
            text = "\n\n".join(t for t in texts if t)
            info = appeal_info(heading, text, span(path, line)) if heading else None
            if info is not None:
                infos.append(info)
        return infos

    def _signatures(self, part: AhjoPart, path: Path) -> list[Participant]:
        found = []
        blocks = [b for el in part.elements for b in el.iter() if isinstance(b.tag, str)]
        for block in blocks:
            css = next(iter(classes(block)), "")
            if css.lower().endswith("nimi"):
                stem = css[: -len("nimi")].lower()
                title_el = next(
                    (b for b in blocks if next(iter(classes(b)), "").lower() == f"{stem}otsikko"), None
                )
                role = _SIGNATURE_ROLES.get(stem, stem)
                person = Person(
                    name=html_text(block),
                    title=(html_text(title_el) or None) if title_el is not None else None,
                    span=span(path, block.sourceline),
                )
                found.append(Participant(person=person, role=role, span=person.span))
        return found
