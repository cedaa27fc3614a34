"""From sections to item fields: what every vendor reader does once it has found the headings.

A reader collects :class:`Section` objects (kind from the lexicon, heading and text as printed);
:func:`fill_item` copies them into the item's fields — proposal, decision and outcome, reasons,
preparers, legal basis, attachments, distribution, appeal — and keeps every section in
``item.sections`` too, so nothing read is lost.
"""

from __future__ import annotations

import re

from paatosdata.legal import parse_decision_history, parse_decision_references, parse_legal_references
from paatosdata.lexicon import classify_heading
from paatosdata.model import (
    AppealInfo,
    AppealKind,
    Attachment,
    Confidentiality,
    ImpactAssessment,
    Item,
    Outcome,
    Section,
)
from paatosdata.outcome import classify_outcome, notes_only
from paatosdata.parse.vendor_appeal import appeal_kind as first_named_appeal_kind
from paatosdata.people import EMAIL, PHONE, is_office_only, office_holder, parse_people, parse_person

__all__ = ["appeal_kind", "fill_item", "is_empty_text", "parse_attachment_lines"]

_TEXT_FIELDS = {"summary": "summary", "reasons": "reasons", "handling": "handling"}
_NOT_MADE = re.compile(r"\bei\s+(?:ole\s+)?(?:tehty|tehdä|arvioitu|arvioida|laadittu)|\binte\s+gjorts", re.I)
#: a form's answer boxes, one ticked or none (``Kyllä [x] Ei [ ]``, ``Ja [ ] Nej [X]``)
_ANSWER_BOXES = re.compile(
    r"(?:Kyllä|Ja)\s*\[(?P<yes>[xX✓]?)\s*\]\s*(?:Ei|Nej)\s*\[(?P<no>[xX✓]?)\s*\]", re.I
)
_ATTACHMENT = re.compile(r"^(?:(?:liite|bilaga)\s*)?(?P<no>\d+[a-z]?)\s*[.):]?\s+(?P<title>\S.*)$", re.I)
_DASH = re.compile(r"^[-–—]\s*")


def is_empty_text(text: str) -> bool:
    """True for text that says nothing: blank or a lone dash (``-``), as vendors print for "none"."""
    return not text.strip(" \t\n-–—")


def appeal_kind(text: str) -> AppealKind | None:
    """The kind of appeal information a heading or text names, else ``None``."""
    folded = text.casefold()
    if "muutoksenhakukielto" in folded or "ei muutoksenhakuoikeutta" in folded or "förbud" in folded:
        return AppealKind.APPEAL_BAN
    if "besvärsförbud" in folded or "ei saa hakea muutosta" in folded:
        return AppealKind.APPEAL_BAN
    if "oikaisuvaatimus" in folded or "rättelseyrkande" in folded:
        return AppealKind.RECTIFICATION
    if "hallintovalitus" in folded or "förvaltningsbesvär" in folded:
        return AppealKind.ADMINISTRATIVE_APPEAL
    if "valitus" in folded or "besvär" in folded:
        return AppealKind.MUNICIPAL_APPEAL
    return None


def parse_attachment_lines(lines: list[str], supplementary: bool) -> list[Attachment]:
    """Attachments from the lines of a Liitteet / Oheismateriaali part (``Liite 1 Title``, ``- Title``)."""
    found = []
    for raw in lines:
        line = raw.strip()
        if is_empty_text(line):
            continue
        m = _ATTACHMENT.match(line)
        if m:
            found.append(
                Attachment(title=m.group("title").strip(), number=m.group("no"), supplementary=supplementary)
            )
        else:
            found.append(Attachment(title=_DASH.sub("", line), supplementary=supplementary))
    return found


