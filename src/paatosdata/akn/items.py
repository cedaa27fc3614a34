"""The parts of one item in AKN: typed ``hcontainer``s, inline people and citations, votes, extras.

Text fields become one ``<p>`` per line (an empty line is an empty ``<p/>``), so text survives the
round trip exactly. Paragraphs with a ``class`` (``outcome``, ``citation``, ``reference``, ``reason``,
``attachment``, ``entry``) carry structure, not text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from paatosdata.akn.markup import attrs, block, flat, leaf, pd_attrs
from paatosdata.akn.refs import MARK, References, clean_text, marking_on
from paatosdata.akn.tree import NEWLINE, escape_text
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
    "citation_attrs",
    "office_label",
    "person_attrs",
    "shown_title",
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

#: the characters :func:`~paatosdata.akn.tree.escape_attr` escapes
_ATTR_SPECIAL = re.compile('[&<>"\n\r\t]').search


@dataclass(slots=True)
class Opts:
    """Options of one export."""

    municipality: str
    include_confidential: bool = False
    abbreviations: dict[str, str] = field(default_factory=dict)


def _flag(value: bool | None) -> str | None:
    return None if value is None else ("true" if value else "false")


def _text_ps(text: str) -> list[str]:
    """One ``p`` per line of ``text`` (an empty line is an empty ``p``)."""
    return [f"<p>{escape_text(clean_text(line))}</p>" if line else "<p/>" for line in text.split("\n")]


def write_lines(text: str, level: int) -> str:
    """A ``content`` element at relative ``level`` with one ``p`` per line of ``text``."""
    return block("content", "", _text_ps(text), level)


def citation_attrs(ref: LegalReference) -> str:
    """The parsed parts of a citation as ``pd:`` attributes."""
    return pd_attrs(
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


def person_attrs(person: Person) -> dict[str, str | None]:
    """The printed details of ``person`` as the ``pd:`` attributes of an inline ``person``."""
    return {
        "title": person.title,
        "phone": person.phone,
        "email": person.email,
        "acting": _flag(person.acting) if person.acting else None,
        "private": _flag(person.private) if person.private else None,
        "group": person.group,
    }


def office_label(person: Person, role: str | None) -> str:
    """What names a person known only by office: the office, else the role (``esittelijä``)."""
    return person.title or role or "henkilö"


def shown_title(item: Item, include_confidential: bool) -> str:
    """The title :class:`ItemWriter` shows for ``item``: the public title of a redacted item."""
    secret = item.confidentiality
    if secret is not None and secret.whole_item and not include_confidential:
        return secret.public_title or heading("confidential", item.language)
    return item.title


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
        #: True when an eId under ``prefix`` is written as it is (:func:`attrs` would neither clean
        #: nor escape it): the prefix :data:`MARK` within marking, or a prefix clean as it is
        self.plain_ids = _ATTR_SPECIAL(prefix) is None and (
            (prefix.isascii() and prefix.isprintable()) or (prefix == MARK and marking_on())
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
        return shown_title(item, self.opts.include_confidential)

    # -- helpers -------------------------------------------------------------------------------

    def _eid(self) -> str:
        """The eId of the next ``hcontainer`` of the body."""
        self.hc += 1
        return f"{self.prefix}hcontainer_{self.hc}"

    def _hcontainer(
        self, name: str, eid: str, title: str | None, children: list[str], level: int = 0, extra: str = ""
    ) -> str:
        """``hcontainer`` at relative ``level``: ``title`` as its heading, then ``children``
        (written for ``level + 1``); ``extra`` are attributes after ``name`` and ``eId`` (an eId
        under this writer's prefix; ``name`` one of the code's own)."""
        if title is not None:
            children.insert(0, leaf("heading", "", title))
        start = f' name="{name}" eId="{eid}"' if self.plain_ids else attrs(name=name, eId=eid)
        return block("hcontainer", start + extra, children, level)

    def person_inline(self, person: Person, role: str | None) -> str:
        """``<person refersTo as>`` with the person's printed details as ``pd:`` attributes; an office
        printed without a name is ``<role refersTo>`` (the office) with the same attributes."""
        refs = self.refs
        if person.name is None:
            office = office_label(person, role)
            return leaf("role", attrs(refersTo=refs.role(office)) + pd_attrs(**person_attrs(person)), office)
        start = attrs(refersTo=refs.person(person.name), as_=refs.role(role) if role else None)
        return leaf("person", start + pd_attrs(**person_attrs(person)), person.name)

    def _person_p(self, person: Person, role: str) -> str:
        parts = []
        if person.name is None:
            parts.append(
                "vs. " if person.acting and not (person.title or "").startswith(("vs", "t.f")) else ""
            )
        elif person.title:
            acting = "vs. " if person.acting and not person.title.startswith(("vs", "t.f")) else ""
            parts.append(escape_text(clean_text(f"{acting}{person.title} ")))
        parts.append(self.person_inline(person, role))
        details = ", ".join(part for part in (person.phone and f"puh. {person.phone}", person.email) if part)
        if details:
            parts.append(escape_text(clean_text(f", {details}")))
        return flat("p", "", parts)

    def _citation_p(self, ref: LegalReference) -> str:
        href = legal_href(ref, self.opts.municipality)
        inline = leaf("ref" if href else "span", attrs(href=href) + citation_attrs(ref), ref.raw)
        return f'<p class="citation">{inline}</p>'

    def _reference_p(self, ref: DecisionReference) -> str:
        href = reference_href(ref, self.opts.municipality, self.opts.abbreviations)
        extra = pd_attrs(
            bodyAbbreviation=ref.body_abbreviation,
            body=ref.body,
            date=ref.date.isoformat() if ref.date else None,
            section=ref.section,
        )
        inline = leaf("ref" if href else "span", attrs(href=href) + extra, ref.raw)
        return f'<p class="reference">{inline}</p>'

    def _appeal_infos(self, eid: str, infos: list[AppealInfo], level: int) -> list[str]:
        """The ``appealInfo`` children (at relative ``level``) of the ``hcontainer`` ``eid``."""
        out = []
        for number, info in enumerate(infos, start=1):
            extra = attrs(class_=info.kind.value) + pd_attrs(
                periodDays=str(info.period_days) if info.period_days is not None else None,
                authority=info.authority,
                appliesTo=" ".join(info.applies_to) if info.applies_to else None,
            )
            ps = _text_ps(info.text) if info.text or info.statute is None else []
            if info.statute is not None:
                ps.append(self._citation_p(info.statute))
            content = block("content", "", ps, level + 1)
            out.append(
                self._hcontainer("appealInfo", f"{eid}__hcontainer_{number}", None, [content], level, extra)
            )
        return out

    # -- the body ------------------------------------------------------------------------------

    def write_body(self) -> str:
        """Every part of the item as ``hcontainer``s (the children of ``mainBody``, as text), in
        printed order where the model has one."""
        item = self.item
        assert item is not None
        lang = self.language
        hcontainer = self._hcontainer
        if self.redacted:
            assert item.confidentiality is not None
            content = block("content", "", [leaf("p", "", item.confidentiality.ground)], 1)
            return hcontainer("confidential", self._eid(), heading("confidential", lang), [content])
        body: list[str] = []
        if item.preparers:
            eid = self._eid()
            ps = [self._person_p(person, "valmistelija") for person in item.preparers]
            body.append(
                hcontainer("preparers", eid, heading("preparers", lang), [block("content", "", ps, 1)])
            )
        if item.presenter is not None:
            eid = self._eid()
            content = block("content", "", [self._person_p(item.presenter, "esittelijä")], 1)
            body.append(hcontainer("presenter", eid, heading("presenter", lang), [content]))
        merged: set[str] = set()
        for section in item.sections:
            target = MERGED_KINDS.get(section.kind)
            if target and target[0] not in merged and getattr(item, target[1]) == section.text:
                merged.add(target[0])
                body.append(
                    self._text_part(target[0], getattr(item, target[1]), section.heading, section.kind)
                )
            elif (
                section.kind == "legal_basis"
                and "legalBasis" not in merged
                and item.legal_basis_text == section.text
            ):
                merged.add("legalBasis")
                body.append(self._legal_basis(section))
            else:
                body.append(self._section(section))
        for name, attribute in _TEXT_FIELDS:
            if name not in merged and getattr(item, attribute) is not None:
                body.append(self._text_part(name, getattr(item, attribute), heading(name, lang), None))
        if "proceedings" not in merged and item.handling is not None:
            body.append(self._text_part("proceedings", item.handling, heading("proceedings", lang), None))
        if "decision" not in merged and item.decision is not None:
            body.append(self._text_part("decision", item.decision, heading("decision", lang), None))
        if "legalBasis" not in merged:
            body.append(self._legal_basis(None))
        body.append(self._impact())
        if item.history:
            eid = self._eid()
            content = block("content", "", [self._reference_p(ref) for ref in item.history], 1)
            body.append(hcontainer("history", eid, heading("history", lang), [content]))
        for name, supplementary in (("attachments", False), ("supplementary", True)):
            chosen = [a for a in item.attachments if a.supplementary is supplementary]
            if not chosen:
                continue
            eid = self._eid()
            ps = [
                leaf(
                    "p",
                    ' class="attachment"'
                    + pd_attrs(
                        number=attachment.number,
                        public=None if attachment.public else "false",
                        ground=attachment.confidentiality_ground,
                        url=attachment.url,
                    ),
                    attachment.title,
                )
                for attachment in chosen
            ]
            body.append(hcontainer(name, eid, heading(name, lang), [block("content", "", ps, 1)]))
        if item.appeal:
            eid = self._eid()
            body.append(
                hcontainer("appeal", eid, heading("appeal", lang), self._appeal_infos(eid, item.appeal, 1))
            )
        if item.distribution:
            eid = self._eid()
            ps = [leaf("p", ' class="entry"', entry) for entry in item.distribution]
            body.append(hcontainer("forInfo", eid, heading("forInfo", lang), [block("content", "", ps, 1)]))
        written = [part for part in body if part]
        if not written:
            # the XSD needs a non-empty mainBody; the reader skips this placeholder
            extra = ' class="empty"' + pd_attrs(placeholder="true")
            written.append(hcontainer("section", self._eid(), None, [write_lines("", 1)], 0, extra))
        return NEWLINE.join(written)

    def _text_part(self, name: str, text: str, title: str, kind: str | None) -> str:
        eid = self._eid()
        ps = _text_ps(text)
        if name == "decision":
            self.decision_eid = eid
            item = self.item
            if item is not None and item.outcome is not None:
                label = outcome_label(item.outcome, self.language)
                ref = self.refs.concept(item.outcome._value_, label)
                start = f' refersTo="{ref}"' if self.plain_ids else attrs(refersTo=ref)
                ps.append(f'<p class="outcome">{leaf("outcome", start, label)}</p>')
        if name == "proceedings":
            self.proceedings_eid = eid
        content = block("content", "", ps, 1)
        return self._hcontainer(name, eid, title, [content], 0, "" if kind is None else attrs(class_=kind))

    def _section(self, section: Section, scope: str | None = None) -> str:
        eid = self._eid()
        extra = attrs(class_=section.kind) + pd_attrs(scope=scope)
        return self._hcontainer("section", eid, section.heading, [write_lines(section.text, 1)], 0, extra)

    def _legal_basis(self, section: Section | None) -> str:
        """Legal basis text and citations; ``section`` when a printed section holds the same text
        ("" when the item has neither)."""
        item = self.item
        assert item is not None
        if not item.legal_basis and item.legal_basis_text is None:
            return ""
        title = section.heading if section else heading("legalBasis", self.language)
        eid = self.legal_eid = self._eid()
        ps = _text_ps(item.legal_basis_text) if item.legal_basis_text is not None else []
        ps += [self._citation_p(ref) for ref in item.legal_basis]
        extra = attrs(class_=section.kind if section else None)
        return self._hcontainer("legalBasis", eid, title, [block("content", "", ps, 1)], 0, extra)

    def _impact(self) -> str:
        impact = self.item.impact if self.item else None
        if impact is None:
            return ""
        key = "impactAssessed" if impact.made else "impactNotAssessed"
        concept = self.refs.concept(key, concept_label(key, self.language))
        eid = self._eid()
        ps = _text_ps(impact.text) if impact.text else []
        if impact.reason is not None:
            ps.append(leaf("p", ' class="reason"', impact.reason))
        ps += [self._reference_p(ref) for ref in impact.references]
        if not ps:
            ps.append("<p/>")
        title = heading("impactAssessment", self.language)
        return self._hcontainer(
            "impactAssessment", eid, title, [block("content", "", ps, 1)], 0, attrs(refersTo=concept)
        )

    def write_document_parts(
        self, sections: list[Section], appeals: list[AppealInfo], start: int | None = None
    ) -> str:
        """Minutes-level sections and appeal instructions (``pd:scope="document"``), as
        ``mainBody`` children in text ("" when there are none)."""
        if start is not None:
            self.hc = start - 1
        out = [self._section(section, scope="document") for section in sections]
        if appeals:
            eid = self._eid()
            title = heading("appealInstructions", self.language)
            out.append(
                self._hcontainer("appealInstructions", eid, title, self._appeal_infos(eid, appeals, 1))
            )
        return NEWLINE.join(out)

    # -- meta ----------------------------------------------------------------------------------

    def write_meta(self) -> str:
        """``workflow`` (the decision step and its outcome) and ``analysis`` (votes, citations), as
        ``meta`` children in text ("" when there are none)."""
        item = self.item
        if item is None or self.redacted:
            return ""
        out = []
        refs = self.refs
        body_ref = refs.organization(body_slug(self.doc), self.doc.meeting.body.name)
        # a reference handed out under a plain prefix is written as it is (its eId is a token)
        plain = self.plain_ids
        source = f' source="#{self.prefix}paatosdata"' if plain else attrs(source=f"#{self.prefix}paatosdata")
        outcome_ref = None
        if item.outcome is not None:
            outcome_ref = refs.concept(item.outcome._value_, outcome_label(item.outcome, self.language))
            day = self.meeting_date.isoformat()
            if plain:
                step = f'<step date="{day}" by="{body_ref}" outcome="{outcome_ref}"/>'
            else:
                step = leaf("step", attrs(date=day, by=body_ref, outcome=outcome_ref))
            out.append(block("workflow", source, [step], 0))
        from paatosdata.akn.extras import votings as build_votings

        votings = build_votings(self, outcome_ref, 2)
        citations = [(ref, legal_href(ref, self.opts.municipality)) for ref in item.legal_basis]
        linked = [(ref, href) for ref, href in citations if href]
        if votings or linked:
            analysis = []
            if votings:
                analysis.append(block("parliamentary", "", votings, 1))
            if linked:
                implicit = [
                    leaf("implicitReference", attrs(href=href, showAs=ref.raw, for_=f"#{self.legal_eid}"))
                    for ref, href in linked
                ]
                analysis.append(block("otherReferences", source, implicit, 1))
            out.append(block("analysis", source, analysis, 0))
        return NEWLINE.join(out)

    def write_proprietary(self) -> str:
        """``pd:item`` (numbers, case, confidentiality and the events AKN has no element for) in
        text ("" for no item)."""
        from paatosdata.akn.extras import write_item_extras  # extras builds on this module

        return write_item_extras(self)

    def write_attachments(self) -> str:
        """``attachments/attachment/documentRef`` + ``hasAttachment`` for numbered public attachments,
        as a ``statement`` child in text ("" when there are none)."""
        item = self.item
        if item is None or self.redacted:
            return ""
        numbered = [a for a in item.attachments if a.number and a.public and not a.supplementary]
        if not numbered:
            return ""
        work = item_path(self.doc, item).work
        children = []
        for index, attachment in enumerate(numbered, start=1):
            href = f"{work}/!liite_{number_segment(attachment.number or str(index))}"
            ref = leaf("documentRef", attrs(href=href, showAs=attachment.title))
            children.append(block("attachment", attrs(eId=f"{self.prefix}att_{index}"), [ref], 1))
            self.refs.add("hasAttachment", f"liite-{index}", href, attachment.title)
        return block("attachments", "", children, 0)
