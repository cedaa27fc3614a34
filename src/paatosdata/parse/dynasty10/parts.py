"""Part labels: whether a paragraph opens a part (``Päätösehdotus``, ``Päätös``, ``Asia``, ``Selostus
asiasta`` …), the heading it prints and the text after it.
"""

from __future__ import annotations

import re

from paatosdata.lexicon import classify_heading, match_heading_prefix
from paatosdata.parse.dynasty10.page import Paragraph, contact_line
from paatosdata.people import is_office_only, is_title_only, proposing_office

PARENTHESIS = re.compile(r"\s*\([^)]*\)\s*:?\s*$")
#: a heading with who presents inside it: ``Esittelijän (vs. tekninen johtaja Esimerkki) päätösesitys:``
INNER_PRESENTER = re.compile(
    r"^(?P<before>[A-ZÅÄÖ][\wåäö-]{2,30})\s+\((?P<who>[^()\n]{2,60})\)\s+(?P<after>[\wåäö-]{2,30})\s*:?$"
)
#: endings of the official title that heads a proposal in place of "Päätösehdotus" (``Kaupunginjohtaja``)
PRESENTER_TITLE = re.compile(r"^[A-ZÅÄÖ][\wåäö-]*(?:johtaja|päällikkö|sihteeri|pormestari|direktör)$")
_PROPOSAL_VERB = re.compile(r"\b(?:päättää|esittää|ehdottaa|beslutar|föreslår)\b")


#: two capitalised words in a row, as a name is printed (``Mervi Esimerkki``)
NAME_PAIR = re.compile(r"\b[A-ZÅÄÖ][\wåäö-]+\s+[A-ZÅÄÖ][\wåäö-]+")


#: a verb of a sentence: the passive (``hyväksyttiin``, ``merkitään``) or a body's proposing verb
SENTENCE_VERB = re.compile(
    r"\b(?:[a-zåäö]+(?:ttiin|tiin|taan|tään)|päättää|esittää|ehdottaa|antaa|hyväksyy|beslutar|föreslår)\b"
)


#: a body's name as the subject of a sentence (``Tekninen lautakunta``, ``Kaupunginhallitus``)
_BODY_SUBJECT = (
    r"(?P<body>[A-ZÅÄÖ][\wåäö -]*?(?:lautakunta|hallitus|valtuusto|jaosto|johtokunta|toimikunta|"
    r"neuvottelukunta|valiokunta|nämnden|styrelsen|fullmäktige))"
)
#: a proposal made by a body named at its start: ``Tekninen lautakunta päättää esittää kunnanhallitukselle …``
BODY_PROPOSES = re.compile(r"^" + _BODY_SUBJECT + r"\s+(?:päättää|esittää|ehdottaa|beslutar|föreslår)\b")
#: the body that proposes, alone on the line over its proposal: ``Kaupunginhallitus ehdottaa``,
#: ``Kunnanhallitus esittää valtuustolle:``
_BODY_PROPOSAL_LABEL = re.compile(
    r"^" + _BODY_SUBJECT + r"\s+(?:ehdottaa|esittää|föreslår)"
    r"(?:\s+[\wåäö]*(?:valtuustolle|fullmäktige))?\s*:?$"
)


#: an office and a colon leading a paragraph's text (``Perusturvajohtaja: Perusturvalautakunta …``), perhaps
#: after an acting mark (``va. nuorisosihteeri: …``, ``Vs. Kaupunginjohtaja: …``)
OFFICE_LEAD = re.compile(
    r"^(?P<office>(?:(?i:vs|va|vt|v\.s)\.?\s+[\wåäö]|[A-ZÅÄÖ])[\wåäö -]{2,50}?):\s+(?=\S)"
)


#: the side heading over the presentation on Kuopio's pages ("the matter"), a label, not a subheading
SUBJECT_LABELS = ("Asia", "Ärende")


#: Dynasty's own labels of the presentation, before its first words or a subheading on the same line
#: (``Selostus asiasta Yleistä``, ``Peruste Kunnanvaltuusto on päättänyt …``): a capital follows them
_REASONS_LABEL = re.compile(r"^(?P<label>Selostus asiasta|Peruste)(?:\s+(?P<rest>[A-ZÅÄÖ0-9].*))?$")


