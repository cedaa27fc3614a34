"""Helsinki Ahjo decision HTML, old and new format, one or many items per page.

Item roots are ``div.paatos`` (minutes), ``div.esitys`` (agenda proposal) and
``div.viranhaltijapaatos`` (officer decision). The new format wraps the header in
``section.OtsikkoSektio`` and the content in ``section.SisaltoSektioToisto > div.SisaltoSektio``;
the old one puts ``h3`` headings and their content side by side. Spans are lxml source lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from paatosdata.diary import parse_diary_number
from paatosdata.errors import ParseError
from paatosdata.legal import parse_date, parse_legal_references
from paatosdata.lexicon import classify_heading, normalise_heading
from paatosdata.model import (
    AppealInfo,
    AppealKind,
    Attachment,
    Body,
    Case,
    Confidentiality,
    DecisionReference,
    Document,
    DocumentKind,
    Item,
    Meeting,
    Outcome,
    Participant,
    Person,
    Section,
    Span,
)
from paatosdata.outcome import classify_outcome
from paatosdata.parse.ahjo_proceedings import parse_motions, parse_votes
from paatosdata.parse.ahjo_text import ahjo_text_as_page, is_ahjo_text
from paatosdata.parse.ahjo_text_lines import CONFORMS_CLASS, AhjoTextPage, city_body
from paatosdata.parse.base import Reader, decode, source_for, span
from paatosdata.parse.htmlsafe import has_page_tag
from paatosdata.parse.vendor_appeal import appeal_info, appeal_kind
from paatosdata.parse.vendor_deciders import body_from_text, officer_from_text
from paatosdata.parse.vendor_html import classes, html_text, parse_document
from paatosdata.parse.vendor_municipalities import municipality_for
from paatosdata.people import EMAIL, parse_person

__all__ = ["AhjoHtmlReader", "ahjo_people"]

_ROOTS = {
    "paatos": DocumentKind.MINUTES,
    "esitys": DocumentKind.AGENDA,
    "viranhaltijapaatos": DocumentKind.OFFICER_DECISION,
}
#: class fragments of blocks whose kind the class decides, not the heading
_CLASS_KINDS = [
    ("Lisatiedot", "preparers"),
    ("EsittelijaTiedot", "presenter"),
    ("Liitteet", "attachments"),
    ("Muutoksenhaku", "appeal"),
    ("Otteet", "distribution"),
    ("SahkoinenAllekirjoitus", "signatures"),
    ("Paatoksentekija", "signatures"),
]
_WRAPPERS = {"OtsikkoSektio", "SisaltoSektioToisto"}
_SIGNATURE_ROLES = {
    "puheenjohtaja": "puheenjohtaja",
    "poytakirjanpitaja": "pöytäkirjanpitäjä",
    "paattaja": "päättäjä",
    "esittelija": "esittelijä",
}
#: the handling's record that the body adopted a proposal changed by a counter-proposal
_ADOPTED_CHANGED = re.compile(
    r"\b(?:hyväksyi|godkände)\b[^.]*?\b(?:muutetun ehdotuksen|det ändrade förslaget)\b"
)
#: the mark of an earlier handling in a decision history: the body, the meeting's day and the §
_HANDLING_MARK = re.compile(
    r"(?P<body>[A-ZÅÄÖ][^\n]*?)\s+(?P<day>\d{1,2}\.\d{1,2}\.\d{4})\s*§\s*(?P<section>\d+)"
)
#: a presenter's title opened by an acting mark: vs./v.s. (viransijainen), va. (väliaikainen),
#: vt. (virkaa tekevä), t.f. (tillförordnad)
_ACTING_TITLE = re.compile(r"^(?:vs\.|v\.s\.|va\.|vt\.|t\.f\.)\s*", re.I)
#: a body's name in the English site's chrome, its organ word last (``Environment and Permits
#: Sub-committee``) or first (``Board of …``)
_ENGLISH_BODY = re.compile(r"\b(?:committee|sub-committee|board|council|division)(?:$|\s+of\b)", re.I)
#: a body's name in the Swedish site's chrome (``Sektionen för byggnader och allmänna områden``): its
#: organ word, in any form
_SWEDISH_BODY = re.compile(r"(?:nämnd|sektion|styrelse|fullmäktige|direktion)", re.I)
#: the lone letter of a decision's first part (``A``) over the sentence that names who decided
_PART_LEAD = re.compile(r"^\s*[A-H]\s*\n")
_PHONE_LABEL = re.compile(r",?\s*(?:puhelin|puh\.?|tfn|telefon)\s*:?\s*(?P<num>[^,\n]+)", re.I)


@dataclass
class _Part:
    kind: str
    heading: str
    line: int
    elements: list[etree._Element] = field(default_factory=list)
    css: str = ""


def ahjo_people(lines: list[str], where: Span | None = None) -> list[Person]:
    """Contact people from ``Name, title, puhelin: 09 …`` lines; a line with only an e-mail joins the last,
    and so does an address the saved text cuts before its domain (``jane.doe``, ``jane.doe@exa``): no
    person of its own, and too little to be the address.

    >>> p = ahjo_people(["Jane Doe, johtava asiantuntija, puhelin: 09123", "jane.doe@example.com"])[0]
    >>> (p.name, p.title, p.phone, p.email)
    ('Jane Doe', 'johtava asiantuntija', '09123', 'jane.doe@example.com')
    >>> [(p.name, p.email) for p in ahjo_people(["Jane Doe, johtava asiantuntija", "jane.doe"])]
    [('Jane Doe', None)]
    """
    people: list[Person] = []
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        email = EMAIL.search(line)
        if people and email and not EMAIL.sub("", line).strip(" ,;"):
            people[-1].email = people[-1].email or email.group(0).replace("(a)", "@")
            continue
        if people and _cut_address_of(line, people[-1].name or ""):
            continue
        phone = _PHONE_LABEL.search(line)
        rest = line[: phone.start()] + line[phone.end() :] if phone else line
        person = parse_person(rest, where)
        if phone:
            person.phone = phone.group("num").strip()
        people.append(person)
    return people


#: an e-mail address cut before its domain is complete: its local part (``jane.doe``), at times with the
#: ``@`` and the start of the domain
_CUT_ADDRESS = re.compile(r"^(?P<local>[a-zåäöü0-9]+(?:[._-][a-zåäöü0-9]+)*)(?:@[\w.-]*)?$")
#: the letters an address writes without their marks
_UNMARKED = str.maketrans("åäöüé", "aaoue")


def _cut_address_of(line: str, name: str) -> bool:
    """True for an e-mail address cut before its domain that spells ``name`` (its words, or their initials,
    joined by dots, the letters ``å``, ``ä``, ``ö`` written without their marks: ``jane.doe``, ``j.doe@exa``,
    ``matti.makela`` for Matti Mäkelä)."""
    m = _CUT_ADDRESS.match(line)
    if m is None:
        return False
    words = [w for w in re.split(r"[\s-]+", name.casefold().translate(_UNMARKED)) if w]
    parts = re.split(r"[._-]", m.group("local").translate(_UNMARKED))
    return len(parts) >= 2 and all(
        any(w == part or (len(part) == 1 and w.startswith(part)) for w in words) for part in parts
    )


#: a trailing "(Salassa pidettävä, JulkL (621/1999) 24.1 § 25 k)" after an attachment's title
_SECRECY_NOTE = re.compile(r"\s*\((?P<note>(?:salassa pidettävä|sekretessbelagd)\b.*)\)\s*$", re.I)


class AhjoHtmlReader(Reader):
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
        line as in Finnish, and a Finnish page's office line is kept even where the subject says more."""
        if saved.chrome == saved.decided_in:
            return
        decider = next((s for s in document.signatures if s.role == "päättäjä" and s.person.title), None)
        if decider is not None and decider.person.title:
            office, where = decider.person.title, decider.span
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

    # -- splitting the page into parts --------------------------------------------------------

    def _parts(self, root: etree._Element, path: Path, item: Item) -> list[_Part]:
        parts: list[_Part] = []
        current: _Part | None = None
        for child in root:
            if not isinstance(child.tag, str):
                continue
            css = classes(child)
            if css & _WRAPPERS:
                parts.extend(self._parts(child, path, item))
                current = None
                continue
            if self._header_field(child, css, path, item):
                current = None
                continue
            if CONFORMS_CLASS in css:
                # the site's statement that the decision is as proposed (a page saved as text): a part of its
                # own, no part of the decision or the handling it closes, which go on after it if they do
                parts.append(_Part("generic", CONFORMS_CLASS, child.sourceline or 1, [child]))
                continue
            tag = child.tag.lower()
            css_name = " ".join(sorted(css))
            classed = any(frag in css_name for frag, _ in _CLASS_KINDS)
            if tag == "h3" and not css and current is not None and current.kind == "appeal":
                if appeal_kind(html_text(child)) is not None:
                    # one instruction of several under Muutoksenhaku (a procurement decision's
                    # hankintaoikaisu and its appeal to the Market Court) stays in the appeal part
                    current.elements.append(child)
                    continue
            if tag == "h3" or (
                tag in ("section", "div") and ("SisaltoSektio" in css or tag == "section" or classed)
            ):
                heading_el = child if tag == "h3" else child.find(".//h3")
                heading = html_text(heading_el) if heading_el is not None else ""
                part_kind = next((k for frag, k in _CLASS_KINDS if frag in css_name), None)
                if part_kind is None:
                    part_kind = classify_heading(heading) or "generic"
                current = _Part(part_kind, heading, child.sourceline or 1, css=css_name)
                parts.append(current)
                if tag != "h3":
                    current.elements = [e for e in child if e is not heading_el and isinstance(e.tag, str)]
                    current = None
                continue
            if current is not None:
                current.elements.append(child)
            elif html_text(child):
                parts.append(_Part("generic", " ".join(sorted(css)), child.sourceline or 1, [child]))
        return parts

    def _header_field(self, el: etree._Element, css: set[str], path: Path, item: Item) -> bool:
        text = html_text(el)
        where = span(path, el.sourceline)
        if "Asiapykala" in css:
            item.number_raw = text or None
            m = re.search(r"\d+[a-z]?", text)
            item.number = m.group(0) if m else None
            item.spans["number"] = where
        elif "AsiaOtsikko" in css or "JulkinenOtsikko" in css:
            item.title = text
            item.spans["title"] = where
            if "JulkinenOtsikko" in css:
                item.confidentiality = item.confidentiality or Confidentiality(ground="", span=where)
                item.confidentiality.public_title = text
        elif "DnroTmuoto" in css or "Dnro" in css:
            if text:
                item.case = Case(diary_number=parse_diary_number(text, span=where), span=where)
        elif "SalassapidonPerustelut" in css or "Julkisuus" in css:
            ground = _ground(text)
            conf = item.confidentiality or Confidentiality(ground="", span=where)
            conf.ground = ground
            refs = parse_legal_references(ground, where)
            conf.reference = refs[0] if refs else None
            conf.span = where
            item.confidentiality = conf
            item.sections.append(Section("confidentiality", "Julkisuus", text, where))
        elif css & {"Viite", "Otsikonviite"}:
            if text:
                item.sections.append(Section("generic", " ".join(sorted(css)), text, where))
        else:
            return False
        return True

    # -- filling the item ------------------------------------------------------------------------

    def _apply(self, part: _Part, item: Item, kind: DocumentKind, path: Path, document: Document) -> None:
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
            item.attachments.extend(self._attachments(part, where))
        elif section_kind == "appeal":
            item.appeal.extend(self._appeals(part, path))
        elif section_kind == "distribution":
            rows = [row for row in part.elements[0].iter("tr")] if part.elements else []
            cells = [row.findall("td") for row in rows]
            names = [html_text(c[0]) for c in cells if c and html_text(c[0])]
            if not rows:
                names = [line for line in text.splitlines() if line]
            # Otteet and Tiedoksi may both name one recipient
            item.distribution.extend(n for n in dict.fromkeys(names) if n not in item.distribution)

    def _proceedings(self, part: _Part, item: Item, path: Path) -> None:
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

    def _preparers(self, part: _Part, where: Span) -> list[Person]:
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

    def _attachments(self, part: _Part, where: Span) -> list[Attachment]:
        found = []
        pending: str | None = None  # a number printed on a line of its own, before its title
        for el in part.elements:
            for line in html_text(el).splitlines():
                line = line.strip()
                if not line:
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
                        confidentiality_ground=_ground(ground_text) if secret else None,
                        span=where,
                    )
                )
        return found

    def _appeals(self, part: _Part, path: Path) -> list[AppealInfo]:
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

    def _titled_appeals(self, part: _Part, path: Path) -> list[AppealInfo]:
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

    def _signatures(self, part: _Part, path: Path) -> list[Participant]:
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


def _ground(text: str) -> str:
    """The ground inside ``Salassa pidettävä (…)``, outer parentheses only; the text if none."""
    start, end = text.find("("), text.rfind(")")
    inner = text[start + 1 : end].strip() if start != -1 and end > start else text.strip()
    return re.sub(r"^(?:Salassa pidettävä|Sekretessbelagd)\s*,\s*", "", inner)
