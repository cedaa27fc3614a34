"""The controlled vocabulary of paatosdata's AKN profile: hcontainer names, headings, TLC IRIs.

``hcontainer/@name`` values (the XSD accepts any string; the profile fixes these):

=================  ======================================  ==============================
name               model                                   fi heading
=================  ======================================  ==============================
preparers          Item.preparers                          Valmistelijat / lisätiedot
presenter          Item.presenter                          Esittelijä
summary            Item.summary                            Tiivistelmä
proposal           Item.proposal                           Päätösehdotus
motivation         Item.reasons                            Perustelut (Selostus)
proceedings        Item.handling (+ events in proprietary) Käsittely
decision           Item.decision, ``outcome``              Päätös
legalBasis         Item.legal_basis(_text)                 Toimivallan peruste
impactAssessment   Item.impact                             Vaikutusten arviointi
history            Item.history                            Päätöshistoria
attachments        Item.attachments (liitteet)             Liitteet
supplementary      Item.attachments (oheismateriaali)      Oheismateriaali
appeal             Item.appeal (one ``appealInfo`` each)   Muutoksenhaku
forInfo            Item.distribution                       Tiedoksi
confidential       Item.confidentiality (redacted item)    Salassa pidettävä
section            Item.sections, kind in ``@class``       (as printed)
item               one § of whole minutes (mainBody)       –
appealInstructions Document.appeal_instructions            Muutoksenhakuohjeet
=================  ======================================  ==============================

``reasons`` are written as ``motivation`` (the name in the reference design); the reader also accepts
``reasons`` and ``background``. ``implementation`` is reserved for Täytäntöönpano sections.
"""

from __future__ import annotations

from paatosdata.ids import actor_segment, slugify
from paatosdata.model import DecisionReference, LegalReference, Outcome

__all__ = [
    "ITEM_PART_NAMES",
    "REQUIRED_ITEM_PARTS",
    "heading",
    "legal_href",
    "outcome_label",
    "reference_href",
]

#: every hcontainer name the profile knows
ITEM_PART_NAMES = frozenset(
    {
        "preparers",
        "presenter",
        "summary",
        "proposal",
        "motivation",
        "reasons",
        "background",
        "proceedings",
        "decision",
        "legalBasis",
        "impactAssessment",
        "history",
        "attachments",
        "supplementary",
        "appeal",
        "appealInfo",
        "forInfo",
        "implementation",
        "confidential",
        "section",
        "item",
        "appealInstructions",
    }
)

#: statement/@name → parts of which it should hold one (a warning, not an error, when missing:
#: the model allows an item whose decision was not printed)
REQUIRED_ITEM_PARTS: dict[str, frozenset[str]] = {
    "decision": frozenset({"decision", "confidential"}),
    "decisionDraft": frozenset({"proposal", "confidential"}),
}

_HEADINGS: dict[str, tuple[str, str]] = {
    "preparers": ("Valmistelijat / lisätiedot", "Beredare / mer information"),
    "presenter": ("Esittelijä", "Föredragande"),
    "summary": ("Tiivistelmä", "Sammandrag"),
    "proposal": ("Päätösehdotus", "Beslutsförslag"),
    "motivation": ("Perustelut", "Motivering"),
    "proceedings": ("Käsittely", "Behandling"),
    "decision": ("Päätös", "Beslut"),
    "legalBasis": ("Toimivallan peruste", "Behörighet"),
    "impactAssessment": ("Vaikutusten arviointi", "Konsekvensbedömning"),
    "history": ("Päätöshistoria", "Beslutshistoria"),
    "attachments": ("Liitteet", "Bilagor"),
    "supplementary": ("Oheismateriaali", "Material som delges"),
    "appeal": ("Muutoksenhaku", "Ändringssökande"),
    "forInfo": ("Tiedoksi", "För kännedom"),
    "confidential": ("Salassa pidettävä", "Sekretessbelagd"),
    "appealInstructions": ("Muutoksenhakuohjeet", "Anvisningar för ändringssökande"),
    "attendance": ("Läsnä", "Närvarande"),
}