#: a line wholly in parentheses (``(Lisätietoja: …)``)
_WHOLLY_PARENTHESISED = re.compile(r"^\s*\((?P<inner>[^()]+)\)\s*$")


def part(paragraph: Paragraph, opened: str = "") -> tuple[str, str, str] | None:
    """``(kind, heading, rest of the paragraph)`` when the paragraph starts a part, else ``None``; ``opened``
    is the kind of the part the paragraph would otherwise continue."""
    if paragraph.heading is not None:
        rest = paragraph.text[len(paragraph.heading) :].strip()
        kind = classify_heading(paragraph.heading)
        if kind is None and PRESENTER_TITLE.match(paragraph.heading) and _PROPOSAL_VERB.search(rest):
            kind = "proposal"
        return (kind, paragraph.heading, rest) if kind else None
    first, _, more = paragraph.text.partition("\n")
    first = _finnish_label(first)
    if first.strip() in SUBJECT_LABELS and more.strip():
        return "reasons", first.strip(), more.strip()
    if first.strip() in _HANDLING_LABELS and opened in ("proposal", "decision"):
        # ``Asian käsittely`` on a line of its own after the proposal: the handling's label, empty or not
        return "handling", first.strip(), more.strip()
    changed = CHANGED_PROPOSAL.match(first) if opened == "proposal" else None
    if changed is not None and not _PASSIVE_PAST.match(changed.group("rest")):
        # ``Muutettu päätösehdotus …`` after the proposal: the proposal as changed at the meeting, a part of
        # the handling, not more of the proposal's text
        rest = "\n".join(x for x in (changed.group("rest"), more.strip()) if x)
        return "handling", changed.group("heading"), rest
    if first.strip().rstrip(":") in _REASONS_HEADINGS and opened in ("proposal", "decision"):
        # ``Perustelu`` on a line of its own after the proposal or the decision: the reasons follow them
        return "reasons", first.strip().rstrip(":"), more.strip()
    actions = _ACTIONS.match(first) if opened in ("decision", "distribution") else None
    if actions is not None and _names_whom(actions.group("rest") or "", actions.group("heading")):
        # who acts on the decision (``Toimenpiteet Kulttuurijohtaja``): a part of its own after the decision
        whom = actions.group("rest") or ""
        whom = "" if _PLACEHOLDER.match(whom.strip()) else whom  # the template's placeholder is no text
        rest = "\n".join(x for x in (whom, more.strip()) if x)
        return "implementation", actions.group("heading"), rest
    label = _REASONS_LABEL.match(first)
    if label is not None and label.group("rest") and opened in ("decision", "proposal"):
        label = None  # a sentence of the decision or proposal (``Peruste Kuntalain 91 §:n mukaan …``)
    if label is not None and (label.group("rest") or more.strip()):
        rest = "\n".join(x for x in (label.group("rest"), more.strip()) if x)
        return "reasons", label.group("label"), rest
    inner = INNER_PRESENTER.match(first.strip())
    if (
        inner is not None
        and classify_heading(f"{inner.group('before')} {inner.group('after')}") == "proposal"
    ):
        # the proposal's heading with who presents inside it (``Esittelijän (tekninen johtaja Esimerkki)
        # päätösesitys:``)
        return "proposal", first.strip().rstrip(":"), more.strip()
    kind = classify_heading(PARENTHESIS.sub("", first))
    if kind is not None:
        return kind, first.strip().rstrip(":"), more.strip()
    addressed = _BODYS_PROPOSAL_TO_BODY.match(first.strip())
    if addressed is not None and classify_heading(addressed.group("heading")) == "proposal":
        # the proposal named after the body that makes it, the body it is put to opening its text on the
        # same line (``Kunnanhallituksen esitys Valtuusto:``), as ``Päätös Valtuusto:`` opens the decision
        rest = "\n".join(x for x in (addressed.group("rest"), more.strip()) if x)
        return "proposal", addressed.group("heading"), rest
    if first.endswith(":") and _BODYS_DECISION.match(first[:-1].strip()):
        return "decision", first.strip().rstrip(":"), more.strip()
    if len(first) <= 80 and _BODY_PROPOSAL_LABEL.match(first.strip()):
        # the body proposing, over its proposal (``Kaupunginhallitus ehdottaa`` / ``Kaupunginvaltuusto
        # päättää …``)
        return "proposal", first.strip().rstrip(": "), more.strip()
    if first.endswith(":") and names_office(first[:-1]):
        # an office over the proposal it makes (``Kunnanjohtaja:``, ``TEKNISEN TOIMEN PÄÄLLIKKÖ:``): the
        # proposal's heading
        return "proposal", first.strip().rstrip(":"), more.strip()
    if first.endswith(":") and proposing_office(first[:-1].strip()) is not None:
        # the proposal named after the office that makes it (``Sosiaalijohtajan esitys:``)
        return "proposal", first.strip().rstrip(":"), more.strip()
    if first.endswith(":") and _offices_proposal(first[:-1].strip()):
        # the proposal named after two offices that make it together (``Kirjastotoimen johtajan ja
        # sivistysjohtajan esitys:``)
        return "proposal", first.strip().rstrip(":"), more.strip()
    wrapped = _WHOLLY_PARENTHESISED.match(first) if not more.strip() else None
    contact = match_heading_prefix(wrapped.group("inner")) if wrapped is not None else None
    if contact is not None and contact.kind == "preparers" and contact.rest:
        # a contact line in parentheses (``(Lisätietoja: kirjastotoimenjohtaja puh. …)``): a part of its own
        return "preparers", contact.heading, contact.rest
    m = match_heading_prefix(first)
    if m is not None and m.kind == "proposal" and _PASSIVE_PAST.match(m.rest):
        return None  # a sentence about the proposal (``Ehdotus hyväksyttiin.``), not its heading
    if m is not None and m.kind == "proposal" and _ABOUT_DECISION.match(m.rest) and no_colon(first, m.rest):
        # a sentence about the proposal (``Päätösesitys annetaan kokouksessa.``): in a proposal, a handling or
        # a decision, a line of it (``Ehdotus ei saanut kannatusta.``); elsewhere it opens the proposal and is
        # the whole of its text
        if opened in ("proposal", "handling", "decision"):
            return None
        return "proposal", "", paragraph.text.strip()
    if m is not None and m.kind == "decision" and _ABOUT_DECISION.match(m.rest) and no_colon(first, m.rest):
        return None  # a sentence of the text about the decision (``Päätös annetaan julkipanon jälkeen.``)
    if m is not None and m.kind == "preparers" and _sentence_naming_nobody(first, m.rest):
        return None  # a sentence of the text (``Mer information om bron finns på webbplatsen.``)
    if m is not None and not (m.kind == "decision" and not more.strip() and _noun_phrase(first, m.rest)):
        rest = "\n".join(x for x in (m.rest, more.strip()) if x)
        return m.kind, m.heading, rest
    word, _, after = first.partition(" ")
    if PRESENTER_TITLE.match(word) and BODY_PROPOSES.match(after):
        # the office's side heading run into the proposal's line by a text copy of the page
        # (``Hyvinvointijohtaja Hyvinvointipalveluiden lautakunta päättää …``): the office presents it
        rest = "\n".join(x for x in (after, more.strip()) if x)
        return "proposal", word, rest
    office = OFFICE_LEAD.match(first)
    proposes = office is not None and (
        _PROPOSAL_VERB.search(first)
        or _PASSIVE_PRESENT.match(first[office.end() :])
        or _OBLIGES.search(first[office.end() :])
    )
    if office is not None and proposes and is_office_only(office.group("office")):
        # the office making the proposal and its text on one line (``Pormestari: Kunnanhallitus päättää …``,
        # ``Sivistysjohtaja: Hyväksytään …``, ``Pormestari: Toimialojen tulee valmistella …``)
        rest = "\n".join(x for x in (first[office.end() :], more.strip()) if x)
        return "proposal", office.group("office"), rest
    return None


