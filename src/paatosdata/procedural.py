"""Procedural items (järjestäytymisasiat): the items a meeting uses to organise itself.

Opening the meeting, stating its legality and quorum, the roll call, choosing the minute checkers
and approving the agenda are items of almost every minutes. They record how the meeting was held,
not an administrative decision on a matter, so the rules of the Administrative Procedure Act that
concern such decisions (a contact person, HL 44 §; the provisions applied, HL 45 §) and the
recommendation to assess impacts do not apply to them. The mapping types them
``pd:ProceduralItem`` and the shapes exempt that class.

An item is procedural when its whole title is made of the standard phrases below (Finnish or
Swedish), joined by commas, "ja", "sekä" or "och": "Kokouksen avaus, laillisuus ja
päätösvaltaisuus" is procedural, "Kokouksen laillisuus ja talousarvion muutos" is not.
"""

from __future__ import annotations

import re

_MEETING = r"(?:kokouksen|mötets|sammanträdets)\s+"

# Each phrase is one part of a title, with any "kokouksen"/"mötets" prefix removed.
_PHRASES = [
    # Finnish
    r"avaus",
    r"avaaminen",
    r"avaus ja järjestäytyminen",
    r"järjestäytyminen",
    r"laillisuus",
    r"laillisuuden toteaminen",
    r"laillisuuden ja päätösvaltaisuuden toteaminen",
    r"päätösvaltaisuus",
    r"päätösvaltaisuuden toteaminen",
    r"laillisuus ja päätösvaltaisuus",
    r"nimenhuuto",
    r"estyneet",
    r"läsnäolijoiden toteaminen",
    r"läsnäolijat",
    r"pöytäkirjan ?tarkastajien valinta",
    r"pöytäkirjan ?tarkastajien ja ääntenlaskijoiden valinta",
    r"ääntenlaskijoiden valinta",
    r"pöytäkirjan tarkastus",
    r"pöytäkirjan tarkastaminen",
    r"pöytäkirjan tarkastustapa",
    r"pöytäkirjan tarkastuksen järjestäminen",
    r"esityslistan hyväksyminen",
    r"työjärjestyksen hyväksyminen",
    r"työjärjestys",
    r"käsittelyjärjestyksen hyväksyminen",
    r"asioiden käsittelyjärjestys",
    r"päättäminen",
    r"lopetus",
    # Swedish
    r"öppnande",
    r"laglighet",
    r"beslutförhet",
    r"beslutsförhet",
    r"laglighet och besluts?förhet",
    r"konstaterande av laglighet och besluts?förhet",
    r"namnupprop",
    r"förhinder",
    r"närvarande",
    r"val av protokolljusterare",
    r"val av protokolljusterare och rösträknare",
    r"val av rösträknare",
    r"justering av protokollet",
    r"protokolljustering",
    r"godkännande av föredragningslistan",
    r"godkännande av arbetsordningen",
    r"arbetsordning",
    r"avslutande",
]
_PHRASE = re.compile(rf"(?:{_MEETING})?(?:{'|'.join(_PHRASES)})")
_JOINERS = re.compile(r"\s*,\s*|\s+(?:ja|sekä|och)\s+")
_NOISE = re.compile(r"[.:;!?()\[\]\"'*_]+")


def is_procedural(title: str | None) -> bool:
    """Whether ``title`` names only procedural items (opening, legality, roll call, checkers …)."""
    if not title:
        return False
    text = " ".join(_NOISE.sub(" ", title.casefold()).split())
    if not text or len(text) > 160:
        return False
    if _PHRASE.fullmatch(text):
        return True
    parts = [part for part in _JOINERS.split(text) if part]
    return bool(parts) and all(_PHRASE.fullmatch(part) for part in parts)