#: two names in a row (a middle initial between them: ``Jouko K. Laine``), or an official's title and a
#: name printed surname first (``rehtori Virta, Anna``)
_TWO_NAMES = re.compile(
    r"[A-ZÅÄÖ][\wåäö'-]+\s+(?:[A-ZÅÄÖ]\.\s+)?[A-ZÅÄÖ][\wåäö'-]+"
    r"|^[a-zåäö][\wåäö-]+\s+[A-ZÅÄÖ][\wåäö'-]+,\s+[A-ZÅÄÖ][\wåäö'-]+$"
)
_TRAILING = re.compile(r"(?:\s+(?:ja|och)|\s*[,;])+\s*$")


def _person_lines(text: str) -> list[str]:
    """Lines that can name a person: units ("Konsernihallinto,") and trailing "ja" are dropped."""
    lines = []
    for raw in text.split("\n"):
        line = _TRAILING.sub("", raw.strip())
        if line and (_TWO_NAMES.search(line) or EMAIL.search(line) or PHONE.search(line)):
            lines.append(line)
    return lines


def _names_nobody(line: str) -> bool:
    """True for a presenter's line that is a phrase naming neither a person nor an office alone (``Asia
    käsitellään puheenjohtajan selostuksen pohjalta``, ``Lautakunnan puheenjohtajan esittelystä``): three
    words or more, none after the first capitalised, no digit, address or office alone. No presenter is
    read from it; a name needs a capitalised word after the first (``Kunnanjohtaja Erkki Esimerkki``).

    >>> _names_nobody("Asia käsitellään puheenjohtajan selostuksen pohjalta")
    True
    >>> _names_nobody("Keskusvaalilautakunnan puheenjohtaja"), _names_nobody("Kunnanjohtaja Erkki Esimerkki")
    (False, False)
    """
    words = line.split()
    return (
        len(words) >= 3
        and all(w[:1].islower() for w in words[1:])
        and not is_office_only(line)
        and not EMAIL.search(line)
    )


def _join(old: str | None, new: str) -> str:
    return f"{old}\n\n{new}" if old else new


def fill_item(item: Item, sections: list[Section]) -> None:
    """Copy ``sections`` into ``item``: fields by kind, all of them into ``item.sections``."""
    for section in sections:
        item.sections.append(section)
        text = section.text.strip()
        kind = section.kind
        span = section.span
        if kind in _TEXT_FIELDS:
            if not is_empty_text(text):
                field = _TEXT_FIELDS[kind]
                setattr(item, field, _join(getattr(item, field), text))
                if span is not None:
                    item.spans.setdefault(field, span)
        elif kind == "proposal":
            item.proposal = _join(item.proposal, text) if not is_empty_text(text) else item.proposal
            if span is not None:
                item.spans.setdefault("proposal", span)
        elif kind == "decision":
            if not is_empty_text(text):
                item.decision = _join(item.decision, text)
                if span is not None:
                    item.spans.setdefault("decision", span)
        elif kind == "preparers":
            if not is_empty_text(text):
                # a preparer signing a second part of the same text is named once
                known = {p.name for p in item.preparers}
                for person in parse_people(_person_lines(text), span):
                    if person.name not in known:
                        item.preparers.append(person)
                        known.add(person.name)
        elif kind == "presenter":
            # an office printed without a name (``Esittelijä: Tekninen johtaja``): its holder, unnamed
            first = text.split("\n")[0]
            if not is_empty_text(text) and item.presenter is None and not _names_nobody(first):
                item.presenter = (
                    office_holder(first, span) if is_office_only(first) else parse_person(first, span)
                )
        elif kind == "legal_basis":
            item.legal_basis_text = _join(item.legal_basis_text, text)
            item.legal_basis.extend(parse_legal_references(text, span))
        elif kind == "impact":
            answer = _ANSWER_BOXES.fullmatch(" ".join(text.split()))
            if answer is not None and not (answer.group("yes") or answer.group("no")):
                continue  # a form's question left unanswered (``Kyllä [ ] Ei [ ]``): no assessment either way
            made = not _NOT_MADE.search(text) if answer is None else bool(answer.group("yes"))
            item.impact = ImpactAssessment(
                made=made,
                text=text,
                reason=None if made else text,
                references=parse_decision_references(text, span),
                span=span,
            )
        elif kind in ("attachments", "supplementary"):
            attachments = parse_attachment_lines(text.split("\n"), kind == "supplementary")
            for attachment in attachments:
                attachment.span = span
            item.attachments.extend(attachments)
        elif kind == "distribution":
            item.distribution.extend(line.strip() for line in text.split("\n") if not is_empty_text(line))
        elif kind == "history" and classify_heading(section.heading) == "history":
            # under a "Päätöshistoria" heading; readers record marker-headed handlings themselves
            item.history.extend(parse_decision_history(text, span))
        elif kind == "appeal":
            # a heading naming a kind decides; under a general one ("Muutoksenhaku") the kind the text
            # names first does (a "Valitusosoitus: Rakennuslupa" that later speaks of rectification)
            appeal = appeal_kind(section.heading) or first_named_appeal_kind(text)
            if appeal is not None:
                statute = next(iter(parse_legal_references(text, span)), None)
                item.appeal.append(AppealInfo(kind=appeal, text=text, statute=statute, span=span))
        elif kind == "implementation" and appeal_kind(text) is AppealKind.APPEAL_BAN:
            item.appeal.append(AppealInfo(kind=AppealKind.APPEAL_BAN, text=text, span=span))
        elif kind == "confidentiality" and not is_empty_text(text):
            reference = next(iter(parse_legal_references(text, span)), None)
            item.confidentiality = Confidentiality(ground=text, reference=reference, span=span)
    _classify(item)