def names_office(text: str) -> bool:
    """True for an office and no person, printed in capitals too (``TEKNISEN TOIMEN PÄÄLLIKKÖ``)."""
    return is_title_only(text) or (text.isupper() and is_title_only(text.lower()))


def _offices_proposal(heading: str) -> bool:
    """True for a proposal heading naming two offices joined by ``ja`` (``Kirjastotoimen johtajan ja
    sivistysjohtajan esitys``): the last names the proposal as one office's would, the first is an office
    in the genitive (one to three words, each ending in ``-n``).

    >>> _offices_proposal("Kirjastotoimen johtajan ja sivistysjohtajan esitys")
    True
    >>> _offices_proposal("Kunnanhallituksen ja lautakunnan esitys")
    False
    >>> _offices_proposal("Sivistysjohtajan esitys")
    False
    """
    first, joined, last = heading.partition(" ja ")
    words = first.split()
    return (
        bool(joined)
        and proposing_office(last) is not None
        and 1 <= len(words) <= 3
        and all(word.endswith("n") for word in words)
        and is_title_only(" ".join([*words[:-1], words[-1][:-1]]))
    )


#: a proposal heading named after a body (``Kunnanhallituksen esitys``), then the body it is put to, one or
#: two words and a colon (``Valtuusto:``)
_BODYS_PROPOSAL_TO_BODY = re.compile(
    r"^(?P<heading>(?:[\wåäö-]+\s+){1,2}?(?:päätösehdotus|ehdotus|päätösesitys|esitys))\s+"
    r"(?P<rest>[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+)?:)$"
)
#: the heading naming who acts on the decision, printed after it (``Toimenpiteet Sivistysvirasto``,
#: ``Toimenpiteet, otteet``, ``Toimenpiteet ja otteet``)
_ACTIONS = re.compile(r"^(?P<heading>Toimenpiteet(?:\s*(?:,|\s+ja)\s*otteet)?)(?:\s+(?P<rest>\S.*))?$")
#: the empty field of a page template, printed where nobody wrote (``Toimenpiteet ja otteet aloita tästä``)
_PLACEHOLDER = re.compile(r"^(?:aloita|kirjoita)\s+tähän|^aloita\s+tästä$", re.IGNORECASE)
#: the meeting's handling on a line of its own, over what was said at the meeting (or over nothing)
_HANDLING_LABELS = ("Asian käsittely",)
#: the proposal as changed at the meeting, printed after the proposal (``Muutettu päätösehdotus …``,
#: ``Kunnanjohtajan muutettu esitys:``)
CHANGED_PROPOSAL = re.compile(
    r"^(?P<heading>(?:[A-ZÅÄÖ][\wåäö-]*n\s+muutettu|Muutettu)\s+(?:päätös)?(?:ehdotus|esitys))"
    r"(?:\s*:\s*|\s+|$)(?P<rest>.*)$"
)
#: the reasons' heading in the singular, on a line of its own
_REASONS_HEADINGS = ("Perustelu",)


