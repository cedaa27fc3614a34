"""Human pages of items and meetings: the published (redacted) model as HTML, data embedded as JSON-LD."""

from __future__ import annotations

from collections.abc import Callable

from paatosdata.model import Document, Item
from paatosdata.publish.html import esc, json_script_bytes, page

__all__ = ["REPRESENTATIONS", "item_page", "meeting_page", "root_of"]

#: file name → (label, media type) of every representation of a resource
REPRESENTATIONS = {
    "index.html": ("HTML", "text/html"),
    "index.ttl": ("Turtle", "text/turtle"),
    "index.jsonld": ("JSON-LD", "application/ld+json"),
    "index.rdf": ("RDF/XML", "application/rdf+xml"),
    "index.akn.xml": ("Akoma Ntoso", "application/akn+xml"),
}


def root_of(rel: str) -> str:
    """Relative link from the folder ``rel`` back to the site root."""
    if rel and rel[0] != "/" and rel[-1] != "/" and "//" not in rel:
        depth = rel.count("/") + 1  # no empty part (a resource's folder)
    else:
        depth = len([p for p in rel.split("/") if p])
    return "../" * depth or "./"


def _formats() -> str:
    return _FORMATS


_FORMATS = "<p>Data: {}</p>".format(  # the same on every page: made once
    " · ".join(
        f'<a href="{esc(name)}" type="{esc(media)}">{esc(label)}</a>'
        for name, (label, media) in REPRESENTATIONS.items()
        if name != "index.html"
    )
)


def _meta_rows(doc: Document) -> list[tuple[str, str]]:
    meeting = doc.meeting
    rows = [("Toimielin", meeting.body.name)]
    if meeting.municipality is not None:
        rows.append(("Kunta", meeting.municipality.name))
    if meeting.date is not None:
        rows.append(("Kokous", meeting.date.isoformat() + (f" ({meeting.number})" if meeting.number else "")))
    if meeting.place:
        rows.append(("Paikka", meeting.place))
    return rows


#: the start of a table row for each label the pages use (the labels are the same on every page)
_ROW_STARTS = {
    label: f"<tr><th>{esc(label)}</th><td>"
    for label in ("Toimielin", "Kunta", "Kokous", "Paikka", "Pykälä", "Diaarinumero", "Päätöksen laji")
}


def _row_start(label: str) -> str:
    return _ROW_STARTS.get(label) or f"<tr><th>{esc(label)}</th><td>"


def _table(rows: list[tuple[str, str]]) -> str:
    cells = "".join([f"{_row_start(k)}{esc(v)}</td></tr>" for k, v in rows])
    return f"<table>{cells}</table>"


def _paragraphs(text: str) -> str:
    if "\n\n" not in text:
        return f"<p>{esc(text)}</p>" if text.strip() else ""
    return "".join([f"<p>{esc(p)}</p>" for p in text.split("\n\n") if p.strip()])


#: the headings of an item's texts when it has no sections, with their escaped ``<h2>``
_ITEM_TEXTS = tuple(
    (f"<h2>{esc(heading)}</h2>", name)
    for heading, name in (("Päätösehdotus", "proposal"), ("Päätös", "decision"), ("Perustelut", "reasons"))
)


def item_page(
    doc: Document,
    item: Item,
    iri: str,
    meeting: str,
    rel: str,
    jsonld: bytes,
    own_text: Callable[[bytes], bytes] | None = None,
) -> bytes:
    """The page of one published item, ``jsonld`` embedded; ``own_text`` (see :func:`.html.page`) is
    applied to all but ``jsonld``."""
    root = root_of(rel)
    number = item.number_raw or (f"§ {item.number}" if item.number else "")
    rows = _meta_rows(doc)
    if number:
        rows.append(("Pykälä", number))
    if item.case is not None and item.case.diary_number is not None:
        rows.append(("Diaarinumero", item.case.diary_number.raw))
    if item.outcome is not None:
        rows.append(("Päätöksen laji", str(item.outcome)))
    parts = [f"<h1>{esc(number + ' ' if number else '')}{esc(item.title)}</h1>", _table(rows)]
    if item.confidentiality is not None:
        parts.append(f"<p><strong>Salassa pidettävä</strong>: {esc(item.confidentiality.ground)}</p>")
    if item.sections:
        for section in item.sections:
            parts.append(f"<h2>{esc(section.heading)}</h2>{_paragraphs(section.text)}")
    else:
        for heading, name in _ITEM_TEXTS:
            text = getattr(item, name)
            if text:
                parts.append(f"{heading}{_paragraphs(text)}")
    for attachment in item.attachments:
        label = f"{attachment.number or ''} {attachment.title}".strip()
        note = "" if attachment.public else f" (salassa pidettävä: {attachment.confidentiality_ground or ''})"
        parts.append(f"<p>Liite: {esc(label)}{esc(note)}</p>")
    parts.append(f'<p>Pöytäkirja: <a href="{esc(root + _rel_of(meeting, iri, rel))}">{esc(meeting)}</a></p>')
    parts.append(f"<p>IRI: <code>{esc(iri)}</code></p>")
    parts.append(_formats())
    script = json_script_bytes(jsonld) + b"\n"
    title = f"{number} {item.title}".strip()
    return page(title, "\n".join(parts), lang=item.language, root=root, script=script, own_text=own_text)


def _rel_of(target: str, iri: str, rel: str) -> str:
    """Site-relative folder of ``target``, given that ``iri`` lives at ``rel``."""
    base = iri[: len(iri) - len(rel)] if iri.endswith(rel) else ""
    if base and target.startswith(base):
        return target[len(base) :].lstrip("/") + "/"
    return ""


def meeting_page(
    doc: Document,
    iri: str,
    rel: str,
    items: list[tuple[str, str, str]],
    jsonld: bytes,
    own_text: Callable[[bytes], bytes] | None = None,
) -> bytes:
    """The page of a meeting: its data and links to its published items ``(number, title, rel)``;
    ``own_text`` as for :func:`item_page`."""
    root = root_of(rel)
    heading = f"{doc.meeting.body.name} {doc.meeting.date.isoformat() if doc.meeting.date else ''}".strip()
    parts = [f"<h1>{esc(heading)}</h1>", _table(_meta_rows(doc))]
    present = [p for p in doc.meeting.participants if p.present]
    if present:
        # a person known only by office shows the office where the name would be
        people = "".join(
            f"<li>{esc(p.person.name or p.person.title or '')} ({esc(p.role)})</li>" for p in present
        )
        parts.append(f"<h2>Läsnä</h2><ul>{people}</ul>")
    listing = "".join(
        f'<li><a href="{esc(root + item_rel + "/")}">{esc(number)} {esc(title)}</a></li>'
        for number, title, item_rel in items
    )
    parts.append(f"<h2>Pykälät</h2><ul>{listing}</ul>")
    parts.append(f"<p>IRI: <code>{esc(iri)}</code></p>")
    parts.append(_formats())
    script = json_script_bytes(jsonld) + b"\n"
    return page(heading, "\n".join(parts), lang=doc.language, root=root, script=script, own_text=own_text)
