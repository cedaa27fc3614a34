"""What happened while an item was handled: arrivals and departures, disqualifications, motions,
votes and dissents, read from the Finnish or Swedish text of Käsittely / Päätös / Behandling.

>>> changes = parse_presence_changes("Merkitään, että jäsen Kari Virranta poistui kokouksesta.")
>>> [(c.person, c.kind) for c in changes]
[('Kari Virranta', 'left')]
>>> text = "Jäsen Pekka Koivisto ilmoitti olevansa esteellinen (HL 28.1 § 5 k) eikä osallistunut käsittelyyn."
>>> d = parse_disqualifications(text)[0]
>>> (d.person, d.ground, d.reference.section, d.reference.paragraph)
('Pekka Koivisto', 'HL 28.1 § 5 k', '28', '5')
>>> v = parse_votes("Ja-äänet 7, Ei-äänet 4, Tyhjiä 0, Poissa 0")[0]
>>> (v.yes, v.no, v.blank, v.absent)
(7, 4, 0, 0)
"""

from __future__ import annotations

import re

from paatosdata.legal import parse_legal_references
from paatosdata.lexicon import ROLES
from paatosdata.model import Disqualification, Dissent, Motion, PresenceChange, Span, Vote, VoteEvent
from paatosdata.parse.headers import clock_time

__all__ = [
    "parse_disqualifications",
    "parse_dissents",
    "parse_motions",
    "parse_presence_changes",
    "parse_votes",
    "resolve_seconders",
    "sentences",
    "strip_role",
]

_CAP = r"[A-ZÅÄÖÜÉ][\wåäöüé'’-]+"
#: a person's name: two to four capitalised words (von/af allowed)
NAME = rf"{_CAP}(?:\s+(?:von\s+|af\s+|de\s+)?{_CAP}){{1,3}}"
_ROLE_WORDS = sorted({w for words in ROLES.values() for w in words}, key=len, reverse=True)
_ROLE_PREFIX = re.compile(
    r"^(?:(?:" + "|".join(re.escape(w) for w in _ROLE_WORDS) + r"|valtuutettu|fullmäktigeledamot|"
    r"kaupunginjohtaja|kunnanjohtaja|stadsdirektör|kommundirektör)\s+)+",
    re.IGNORECASE,
)


def strip_role(name: str) -> str:
    """``Jäsen Pekka Koivisto`` → ``Pekka Koivisto``; a name without a role is returned as it is."""
    return _ROLE_PREFIX.sub("", name.strip()).strip()


def sentences(text: str) -> list[str]:
    """Sentences of ``text``: split after ``.``, ``!`` or ``?`` before a capital, and at blank lines."""
    out: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text):
        flat = " ".join(paragraph.split())
        if not flat:
            continue
        parts = re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ\"”(])|\n", flat)
        out.extend(p.strip() for p in parts if p.strip())
    return out


def _names_before(sentence: str, verb: str) -> str | None:
    m = re.search(rf"({NAME})\s+(?:\([^)]*\)\s+)?{verb}", sentence)
    return strip_role(m.group(1)) if m else None


_LEFT = r"(?:poistui|poistuivat|avlägsnade sig|lämnade (?:mötet|sammanträdet))"
_ARRIVED = r"(?:saapui|saapuivat|anlände|kom till (?:mötet|sammanträdet))"
_CLOCK = re.compile(r"(?:klo|kl\.?)\s*(\d{1,2})[.:](\d{2})")
_DISQUALIFIED = re.compile(r"esteelli|jävig|\bjäv\b", re.IGNORECASE)


def parse_presence_changes(text: str, span: Span | None = None) -> list[PresenceChange]:
    """Arrivals and departures (``poistui``/``saapui``, ``avlägsnade sig``/``anlände``)."""
    changes: list[PresenceChange] = []
    for sentence in sentences(text):
        if _DISQUALIFIED.search(sentence):
            continue
        for kind, verb in (("left", _LEFT), ("arrived", _ARRIVED)):
            person = _names_before(sentence, verb)
            if person is None:
                continue
            clock = _CLOCK.search(sentence)
            at = clock_time(clock.group(1), clock.group(2)) if clock else None
            changes.append(PresenceChange(person=person, kind=kind, text=sentence, time=at, span=span))
    return changes


_DISQ = re.compile(
    rf"(?P<name>{NAME})\s+(?:ilmoitti olevansa esteellinen|ilmoitti esteellisyydestään|"
    rf"totesi olevansa esteellinen|oli esteellinen|jäävättiin|jäävasi itsensä|"
    rf"anmälde jäv|anmälde att (?:hon|han) var jävig|anmälde att (?:hon|han) är jävig|var jävig|"
    rf"jävade sig)(?P<tail>.*)$"
)


