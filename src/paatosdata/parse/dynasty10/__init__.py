"""Dynasty 10 pages (``DREQUEST.PHP``): one item, a meeting's list of items, or an item page saved as text.

Dynasty 10 prints the body and a header as one heading (``Tekninen lautakunta  Esityslista
23.09.2026/Asianro 4``; on a meeting page ``… klo 17:00 - Kokoushuone``), page chrome (RSS links,
``Edellinen asia | Seuraava asia``, ``Kokousasia PDF-muodossa``, the linked attachments) and then the
item text as paragraphs: the dnro, a line naming a handling (``Valt 18.03.2024 § 24``; one that names
another meeting opens an earlier handling), ``§ 24``, the title, and parts whose heading starts their
paragraph (``Päätösehdotus Hyvinvointialuejohtaja Svahn Sanna``, ``Päätös Esityslista hyväksyttiin …``).
Text under no heading is the presentation (reasons). The newer layout keeps the text in
``div.data-part-block-htm`` and a part's heading in the paragraph's first span; a body and date there
stand on one line (``Konserni- ja kaupunkikehitysjaosto 27.08.2026``).

A meeting page lists the items: number, linked title. Item pages of the same meeting saved beside it
(known by the id in their ``/kokous/<id>.PDF`` link) are read in; the others stay listed by their link.
Nothing is fetched.
"""

from __future__ import annotations

from paatosdata.parse.dynasty10.html import is_dynasty10_meeting_list
from paatosdata.parse.dynasty10.item import is_chrome_line
from paatosdata.parse.dynasty10.marks import earlier_handlings, is_earlier_handling
from paatosdata.parse.dynasty10.page import Paragraph, is_dynasty10_html, is_dynasty10_text, looks_like_html
from paatosdata.parse.dynasty10.people import _ORGANISATION as _ORGANISATION
from paatosdata.parse.dynasty10.read import read_dynasty10_html, read_dynasty10_text
from paatosdata.parse.dynasty10.sections import item_parts

__all__ = [
    "Paragraph",
    "earlier_handlings",
    "is_earlier_handling",
    "is_dynasty10_html",
    "is_dynasty10_meeting_list",
    "is_chrome_line",
    "is_dynasty10_text",
    "item_parts",
    "looks_like_html",
    "read_dynasty10_html",
    "read_dynasty10_text",
]
