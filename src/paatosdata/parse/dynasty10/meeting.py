"""A meeting page: the items it lists, with item pages of the same meeting saved beside it read in."""

from __future__ import annotations

import re
from pathlib import Path

from paatosdata.errors import PaatosdataError
from paatosdata.model import Document, DocumentKind, Item, Section, Span
from paatosdata.parse.base import as_utf8, bom_encoding
from paatosdata.parse.dynasty10.head import head as _head
from paatosdata.parse.dynasty10.head import meeting as _meeting
from paatosdata.parse.dynasty10.html import HEAD_BYTES, listed_items
from paatosdata.parse.dynasty10.html import page as _page
from paatosdata.parse.dynasty10.html import paragraphs as _paragraphs
from paatosdata.parse.dynasty10.item import item_page, own_id
from paatosdata.parse.dynasty10.page import Page, Paragraph
from paatosdata.parse.htmlsafe import parse_html

_ITEM_ID = re.compile(r"[?&]id=(?P<id>\d+-\d+)\b")


def meeting_page(
    paragraphs: list[Paragraph], listed: list[tuple[str, str, str, int]], page: Page
) -> Document:
    head = _head(paragraphs, page)
    meeting = _meeting(head, page)
    kind = head.header.kind if head.header else DocumentKind.AGENDA
    on_disk = _item_pages_beside(page.path, {_link_id(href) for _n, _t, href, _l in listed})
    document = Document(kind=kind, meeting=meeting, checked=head.header.checked if head.header else None)
    for number, title, href, line in listed:
        span = Span(str(page.path), line)
        found = on_disk.get(_link_id(href) or "")
        item = found if found is not None else Item(number=None, title=title, span=span)
        item.url = item.url or href
        if title and item.title != title and item.title.startswith(title):
            # the item page ran its title and first sentence together; the list prints the title alone
            rest = item.title[len(title) :].lstrip(" .:")
            if item.case is not None and item.case.title == item.title:
                item.case.title = title
            item.title = title
            if rest and not item.reasons:
                item.reasons = rest
                item.sections.insert(0, Section("reasons", "", rest, item.span))
        if not item.title:
            item.title = title
        if kind is DocumentKind.AGENDA:
            item.agenda_number = item.agenda_number or number
        else:
            item.number = item.number or number
            item.number_raw = item.number_raw or f"§ {number}"
        item.spans.setdefault("title", span)
        document.items.append(item)
    return document


def _link_id(href: str) -> str | None:
    m = _ITEM_ID.search(href)
    return m.group("id") if m else None


_OWN_PDF = re.compile(rb"/kokous/(\d+-\d+)\.pdf", re.IGNORECASE)


#: folder → (its modification time, {item id: the page that carries it}); a few folders are kept
_FOLDERS: dict[Path, tuple[int, dict[str, Path]]] = {}


def _folder_index(folder: Path) -> dict[str, Path]:
    """Item ids of the Dynasty 10 item pages in ``folder`` (the first ``/kokous/<id>.PDF`` link of each)."""
    try:
        stamp = folder.stat().st_mtime_ns
    except OSError:
        return {}
    cached = _FOLDERS.get(folder)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    index: dict[str, Path] = {}
    for sibling in sorted(folder.iterdir()):
        if sibling.suffix.lower() not in (".htm", ".html") or not sibling.is_file():
            continue
        try:
            with sibling.open("rb") as handle:
                head = handle.read(HEAD_BYTES)
            if bom_encoding(head) is not None:
                head = as_utf8(sibling.read_bytes(), sibling)[:HEAD_BYTES]
        except (OSError, PaatosdataError):
            continue
        m = _OWN_PDF.search(head)
        if m is not None:
            index.setdefault(m.group(1).decode("ascii"), sibling)
    if len(_FOLDERS) >= 8:
        _FOLDERS.clear()
    _FOLDERS[folder] = (stamp, index)
    return index


def _item_pages_beside(path: Path, wanted: set[str | None]) -> dict[str, Item]:
    """Items of ``wanted`` ids read from Dynasty 10 item pages in the meeting page's folder."""
    found: dict[str, Item] = {}
    index = _folder_index(path.parent)
    for ident in sorted(w for w in wanted if w):
        sibling = index.get(ident)
        if sibling is None or sibling == path:
            continue
        try:
            root = parse_html(as_utf8(sibling.read_bytes(), sibling), sibling)
            if listed_items(root):
                continue
            sub = _page(root, sibling)
            if own_id(sub) != ident:
                continue
            found[ident] = item_page(_paragraphs(root), sub).items[0]
        except (OSError, PaatosdataError):
            continue  # a broken page beside the meeting page is reported when it is read on its own
    return found