def parse_disqualifications(text: str, span: Span | None = None) -> list[Disqualification]:
    """Disqualifications with their ground: ``X ilmoitti olevansa esteellinen (HL 28.1 § 5 k)``."""
    found: list[Disqualification] = []
    for sentence in sentences(text):
        for m in _DISQ.finditer(sentence):
            tail = m.group("tail")
            paren = re.search(r"\(([^)]*)\)", tail)
            ground = paren.group(1).strip() if paren else None
            if ground is None:
                reason = re.search(r"(?:perusteena|koska|grund(?:en)?|eftersom)\s+(.+)$", tail)
                ground = reason.group(1).strip(" ,.") if reason else None
            refs = parse_legal_references(ground) if ground else []
            stayed = re.search(r"ei poistunut|osallistui|stannade kvar|deltog i", tail, re.IGNORECASE)
            found.append(
                Disqualification(
                    person=strip_role(m.group("name")),
                    ground=ground,
                    reference=refs[0] if refs else None,
                    left_room=not (stayed and not re.search(r"eikä osallistunut|deltog inte", tail)),
                    text=sentence,
                    span=span,
                )
            )
    return found


_PROPOSED = re.compile(
    rf"(?P<name>{NAME})\s+(?:\([^)]*\)\s+)?(?:ehdotti|teki (?:vasta)?ehdotuksen|esitti|föreslog|"
    rf"gjorde ett motförslag|framställde)\b(?P<rest>.*)$"
)
_SECONDED = re.compile(
    rf"(?P<name>{NAME})\s+(?:kannatti|kannattivat|understödde|understöddes av)\b(?P<rest>.*)$"
)
_SECONDED_BY = re.compile(
    rf"(?:(?:Ehdotusta|Förslaget)\s+(?:kannatti|understöddes av)|understödd av|understött av)"
    rf"\s+(?P<name>{NAME})"
)
#: "X ehdotti Ville Rannan kannattamana, että …": the seconder in the genitive
_SECONDED_GENITIVE = re.compile(rf"(?P<name>{NAME})\s+kannattamana")
_LAPSED = re.compile(r"ei kannatettu|raukesi|understöddes inte|förföll", re.IGNORECASE)


def _motion_kind(text: str) -> str:
    lowered = text.casefold()
    if "pöydälle" in lowered or "bordlägg" in lowered:
        return "tabling"
    if "palautet" in lowered or "palauttamista" in lowered or "återremitt" in lowered:
        return "return"
    if "toivomusponsi" in lowered or "hemställningskläm" in lowered:
        return "wish"
    if "hylät" in lowered or "hylkää" in lowered or "förkast" in lowered or "avslå" in lowered:
        return "rejection"
    return "counterProposal"


def parse_motions(text: str, span: Span | None = None) -> list[Motion]:
    """Motions (``X ehdotti, että …``) with their seconders (``Y kannatti ehdotusta``)."""
    motions: list[Motion] = []
    for sentence in sentences(text):
        proposed = _PROPOSED.search(sentence)
        if proposed and not _SECONDED.search(sentence[: proposed.start()] or "-"):
            proposer = strip_role(proposed.group("name"))
            if proposer.casefold().startswith(("puheenjohtaja", "ordförande")):
                continue
            motions.append(Motion(proposer=proposer, text=sentence, kind=_motion_kind(sentence), span=span))
            seconded_inline = _SECONDED_BY.search(sentence)
            if seconded_inline:
                motions[-1].seconder = strip_role(seconded_inline.group("name"))
            continue
        seconded = _SECONDED.search(sentence) or _SECONDED_BY.search(sentence)
        if seconded and motions and motions[-1].seconder is None:
            motions[-1].seconder = strip_role(seconded.group("name"))
            motions[-1].text = f"{motions[-1].text} {sentence}"
            continue
        if _LAPSED.search(sentence) and motions:
            motions[-1].text = f"{motions[-1].text} {sentence}"
    return motions


