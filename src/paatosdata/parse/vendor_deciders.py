"""Who decides and who is told, read from an API or vendor reader's text: the body named as the subject
of a decision's first sentence (``Kaupunginhallitus päätti …``), the body a text is addressed to, the board
a municipal manager presents to, the office holder who decided (``Lakipalvelut-yksikön päällikkö päätti
…``), and the recipients a decision is sent to.

They are read together because they share their rules: the body and the office holder are found before the
same verbs (``päätti``, ``beslöt`` …), and in a body's or an office's name as in a list of recipients a comma
after a hyphenated stem belongs to the name (``Sosiaali-, terveys- ja pelastuslautakunta``).

>>> body_from_text("Yhdyskuntalautakunta päättää, että hakemus hyväksytään.")
'Yhdyskuntalautakunta'
>>> split_list("Hakija, Pirkanmaan elinkeino-, liikenne- ja ympäristökeskus")
['Hakija', 'Pirkanmaan elinkeino-, liikenne- ja ympäristökeskus']
"""

from __future__ import annotations

import re

from paatosdata.people import TITLE_ENDINGS

__all__ = ["body_addressed", "body_from_text", "body_presented_by", "officer_from_text", "split_list"]

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