_OUTCOME_LABELS: dict[Outcome, tuple[str, str]] = {
    Outcome.APPROVED: ("hyväksytty", "godkänd"),
    Outcome.AMENDED: ("hyväksytty muutettuna", "godkänd med ändringar"),
    Outcome.TABLED: ("pantiin pöydälle", "bordlagd"),
    Outcome.RETURNED: ("palautettiin valmisteluun", "återremitterad"),
    Outcome.VOTED: ("hyväksytty äänestyksin", "godkänd efter omröstning"),
    Outcome.REJECTED: ("hylätty", "avslagen"),
    Outcome.NOTED: ("merkittiin tiedoksi", "antecknades för kännedom"),
    Outcome.REMOVED: ("poistettiin esityslistalta", "ströks från föredragningslistan"),
    Outcome.ELECTED: ("valittu", "vald"),
}

#: labels of the vote options and impact concepts (fi, sv)
CONCEPT_LABELS: dict[str, tuple[str, str]] = {
    "yes": ("jaa", "ja"),
    "no": ("ei", "nej"),
    "blank": ("tyhjä", "blankt"),
    "absent": ("poissa", "frånvarande"),
    "impactNotAssessed": ("vaikutuksia ei arvioitu", "konsekvenserna har inte bedömts"),
    "impactAssessed": ("vaikutukset arvioitu", "konsekvenserna har bedömts"),
}


def _pick(pair: tuple[str, str], language: str) -> str:
    return pair[1] if language == "sv" else pair[0]


def heading(name: str, language: str) -> str:
    """The default heading of part ``name`` in ``language`` (``fi`` or ``sv``)."""
    pair = _HEADINGS.get(name)
    return _pick(pair, language) if pair else name


def outcome_label(outcome: Outcome, language: str) -> str:
    """How an outcome is said in ``language``."""
    return _pick(_OUTCOME_LABELS[outcome], language)


def concept_label(key: str, language: str) -> str:
    """Label of a vote option or impact concept (the key itself when unknown)."""
    pair = CONCEPT_LABELS.get(key)
    return _pick(pair, language) if pair else key


def legal_href(ref: LegalReference, municipality: str) -> str | None:
    """AKN IRI of a cited provision: Finlex statute Work, or a municipal regulation; None if unknown.

    Statutes link to the Work (``/akn/fi/act/statute/2015/410``): Finlex section eIds carry part and
    chapter numbers a citation rarely gives. A municipal regulation is not in Finlex; its Work IRI
    needs the year it was adopted (``/akn/fi-kuopio/act/hallintosaanto/2021/nn/~sec_32``). The Naming
    Convention has no form for an unknown date (``nn`` stands only for a number), so a citation that
    does not give the year names no IRI: it stays an unlinked citation whose parsed parts (kind,
    name, section) are kept in ``pd:`` attributes.
    """
    if ref.kind == "statute" and ref.number is not None and ref.year is not None:
        return f"/akn/fi/act/statute/{ref.year}/{ref.number}"
    if ref.kind == "regulation" and ref.name and ref.name.strip() and ref.year is not None:
        lowered = ref.name.lower()
        subtype = "hallintosaanto" if "hallintosääntö" in lowered else slugify(ref.name.split()[-1], 40)
        if subtype[0].isdigit():  # a subtype must not start with a digit
            subtype = f"saanto-{subtype}"
        number = str(ref.number) if ref.number is not None else "nn"
        portion = ""
        if ref.section and ref.section.isdigit():
            portion = f"/~sec_{ref.section}"
        return f"/akn/fi-{municipality}/act/{subtype}/{ref.year}/{number}{portion}"
    return None


def reference_href(ref: DecisionReference, municipality: str, abbreviations: dict[str, str]) -> str | None:
    """Item IRI of an earlier decision (``…/statement/deliberation/{body}/{date}/{§}``), or None."""
    if ref.date is None or not ref.section:
        return None
    body = ref.body or (abbreviations.get(ref.body_abbreviation.lower()) if ref.body_abbreviation else None)
    body = body or ref.body_abbreviation
    if not body:
        return None
    section = slugify(ref.section.replace("§", ""), 40)
    actor = actor_segment(slugify(body))
    return f"/akn/fi-{municipality}/statement/deliberation/{actor}/{ref.date.isoformat()}/{section}"