def _genitive_of(genitive: str, name: str, exact: bool) -> bool:
    """True when ``genitive`` (``Ville Rannan``) can be the genitive of ``name`` (``Ville Ranta``).

    Only the surname is inflected in a Finnish full name; first names must be equal. ``exact``
    accepts only the plain ending (Mäkelä → Mäkelän), otherwise consonant gradation is allowed.
    """
    g_tokens, n_tokens = genitive.split(), name.split()
    if len(g_tokens) != len(n_tokens) or g_tokens[:-1] != n_tokens[:-1]:
        return False
    g, n = g_tokens[-1], n_tokens[-1]
    if g in (n + "n", n + ":n", n + "in", n + ":in"):
        return True
    return not exact and g.endswith("n") and g.startswith(n[: max(3, len(n) - 2)]) and len(g) <= len(n) + 3


def resolve_seconders(motions: list[Motion], known: list[str]) -> None:
    """Fill seconders printed in the genitive (``Ville Rannan kannattamana``) from ``known`` names.

    Finnish genitives cannot be undone reliably, so a seconder is set only when exactly one known
    name (a participant, a voter) fits; otherwise it stays unknown and the text keeps the wording.
    """
    names = list(dict.fromkeys(known))
    for motion in motions:
        if motion.seconder is not None:
            continue
        m = _SECONDED_GENITIVE.search(motion.text)
        if m is None:
            continue
        genitive = strip_role(m.group("name"))
        fits = [name for name in names if _genitive_of(genitive, name, exact=True)]
        fits = fits or [name for name in names if _genitive_of(genitive, name, exact=False)]
        if len(fits) == 1:
            motion.seconder = fits[0]


_COUNT_WORDS = {
    # bare JA / JAA / EI / NEJ only in capitals: "ja" and "ei" are everyday words
    "yes": r"ja-?(?:äänet|ääniä|ääntä|röster|röst)|(?-i:\bJAA?\b)",
    "no": r"ei-?(?:äänet|ääniä|ääntä)|nej-?(?:röster|röst)|(?-i:\bEI\b|\bNEJ\b)",
    "blank": r"tyhjiä|tyhjää|tyhjä|tyhjät|blanka|blank",
    "absent": r"poissa|frånvarande",
}
_ROUND = re.compile(
    r"^(?:(?P<a>\d+)\.?\s*(?:äänestys|omröstning(?:en)?)|(?:äänestys|omröstning)\s*(?P<b>\d+))\b", re.I
)
_PROPOSITION = re.compile(
    r"\b(?P<side>JAA|JA|EI|NEJ)(?:-ehdotus|-förslag|-esitys)?\s*(?:=|:)\s*(?P<text>[^,;]+?)"
    r"(?=[,;]\s*(?:JAA|JA|EI|NEJ)\b|$)",
)
_SCORE = re.compile(
    r"(?:äänin|äänestyksin|med rösterna|rösterna)\s+(\d+)\s*[-–—]\s*(\d+)(?:\s*[-–—]\s*(\d+))?"
)


def _count(line: str, key: str) -> int | None:
    pattern = _COUNT_WORDS[key]
    m = re.search(rf"\b(\d+)\s+(?:{pattern})", line, re.IGNORECASE)
    if m is None:
        # the count may be written together with its noun (``TYHJÄ 2ääntä``)
        m = re.search(rf"(?:{pattern})\s*(?:\(|:|=)?\s*(\d+)(?:\b|(?=ään))(?!\s*[.:]\d)", line, re.IGNORECASE)
    return int(m.group(1)) if m else None


def _voters(line: str) -> tuple[str, list[str]] | None:
    m = re.match(
        rf"^\s*(?P<label>{'|'.join(_COUNT_WORDS.values())})\s*(?:\(\d+\))?\s*(?:\d+\s*)?[:]\s*(?P<names>.+)$",
        line,
        re.IGNORECASE,
    )
    if m is None:
        return None
    names = [strip_role(n) for n in re.split(r",|\s+ja\s+|\s+och\s+", m.group("names")) if n.strip(" .")]
    names = [n.strip(" .") for n in names if re.fullmatch(NAME, n.strip(" ."))]
    if not names:
        return None
    label = m.group("label")
    choice = next(k for k, p in _COUNT_WORDS.items() if re.fullmatch(rf"(?:{p})", label, re.IGNORECASE))
    return choice, names