def _classify(item: Item) -> None:
    if not item.decision:
        return
    outcome, unanimous = classify_outcome(item.decision)
    if outcome is Outcome.APPROVED and item.proposal and notes_only(item.proposal):
        outcome = Outcome.NOTED
    if outcome is None and item.proposal:
        outcome = restated_outcome(item.decision, item.proposal, item.handling)
        if outcome is Outcome.VOTED:
            unanimous = False
    item.outcome = outcome
    item.unanimous = unanimous


_DECIDER_LINE = re.compile(r"^\s*[A-ZÅÄÖ][\wåäö -]{2,80}:\s*\n")
#: the Finnish passive present's ending (``todetaan``, ``hyväksytään``), compared as the past's (``-ttiin``)
_PASSIVE_PRESENT = re.compile(r"(?<=\w)(?:taan|tään)\b")
_VOTE = re.compile(r"\d+\s+äänellä\b|äänestettävä|äänestyksessä|\bomröstning", re.I)


def restated_outcome(decision: str, proposal: str, handling: str | None = None) -> Outcome | None:
    """The outcome of a decision that restates its resolution in full instead of naming an outcome.

    Under a ``Kaupunginhallitus:`` line the body's resolution is printed out: the proposal word for
    word is ``approved`` (``voted`` when the handling records a vote), the same resolution with
    changes is ``amended``; a text that does not start like the proposal tells nothing. The proposal's
    passive turned into the past (``Kokous todetaan …`` → ``Kokous todettiin …``) is the same words.

    >>> restated_outcome("Kokous todettiin päätösvaltaiseksi.", "Kokous todetaan päätösvaltaiseksi.")
    <Outcome.APPROVED: 'approved'>
    """
    resolution = _PASSIVE_PRESENT.sub("ttiin", " ".join(_DECIDER_LINE.sub("", decision, count=1).split()))
    proposed = _PASSIVE_PRESENT.sub("ttiin", " ".join(proposal.split()))
    if not resolution or not proposed:
        return None
    if resolution == proposed:
        return Outcome.VOTED if handling and _VOTE.search(handling) else Outcome.APPROVED
    opening = proposed[: min(len(proposed), 40)]
    if len(opening) >= 20 and resolution.startswith(opening):
        return Outcome.AMENDED
    return None