def _names_whom(rest: str, heading: str = "Toimenpiteet") -> bool:
    """True for nothing, or a few words naming an office or a unit (``Kulttuurijohtaja``, ``Tekninen
    toimi``): capitalised, no figure, no sentence (``Toimenpiteet vuosille 2024–2026``, ``Toimenpiteet
    jatkuvat`` are lines of the decision). Under the full label (``Toimenpiteet ja otteet``) the template's
    placeholder (``aloita tästä``) too: no text of the decision."""
    if not rest:
        return True
    if heading != "Toimenpiteet" and _PLACEHOLDER.match(rest.strip()):
        return True
    short = len(rest.split()) <= 6 and not rest.rstrip().endswith((".", ":"))
    named = rest[:1].isupper() and not any(c.isdigit() for c in rest)
    return short and named and SENTENCE_VERB.search(rest) is None


def _finnish_label(line: str) -> str:
    """A line under a bilingual label (``Ehdotus / Förslag``, ``Valmistelija / Beredare: …``) as under its
    Finnish label alone: the Swedish label is the same part's heading, no part of its text."""
    finnish = match_heading_prefix(line)
    if finnish is None or not finnish.rest.startswith("/"):
        return line
    swedish = match_heading_prefix(finnish.rest[1:].lstrip())
    if swedish is None or swedish.kind != finnish.kind:
        return line
    return f"{finnish.heading}: {swedish.rest}" if swedish.rest else finnish.heading


