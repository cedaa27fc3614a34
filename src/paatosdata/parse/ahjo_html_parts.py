"""An Ahjo decision page split into its parts: the header's fields (§, title, dnro, publicity) read into
the item, and the blocks under each heading or class, told by their class or heading (:class:`AhjoPart`).

:class:`AhjoHtmlParts` is the part of :class:`~paatosdata.parse.ahjo_html.AhjoHtmlReader` that splits the
page, kept apart from what each part then gives the item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from paatosdata.diary import parse_diary_number
from paatosdata.legal import parse_legal_references
from paatosdata.lexicon import classify_heading
from paatosdata.model import Case, Confidentiality, Item, Section
from paatosdata.parse.ahjo_text_lines import CONFORMS_CLASS
from paatosdata.parse.base import Reader, span
from paatosdata.parse.vendor_appeal import appeal_kind
from paatosdata.parse.vendor_html import classes, html_text

#: class fragments of blocks whose kind the class decides, not the heading
_CLASS_KINDS = [
    ("Lisatiedot", "preparers"),
    ("EsittelijaTiedot", "presenter"),
    ("Liitteet", "attachments"),
    ("Muutoksenhaku", "appeal"),
    ("Otteet", "distribution"),
    ("SahkoinenAllekirjoitus", "signatures"),
    ("Paatoksentekija", "signatures"),
]
_WRAPPERS = {"OtsikkoSektio", "SisaltoSektioToisto"}


@dataclass
class AhjoPart:
    kind: str
    heading: str
    line: int
    elements: list[etree._Element] = field(default_factory=list)
    css: str = ""


class AhjoHtmlParts(Reader):
    """The parts of an Ahjo decision page and the fields of its header."""

    def _parts(self, root: etree._Element, path: Path, item: Item) -> list[AhjoPart]:
        parts: list[AhjoPart] = []
        current: AhjoPart | None = None
        for child in root:
            if not isinstance(child.tag, str):
                continue
            css = classes(child)
            if css & _WRAPPERS:
                parts.extend(self._parts(child, path, item))
                current = None
                continue
            if self._header_field(child, css, path, item):
                current = None
                continue
            if CONFORMS_CLASS in css:
                # the site's statement that the decision is as proposed (a page saved as text): a part of its
                # own, no part of the decision or the handling it closes, which go on after it if they do
                parts.append(AhjoPart("generic", CONFORMS_CLASS, child.sourceline or 1, [child]))
                continue
            tag = child.tag.lower()
            css_name = " ".join(sorted(css))
            classed = any(frag in css_name for frag, _ in _CLASS_KINDS)
            if tag == "h3" and not css and current is not None and current.kind == "appeal":
                if appeal_kind(html_text(child)) is not None:
                    # one instruction of several under Muutoksenhaku (a procurement decision's
                    # hankintaoikaisu and its appeal to the Market Court) stays in the appeal part
                    current.elements.append(child)
                    continue
            if tag == "h3" or (
                tag in ("section", "div") and ("SisaltoSektio" in css or tag == "section" or classed)
            ):
                heading_el = child if tag == "h3" else child.find(".//h3")
                heading = html_text(heading_el) if heading_el is not None else ""
                part_kind = next((k for frag, k in _CLASS_KINDS if frag in css_name), None)
                if part_kind is None:
                    part_kind = classify_heading(heading) or "generic"
                current = AhjoPart(part_kind, heading, child.sourceline or 1, css=css_name)
                parts.append(current)
                if tag != "h3":
                    current.elements = [e for e in child if e is not heading_el and isinstance(e.tag, str)]
                    current = None
                continue
            if current is not None:
                current.elements.append(child)
            elif html_text(child):
                parts.append(AhjoPart("generic", " ".join(sorted(css)), child.sourceline or 1, [child]))
        return parts

    def _header_field(self, el: etree._Element, css: set[str], path: Path, item: Item) -> bool:
        text = html_text(el)
        where = span(path, el.sourceline)
        if "Asiapykala" in css:
            item.number_raw = text or None
            m = re.search(r"\d+[a-z]?", text)
            item.number = m.group(0) if m else None
            item.spans["number"] = where
        elif "AsiaOtsikko" in css or "JulkinenOtsikko" in css:
            item.title = text
            item.spans["title"] = where
            if "JulkinenOtsikko" in css:
                item.confidentiality = item.confidentiality or Confidentiality(ground="", span=where)
                item.confidentiality.public_title = text
        elif "DnroTmuoto" in css or "Dnro" in css:
            if text:
                item.case = Case(diary_number=parse_diary_number(text, span=where), span=where)
        elif "SalassapidonPerustelut" in css or "Julkisuus" in css:
            ground = secrecy_ground(text)
            conf = item.confidentiality or Confidentiality(ground="", span=where)
            conf.ground = ground
            refs = parse_legal_references(ground, where)
            conf.reference = refs[0] if refs else None
            conf.span = where
            item.confidentiality = conf
            item.sections.append(Section("confidentiality", "Julkisuus", text, where))
        elif css & {"Viite", "Otsikonviite"}:
            if text:
                item.sections.append(Section("generic", " ".join(sorted(css)), text, where))
        else:
            return False
        return True


def secrecy_ground(text: str) -> str:
    """The ground inside ``Salassa pidettävä (…)``, outer parentheses only; the text if none."""
    start, end = text.find("("), text.rfind(")")
    inner = text[start + 1 : end].strip() if start != -1 and end > start else text.strip()
    return re.sub(r"^(?:Salassa pidettävä|Sekretessbelagd)\s*,\s*", "", inner)
