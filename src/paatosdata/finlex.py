"""IRIs for what minutes cite: Finlex statutes, municipal regulations and earlier decisions.

Statutes (``kind == "statute"`` with number and year) link to Finlex at **Work level** only:

- ELI: ``http://data.finlex.fi/eli/sd/{year}/{number}/ajantasa`` (the consolidated act);
- AKN: ``/akn/fi/act/statute/{year}/{number}`` (kept as a path, it is Finlex's namespace).

Section-level ELIs (``…/luku/12/pykala/90``) are not minted: whether ``osa/N`` belongs in the path
is unverified. The section stays in the citation's parts.

Municipal regulations are not in Finlex, so they get IRIs under the publisher's base. The AKN
Naming Convention wants the adoption date and council § in the path; minutes rarely print them,
so paatosdata uses a simpler pattern (the regulation as in force, version-less):

- regulation: ``{base}/akn/fi-{municipality}/act/{regulation}`` where ``{regulation}`` is the
  slug of the name without the municipality's genitive words (``Kuopion kaupungin hallintosääntö``
  → ``hallintosaanto``);
- section: ``{regulation}/~sec_{section}`` (``…/act/hallintosaanto/~sec_32``).

Earlier decisions (``kh 21.10.2025, § 293``) link to the item IRI that decision has under the same
rules as every item (:func:`paatosdata.ids.item_path`), in the citing document's municipality, with
the body abbreviation expanded through the configuration.

>>> from paatosdata.model import LegalReference
>>> statute_links(LegalReference("KuntaL 90 §", kind="statute", number=410, year=2015, section="90"))
StatuteLinks(eli='http://data.finlex.fi/eli/sd/2015/410/ajantasa', akn='/akn/fi/act/statute/2015/410')
>>> regulation_slug("Kuopion kaupungin hallintosääntö")
'hallintosaanto'
"""

from __future__ import annotations

from dataclasses import dataclass

from paatosdata.config import Config
from paatosdata.ids import WorkPath, number_segment, slugify
from paatosdata.model import DecisionReference, LegalReference

__all__ = [
    "FINLEX_ELI",
    "RegulationLinks",
    "StatuteLinks",
    "decision_reference_iri",
    "regulation_links",
    "regulation_slug",
    "statute_links",
]

FINLEX_ELI = "http://data.finlex.fi/eli/sd"


@dataclass(frozen=True, slots=True)
class StatuteLinks:
    """Finlex IRIs of a statute at Work level."""

    eli: str
    akn: str


@dataclass(frozen=True, slots=True)
class RegulationLinks:
    """Minted IRIs of a municipal regulation and, when cited, of its section."""

    regulation: str
    section: str | None


def statute_links(ref: LegalReference) -> StatuteLinks | None:
    """The Finlex ELI and AKN forms of a cited statute, or ``None`` without number and year."""
    if ref.kind != "statute" or ref.number is None or ref.year is None:
        return None
    if ref.number <= 0 or not 1700 <= ref.year <= 9999:
        return None
    return StatuteLinks(
        eli=f"{FINLEX_ELI}/{ref.year}/{ref.number}/ajantasa",
        akn=f"/akn/fi/act/statute/{ref.year}/{ref.number}",
    )


def regulation_slug(name: str) -> str:
    """The regulation's own name as a slug, without leading genitives (``Kuopion kaupungin``)."""
    words = name.split()
    while len(words) > 1 and words[0].lower().endswith("n"):
        words = words[1:]
    return slugify(" ".join(words))


def regulation_links(ref: LegalReference, base: str, municipality: str) -> RegulationLinks | None:
    """The minted IRIs of a cited municipal regulation (``None`` without its name)."""
    if ref.kind != "regulation" or not ref.name:
        return None
    country = f"fi-{municipality}" if municipality else "fi"
    regulation = f"{base}/akn/{country}/act/{regulation_slug(ref.name)}"
    section = f"{regulation}/~sec_{number_segment(ref.section)}" if ref.section else None
    return RegulationLinks(regulation=regulation, section=section)


def decision_reference_iri(
    ref: DecisionReference, base: str, municipality: str, config: Config
) -> str | None:
    """The item IRI of a cited earlier decision, or ``None`` when body, date or § is unknown."""
    body = ref.body
    if not body and ref.body_abbreviation:
        body = config.expand_body(ref.body_abbreviation)
    if not body or ref.date is None or not ref.section:
        return None
    path = WorkPath(
        municipality,
        "statement",
        "deliberation",
        slugify(body),
        ref.date.isoformat(),
        number_segment(ref.section),
    )
    return f"{base}{path.work}"
