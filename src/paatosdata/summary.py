"""A short human-readable summary of a document: the meeting on two lines, then one line per item."""

from __future__ import annotations

from paatosdata.model import Document, Item

__all__ = ["render_summary"]

_OUTCOME_FI = {
    "approved": "hyväksytty",
    "amended": "muutettu",
    "tabled": "pöydälle",
    "returned": "palautettu",
    "voted": "äänestys",
    "rejected": "hylätty",
    "noted": "tiedoksi",
    "removed": "poistettu",
    "elected": "vaali",
}


def _item_line(item: Item, width: int) -> str:
    if item.number:
        label = f"§ {item.number}"
    elif item.agenda_number:
        label = f"asia {item.agenda_number}"
    else:
        label = "–"
    title = item.title if len(item.title) <= width else item.title[: width - 1] + "…"
    parts = [f"  {label:>7}  {title:<{width}}  "]
    dnro = item.case.diary_number.raw if item.case and item.case.diary_number else ""
    parts.append(f"{dnro:<24}  " if dnro else " " * 26)
    notes: list[str] = []
    if item.outcome is not None:
        notes.append(_OUTCOME_FI.get(item.outcome.value, item.outcome.value))
    elif item.decision is None and item.proposal:
        notes.append("ehdotus")
    for vote in item.votes:
        if vote.yes is not None and vote.no is not None:
            notes.append(f"{vote.yes}–{vote.no}")
    if item.unanimous:
        notes.append("yksimielinen")
    if item.disqualifications:
        notes.append(f"esteellinen: {', '.join(d.person for d in item.disqualifications)}")
    if item.dissents:
        notes.append(f"eriävä: {', '.join(d.person for d in item.dissents)}")
    if item.confidentiality is not None:
        notes.append(f"salassa ({item.confidentiality.ground})")
    return "".join(parts) + ", ".join(notes)


def render_summary(document: Document, name: str) -> str:
    """``name`` (the input file) and the document as a few lines of plain text."""
    meeting = document.meeting
    head = [meeting.municipality.name if meeting.municipality else None, meeting.body.name]
    kind = "esityslista" if document.kind.value == "agenda" else "pöytäkirja"
    head.append(f"{kind} {meeting.number}" if meeting.number else kind)
    when = meeting.date.strftime("%d.%m.%Y") if meeting.date else None
    if when and meeting.start:
        when += f" klo {meeting.start:%H.%M}" + (f"–{meeting.end:%H.%M}" if meeting.end else "")
    head.extend([when, meeting.place])
    if document.whole:
        scope = "koko esityslista" if kind == "esityslista" else "koko pöytäkirja"
    elif not document.items:
        scope = "vain kokoustiedot"
    else:
        scope = "yksittäinen asia" if kind == "esityslista" else "yksittäinen pykälä"
    facts = [scope]
    if meeting.participants:
        present = sum(1 for p in meeting.participants if p.present)
        facts.append(f"läsnä {present}, poissa {len(meeting.participants) - present}")
    if document.checked:
        facts.append("tarkastettu")
    if document.published:
        facts.append(f"nähtävänä {document.published:%d.%m.%Y}")
    if document.appeal_instructions:
        facts.append(f"muutoksenhakuohjeita {len(document.appeal_instructions)}")
    facts.append("ruotsiksi" if document.language == "sv" else "suomeksi")
    width = min(max((len(i.title) for i in document.items), default=20), 60)
    lines = [name, "  " + " · ".join(p for p in head if p), "  " + " · ".join(facts)]
    lines.extend(_item_line(item, width) for item in document.items)
    return "\n".join(line.rstrip() for line in lines)
