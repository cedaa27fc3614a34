"""Helsinki Ahjo decision HTML, old and new format, one or many items per page.

Item roots are ``div.paatos`` (minutes), ``div.esitys`` (agenda proposal) and
``div.viranhaltijapaatos`` (officer decision). The new format wraps the header in
``section.OtsikkoSektio`` and the content in ``section.SisaltoSektioToisto > div.SisaltoSektio``;
the old one puts ``h3`` headings and their content side by side. Spans are lxml source lines.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from paatosdata.errors import ParseError
from paatosdata.legal import parse_date
from paatosdata.model import Body, Document, DocumentKind, Item, Meeting, Outcome, Section
from paatosdata.outcome import classify_outcome
from paatosdata.parse.ahjo_html_fill import AhjoHtmlFill
from paatosdata.parse.ahjo_html_parts import AhjoHtmlParts
from paatosdata.parse.ahjo_html_people import ahjo_people
from paatosdata.parse.ahjo_text import ahjo_text_as_page, is_ahjo_text
from paatosdata.parse.ahjo_text_lines import CONFORMS_CLASS, AhjoTextPage, city_body
from paatosdata.parse.base import decode, source_for, span
from paatosdata.parse.htmlsafe import has_page_tag
from paatosdata.parse.vendor_deciders import body_from_text, officer_from_text
from paatosdata.parse.vendor_html import classes, parse_document
from paatosdata.parse.vendor_municipalities import municipality_for

__all__ = ["AhjoHtmlReader", "ahjo_people"]

_ROOTS = {
    "paatos": DocumentKind.MINUTES,
    "esitys": DocumentKind.AGENDA,
    "viranhaltijapaatos": DocumentKind.OFFICER_DECISION,
}
#: the handling's record that the body adopted a proposal changed by a counter-proposal
_ADOPTED_CHANGED = re.compile(
    r"\b(?:hyväksyi|godkände)\b[^.]*?\b(?:muutetun ehdotuksen|det ändrade förslaget)\b"
)
#: a body's name in the English site's chrome, its organ word last (``Environment and Permits
#: Sub-committee``) or first (``Board of …``)
_ENGLISH_BODY = re.compile(r"\b(?:committee|sub-committee|board|council|division)(?:$|\s+of\b)", re.I)
#: a body's name in the Swedish site's chrome (``Sektionen för byggnader och allmänna områden``): its
#: organ word, in any form
_SWEDISH_BODY = re.compile(r"(?:nämnd|sektion|styrelse|fullmäktige|direktion)", re.I)
#: an acting holder's mark before or after an office (``vs. kulttuurijohtaja``, ``Museonjohtaja vs.``):
#: vs./v.s. (viransijainen), va. (väliaikainen), vt. (virkaa tekevä), t.f. (tillförordnad)
_ACTING_MARK = re.compile(r"^(?:vs|v\.s|va|vt|t\.f)\.\s*|\s+(?:vs|v\.s|va|vt|t\.f)\.$", re.I)
#: the lone letter of a decision's first part (``A``) over the sentence that names who decided
_PART_LEAD = re.compile(r"^\s*[A-H]\s*\n")


class AhjoHtmlReader(AhjoHtmlParts, AhjoHtmlFill):
    """Ahjo decision, proposal and officer-decision pages (HTML)."""

    name = "ahjo-html"
    extensions = (".html", ".htm")

    @classmethod
    def sniff(cls, head: bytes, path: Path) -> bool:
        text = head.decode("utf-8", "replace")
        return (
            re.search(
                r'class="(?:paatos|esitys|viranhaltijapaatos|Asiapykala|AsiaOtsikko|JulkinenOtsikko|SisaltoSektio|'
                r'DnroTmuoto)"',
                text,
            )
            is not None
        ) or is_ahjo_text(head)

    def read(self, data: bytes, path: Path) -> list[Document]:
        """The decisions of an Ahjo page, or of a decision page of the city's site saved as text."""
        saved: AhjoTextPage | None = None
        if is_ahjo_text(data[:65536]):
            saved = ahjo_text_as_page(decode(data, path))
        elif not (text := decode(data, path)).lstrip().startswith("<"):
            # text this reader was asked for that detection would not give it: a decision page saved
            # without its dnro line is still read as one
            lenient = ahjo_text_as_page(text, lenient=True)
            saved = lenient if lenient.markup else None
            if saved is None and not has_page_tag(text):
                # plain text in none of the site's layouts: no HTML to parse, so say what is missing
                raise ParseError(
                    "the text is not a page of Helsinki's decision site: no dnro line with the item's §, "
                    "no decision's label under its title and no proposal marked 'Tämä on esitys' was found",
                    source=str(path),
                    hint="a page saved as text keeps the site's lines from the case's title on",
                )
        root = parse_document(saved.markup.encode("utf-8") if saved else data, path)
        roots = [
            el
            for el in root.iter("div", "section")
            if classes(el) & set(_ROOTS) and not any(classes(a) & set(_ROOTS) for a in el.iterancestors())
        ]
        if not roots:
            raise ParseError(
                "no Ahjo decision found (no div.paatos, div.esitys or div.viranhaltijapaatos)",
                source=str(path),
            )
        kinds = {next(k for c, k in _ROOTS.items() if c in classes(r)) for r in roots}
        kind = kinds.pop() if len(kinds) == 1 else DocumentKind.MINUTES
        document = Document(
            kind=kind,
            meeting=Meeting(
                body=Body(name=""), municipality=municipality_for("helsinki"), span=span(path, 1)
            ),
            source=source_for(path, data, self.name),
        )
        for meta in root.iter("meta"):
            if meta.get("name") == "DhId":
                document.sections.append(
                    Section("generic", "DhId", str(meta.get("content")), span(path, meta.sourceline))
                )
        language = str(root.get("lang") or "fi")[:2].lower()
        document.language = language if language in ("fi", "sv", "en") else "fi"
        for item_root in roots:
            item_kind = next(k for c, k in _ROOTS.items() if c in classes(item_root))
            item = self._item(item_root, item_kind, path, document)
            item.language = document.language
            document.items.append(item)
        if saved is not None and document.items:
            document.items[0].agenda_number = saved.agenda_number
            document.meeting.body.name = saved.body or ""
            document.meeting.body.abbreviation = saved.body_short
            document.meeting.number = saved.meeting_number
            if saved.meeting_day:
                document.meeting.date = parse_date(saved.meeting_day)
                document.meeting.date_raw = saved.meeting_day
        for item in document.items:
            text = _PART_LEAD.sub("", item.decision or item.proposal or "", count=1)
            found = body_from_text(text)
            officer = officer_from_text(text)
            if officer and not found and document.kind is DocumentKind.MINUTES and len(document.items) == 1:
                # Ahjo prints some office holders' decisions in div.paatos too
                document.kind = DocumentKind.OFFICER_DECISION
                found = officer
            english = saved is not None and _ENGLISH_BODY.search(document.meeting.body.name) is not None
            # the Swedish site's name of a body the table of names lacks, over a decision printed in Finnish
            swedish = (
                saved is not None
                and (saved.chrome, saved.decided_in) == ("sv", "fi")
                and _SWEDISH_BODY.search(document.meeting.body.name) is not None
            )
            if found and (not document.meeting.body.name or english or swedish):
                # a saved page that prints no body line, or the English or Swedish site's name of one the
                # table of names lacks: the subject of its decision, in Finnish
                document.meeting.body.name = city_body(found) if saved is not None else found
                document.meeting.body.span = item.spans.get("decision") or item.spans.get("proposal")
            if saved is not None and document.kind is DocumentKind.OFFICER_DECISION:
                self._office_in_decision_language(document, saved, item, officer)
        return [document]

    @staticmethod
    def _office_in_decision_language(
        document: Document, saved: AhjoTextPage, item: Item, officer: str | None
    ) -> None:
        """An officer's decision printed in another language than the site's chrome around it is named by
        its office in the decision's language: as the decider's block names it (``Beslutsfattare`` /
        ``liikenne- ja katusuunnittelupäällikkö``), else, on the Swedish site, which prints the office line
        in Swedish (``Enhetschef``), as the decision's subject names it. The English site prints the office
        line as in Finnish, and a Finnish page's office line is kept even where the subject says more. A
        page that prints no office line is named by its decision's subject, which is in the decision's
        language already, not by the decider's own title (``Museonjohtaja vs.``), and an acting holder's
        office is named without the mark (``vs. kulttuurijohtaja`` → Kulttuurijohtaja), as the subject's
        is (``Vs. kulttuurijohtaja päätti …``)."""
        if saved.chrome == saved.decided_in or (saved.body is None and document.meeting.body.name):
            return
        decider = next((s for s in document.signatures if s.role == "päättäjä" and s.person.title), None)
        if decider is not None and decider.person.title:
            office, where = _ACTING_MARK.sub("", decider.person.title), decider.span
        elif saved.chrome == "sv" and officer:
            office, where = officer, item.spans.get("decision")
        else:
            return
        document.meeting.body.name = office[:1].upper() + office[1:]
        document.meeting.body.span = where

    def _item(self, root: etree._Element, kind: DocumentKind, path: Path, document: Document) -> Item:
        item = Item(number=None, title="", span=span(path, root.sourceline))
        for part in self._parts(root, path, item):
            self._apply(part, item, kind, path, document)
        item.span = item.spans.get("title", item.span)  # an item is where its title is
        if item.decision:
            item.outcome, item.unanimous = classify_outcome(item.decision)
            # the site's statement that the decision is as proposed ("Päätös on ehdotuksen mukainen."): the
            # proposal was neither turned down nor changed, whatever the decision's words seem to say
            # ("hylkäsi vs. liikuntajohtajan päätöksestä tehdyn oikaisuvaatimuksen")
            conforms = any(s.heading == CONFORMS_CLASS for s in item.sections if s.kind == "generic")
            if conforms and item.outcome in (Outcome.REJECTED, Outcome.AMENDED):
                item.outcome = Outcome.APPROVED
            if item.outcome is None and kind is not DocumentKind.AGENDA:
                # the Päätös part of a decision page is a decision made, also when an officer writes it
                # in the present tense ("Kumppanuuspäällikkö myöntää …")
                item.outcome = Outcome.APPROVED
            if item.handling:
                handled, unanimous = classify_outcome(item.handling)
                if item.unanimous is None:
                    item.unanimous = unanimous
                # a changed proposal adopted by a vote ("… muutetun ehdotuksen äänin 7 - 8") is changed all
                # the same: the vote's words outrank the change only in the rules' order
                changed = handled is Outcome.AMENDED or (
                    handled is Outcome.VOTED and _ADOPTED_CHANGED.search(item.handling) is not None
                )
                if item.outcome is Outcome.APPROVED and changed and not conforms:
                    # the handling adopted a changed proposal ("hyväksyi … vastaehdotuksen mukaisesti
                    # muutetun ehdotuksen") where the decision states only what was decided
                    item.outcome = Outcome.AMENDED
                elif item.outcome is Outcome.APPROVED and handled is Outcome.VOTED:
                    # the handling's closing sentence records a vote ("hyväksyi esittelijän ehdotuksen
                    # äänin 9 - 4") where no block of votes was read: passed after a vote all the same
                    item.outcome = Outcome.VOTED
            if item.votes:
                item.unanimous = False
                if item.outcome is Outcome.APPROVED:
                    item.outcome = Outcome.VOTED  # passed after the votes the handling records
        return item