def parse_votes(text: str, span: Span | None = None) -> list[VoteEvent]:
    """Voting rounds: propositions (JA/EI), counts, individual votes and the result sentence."""
    rounds: list[VoteEvent] = []
    current: VoteEvent | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        round_match = _ROUND.match(line)
        if round_match:
            current = VoteEvent(round=int(round_match.group("a") or round_match.group("b")), span=span)
            rounds.append(current)
        voters = _voters(line)
        found_any = False
        for m in _PROPOSITION.finditer(line):
            side = m.group("side").upper()
            current = current or _new_round(rounds, span)
            if side in ("JA", "JAA"):
                current.yes_proposition = m.group("text").strip(" .")
            else:
                current.no_proposition = m.group("text").strip(" .")
            found_any = True
        if voters:
            current = current or _new_round(rounds, span)
            choice, names = voters
            current.votes.extend(Vote(voter=n, choice=choice) for n in names)
            setattr(current, choice, getattr(current, choice) or len(names))
            found_any = True
        else:
            for key in ("yes", "no", "blank", "absent"):
                value = _count(line, key) if re.search(r"\d", line) and _looks_like_count(line) else None
                if value is not None:
                    current = current or _new_round(rounds, span)
                    setattr(current, key, value)
                    found_any = True
        score = _SCORE.search(line)
        if score:
            current = current or _new_round(rounds, span)
            current.yes = current.yes if current.yes is not None else int(score.group(1))
            current.no = current.no if current.no is not None else int(score.group(2))
            if score.group(3) and current.blank is None:
                current.blank = int(score.group(3))
            current.result = line
            found_any = True
        if current is not None and (found_any or round_match or _is_vote_line(line)):
            current.text = f"{current.text}\n{line}".strip()
    return [r for r in rounds if r.yes is not None or r.no is not None or r.votes]


def _new_round(rounds: list[VoteEvent], span: Span | None) -> VoteEvent:
    event = VoteEvent(round=len(rounds) + 1, span=span)
    rounds.append(event)
    return event


def _looks_like_count(line: str) -> bool:
    return bool(
        re.search(
            r"ja-?äänet|ei-?äänet|ja-?röster|nej-?röster|tyhjiä|tyhjää|blanka|\bpoissa\s+\d|frånvarande\s+\d|"
            r"\d+\s+(?:ja|ei)-?ääntä|\b(?:JA|EI|NEJ)\s+\d+|\b\d+\s+(?-i:JAA?|EI|NEJ)\b",
            line,
            re.IGNORECASE,
        )
    )


def _is_vote_line(line: str) -> bool:
    return bool(re.search(r"äänest|omröst|ääni|röst", line, re.IGNORECASE))


_DISSENT = re.compile(
    rf"(?P<name>{NAME})\s+(?:jätti|jättivät|ilmoitti|ilmoittivat|esitti)\s+(?:asiassa\s+)?"
    rf"(?:eriävän mielipiteen|eriävän mielipiteensä|eriävät mielipiteensä)"
    rf"|(?P<sv>{NAME})\s+(?:anmälde|lämnade)\s+(?:avvikande (?:mening|åsikt)|reservation)"
)


#: several dissenters in one sentence: ``X, Y ja Z jättivät eriävän mielipiteen`` (``X och Y anmälde …``)
_DISSENT_MANY = re.compile(
    rf"(?P<names>(?:{NAME}\s*,\s*)*{NAME}\s+(?:ja|sekä)\s+{NAME})\s+(?:jättivät|ilmoittivat|esittivät)\s+"
    rf"(?:asiassa\s+)?(?:eriävän mielipiteen|eriävän mielipiteensä|eriävät mielipiteensä)"
    rf"|(?P<sv>(?:{NAME}\s*,\s*)*{NAME}\s+och\s+{NAME})\s+(?:anmälde|lämnade)\s+"
    rf"(?:avvikande (?:mening|åsikt|meningar)|reservation)"
)
_LIST_SEPARATOR = re.compile(r"\s*,\s*|\s+(?:ja|sekä|och)\s+")
_PLURAL_ROLE = re.compile(r"^(?:jäsenet|valtuutetut|varajäsenet|ledamöterna|ledamöter)\s+", re.IGNORECASE)


def parse_dissents(text: str, span: Span | None = None) -> list[Dissent]:
    """Dissents: ``X jätti eriävän mielipiteen`` (also several names joined by ``ja``); in a Eriävä
    mielipide section, ``Name: text`` lines."""
    found: list[Dissent] = []
    for sentence in sentences(text):
        names = [
            strip_role(_PLURAL_ROLE.sub("", name))
            for m in _DISSENT_MANY.finditer(sentence)
            for name in _LIST_SEPARATOR.split(m.group("names") or m.group("sv"))
        ]
        names += [strip_role(m.group("name") or m.group("sv")) for m in _DISSENT.finditer(sentence)]
        for name in names:
            if all(d.person != name for d in found):
                found.append(Dissent(person=name, text=sentence, span=span))
    return found
