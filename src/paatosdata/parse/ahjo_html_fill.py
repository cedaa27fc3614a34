"""What each part of an Ahjo decision page gives its item: the decision, proposal, reasons, summary,
handling (with its motions and votes), history of earlier handlings, presenter, preparers, attachments,
appeal instructions and recipients; the signatures go to the document.

:class:`AhjoHtmlFill` is the part of :class:`~paatosdata.parse.ahjo_html.AhjoHtmlReader` that fills the
item, kept apart from the splitting of the page into parts.
"""

from __future__ import annotations

import re
from pathlib import Path

from paatosdata.legal import parse_date, parse_legal_references
from paatosdata.lexicon import normalise_heading
from paatosdata.model import (
    AppealInfo,
    AppealKind,
    DecisionReference,
    Document,
    DocumentKind,
    Item,
    Person,
    Section,
)
from paatosdata.parse.ahjo_html_blocks import AhjoHtmlBlocks
from paatosdata.parse.ahjo_html_parts import AhjoPart
from paatosdata.parse.ahjo_proceedings import parse_motions, parse_votes
from paatosdata.parse.base import span
from paatosdata.parse.vendor_html import classes, html_text

#: the mark of an earlier handling in a decision history: the body, the meeting's day and the §
_HANDLING_MARK = re.compile(
    r"(?P<body>[A-ZÅÄÖ][^\n]*?)\s+(?P<day>\d{1,2}\.\d{1,2}\.\d{4})\s*§\s*(?P<section>\d+)"
)
#: a presenter's title opened by an acting mark: vs./v.s. (viransijainen), va. (väliaikainen),
#: vt. (virkaa tekevä), t.f. (tillförordnad)
_ACTING_TITLE = re.compile(r"^(?:vs\.|v\.s\.|va\.|vt\.|t\.f\.)\s*", re.I)


class AhjoHtmlFill(AhjoHtmlBlocks):
    """The item filled from the parts of an Ahjo decision page."""

    def _apply(self, part: AhjoPart, item: Item, kind: DocumentKind, path: Path, document: Document) -> None:
        where = span(path, part.line)
        text = "\n\n".join(t for t in (html_text(e) for e in part.elements) if t)
        section_kind = part.kind
        if normalise_heading(part.heading) == "esitys" and kind is not DocumentKind.AGENDA:
            section_kind = "decision"  # Ahjo: "Esitys" is the body's final proposal (esitysehdotus → esitys)
        if section_kind == "signatures":
            document.signatures.extend(self._signatures(part, path))
            document.sections.append(
                Section("generic", part.heading or "SahkoinenAllekirjoitus", text, where)
            )
            return
        item.sections.append(Section(section_kind, part.heading, text, where))
        if section_kind == "decision":
            item.decision = f"{item.decision}\n\n{text}" if item.decision else text
            item.spans.setdefault("decision", where)
        elif section_kind == "proposal":
            item.proposal = f"{item.proposal}\n\n{text}" if item.proposal else text
            item.spans.setdefault("proposal", where)
        elif section_kind == "reasons":
            item.reasons = f"{item.reasons}\n\n{text}" if item.reasons else text
            item.spans.setdefault("reasons", where)
            item.legal_basis.extend(parse_legal_references(text, where))
        elif section_kind == "summary":
            item.summary = text
        elif section_kind == "handling":
            item.handling = text
            self._proceedings(part, item, path)
        elif section_kind == "history":
            # the marks of the earlier handlings (``Lautakunta 30.08.2022 § 169``), not the dates in the text
            for line in (html_text(e) for e in part.elements):
                if (mark := _HANDLING_MARK.fullmatch(line)) is not None:
                    day, section = parse_date(mark.group("day")), mark.group("section")
                    item.history.append(
                        DecisionReference(
                            raw=line, body=mark.group("body"), date=day, section=section, span=where
                        )
                    )
        elif section_kind == "presenter":
            divs = [text for text in (html_text(e) for e in part.elements) if text]
            # the older export prints the presenter again after the reasons: the first block is the one
            # read (a page cut inside the repeated block would otherwise give a clipped office as the name)
            if divs and item.presenter is None:
                title, name = (divs[0], divs[1]) if len(divs) >= 2 else ("", divs[0])
                acting = _ACTING_TITLE.match(title) is not None
                title = _ACTING_TITLE.sub("", title)
                item.presenter = Person(name=name, title=title or None, acting=acting, span=where)
        elif section_kind == "preparers":
            # the older export repeats the contact block after the reasons: a person is listed once
            known = {person.name for person in item.preparers}
            item.preparers.extend(p for p in self._preparers(part, where) if p.name not in known)
        elif section_kind == "attachments":
            # the older export repeats the list of attachments after the reasons: an attachment is listed once
            listed = {(a.number, a.title) for a in item.attachments}
            item.attachments.extend(
                a for a in self._attachments(part, where) if (a.number, a.title) not in listed
            )
        elif section_kind == "appeal":
            # the older export repeats the appeal block after the reasons: an instruction is listed once
            known_appeals = {_appeal_key(info) for info in item.appeal}
            item.appeal.extend(i for i in self._appeals(part, path) if _appeal_key(i) not in known_appeals)
        elif section_kind == "distribution":
            rows = [row for row in part.elements[0].iter("tr")] if part.elements else []
            cells = [row.findall("td") for row in rows]
            names = [html_text(c[0]) for c in cells if c and html_text(c[0])]
            if not rows:
                names = [line for line in text.splitlines() if line]
            # Otteet and Tiedoksi may both name one recipient
            item.distribution.extend(n for n in dict.fromkeys(names) if n not in item.distribution)

    def _proceedings(self, part: AhjoPart, item: Item, path: Path) -> None:
        for el in part.elements:
            for block in [el, *el.iterdescendants()]:
                if not isinstance(block.tag, str):
                    continue
                css = classes(block)
                where = span(path, block.sourceline)
                if css & {"ehdotukset", "toivomusponnet"}:
                    item.motions.extend(parse_motions(html_text(block), where))
                if "aanestykset" in css:
                    item.votes.extend(parse_votes(html_text(block), where))


def _appeal_key(info: AppealInfo) -> tuple[AppealKind, str]:
    """The kind and the words of an appeal instruction: a repeated block is the same instruction, also
    where it ends with a stray mark of its own (``.``)."""
    return info.kind, " ".join(w for w in info.text.split() if any(c.isalnum() for c in w))
