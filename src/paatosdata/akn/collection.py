"""Several documents in one AKN file: ``<documentCollection name="paatosdataExport">``.

Each document (minutes, agenda or lone item) is one ``collectionBody/component`` holding its full
``debateReport`` or ``statement`` with eIds under the component's context (``cmp_2__cmp_1__…``).
The collection is an export, not a publication of a body: its Work IRI is
``/akn/{country}/documentCollection/export/paatosdata/{transform date}/{digest}``, where the digest
is taken from the members' Work IRIs (the same members give the same IRI) and the country is
``fi-<municipality>`` when every member shares one, else ``fi``.
"""

from __future__ import annotations

import hashlib
from datetime import date

from lxml import etree

from paatosdata.akn import AKN_NS
from paatosdata.akn.build import NSMAP, document_element, is_lone_item, with_meeting_date
from paatosdata.akn.refs import References
from paatosdata.akn.tree import to_lxml
from paatosdata.errors import MappingError
from paatosdata.ids import item_path, meeting_path, municipality_slug
from paatosdata.model import Document

__all__ = ["build_collection"]

_A = f"{{{AKN_NS}}}"


def _sub(parent: etree._Element, tag: str, **attrs: str) -> etree._Element:
    element = etree.SubElement(parent, _A + tag)
    for name, value in attrs.items():
        element.set(name.rstrip("_"), value)
    return element


def _member_work(doc: Document) -> str:
    return (item_path(doc, doc.items[0]) if is_lone_item(doc) else meeting_path(doc)).work


def build_collection(
    documents: list[Document],
    *,
    include_confidential: bool = False,
    transform_date: date | None = None,
    abbreviations: dict[str, str] | None = None,
    meeting_date: date | None = None,
) -> etree._Element:
    """``<akomaNtoso><documentCollection>`` with one component per document.

    ``meeting_date`` dates the members that do not state their own meeting date (see
    :func:`paatosdata.akn.build.build`).
    """
    if not documents:
        raise MappingError("no documents to put in an Akoma Ntoso collection")
    day = (transform_date or date.today()).isoformat()
    slugs = {municipality_slug(doc) for doc in documents}
    country = f"fi-{slugs.pop()}" if len(slugs) == 1 else "fi"
    works = (_member_work(with_meeting_date(doc, meeting_date)) for doc in documents)
    digest = hashlib.sha256("\n".join(works).encode()).hexdigest()[:12]
    work = f"/akn/{country}/documentCollection/export/paatosdata/{day}/{digest}"
    refs = References("", country)
    source = refs.organization("paatosdata", "paatosdata")
    root = etree.Element(_A + "akomaNtoso", nsmap=NSMAP)
    collection = _sub(root, "documentCollection", name="paatosdataExport", contains="originalVersion")
    meta = _sub(collection, "meta")
    ident = _sub(meta, "identification", source=source)
    frbr = _sub(ident, "FRBRWork")
    _sub(frbr, "FRBRthis", value=f"{work}/!main")
    _sub(frbr, "FRBRuri", value=work)
    _sub(frbr, "FRBRdate", date=day, name="export")
    _sub(frbr, "FRBRauthor", href=source)
    _sub(frbr, "FRBRcountry", value=country)
    _sub(frbr, "FRBRsubtype", value="export")
    _sub(frbr, "FRBRnumber", value=digest)
    expression = _sub(ident, "FRBRExpression")
    _sub(expression, "FRBRthis", value=f"{work}/mul@/!main")
    _sub(expression, "FRBRuri", value=f"{work}/mul@")
    _sub(expression, "FRBRdate", date=day, name="export")
    _sub(expression, "FRBRauthor", href=source)
    _sub(expression, "FRBRlanguage", language="mul")
    manifestation = _sub(ident, "FRBRManifestation")
    _sub(manifestation, "FRBRthis", value=f"{work}/mul@/!main.xml")
    _sub(manifestation, "FRBRuri", value=f"{work}/mul@.xml")
    _sub(manifestation, "FRBRdate", date=day, name="transform")
    _sub(manifestation, "FRBRauthor", href=source)
    _sub(manifestation, "FRBRformat", value="xml")
    to_lxml(refs.element(), meta)
    body = _sub(collection, "collectionBody")
    for index, doc in enumerate(documents, start=1):
        component = _sub(body, "component", eId=f"cmp_{index}")
        document_element(
            doc,
            f"cmp_{index}__",
            include_confidential=include_confidential,
            transform_date=transform_date,
            abbreviations=abbreviations,
            meeting_date=meeting_date,
            parent=component,
        )
    return root
