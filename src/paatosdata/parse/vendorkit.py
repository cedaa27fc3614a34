"""Helpers shared by the API and vendor readers (CaseM, Ahjo, 6Aika): safe HTML, JSON with lines, text.

HTML is parsed with lxml's HTML parser with the network switched off; it never loads a DTD or an
external entity. JSON errors name the file and line. ``html_text`` turns markup into plain text with
blank lines between blocks, the form the model keeps for every section.

>>> html_text(parse_fragment("<p>P&auml;&auml;t&ouml;s</p><p>toinen<br/>rivi</p>"))
'Päätös\\n\\ntoinen\\nrivi'
>>> body_from_text("Yhdyskuntalautakunta päättää, että hakemus hyväksytään.")
'Yhdyskuntalautakunta'
>>> split_list("Hakija, Pirkanmaan elinkeino-, liikenne- ja ympäristökeskus")
['Hakija', 'Pirkanmaan elinkeino-, liikenne- ja ympäristökeskus']
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from paatosdata.errors import ParseError
from paatosdata.legal import parse_legal_references
from paatosdata.model import AppealInfo, AppealKind, Municipality, Outcome, Span
from paatosdata.outcome import classify_outcome, notes_only
from paatosdata.parse.appeal import APPEAL_BAN, refine_general_appeal
from paatosdata.parse.base import decode
from paatosdata.parse.municipalities import BY_CODE, municipality_by_name, municipality_from_host
from paatosdata.people import TITLE_ENDINGS

__all__ = [
    "BLOCK_TAGS",
    "RESOLUTIONS",
    "appeal_info",
    "appeal_kind",
    "body_addressed",
    "body_presented_by",
    "body_from_text",
    "html_text",
    "item_outcome",
    "officer_from_text",
    "key_lines",
    "load_json",
    "municipality_for",
    "municipality_from_emails",
    "parse_document",
    "parse_fragment",
    "span",
    "split_list",
    "unescape_entities",
]

BLOCK_TAGS = frozenset(
    "p div li ul ol h1 h2 h3 h4 h5 h6 tr table tbody thead section article blockquote header footer".split()
)

#: Ahjo outcome codes (Pikapaatos / openahjo resolution) → outcome
RESOLUTIONS: dict[str, Outcome] = {
    "1": Outcome.APPROVED,
    "2": Outcome.VOTED,
    "3": Outcome.AMENDED,
    "4": Outcome.AMENDED,
    "5": Outcome.REJECTED,
    "6": Outcome.NOTED,
    "7": Outcome.RETURNED,
    "8": Outcome.REMOVED,
    "9": Outcome.TABLED,
    "10": Outcome.ELECTED,
    "passed": Outcome.APPROVED,
    "passed_unchanged": Outcome.APPROVED,
    "passed_voted": Outcome.VOTED,
    "passed_revised": Outcome.AMENDED,
    "passed_modified": Outcome.AMENDED,
    "rejected": Outcome.REJECTED,
    "noted": Outcome.NOTED,
    "returned": Outcome.RETURNED,
    "removed": Outcome.REMOVED,
    "tabled": Outcome.TABLED,
    "election": Outcome.ELECTED,
}

#: what only the vendors' data says: the short names their services use for a municipality (diary
#: number prefixes ``TRE``, ``MliDno``, ``JARDno``, ``OUKA/899/…``, e-mail domains ``hel.fi``, ``ouka.fi``)
#: → Statistics Finland code; names, Swedish names and codes come from the shared municipality table
_SHORT_NAMES: dict[str, str] = {
    "hel": "091",
    "tre": "837",
    "mli": "491",
    "jar": "186",
    "ouka": "564",
}
#: CaseM diary number prefixes (``TUUDno-2021-888``, ``PRIDno-…``) of the municipalities whose own service
#: (``tuusula.cloudnc.fi``) prints them, by their short part → Statistics Finland code; read only before
#: ``Dno``, so a short part never names a host or a data source (``Lai`` is both Laihia's and Laitila's:
#: left out)
_DNRO_PREFIXES: dict[str, str] = {
    "aur": "019",  # Aura
    "eno": "047",  # Enontekiö
    "hol": "098",  # Hollola
    "hmk": "108",  # Hämeenkyrö
    "kaj": "205",  # Kajaani
    "kng": "213",  # Kangasniemi
    "kir": "257",  # Kirkkonummi
    "lap": "408",  # Lapua
    "muo": "498",  # Muonio
    "mju": "507",  # Mäntyharju
    "pad": "576",  # Padasjoki
    "pri": "609",  # Pori
    "puu": "623",  # Puumala
    "rau": "686",  # Rautalampi
    "roi": "698",  # Rovaniemi
    "rus": "704",  # Rusko
    "tuu": "858",  # Tuusula
    "ves": "922",  # Vesilahti
}
#: the short names wellbeing services counties go by in their hosts and e-mail domains
#: (``pirha.cloudnc.fi``, ``x@luvn.fi``) → the county's name in the shared table
_COUNTY_SHORT_NAMES: dict[str, str] = {
    "itauusimaa": "Itä-Uudenmaan hyvinvointialue",
    "keusote": "Keski-Uudenmaan hyvinvointialue",
    "luvn": "Länsi-Uudenmaan hyvinvointialue",
    "vakehyva": "Vantaan ja Keravan hyvinvointialue",
    "varha": "Varsinais-Suomen hyvinvointialue",
    "omahame": "Kanta-Hämeen hyvinvointialue",
    "pirha": "Pirkanmaan hyvinvointialue",
    "paijatha": "Päijät-Hämeen hyvinvointialue",
    "eksote": "Etelä-Karjalan hyvinvointialue",
    "pshyvinvointialue": "Pohjois-Savon hyvinvointialue",
    "siunsote": "Pohjois-Karjalan hyvinvointialue",
    "hyvaks": "Keski-Suomen hyvinvointialue",
    "hyvaep": "Etelä-Pohjanmaan hyvinvointialue",
    "soite": "Keski-Pohjanmaan hyvinvointialue",
    "pohde": "Pohjois-Pohjanmaan hyvinvointialue",
    "lapha": "Lapin hyvinvointialue",
}
#: a CaseM service's host (``tampere.cloudnc.fi``): its first label names the municipality
_CASEM_HOST = re.compile(r"^(?:https?://)?([^/.]+)\.cloudnc\.fi", re.IGNORECASE)


def _known(key: str) -> Municipality | None:
    """The municipality of a short name (``hel``) or a Finnish or Swedish name (``espoo``, ``esbo``)."""
    code = _SHORT_NAMES.get(key)
    if code is not None:
        return BY_CODE[code].municipality()
    county = _COUNTY_SHORT_NAMES.get(key)
    if county is not None:
        return municipality_by_name(county)
    found = municipality_by_name(key)
    return found if found.code else None


def municipality_for(key: str | None) -> Municipality | None:
    """A municipality from a name, a CaseM host (``tampere.cloudnc.fi``) or a dnro prefix.

    >>> municipality_for("MliDno").name
    'Mikkeli'
    >>> municipality_for("698Dno").name
    'Rovaniemi'
    >>> municipality_for("TUUDno").name
    'Tuusula'
    >>> municipality_for("https://esimerkkila.cloudnc.fi/fi-FI").slug
    'esimerkkila'
    """
    if not key:
        return None
    text = key.strip().casefold()
    host = _CASEM_HOST.match(text)
    if host:
        label = host.group(1)
        named = municipality_from_host(f"https://{label}.cloudnc.fi") or _known(label)
        return named or Municipality(name=label.capitalize(), slug=label)
    found = _known(text)
    if found is None and text.endswith("dno"):
        # a dnro prefix such as "MliDno", or one led by the municipality's code ("698Dno")
        short = text[:-3]
        code = short if re.fullmatch(r"\d{3}", short) else _DNRO_PREFIXES.get(short)
        record = BY_CODE.get(code) if code is not None else None
        found = record.municipality() if record is not None else _known(short)
    return found


def municipality_from_emails(text: str) -> Municipality | None:
    """The municipality whose domain every known e-mail address in ``text`` uses (``x@mikkeli.fi``).

    >>> municipality_from_emails("Timo <timo.virtanen@mikkeli.fi>").name
    'Mikkeli'
    >>> municipality_from_emails("a@mikkeli.fi, b@tampere.fi") is None
    True
    """
    found = {m.group(1).casefold() for m in _EMAIL_DOMAIN.finditer(text)}
    known = {m.slug: m for name in found if (m := _known(name)) is not None}
    if len(known) != 1:
        return None
    return known.popitem()[1]


_EMAIL_DOMAIN = re.compile(r"[\w.+-]+@(?:[\w-]+\.)*?([\w-]+)\.fi\b")


def span(path: Path | str, line: int | None) -> Span:
    """A span at ``line`` (1 when unknown) of ``path``."""
    return Span(file=str(path), line=line or 1)


# ---------------------------------------------------------------- JSON


def load_json(data: bytes, path: Path) -> tuple[Any, str]:
    """The parsed JSON and its text; a syntax error becomes a ParseError naming file and line."""
    text = decode(data, path)
    try:
        return json.loads(text), text
    except json.JSONDecodeError as exc:
        truncated = exc.pos >= len(text.rstrip()) - 1 or _unclosed(text)
        what = "the JSON ends too early (truncated?)" if truncated else f"invalid JSON: {exc.msg}"
        raise ParseError(what, source=f"{path}:{exc.lineno}") from None
    except RecursionError:
        raise ParseError("the JSON is nested too deeply", source=str(path)) from None


def _unclosed(text: str) -> bool:
    """True when brackets or a string are still open at the end (the file was cut short)."""
    depth, in_string, escaped = 0, False, False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "{[":
            depth += 1
        elif ch in "}]":
            depth -= 1
    return in_string or depth > 0


def key_lines(text: str, key: str) -> list[int]:
    """Line numbers of every ``"key":`` in ``text``, in document order (escaped quotes ignored)."""
    pattern = re.compile(r'(?<!\\)"' + re.escape(key) + r'"\s*:')
    lines = []
    line = 1
    last = 0
    for m in pattern.finditer(text):
        line += text.count("\n", last, m.start())
        last = m.start()
        lines.append(line)
    return lines


# ---------------------------------------------------------------- HTML


def _parser() -> lxml_html.HTMLParser:
    return lxml_html.HTMLParser(
        no_network=True, remove_comments=True, remove_pis=True, recover=True, default_doctype=False
    )


def unescape_entities(text: str) -> str:
    """``P&auml;&auml;t&ouml;s`` → ``Päätös`` (HTML entities, including named ones)."""
    return html.unescape(text)


def parse_fragment(markup: str) -> etree._Element:
    """An HTML fragment (entity-encoded or not) under one ``div``; plain text becomes its text."""
    wrapper = lxml_html.fragment_fromstring(markup or "", create_parent="div", parser=_parser())
    return wrapper


def parse_document(data: bytes, path: Path) -> etree._Element:
    """A whole HTML page: decoded (charset from ``<meta>`` when not UTF-8), checked for truncation."""
    head = data[:2048].decode("ascii", "replace")
    declared = re.search(r"charset=[\"']?([\w-]+)", head, re.I)
    text = decode(data, path, declared.group(1) if declared else None)
    lowered = text.casefold()
    # HTML may leave </body></html> out; a cut file ends inside a tag or leaves blocks open
    unclosed = lowered.count("<div") > lowered.count("</div>") or not lowered.rstrip().endswith(">")
    if "</html>" not in lowered and unclosed:
        raise ParseError("the HTML ends inside an element: the file looks truncated", source=str(path))
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    try:
        root = lxml_html.document_fromstring(text, parser=_parser())
    except (etree.ParserError, ValueError) as exc:
        raise ParseError(f"cannot parse the HTML: {exc}", source=str(path)) from None
    return root


def classes(el: etree._Element) -> set[str]:
    """The CSS classes of an element."""
    return set(str(el.get("class") or "").split())


def _walk(el: etree._Element, out: list[str]) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""
    tag = tag.lower()
    if tag in ("script", "style", "head", "title"):
        if el.tail:
            out.append(el.tail)
        return
    block = tag in BLOCK_TAGS
    if block:
        out.append("\n\n")
    if tag == "li":
        out.append("- ")
    if tag == "br":
        out.append("\n")
    if tag == "td" or tag == "th":
        out.append(" ")
    if el.text and tag:
        out.append(el.text)
    for child in el:
        _walk(child, out)
    if block:
        out.append("\n\n")
    if el.tail:
        out.append(el.tail)


def html_text(el: etree._Element | None) -> str:
    """Plain text of ``el``: blocks separated by a blank line, ``<br>`` a line break, spaces collapsed."""
    if el is None:
        return ""
    out: list[str] = []
    if el.text:
        out.append(el.text)
    for child in el:
        _walk(child, out)
    return tidy("".join(out))


def tidy(text: str) -> str:
    """Collapse spaces (NBSP too) within lines and runs of blank lines; strip the ends; drop soft
    hyphens (U+00AD, a line-break hint inside a word that word processors leave in the text)."""
    text = text.replace("\u00a0", " ").replace("\u00ad", "").replace("\r\n", "\n").replace("\r", "\n")
    lines = [re.sub(r"[ \t\f\v]+", " ", line).strip() for line in text.split("\n")]
    joined = "\n".join(lines)
    joined = re.sub(r"\n{3,}", "\n\n", joined)
    return joined.strip()


def markup_text(markup: str) -> str:
    """Plain text of an HTML fragment given as a string (entities decoded)."""
    if "<" not in markup:
        return tidy(unescape_entities(markup))
    return html_text(parse_fragment(markup))


# ---------------------------------------------------------------- text heuristics

_BODY_VERBS = (
    r"päättää|päätti|esittää|esitti|hyväksyy|hyväksyi|katsoo|katsoi|merkitsee|merkitsi|antaa|antoi|"
    r"toteaa|totesi|konstaterar|konstaterade|"
    r"valitsee|valitsi|myöntää|myönsi|oikeuttaa|oikeutti|kehottaa|kehotti|nimeää|nimesi|"
    r"beslutar|beslöt|beslutade|föreslår|föreslog|godkänner|godkände|antecknar|ger|gav|betraktar|betraktade"
)
_BODY = re.compile(
    # a comma after a hyphenated stem belongs to the name: "Sosiaali-, terveys- ja pelastuslautakunta"
    rf"^\s*(?P<body>[A-ZÅÄÖ][\wåäö-]*(?:(?<=-),)?(?:\s+(?:ja|och|-)?\s*[\wåäö-]+(?:(?<=-),)?){{0,4}}?)"
    rf"\s+(?:{_BODY_VERBS})\b"
)
_NOT_BODY = re.compile(r"^(?:se|hän|he|lautakunta päättää|joka|jotka|asia|ehdotus)$", re.I)


def body_from_text(text: str) -> str | None:
    """The deciding body named as the subject of the first sentence (``Kaupunginhallitus päätti …``)."""
    for line in text.splitlines():
        if not line.strip():
            continue
        m = _BODY.match(line)
        if m is None:
            return None
        body = m.group("body").strip()
        last = body.split()[-1].casefold()
        organ_words = (
            "lautakunta",
            "hallitus",
            "valtuusto",
            "jaosto",
            "johtokunta",
            "toimikunta",
            "nämnd",
            "styrelse",
            "fullmäktige",
            "sektion",
            "kunta",
            "neuvosto",
        )
        if _NOT_BODY.match(body) or not any(last.endswith(w) for w in organ_words):
            return None
        return body
    return None


#: an organ word in an inflected form (genitive, allative) → its nominative
_ORGAN_FORMS = {
    "kunnan": "kunta",
    "kunnalle": "kunta",
    "hallituksen": "hallitus",
    "hallitukselle": "hallitus",
    "valtuuston": "valtuusto",
    "valtuustolle": "valtuusto",
    "jaoston": "jaosto",
    "jaostolle": "jaosto",
    "neuvoston": "neuvosto",
    "neuvostolle": "neuvosto",
}
_ORGAN_INFLECTED = rf"[A-ZÅÄÖa-zåäö][\wåäö-]*?(?:{'|'.join(_ORGAN_FORMS)})"
_ADDRESSED = (
    # "Kaupunginhallitukselle on toimitettu seuraavat pöytäkirjat"
    re.compile(rf"\b(?P<organ>{_ORGAN_INFLECTED})\s+on\s+(?:toimitettu|saapunut|tullut|lähetetty)\b"),
    # "… tulee julkiseksi yhdyskuntalautakunnan kokouksen jälkeen"
    re.compile(rf"\bjulkiseksi\s+(?P<organ>{_ORGAN_INFLECTED})\s+kokouksen\s+jälkeen\b"),
)
#: organ words that name no particular body on their own ("lautakunnan kokouksen jälkeen")
_GENERIC_ORGANS = frozenset(
    {"kunta", "lautakunta", "hallitus", "valtuusto", "jaosto", "johtokunta", "toimikunta"}
)


def body_addressed(text: str) -> str | None:
    """The body a text is addressed to, when it is not the subject of a sentence.

    >>> body_addressed("Kaupunginhallitukselle on toimitettu seuraavat pöytäkirjat:")
    'Kaupunginhallitus'
    >>> body_addressed("Ehdotus tulee julkiseksi yhdyskuntalautakunnan kokouksen jälkeen.")
    'Yhdyskuntalautakunta'
    >>> body_addressed("Valtuusto päätti asiasta.") is None
    True
    """
    for pattern in _ADDRESSED:
        m = pattern.search(text)
        if m is None:
            continue
        organ = m.group("organ")
        ending = next(e for e in sorted(_ORGAN_FORMS, key=len, reverse=True) if organ.casefold().endswith(e))
        base = organ[: len(organ) - len(ending)] + _ORGAN_FORMS[ending]
        if base.casefold() in _GENERIC_ORGANS:
            continue
        return base[:1].upper() + base[1:]
    return None


#: the office whose holder presents to the municipal board (kuntalaki 410/2015, the board's presenter)
_BOARD_PRESENTERS = {
    "kaupunginjohtaja": "Kaupunginhallitus",
    "kunnanjohtaja": "Kunnanhallitus",
    "stadsdirektör": "Stadsstyrelsen",
    "kommundirektör": "Kommunstyrelsen",
}


def body_presented_by(title: str | None) -> str | None:
    """The body a presenter of this title presents to, where the title leaves no doubt.

    The municipal manager presents the board's matters; nothing else follows from a title.

    >>> body_presented_by("kaupunginjohtaja")
    'Kaupunginhallitus'
    >>> body_presented_by("tekninen johtaja") is None
    True
    """
    return _BOARD_PRESENTERS.get(" ".join((title or "").casefold().split()))


_APPROVES_PROPOSAL = re.compile(
    r"^\s*(?:päätösehdotus|ehdotus|esittelijän ehdotus|beslutsförslaget|förslaget)\s+"
    r"(?:hyväksyttiin|hyväksyttiin yksimielisesti|godkändes)",
    re.I,
)


def item_outcome(decision: str, proposal: str | None) -> tuple[Outcome | None, bool | None]:
    """The outcome of a decision; approving a proposal that only notes a matter is ``noted``.

    >>> item_outcome("Päätösehdotus hyväksyttiin.", "Lautakunta päättää merkitä katsauksen tiedoksi.")
    (<Outcome.NOTED: 'noted'>, None)
    """
    outcome, unanimous = classify_outcome(decision)
    if outcome is Outcome.APPROVED and proposal and _APPROVES_PROPOSAL.match(decision):
        if notes_only(proposal):
            outcome = Outcome.NOTED
    return outcome, unanimous


#: the office holder who decided; a comma after a hyphenated stem belongs to the office (``Sosiaali-,
#: terveys- ja pelastustoimialan toimialajohtaja``). The office may be named through the units above
#: it, a subject of up to eleven words with a numbered unit's case ending (``Kaupunkiympäristön toimialan
#: … asiakkuusyksikkö 3:n yksikön päällikkö``); the office ending before the verb keeps a longer sentence out
#: a decision told in the perfect tense (``… yksikön päällikkö on hyväksynyt ilmoituksen``)
_OFFICER_PERFECT = r"päättänyt|hyväksynyt|myöntänyt|antanut|valinnut|nimennyt|merkinnyt|todennut|hylännyt"
_OFFICER = re.compile(
    rf"^\s*(?P<who>[A-ZÅÄÖ][\wåäö-]*(?:(?<=-),)?(?:\s+[\wåäö-]+(?::[a-zåäö]+)?(?:(?<=-),)?){{0,10}}?)"
    rf"\s+(?:{_BODY_VERBS}|on\s+(?:{_OFFICER_PERFECT}))\b"
)


#: offices that chair a body: their words state what the body did, they decide nothing alone
_CHAIRS = ("puheenjohtaja", "ordförande", "ordföranden")


#: the mark of an acting holder before an office at a line's start: ``Vs.``, ``Vt.``, ``Va.``, ``T.f.``
_ACTING_LEAD = re.compile(r"^\s*(?:[Vv][sta]|[Tt]\.f)\.\s*(?=[A-ZÅÄÖa-zåäö])")


def officer_from_text(text: str) -> str | None:
    """The office holder who decided (``Lakipalvelut-yksikön päällikkö päätti …``), else ``None``.

    >>> officer_from_text("Lakipalvelut-yksikön päällikkö päätti hylätä vaatimuksen.")
    'Lakipalvelut-yksikön päällikkö'
    >>> officer_from_text("Kaupunginhallitus päätti panna asian pöydälle.") is None
    True
    >>> officer_from_text("Ordföranden konstaterade att mötet var beslutfört.") is None
    True
    >>> officer_from_text("Vs. pormestari antoi lausunnon.")
    'Pormestari'
    >>> officer_from_text(
    ...     "Kulttuurin ja vapaa-ajan toimialan palvelujen ja tilojen yksikkö 2:n yksikön päällikkö hyväksyi"
    ... )
    'Kulttuurin ja vapaa-ajan toimialan palvelujen ja tilojen yksikkö 2:n yksikön päällikkö'
    >>> officer_from_text("Ilmanlaatuyksikön päällikkö on hyväksynyt ilmoituksen.")
    'Ilmanlaatuyksikön päällikkö'
    """
    first = next((line for line in text.splitlines() if line.strip()), "")
    acting = _ACTING_LEAD.match(first)
    if acting is not None:  # an acting holder decides in the office's name (``Vs. pormestari antoi …``)
        first = first[acting.end() :][:1].upper() + first[acting.end() + 1 :]
    m = _OFFICER.match(first)
    if m is None:
        return None
    who = m.group("who").strip()
    last = who.split()[-1].casefold()
    if last.endswith(_CHAIRS):  # a chair states what the body did ("Ordföranden konstaterade …")
        return None
    return who if last.endswith(TITLE_ENDINGS) else None


def split_list(text: str) -> list[str]:
    """A comma-separated list of recipients; a comma after a hyphenated word stem does not split."""
    parts: list[str] = []
    for piece in re.split(r",\s*", text.strip()):
        if not piece:
            continue
        if parts and parts[-1].endswith("-"):
            parts[-1] = f"{parts[-1]}, {piece}"
        else:
            parts.append(piece)
    return [p.strip() for p in parts if p.strip()]


# ---------------------------------------------------------------- appeal information

_APPEAL_KINDS: list[tuple[re.Pattern[str], AppealKind]] = [
    (APPEAL_BAN, AppealKind.APPEAL_BAN),
    (re.compile(r"oikaisuvaatimu|rättelseyrkand", re.I), AppealKind.RECTIFICATION),
    (re.compile(r"hallintovalitu|förvaltningsbesvär", re.I), AppealKind.ADMINISTRATIVE_APPEAL),
    (
        re.compile(r"valitusosoitus|kunnallisvalitu|besvärsanvisning|kommunalbesvär", re.I),
        AppealKind.MUNICIPAL_APPEAL,
    ),
]
_PERIOD = re.compile(r"\(?(\d+)\)?\s*(?:päivän|vuorokauden|dagar|dagars|dygn)", re.I)
_AUTHORITY = re.compile(
    r"\b([A-ZÅÄÖ][\wåäö-]+ hallinto-oikeu)(?:delle|delta|teen|desta|dessa|s)\b"
    r"|\b([A-ZÅÄÖ][\wåäö-]+ förvaltningsdomstol)"
)


def appeal_kind(text: str) -> AppealKind | None:
    """The kind of appeal information a heading or text names first, else ``None``.

    >>> appeal_kind("Oikaisuvaatimusta ei saa tehdä päätöksistä, jotka koskevat valmistelua")
    <AppealKind.APPEAL_BAN: 'appealBan'>
    >>> appeal_kind("Ei saa tehdä kuntalain 136 §:n mukaan oikaisuvaatimusta eikä kunnallisvalitusta.")
    <AppealKind.APPEAL_BAN: 'appealBan'>
    >>> appeal_kind("Oikaisuvaatimusta eikä kunnallisvalitusta ei saa tehdä. (Kuntalaki 136 §)")
    <AppealKind.APPEAL_BAN: 'appealBan'>
    >>> appeal_kind("Päätöksestä ei saa kuntalain 136 §:n nojalla tehdä oikaisuvaatimusta.")
    <AppealKind.APPEAL_BAN: 'appealBan'>
    >>> appeal_kind("Päätökseen ei saa kuntalain 136 §:n perusteella hakea muutosta.")
    <AppealKind.APPEAL_BAN: 'appealBan'>
    >>> appeal_kind("Kunnallisvalitusta ei saa tehdä päätöksestä, joka koskee vain valmistelua.")
    <AppealKind.APPEAL_BAN: 'appealBan'>
    >>> appeal_kind("Valitusosoitus. Kunnallisvalitusta ei saa tehdä valmistelusta.")
    <AppealKind.MUNICIPAL_APPEAL: 'municipalAppeal'>
    >>> appeal_kind("Valitusosoitus: Rakennuslupa. Kunnallisvalitusta ei saa tehdä valmistelusta.")
    <AppealKind.ADMINISTRATIVE_APPEAL: 'administrativeAppeal'>
    """
    found = [
        (m.start(), rank, kind)
        for rank, (pattern, kind) in enumerate(_APPEAL_KINDS)
        if (m := pattern.search(text))
    ]
    return refine_general_appeal(min(found)[2], text) if found else None


def appeal_info(heading: str, text: str, where: Span | None = None) -> AppealInfo | None:
    """Appeal information from its heading (``VALITUSOSOITUS``) and text: kind, statute, period, court."""
    kind = appeal_kind(heading) or appeal_kind(text)
    if kind is None:
        return None
    statute = None
    lagrum = re.search(r"(?:Sovellettava lainkohta|Tillämpat lagrum)\s*:?\s*(.+)", text)
    refs = parse_legal_references(
        lagrum.group(1) if lagrum else text if kind is AppealKind.APPEAL_BAN else ""
    )
    if refs:
        statute = refs[0]
    period = _PERIOD.search(text)
    court = _AUTHORITY.search(text)
    authority = None
    if court:
        authority = f"{court.group(1)}s" if court.group(1) else court.group(2)
    return AppealInfo(
        kind=kind,
        text=text,
        statute=statute,
        period_days=int(period.group(1)) if period else None,
        authority=authority,
        span=where,
    )
