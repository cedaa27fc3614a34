"""Procedural items are told from decisions on a matter by their whole title."""

from __future__ import annotations

from dataclasses import replace

import pytest
from rdflib import RDF

from paatosdata.mapping import item_triples
from paatosdata.model import Confidentiality, Document, Item
from paatosdata.namespaces import PD
from paatosdata.procedural import is_procedural
from tests.sample_documents import seed_document


@pytest.mark.parametrize(
    "title",
    [
        "Kokouksen laillisuus ja päätösvaltaisuus",
        "Kokouksen avaus, laillisuus ja päätösvaltaisuus",
        "KOKOUKSEN AVAUS",
        "Nimenhuuto ja estyneet",
        "Pöytäkirjan tarkastajien valinta",
        "Pöytäkirjantarkastajien valinta",
        "Pöytäkirjan tarkastajien ja ääntenlaskijoiden valinta",
        "Esityslistan hyväksyminen",
        "Kokouksen työjärjestys",
        "Laglighet och beslutförhet",
        "Mötets öppnande, laglighet och beslutsförhet",
        "Val av protokolljusterare",
        "Godkännande av föredragningslistan.",
    ],
)
def test_procedural_titles(title: str) -> None:
    assert is_procedural(title)


@pytest.mark.parametrize(
    "title",
    [
        None,
        "",
        "Ilmoitusasiat",
        "Kokouksen laillisuus ja talousarvion muutos",
        "Talousarvion avaus vuodelle 2027",
        "Pöytäkirjan tarkastajien palkkiot",
        "Lehtoniemen koulun toiminnan päättäminen",
        "Val av ledamöter till valnämnden",
        "Avaus " * 40,
    ],
)
def test_other_titles(title: str | None) -> None:
    assert not is_procedural(title)


def test_the_mapping_types_a_procedural_item() -> None:
    doc = seed_document()
    item = doc.items[0]
    formal = replace(item, title="Kokouksen laillisuus ja päätösvaltaisuus")
    assert not _typed_procedural(doc, item)
    assert _typed_procedural(replace(doc, items=[formal]), formal)


def test_a_withheld_title_types_nothing() -> None:
    doc = seed_document()
    secret = replace(
        doc.items[0],
        title="Kokouksen laillisuus ja päätösvaltaisuus",
        confidentiality=Confidentiality("JulkL 24 § 1 mom. 25 k", public_title="Salassa pidettävä asia"),
    )
    assert not _typed_procedural(replace(doc, items=[secret]), secret)


def _typed_procedural(doc: Document, item: Item) -> bool:
    return any(p == RDF.type and o == PD.ProceduralItem for _, p, o in item_triples(doc, item))
