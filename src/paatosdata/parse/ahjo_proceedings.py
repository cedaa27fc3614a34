"""Ahjo proceedings (Käsittely) as rendered text: motions with seconders and voting rounds.

Ahjo prints motions in ``div.ehdotukset`` / ``div.toivomusponnet`` and votes in ``div.aanestykset``;
the same labels appear in other vendors' plain text.

>>> text = '''1 äänestys
... JA-ehdotus: Esittelijän ehdotus
... EI-ehdotus: Vastaehdotus
... Jaa-äänet: 2
... Anna Aho, Pekka Puu
... Ei-äänet: 1
... Ville Vaara
... Tyhjä: 0
... Poissa: 0'''
>>> v = parse_votes(text)[0]
>>> (v.round, v.yes, v.no, v.blank, v.absent, [x.voter for x in v.votes])
(1, 2, 1, 0, 0, ['Anna Aho', 'Pekka Puu', 'Ville Vaara'])
>>> m = parse_motions('''Vastaehdotus:
... Jäsen Ville Vaara: Asia palautetaan valmisteluun.
... Kannattaja: Jäsen Anna Aho''')[0]
>>> (m.proposer, m.text, m.seconder, m.kind)
('Jäsen Ville Vaara', 'Asia palautetaan valmisteluun.', 'Jäsen Anna Aho', 'counterProposal')
"""

from __future__ import annotations

import re

from paatosdata.model import Motion, Span, Vote, VoteEvent

__all__ = ["parse_motions", "parse_votes"]

_ROUND = re.compile(r"^\s*(\d+)\.?\s*(?:äänestys|omröstning(?:en)?)\s*$", re.I | re.M)
_SINGLE_ROUND = re.compile(r"^\s*(?:äänestys|omröstning(?:en)?)\s*:?\s*\n", re.I)
_LABEL = re.compile(
    r"^(?P<label>JAA-ehdotus|JA-ehdotus|EI-ehdotus|JA-förslag|NEJ-förslag|Jaa-äänet|Ja-äänet|Ei-äänet|Ja-röster|"
    r"Nej-röster|Tyhjät|Tyhjiä|Tyhjää|Tyhjä|Blanka|Poissa|Frånvarande)\s*:?\s*(?P<rest>.*)$",
    re.I,
)
_CHOICE = {
    "jaa-äänet": "yes",
    "ja-äänet": "yes",
    "ja-röster": "yes",
    "ei-äänet": "no",
    "nej-röster": "no",
    "tyhjät": "blank",
    "tyhjiä": "blank",
    "tyhjää": "blank",
    "tyhjä": "blank",
    "blanka": "blank",
    "poissa": "absent",
    "frånvarande": "absent",
}


def _names(text: str) -> list[str]:
    return [n.strip(" .") for n in re.split(r",|\n|;", text) if n.strip(" .")]


_RESULT = re.compile(r"\b(?:hyväksyi|päätti|äänin|godkände|beslöt|med rösterna)\b", re.I)


def _is_result(line: str) -> bool:
    """A sentence stating the result, not a list of names."""
    return bool(_RESULT.search(line)) or any(len(part.split()) > 4 for part in line.split(","))


def _flush(event: VoteEvent, choice: str | None, buffer: list[str]) -> None:
    if choice is not None:
        event.votes.extend(Vote(voter=name, choice=choice) for name in _names("\n".join(buffer)))


def parse_votes(text: str, where: Span | None = None) -> list[VoteEvent]:
    """Voting rounds: propositions, counts per option and the voters named under each count."""
    pieces = _ROUND.split(text)
    rounds: list[tuple[int, str]] = []
    if len(pieces) == 1:
        # a single round under an unnumbered heading (``Äänestys:``) is round 1
        text = _SINGLE_ROUND.sub("", text, count=1)
        if _LABEL.search(text.strip().splitlines()[0] if text.strip() else ""):
            rounds.append((1, text))
    else:
        for i in range(1, len(pieces), 2):
            rounds.append((int(pieces[i]), pieces[i + 1]))
    events = []
    for number, body in rounds:
        event = VoteEvent(round=number, text=body.strip(), span=where)
        choice: str | None = None
        buffer: list[str] = []
        tail: list[str] = []

        for line in body.strip().splitlines():
            m = _LABEL.match(line.strip())
            if m is None:
                if _is_result(line):
                    _flush(event, choice, buffer)
                    choice, buffer = None, []
                    tail.append(line.strip())
                else:
                    (buffer if choice is not None else tail).append(line.strip())
                continue
            _flush(event, choice, buffer)
            label, rest = m.group("label").casefold(), m.group("rest").strip()
            buffer = []
            if label in ("ja-ehdotus", "jaa-ehdotus", "ja-förslag"):  # JAA-: the older minutes
                event.yes_proposition, choice = rest, None
            elif label in ("ei-ehdotus", "nej-förslag"):
                event.no_proposition, choice = rest, None
            else:
                choice = _CHOICE[label]
                count = re.match(r"(\d+)\s*(.*)$", rest)
                setattr(event, choice, int(count.group(1)) if count else None)
                if count and count.group(2).strip():
                    buffer.append(count.group(2))
        _flush(event, choice, buffer)
        result = [t for t in tail if t]
        if result:
            event.result = " ".join(result)
        events.append(event)
    return events


_MOTION = re.compile(
    r"^(?P<label>Vastaehdotus|Palautusehdotus|Pöydällepanoehdotus|Hylkäysehdotus|Toivomusponsi|"
    r"Motförslag|Återremissförslag|Bordläggningsförslag|Förkastningsförslag|Hemställningskläm)\s*:?\s*(?P<rest>.*)$",
    re.I,
)
_KINDS = {
    "vastaehdotus": "counterProposal",
    "motförslag": "counterProposal",
    "palautusehdotus": "return",
    "återremissförslag": "return",
    "pöydällepanoehdotus": "tabling",
    "bordläggningsförslag": "tabling",
    "hylkäysehdotus": "rejection",
    "förkastningsförslag": "rejection",
    "toivomusponsi": "wish",
    "hemställningskläm": "wish",
}
_SECONDER = re.compile(r"^(?:Kannattaja|Kannattajat|Understödd av|Understödare)\s*:?\s*(?P<who>.*)$", re.I)
_PROPOSER = re.compile(r"^(?P<who>[A-ZÅÄÖ][\wåäö-]*(?:\s+[A-ZÅÄÖ][\wåäö'-]+){1,3})\s*:\s*(?P<text>.*)$")


def parse_motions(text: str, where: Span | None = None) -> list[Motion]:
    """Motions introduced by a label (``Vastaehdotus:``), with proposer, text and seconder."""
    motions: list[Motion] = []
    current: Motion | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        label = _MOTION.match(line)
        if label:
            current = Motion(proposer="", text="", kind=_KINDS[label.group("label").casefold()], span=where)
            motions.append(current)
            line = label.group("rest").strip()
            if not line:
                continue
        if current is None:
            continue
        seconder = _SECONDER.match(line)
        if seconder:
            current.seconder = seconder.group("who").strip() or None
            continue
        proposer = _PROPOSER.match(line)
        if proposer and not current.proposer:
            current.proposer = proposer.group("who").strip()
            line = proposer.group("text").strip()
        if line:
            current.text = f"{current.text}\n{line}".strip()
    return [m for m in motions if m.proposer or m.text]
