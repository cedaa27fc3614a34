"""The parts of one item in AKN: typed ``hcontainer``s, inline people and citations, votes, extras.

Text fields become one ``<p>`` per line (an empty line is an empty ``<p/>``), so text survives the
round trip exactly. Paragraphs with a ``class`` (``outcome``, ``citation``, ``reference``, ``reason``,
``attachment``, ``entry``) carry structure, not text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from paatosdata.akn.refs import References, clean_attrs, clean_text
from paatosdata.akn.tree import Node
from paatosdata.akn.vocab import concept_label, heading, legal_href, outcome_label, reference_href
from paatosdata.ids import body_slug, item_path, number_segment
from paatosdata.model import (
    AppealInfo,
    DecisionReference,
    Document,
    Item,
    LegalReference,
    Person,
    Section,
)

__all__ = [
    "MERGED_KINDS",
    "ItemWriter",
    "Opts",
    "append_text",
    "citation_attrs",
    "write_lines",
]

#: section kinds whose text is also an Item field: written once, as the typed hcontainer
MERGED_KINDS = {
    "summary": ("summary", "summary"),
    "proposal": ("proposal", "proposal"),
    "reasons": ("motivation", "reasons"),
    "motivation": ("motivation", "reasons"),
    "handling": ("proceedings", "handling"),
    "proceedings": ("proceedings", "handling"),
    "decision": ("decision", "decision"),
}

_TEXT_FIELDS = (("summary", "summary"), ("proposal", "proposal"), ("motivation", "reasons"))


@dataclass(slots=True)
class Opts:
    """Options of one export."""

    municipality: str
    include_confidential: bool = False
    abbreviations: dict[str, str] = field(default_factory=dict)


def _sub(parent: Node, tag: str, text: str | None = None, **attrs: str | None) -> Node:
    node = Node(tag, clean_attrs(attrs) if attrs else {}, None if text is None else clean_text(text))
    parent.children.append(node)
    return node


def _pd_attrs(element: Node, **attrs: str | None) -> None:
    values = element.attrs
    for name, value in attrs.items():
        if value is not None:
            values["pd:" + name] = clean_text(value)


def _flag(value: bool | None) -> str | None:
    return None if value is None else ("true" if value else "false")


def _text_ps(parent: Node, text: str) -> None:
    parent.children += [Node("p", {}, clean_text(line) if line else None) for line in text.split("\n")]


def write_lines(parent: Node, text: str) -> Node:
    """A ``content`` child of ``parent`` with one ``p`` per line of ``text``."""
    content = Node("content", {})
    parent.children.append(content)
    _text_ps(content, text)
    return content


def append_text(parent: Node, text: str) -> None:
    """Append ``text`` after the last child of ``parent`` (or as its text)."""
    text = clean_text(text)
    if parent.children:
        last = parent.children[-1]
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def citation_attrs(element: Node, ref: LegalReference) -> None:
    """The parsed parts of a citation as ``pd:`` attributes."""
    _pd_attrs(
        element,
        kind=ref.kind,
        name=ref.name,
        abbreviation=ref.abbreviation,
        number=str(ref.number) if ref.number is not None else None,
        year=str(ref.year) if ref.year is not None else None,
        chapter=ref.chapter,
        section=ref.section,
        subsection=ref.subsection,
        paragraph=ref.paragraph,
    )


class ItemWriter:
    """Writes one item's parts; ``item`` is None for the document-level parts of whole minutes."""

    def __init__(
        self, opts: Opts, refs: References, doc: Document, item: Item | None, prefix: str, meeting_date: date
    ) -> None:
        self.opts = opts
        self.refs = refs
        self.doc = doc
        self.item = item
        self.prefix = prefix
        self.meeting_date = meeting_date
        self.language = item.language if item else doc.language
        #: True when the item is wholly confidential and its text must not be written
        self.redacted = bool(
            item is not None
            and item.confidentiality is not None
            and item.confidentiality.whole_item
            and not opts.include_confidential
        )
        self.hc = 0
        self.votings: list[str] = []
        self.decision_eid: str | None = None
        self.proceedings_eid: str | None = None
        self.legal_eid: str | None = None

    # -- facts ---------------------------------------------------------------------------------

    @property
    def title(self) -> str:
        """The title to show: the public title of a redacted item."""
        item = self.item
        if item is None:
            return self.doc.meeting.body.name
        if self.redacted and item.confidentiality is not None:
            return item.confidentiality.public_title or heading("confidential", self.language)
        return item.title

    # -- helpers -------------------------------------------------------------------------------

    def _hcontainer(self, parent: Node, name: str, title: str | None, **attrs: str | None) -> Node:
        if parent.tag == "hcontainer":
            count = sum(1 for child in parent.children if child.tag == "hcontainer") + 1
            eid = f"{parent.get('eId')}__hcontainer_{count}"
        else:
            self.hc += 1
            eid = f"{self.prefix}hcontainer_{self.hc}"
        container = _sub(parent, "hcontainer", name=name, eId=eid, **attrs)
        if title is not None:
            _sub(container, "heading", title)
        return container

    def person_inline(self, parent: Node, person: Person, role: str | None) -> Node:
        """``<person refersTo as>`` with the person's printed details as ``pd:`` attributes."""
        element = _sub(
            parent,
            "person",
            person.name,
            refersTo=self.refs.person(person.name),
            as_=self.refs.role(role) if role else None,
        )
        _pd_attrs(
            element,
            title=person.title,
            phone=person.phone,
            email=person.email,
            acting=_flag(person.acting) if person.acting else None,
            private=_flag(person.private) if person.private else None,
            group=person.group,
        )
        return element

    def _person_p(self, container: Node, person: Person, role: str) -> None:
        p = _sub(container, "p")
        if person.title:
            acting = "vs. " if person.acting and not person.title.startswith(("vs", "t.f")) else ""
            p.text = clean_text(f"{acting}{person.title} ")
        self.person_inline(p, person, role)
        details = ", ".join(part for part in (person.phone and f"puh. {person.phone}", person.email) if part)
        if details:
            append_text(p, f", {details}")

    def _citation_p(self, parent: Node, ref: LegalReference) -> Node:
        p = _sub(parent, "p", class_="citation")
        href = legal_href(ref, self.opts.municipality)
        inline = _sub(p, "ref" if href else "span", ref.raw, href=href)
        citation_attrs(inline, ref)
        return inline

    def _reference_p(self, parent: Node, ref: DecisionReference) -> None:
        p = _sub(parent, "p", class_="reference")
        href = reference_href(ref, self.opts.municipality, self.opts.abbreviations)
        inline = _sub(p, "ref" if href else "span", ref.raw, href=href)
        _pd_attrs(
            inline,
            bodyAbbreviation=ref.body_abbreviation,
            body=ref.body,
            date=ref.date.isoformat() if ref.date else None,
            section=ref.section,
        )

    def _appeal_infos(self, container: Node, infos: list[AppealInfo]) -> None:
        for info in infos:
            sub = self._hcontainer(container, "appealInfo", None, class_=info.kind.value)
            _pd_attrs(
                sub,
                periodDays=str(info.period_days) if info.period_days is not None else None,
                authority=info.authority,
                appliesTo=" ".join(info.applies_to) if info.applies_to else None,
            )
            content = _sub(sub, "content")
            if info.text or info.statute is None:
                _text_ps(content, info.text)
            if info.statute is not None:
                self._citation_p(content, info.statute)

    # -- the body ------------------------------------------------------------------------------

    def write_body(self, body: Node) -> None:
        """Every part of the item as ``hcontainer``s, in printed order where the model has one."""
        item = self.item
        assert item is not None
        if self.redacted:
            assert item.confidentiality is not None
            container = self._hcontainer(body, "confidential", heading("confidential", self.language))
            _sub(_sub(container, "content"), "p", item.confidentiality.ground)
            return
        lang = self.language
        if item.preparers:
            container = self._hcontainer(body, "preparers", heading("preparers", lang))
            content = _sub(container, "content")
            for person in item.preparers:
                self._person_p(content, person, "valmistelija")
        if item.presenter is not None:
            container = self._hcontainer(body, "presenter", heading("presenter", lang))
            self._person_p(_sub(container, "content"), item.presenter, "esittelijä")
        merged: set[str] = set()
        for section in item.sections:
            target = MERGED_KINDS.get(section.kind)
            if target and target[0] not in merged and getattr(item, target[1]) == section.text:
                merged.add(target[0])
                self._text_part(body, target[0], getattr(item, target[1]), section.heading, section.kind)
            elif (
                section.kind == "legal_basis"
                and "legalBasis" not in merged
                and item.legal_basis_text == section.text
            ):
                merged.add("legalBasis")
                self._legal_basis(body, section)
            else:
                self._section(body, section)
        for name, attribute in _TEXT_FIELDS:
            if name not in merged and getattr(item, attribute) is not None:
                self._text_part(body, name, getattr(item, attribute), heading(name, lang), None)
        if "proceedings" not in merged and item.handling is not None:
            self._text_part(body, "proceedings", item.handling, heading("proceedings", lang), None)
        if "decision" not in merged and item.decision is not None:
            self._text_part(body, "decision", item.decision, heading("decision", lang), None)
        if "legalBasis" not in merged:
            self._legal_basis(body, None)
        self._impact(body)
        if item.history:
            container = self._hcontainer(body, "history", heading("history", lang))
            content = _sub(container, "content")
            for ref in item.history:
                self._reference_p(content, ref)
        for name, supplementary in (("attachments", False), ("supplementary", True)):
            chosen = [a for a in item.attachments if a.supplementary is supplementary]
            if not chosen:
                continue
            content = _sub(self._hcontainer(body, name, heading(name, lang)), "content")
            for attachment in chosen:
                p = _sub(content, "p", attachment.title, class_="attachment")
                _pd_attrs(
                    p,
                    number=attachment.number,
                    public=None if attachment.public else "false",
                    ground=attachment.confidentiality_ground,
                    url=attachment.url,
                )
        if item.appeal:
            self._appeal_infos(self._hcontainer(body, "appeal", heading("appeal", lang)), item.appeal)
        if item.distribution:
            content = _sub(self._hcontainer(body, "forInfo", heading("forInfo", lang)), "content")
            for entry in item.distribution:
                _sub(content, "p", entry, class_="entry")
        if len(body) == 0:
            # the XSD needs a non-empty mainBody; the reader skips this placeholder
            placeholder = self._hcontainer(body, "section", None, class_="empty")
            _pd_attrs(placeholder, placeholder="true")
            write_lines(placeholder, "")

    def _text_part(self, body: Node, name: str, text: str, title: str, kind: str | None) -> None:
        container = self._hcontainer(body, name, title, class_=kind)
        content = _sub(container, "content")
        _text_ps(content, text)
        eid = container.get("eId")
        if name == "decision":
            self.decision_eid = eid
            item = self.item
            if item is not None and item.outcome is not None:
                p = _sub(content, "p", class_="outcome")
                ref = self.refs.concept(item.outcome.value, outcome_label(item.outcome, self.language))
                _sub(p, "outcome", outcome_label(item.outcome, self.language), refersTo=ref)
        if name == "proceedings":
            self.proceedings_eid = eid

    def _section(self, body: Node, section: Section, scope: str | None = None) -> None:
        container = self._hcontainer(body, "section", section.heading, class_=section.kind)
        _pd_attrs(container, scope=scope)
        write_lines(container, section.text)

    def _legal_basis(self, body: Node, section: Section | None) -> None:
        """Legal basis text and citations; ``section`` when a printed section holds the same text."""
        item = self.item
        assert item is not None
        if not item.legal_basis and item.legal_basis_text is None:
            return
        title = section.heading if section else heading("legalBasis", self.language)
        container = self._hcontainer(body, "legalBasis", title, class_=section.kind if section else None)
        self.legal_eid = container.get("eId")
        content = _sub(container, "content")
        if item.legal_basis_text is not None:
            _text_ps(content, item.legal_basis_text)
        for ref in item.legal_basis:
            self._citation_p(content, ref)

    def _impact(self, body: Node) -> None:
        impact = self.item.impact if self.item else None
        if impact is None:
            return
        key = "impactAssessed" if impact.made else "impactNotAssessed"
        concept = self.refs.concept(key, concept_label(key, self.language))
        container = self._hcontainer(body, "impactAssessment", heading("impactAssessment", self.language))
        container.set("refersTo", concept)
        content = _sub(container, "content")
        if impact.text:
            _text_ps(content, impact.text)
        if impact.reason is not None:
            _sub(content, "p", impact.reason, class_="reason")
        for ref in impact.references:
            self._reference_p(content, ref)
        if len(content) == 0:
            _sub(content, "p")

    def write_document_parts(
        self,
        body: Node,
        sections: list[Section],
        appeals: list[AppealInfo],
        start: int | None = None,
    ) -> None:
        """Minutes-level sections and appeal instructions (``pd:scope="document"``)."""
        if start is not None:
            self.hc = start - 1
        for section in sections:
            self._section(body, section, scope="document")
        if appeals:
            title = heading("appealInstructions", self.language)
            self._appeal_infos(self._hcontainer(body, "appealInstructions", title), appeals)

    # -- meta ----------------------------------------------------------------------------------

    def write_meta(self, meta: Node) -> None:
        """``workflow`` (the decision step and its outcome) and ``analysis`` (votes, citations)."""
        item = self.item
        if item is None or self.redacted:
            return
        body_ref = self.refs.organization(body_slug(self.doc), self.doc.meeting.body.name)
        outcome_ref = None
        if item.outcome is not None:
            outcome_ref = self.refs.concept(item.outcome.value, outcome_label(item.outcome, self.language))
            workflow = _sub(meta, "workflow", source=f"#{self.prefix}paatosdata")
            _sub(workflow, "step", date=self.meeting_date.isoformat(), by=body_ref, outcome=outcome_ref)
        from paatosdata.akn.extras import votings as build_votings

        votings = build_votings(self, outcome_ref)
        citations = [(ref, legal_href(ref, self.opts.municipality)) for ref in item.legal_basis]
        linked = [(ref, href) for ref, href in citations if href]
        if not votings and not linked:
            return
        analysis = _sub(meta, "analysis", source=f"#{self.prefix}paatosdata")
        if votings:
            parliamentary = _sub(analysis, "parliamentary")
            for voting in votings:
                parliamentary.append(voting)
        if linked:
            other = _sub(analysis, "otherReferences", source=f"#{self.prefix}paatosdata")
            for ref, href in linked:
                _sub(other, "implicitReference", href=href, showAs=ref.raw, for_=f"#{self.legal_eid}")

    def write_proprietary(self, parent: Node) -> None:
        """``pd:item``: numbers, case, confidentiality and the events AKN has no element for."""
        from paatosdata.akn.extras import write_item_extras  # extras builds on this module

        write_item_extras(self, parent)

    def write_attachments(self, statement: Node) -> None:
        """``attachments/attachment/documentRef`` + ``hasAttachment`` for numbered public attachments."""
        item = self.item
        if item is None or self.redacted:
            return
        work = item_path(self.doc, item).work
        numbered = [a for a in item.attachments if a.number and a.public and not a.supplementary]
        if not numbered:
            return
        holder = _sub(statement, "attachments")
        for index, attachment in enumerate(numbered, start=1):
            node = _sub(holder, "attachment", eId=f"{self.prefix}att_{index}")
            href = f"{work}/!liite_{number_segment(attachment.number or str(index))}"
            _sub(node, "documentRef", href=href, showAs=attachment.title)
            self.refs.add("hasAttachment", f"liite-{index}", href, attachment.title)
