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

from paatosdata.akn.items import ItemWriter, _flag, _sub, citation_attrs
from paatosdata.akn.refs import clean_attrs, clean_text
from paatosdata.akn.tree import Node, sub
from paatosdata.akn.vocab import concept_label

__all__ = ["votings", "write_item_extras"]


def _set(element: Node, **attrs: str | None) -> None:
    element.attrs.update(clean_attrs(attrs))


def votings(self: ItemWriter, outcome_ref: str | None) -> list[Node]:
    item = self.item
    assert item is not None
    result: list[Node] = []
    target = self.proceedings_eid or self.decision_eid
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
        voting = Node("voting", {})
        voting.set("eId", eid)
        if outcome_ref:
            voting.set("outcome", outcome_ref)
        if target:
            voting.set("refersTo", f"#{target}")
        number = 0
        for key, value in totals:
            number += 1
            option = self.refs.concept(key, concept_label(key, self.language))
            _sub(voting, "count", eId=f"{eid}__count_{number}", value=str(value), refersTo=option)
        for vote in event.votes:
            number += 1
            option = self.refs.concept(vote.choice, concept_label(vote.choice, self.language))
            count = _sub(
                voting,
                "count",
                eId=f"{eid}__count_{number}",
                value="1",
                refersTo=f"{option} {self.refs.person(vote.voter)}",
            )
            ballot = sub(count, "pd:ballot", {"choice": clean_text(vote.choice)})
            if vote.group is not None:
                ballot.set("group", clean_text(vote.group))
        result.append(voting)
    return result


def write_item_extras(self: ItemWriter, parent: Node) -> None:
    """``pd:item``: numbers, case, confidentiality and the events AKN has no element for."""
    item = self.item
    if item is None:
        return
    element = sub(parent, "pd:item")
    _set(element, number=item.number, numberRaw=item.number_raw, agendaNumber=item.agenda_number)
    element.set("language", clean_text(item.language))
    if self.redacted:
        element.set("redacted", "true")
    else:
        _set(element, title=item.title, unanimous=_flag(item.unanimous), url=item.url)
        if item.outcome is not None:
            element.set("outcome", item.outcome.value)
    if item.case is not None and not self.redacted:
        case = sub(element, "pd:case")
        _set(case, title=item.case.title)
        number = item.case.diary_number
        if number is not None:
            dnro = sub(case, "pd:diaryNumber")
            _set(
                dnro,
                raw=number.raw,
                serial=number.serial,
                taskClass=number.task_class,
                year=str(number.year) if number.year is not None else None,
                prefix=number.prefix,
                pattern=number.pattern,
            )
    secret = item.confidentiality
    if secret is not None:
        conf = sub(element, "pd:confidentiality")
        _set(
            conf,
            ground=secret.ground,
            wholeItem=_flag(secret.whole_item),
            publicTitle=secret.public_title,
        )
        if secret.reference is not None:
            citation_attrs(
                sub(conf, "pd:citation", {"raw": clean_text(secret.reference.raw)}),
                secret.reference,
            )
    if self.redacted:
        return
    person = self.refs.person
    for change in item.presence_changes:
        _set(
            sub(element, "pd:presenceChange"),
            person=person(change.person),
            kind=change.kind,
            time=change.time.isoformat() if change.time else None,
            text=change.text,
        )
    for dis in item.disqualifications:
        child = sub(element, "pd:disqualification")
        _set(
            child,
            person=person(dis.person),
            ground=dis.ground,
            leftRoom=_flag(dis.left_room),
            text=dis.text,
        )
        if dis.reference is not None:
            citation_attrs(sub(child, "pd:citation", {"raw": clean_text(dis.reference.raw)}), dis.reference)
    for motion in item.motions:
        _set(
            sub(element, "pd:motion"),
            proposer=person(motion.proposer),
            seconder=person(motion.seconder) if motion.seconder is not None else None,
            kind=motion.kind,
            text=motion.text,
        )
    for event, voting in zip(item.votes, self.votings, strict=True):
        _set(
            sub(element, "pd:vote"),
            round=str(event.round),
            voting=f"#{voting}" if voting else None,
            yesProposition=event.yes_proposition,
            noProposition=event.no_proposition,
            result=event.result,
            text=event.text,
        )
    for dissent in item.dissents:
        _set(sub(element, "pd:dissent"), person=person(dissent.person), text=dissent.text)