#: a sentence opening with a verb in the present passive, as a proposal does (``Hyväksytään …``,
#: ``Myönnetään …``, ``Myydään …``); not an illative or adverb in -aan (``Asiaan liittyen …``, ``Kokonaan …``)
_PASSIVE_PRESENT = re.compile(r"^[A-ZÅÄÖ][a-zåäö]*[td](?:aan|ään)\s+\w")
#: an obligation laid down, ``tulee`` with an infinitive (``Toimialojen tulee valmistella …``): what a
#: proposal says those it binds are to do
_OBLIGES = re.compile(r"\btulee\s+[a-zåäö]+[aä]\b")


#: a verb in the past passive (``hyväksyttiin``, ``hylättiin``, ``palautettiin``) opening the rest of a line
_PASSIVE_PAST = re.compile(r"^[a-zåäö]+(?:ttiin|tiin)\b")
#: a verb that makes "the decision" the subject of a sentence: ``on``, ``tulee``, or the passive present
#: (``annetaan``, ``toimitetaan``): ``Päätös annetaan julkipanon jälkeen.`` speaks of the decision to come
_ABOUT_DECISION = re.compile(r"^(?:on|ei|tulee|[a-zåäö]+(?:taan|tään))\s")


def _sentence_naming_nobody(line: str, rest: str) -> bool:
    """True when a contact heading's words open a sentence that goes on in lower case to its full stop and
    names no office, person, address or phone (``Lisätietoja on saatavilla kunnan sivuilla.``)."""
    return (
        no_colon(line, rest)
        and rest[:1].islower()
        and rest.rstrip().endswith(".")
        and not is_title_only(rest.split()[0])
        and not contact_line(rest)
        and NAME_PAIR.search(rest) is None
    )


def no_colon(line: str, rest: str) -> bool:
    """True when no colon follows the heading word (``Päätös: annetaan …`` is a heading in any case)."""
    return ":" not in line[: len(line) - len(rest)]


#: the decision named after the body that decides, as Kouvola prints it: ``Kylien neuvottelukunnan päätös:``
_BODYS_DECISION = re.compile(
    r"^(?:[A-ZÅÄÖ][\wåäö-]*\s+)?[\wåäö-]*(?:hallituksen|lautakunnan|valtuuston|jaoston|johtokunnan|"
    r"toimikunnan|neuvottelukunnan)\s+päätös$",
    re.IGNORECASE,
)


def _noun_phrase(line: str, rest: str) -> bool:
    """True for a line that starts with the decision's word but goes on as a phrase of the text
    (``Päätös maa-aineslain 4 §:n mukaisesta lupahakemuksesta …``): no colon after the word, no full
    stop, the next word in lower case, four words or more after it. A decision printed on its
    heading's line is a sentence (``Päätös Päätösehdotus hyväksyttiin yksimielisesti.``)."""
    head = line[: len(line) - len(rest)]
    return (
        ":" not in head
        and not line.rstrip().endswith((".", ":"))
        and rest[:1].islower()
        and len(rest.split()) >= 4
    )


def label_halves_joined(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """A label broken after its slash over two paragraphs of one line (``Valmistelija /`` / ``lisätiedon
    antaja``) as the one label other pages print on a line (``Valmistelija / lisätiedon antaja``): the
    first half is a heading, and both read together are a heading of its kind. Other paragraphs as they
    are."""
    if not any(paragraph.text.endswith("/") for paragraph in paragraphs):
        return paragraphs
    joined: list[Paragraph] = []
    skip = False
    for index, paragraph in enumerate(paragraphs):
        if skip:
            skip = False
            continue
        after = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        label = f"{paragraph.text} {after.text.strip()}" if after is not None else ""
        if (
            after is not None
            and paragraph.text.endswith("/")
            and "\n" not in paragraph.text
            and "\n" not in after.text.strip()
            and paragraph.heading is None
            and after.heading is None
            and (kind := classify_heading(paragraph.text[:-1])) is not None
            and classify_heading(label) == kind
        ):
            joined.append(Paragraph(label, paragraph.line, None, paragraph.row))
            skip = True
            continue
        joined.append(paragraph)
    return joined
