"""The parts of an item AKN has no element for: votes in ``analysis`` and ``pd:item`` extras.

Votes: each round is a ``meta/analysis/parliamentary/voting`` (``refersTo`` the proceedings or
decision part, ``outcome`` the item's outcome) with one ``count`` per total (``refersTo`` the
option concept ``#yes``/``#no``/``#blank``/``#absent``) and, where the model knows the voters, one
``count value="1"`` per voter whose ``refersTo`` names the option and the ``TLCPerson`` and whose
content is a ``pd:ballot`` (choice, group). ``countType`` allows foreign-namespace content, so this
stays valid against the strict XSD. A round with neither totals nor voters has no ``voting`` (the
XSD needs one count) and lives only in ``pd:vote``.

``pd:item`` (``meta/proprietary source="#paatosdata"``, namespace ``https://w3id.org/paatosdata/def#``):
numbers as printed, the case and its diary number parts, confidentiality (ground, legal reference,
public title), presence changes, disqualifications, motions, vote rounds, dissents; people are
``#``-references to ``TLCPerson`` entries, checked by the profile like AKN references.
"""

from __future__ import annotations

from paatosdata.akn.items import ItemWriter, _flag, citation_attrs
from paatosdata.akn.markup import attrs, block, leaf, raw_attr
from paatosdata.akn.refs import clean_text
from paatosdata.akn.vocab import concept_label
from paatosdata.model import LegalReference

__all__ = ["votings", "write_item_extras"]


def votings(self: ItemWriter, outcome_ref: str | None, level: int) -> list[str]:
    """One ``voting`` (in text, at relative ``level``) per vote round with totals or voters."""
    item = self.item
    assert item is not None
    result: list[str] = []
    target = self.proceedings_eid or self.decision_eid
    refs = self.refs
    for event in item.votes:
        totals = [
            (key, value)
            for key, value in (
                ("yes", event.yes),
                ("no", event.no),
                ("blank", event.blank),
                ("absent", event.absent),
            )
            if value is not None
        ]
        if not totals and not event.votes:
            self.votings.append("")
            continue
        eid = f"{self.prefix}voting_{len(self.votings) + 1}"
        self.votings.append(eid)
        start = raw_attr("eId", eid)
        if outcome_ref:
            start += raw_attr("outcome", outcome_ref)
        if target:
            start += raw_attr("refersTo", f"#{target}")
        counts = []
        number = 0
        for key, value in totals:
            number += 1
            option = refs.concept(key, concept_label(key, self.language))
            counts.append(
                leaf("count", attrs(eId=f"{eid}__count_{number}", value=str(value), refersTo=option))
            )
        for vote in event.votes:
            number += 1
            option = refs.concept(vote.choice, concept_label(vote.choice, self.language))
            count = attrs(
                eId=f"{eid}__count_{number}", value="1", refersTo=f"{option} {refs.person(vote.voter)}"
            )
            ballot = raw_attr("choice", clean_text(vote.choice))
            if vote.group is not None:
                ballot += raw_attr("group", clean_text(vote.group))
            counts.append(f"<count{count}><pd:ballot{ballot}/></count>")
        result.append(block("voting", start, counts, level))
    return result


def _citation(raw: str, ref: LegalReference) -> str:
    return leaf("pd:citation", raw_attr("raw", clean_text(raw)) + citation_attrs(ref))


def write_item_extras(self: ItemWriter) -> str:
    """``pd:item`` (numbers, case, confidentiality and the events AKN has no element for) as
    text ("" when there is no item)."""
    item = self.item
    if item is None:
        return ""
    start = attrs(number=item.number, numberRaw=item.number_raw, agendaNumber=item.agenda_number)
    start += raw_attr("language", clean_text(item.language))
    if self.redacted:
        start += ' redacted="true"'
    else:
        start += attrs(title=item.title, unanimous=_flag(item.unanimous), url=item.url)
        if item.outcome is not None:
            start += raw_attr("outcome", item.outcome._value_)
    children: list[str] = []
    if item.case is not None and not self.redacted:
        number = item.case.diary_number
        diary = []
        if number is not None:
            diary_attrs = attrs(
                raw=number.raw,
                serial=number.serial,
                taskClass=number.task_class,
                year=str(number.year) if number.year is not None else None,
                prefix=number.prefix,
                pattern=number.pattern,
            )
            diary.append(leaf("pd:diaryNumber", diary_attrs))
        children.append(block("pd:case", attrs(title=item.case.title), diary, 1))
    secret = item.confidentiality
    if secret is not None:
        conf = attrs(
            ground=secret.ground, wholeItem=_flag(secret.whole_item), publicTitle=secret.public_title
        )
        cited = [_citation(secret.reference.raw, secret.reference)] if secret.reference is not None else []
        children.append(block("pd:confidentiality", conf, cited, 1))
    if not self.redacted:
        _events(self, children)
    return block("pd:item", start, children, 0)


def _events(self: ItemWriter, children: list[str]) -> None:
    """Presence changes, disqualifications, motions, vote rounds and dissents of ``pd:item``."""
    item = self.item
    assert item is not None
    person = self.refs.person
    for change in item.presence_changes:
        time = change.time.isoformat() if change.time else None
        change_attrs = attrs(person=person(change.person), kind=change.kind, time=time, text=change.text)
        children.append(leaf("pd:presenceChange", change_attrs))
    for dis in item.disqualifications:
        dis_attrs = attrs(
            person=person(dis.person), ground=dis.ground, leftRoom=_flag(dis.left_room), text=dis.text
        )
        cited = [_citation(dis.reference.raw, dis.reference)] if dis.reference is not None else []
        children.append(block("pd:disqualification", dis_attrs, cited, 1))
    for motion in item.motions:
        proposer = person(motion.proposer)  # registered before the seconder
        seconder = person(motion.seconder) if motion.seconder is not None else None
        motion_attrs = attrs(proposer=proposer, seconder=seconder, kind=motion.kind, text=motion.text)
        children.append(leaf("pd:motion", motion_attrs))
    for event, voting in zip(item.votes, self.votings, strict=True):
        vote_attrs = attrs(
            round=str(event.round),
            voting=f"#{voting}" if voting else None,
            yesProposition=event.yes_proposition,
            noProposition=event.no_proposition,
            result=event.result,
            text=event.text,
        )
        children.append(leaf("pd:vote", vote_attrs))
    for dissent in item.dissents:
        children.append(leaf("pd:dissent", attrs(person=person(dissent.person), text=dissent.text)))
