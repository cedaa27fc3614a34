"""Identifiers: slugs and Akoma Ntoso Naming Convention paths for meetings, items and bodies.

Paths are relative (``/akn/fi-kuopio/…``); RDF makes them absolute under the configured base,
AKN XML uses them as they are.

>>> slugify("Työllisyysaluelautakunta")
'tyollisyysaluelautakunta'
>>> slugify("Kaupunki- ja ympäristölautakunta / Rakennusjaosto")
'kaupunki-ja-ymparistolautakunta-rakennusjaosto'
>>> WorkPath("kuopio", "statement", "deliberation", "tyollisyysaluelautakunta", "2026-05-07", "28").work
'/akn/fi-kuopio/statement/deliberation/tyollisyysaluelautakunta/2026-05-07/28'
>>> WorkPath("kuopio", "statement", "deliberation", "kh", "2026-05-07", "28").expression("swe")
'/akn/fi-kuopio/statement/deliberation/kh/2026-05-07/28/swe@'
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from paatosdata.model import Document, DocumentKind, Item

__all__ = [
    "LANGUAGE_CODES",
    "WorkPath",
    "actor_segment",
    "body_slug",
    "item_path",
    "meeting_path",
    "municipality_slug",
    "number_segment",
    "slugify",
]

#: ISO 639-1 (model) → ISO 639-2 (AKN expression)
LANGUAGE_CODES = {"fi": "fin", "sv": "swe", "en": "eng"}

_MAX_SLUG = 80


@lru_cache(maxsize=16384)
def slugify(text: str, max_length: int = _MAX_SLUG) -> str:
    """Lower-case ASCII slug: accents folded (ä→a, ö→o, å→a), other runs become one hyphen.

    Never empty (``nn``), never longer than ``max_length``, never contains ``/``, ``.`` or NUL,
    so a slug is always safe as one path segment.
    """
    folded = unicodedata.normalize("NFKD", text)
    ascii_text = folded.encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    slug = slug[:max_length].rstrip("-")
    return slug or "nn"


def number_segment(number: str | None) -> str:
    """A § or meeting number as an IRI segment: ``28``, ``3-2026``, or ``nn`` when unknown."""
    if not number:
        return "nn"
    return slugify(number.replace("§", ""), 40)


@dataclass(frozen=True, slots=True)
class WorkPath:
    """An AKN Work path: ``/akn/fi-{municipality}/{doctype}/{subtype}/{actor}/{date}/{number}``."""

    municipality: str
    doctype: str
    subtype: str
    actor: str
    date: str
    number: str

    @property
    def country(self) -> str:
        """``FRBRcountry``: ``fi-kuopio``."""
        return f"fi-{self.municipality}" if self.municipality else "fi"

    @property
    def work(self) -> str:
        """The Work IRI path."""
        return f"/akn/{self.country}/{self.doctype}/{self.subtype}/{self.actor}/{self.date}/{self.number}"

    def expression(self, language: str = "fin") -> str:
        """The Expression path, ``…/fin@``; ``language`` is ISO 639-2 or 639-1."""
        return f"{self.work}/{LANGUAGE_CODES.get(language, language)}@"

    def manifestation(self, language: str = "fin", ext: str = "xml") -> str:
        """The Manifestation path, ``…/fin@.xml``."""
        return f"{self.expression(language)}.{ext}"


def municipality_slug(doc: Document) -> str:
    """The municipality's slug for IRIs (``kuopio``), ``unknown`` when the input does not say."""
    municipality = doc.meeting.municipality
    if municipality is None:
        return "unknown"
    return municipality.slug or slugify(municipality.name)


def body_slug(doc: Document) -> str:
    """The deciding body's stable slug (``tyollisyysaluelautakunta``)."""
    body = doc.meeting.body
    return actor_segment(body.slug or slugify(body.name))


def actor_segment(slug: str) -> str:
    """A body's slug as the Naming Convention's actor segment, which must not start with a digit.

    >>> actor_segment("2-jaosto")
    'toimielin-2-jaosto'
    """
    return f"toimielin-{slug}" if slug[0].isdigit() else slug


def _date_segment(doc: Document) -> str:
    return doc.meeting.date.isoformat() if doc.meeting.date else "nn"


#: Work paths already made, by what each was made from (the values, never the objects: a model
#: object may change between calls); an item's path is asked for several times (its IRI, its RDF,
#: its Akoma Ntoso), and cleared when full, so that a long run's memory stays flat
_PATHS: dict[tuple[object, ...], WorkPath] = {}
_PATHS_KEPT = 4096


def _work_path(doc: Document, work: str, subtype: str, number: str | None) -> WorkPath:
    """The Work path ``work/subtype`` of ``doc`` numbered ``number``, kept by what it is made from:
    municipality, body, date, ``subtype`` and ``number``."""
    meeting = doc.meeting
    municipality = meeting.municipality
    body = meeting.body
    key = (
        municipality.slug if municipality is not None else None,
        municipality.name if municipality is not None else None,
        body.slug,
        body.name,
        meeting.date,
        subtype,
        number,
    )
    path = _PATHS.get(key)
    if path is None:
        if len(_PATHS) >= _PATHS_KEPT:
            _PATHS.clear()
        path = _PATHS[key] = WorkPath(
            municipality_slug(doc), work, subtype, body_slug(doc), _date_segment(doc), number_segment(number)
        )
    return path


def item_path(doc: Document, item: Item) -> WorkPath:
    """Work path of one item: ``statement/deliberation``, numbered by § (agenda: item number)."""
    return _work_path(doc, "statement", "deliberation", item.number or item.agenda_number)


def meeting_path(doc: Document) -> WorkPath:
    """Work path of the whole minutes (``debateReport/minute``) or agenda (``…/agenda``)."""
    subtype = "agenda" if doc.kind is DocumentKind.AGENDA else "minute"
    number = doc.meeting.number.split("/")[0] if doc.meeting.number else None
    return _work_path(doc, "debateReport", subtype, number)
