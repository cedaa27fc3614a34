"""CaseM officer decisions saved as text: a ``§`` heading, the decision's date and maker under their labels
(``Päätöspäivämäärä``, ``Päätöksen tekijä``) and no meeting line. Read as an office holder's decision, as
the Helsinki and Turku readers read theirs: the office is the deciding body, the signer the decider."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
from rdflib import RDF, URIRef

from paatosdata.checking import check_documents
from paatosdata.config import Config
from paatosdata.errors import ParseError
from paatosdata.mapping import document_graph
from paatosdata.model import DocumentKind
from paatosdata.namespaces import PD
from paatosdata.parse import read_path, reader_for
from paatosdata.parse.base import read_bytes
from paatosdata.report import Severity
from tests.akn.helpers import export

#: a whole page: the preparer's bullet before the head, the rules, the reasons, the decision, the signer
_SIGNED = (
    "§ 118 Pysäköintikiellon asettaminen Kuusikujalle\n\n"
    "Lataa  Kuuntele \n\n"
    "140Dno-2026-412\n\n"
    "Valmistelija\n\n"
    "  • Oona Ojanen, liikennesuunnittelija, oona.ojanen@example.fi\n\n"
    "Päätöspäivämäärä\n\n"
    "14.4.2026\n\n"
    "Päätöksen tekijä\n\n"
    "Kunnossapitopäällikkö\n\n"
    "Päätöksen peruste\n\n"
    "Tieliikennelaki (729/2018) 71 §\n\n"
    "Kuvaus\n\n"
    "Kuusikujan kapealle osuudelle pysäköidyt autot estävät aurauskaluston kulun.\n\n"
    "Päätös\n\n"
    "Päätän, että Kuusikujalle asetetaan pysäköintikielto liitteen mukaisesti.\n\n"
    "Allekirjoitus\n\n"
    "Kalle Kivimäki, vs. kunnossapitopäällikkö, Tekninen toimiala, kunnossapitoyksikkö\n\n"
    "Organisaatiotieto\n\n"
    "Kunnossapitoyksikkö\n"
)


def _page(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "paatos.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_an_officer_decision_page_is_read_as_the_office_holder_s_decision(tmp_path: Path) -> None:
    """The office under ``Päätöksen tekijä`` is the deciding body and the date under ``Päätöspäivämäärä``
    the date; the ``Valmistelija`` bullet names the preparer, ``Päätöksen peruste`` the rules decided under,
    ``Kuvaus`` the reasons. The ``Allekirjoitus`` line names the office holder who decided: neither the
    presenter nor a preparer. No proposal is printed, and none is read."""
    path = _page(tmp_path, _SIGNED)
    assert reader_for(path, read_bytes(path)).name == "casem-html"
    [document] = read_path(path)
    assert document.kind is DocumentKind.OFFICER_DECISION
    meeting = document.meeting
    assert (meeting.body.name, meeting.date, meeting.date_raw) == (
        "Kunnossapitopäällikkö",
        date(2026, 4, 14),
        "14.4.2026",
    )
    assert meeting.body.span is not None and meeting.body.span.line == 17  # the office line
    assert meeting.municipality is not None and meeting.municipality.name == "Iisalmi"  # the dnro's prefix
    assert document.source is not None
    assert document.source.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    [item] = document.items
    assert (item.number, item.title) == ("118", "Pysäköintikiellon asettaminen Kuusikujalle")
    assert item.case is not None and item.case.diary_number is not None
    assert item.case.diary_number.raw == "140Dno-2026-412"
    assert [(p.name, p.title) for p in item.preparers] == [("Oona Ojanen", "liikennesuunnittelija")]
    assert (item.presenter, item.proposal) == (None, None)
    assert item.reasons == "Kuusikujan kapealle osuudelle pysäköidyt autot estävät aurauskaluston kulun."
    assert item.decision == "Päätän, että Kuusikujalle asetetaan pysäköintikielto liitteen mukaisesti."
    assert item.legal_basis_text == "Tieliikennelaki (729/2018) 71 §"
    assert [ref.raw for ref in item.legal_basis] == ["Tieliikennelaki (729/2018) 71 §"]
    [signer] = document.signatures
    assert (signer.person.name, signer.person.title, signer.person.acting, signer.role) == (
        "Kalle Kivimäki",
        "kunnossapitopäällikkö",
        True,
        "päättäjä",
    )
    assert [(s.heading, s.text) for s in item.sections if s.kind == "generic"] == [
        ("Organisaatiotieto", "Kunnossapitoyksikkö")
    ]
    assert "Lataa" not in {s.text.strip() for s in item.sections}  # the page's buttons are no part


def test_the_contacts_and_an_office_with_its_unit(tmp_path: Path) -> None:
    """``Valmistelijan yhteystiedot`` and ``Lisätietoja päätöksestä`` name the preparers with their phones;
    the office keeps its unit after the comma, without the mark of a discontinued office (``Z/``). A page
    cut inside its reasons is still the officer's decision, with no decision read; the e-mail addresses
    name the municipality."""
    path = _page(
        tmp_path,
        "§ 31 Tupakointikiellon määrääminen - Asunto Oy Esimerkkikatu 5\n\n"
        "Lataa\n\n"
        "TRE:9876/11.02.01/2026\n\n"
        "Päätöspäivämäärä\n\n"
        "3.2.2026\n\n"
        "Päätöksen tekijä\n\n"
        "Z/Ympäristöterveyden esimies, Kaupunkiympäristön palvelualue\n\n"
        "Valmistelijan yhteystiedot\n\n"
        "Terveystarkastaja Sanni Savela, puh. 040 111 2222, asuminen@lahti.fi\n\n"
        "Lisätietoja päätöksestä\n\n"
        "Ympäristöterveyden esimies Petri Pölkky, puh. 040 333 4444, etunimi.sukunimi@lahti.fi\n\n"
        "Päätöksen perustelut\n\n"
        "Asunto Oy Esimerkkikatu 5 on hakenut tupakointikieltoa huoneistojen parvekkeille.\n",
    )
    [document] = read_path(path)
    assert document.kind is DocumentKind.OFFICER_DECISION
    assert document.meeting.body.name == "Ympäristöterveyden esimies, Kaupunkiympäristön palvelualue"
    assert document.meeting.date == date(2026, 2, 3)
    assert document.meeting.municipality is not None and document.meeting.municipality.name == "Lahti"
    [item] = document.items
    assert [(p.name, p.phone) for p in item.preparers] == [
        ("Sanni Savela", "040 111 2222"),
        ("Petri Pölkky", "040 333 4444"),
    ]
    assert item.reasons == "Asunto Oy Esimerkkikatu 5 on hakenut tupakointikieltoa huoneistojen parvekkeille."
    assert (item.decision, item.presenter, document.signatures) == (None, None, [])


def test_the_head_s_labels_with_their_values_on_the_same_line(tmp_path: Path) -> None:
    """A copy that keeps each label and its value on one line (``Päätöspäivämäärä 5.6.2026``) is the same
    head; a second ``Päätösperustelut`` part adds to the reasons."""
    path = _page(
        tmp_path,
        "§ 9 Taideteoksen hankinta\n\nMliDno-2026-55\n\n"
        "Päätöspäivämäärä 5.6.2026\n\nPäätöksen tekijä: Museonjohtaja\n\n"
        "Kuvaus\n\nTeos on paikallisen taiteilijan.\n\nPäätösperustelut\n\nTeos täydentää kokoelmaa.\n\n"
        "Päätös\n\nKokoelmaan hankitaan teos.\n",
    )
    [document] = read_path(path)
    assert (document.kind, document.meeting.body.name) == (DocumentKind.OFFICER_DECISION, "Museonjohtaja")
    assert document.meeting.date == date(2026, 6, 5)
    assert document.meeting.municipality is not None and document.meeting.municipality.name == "Mikkeli"
    [item] = document.items
    assert item.reasons == "Teos on paikallisen taiteilijan.\n\nTeos täydentää kokoelmaa."
    assert item.decision == "Kokoelmaan hankitaan teos."


@pytest.mark.parametrize(
    ("text", "message"),
    [
        # cut before the head: no label, so nothing tells it from any text
        ("§ 118 Pysäköintikielto\n\n140Dno-2026-412\n\n", "not a CaseM item page saved as text"),
        # the maker without the date: not the officer page's head
        (_SIGNED.replace("Päätöspäivämäärä", "Päivämäärä"), "not a CaseM item page saved as text"),
        # both labels, but no date under the first
        (_SIGNED.replace("14.4.2026", "huhtikuussa"), "no date under 'Päätöspäivämäärä'"),
    ],
)
def test_a_partial_or_broken_page_gives_one_line_error(tmp_path: Path, text: str, message: str) -> None:
    path = _page(tmp_path, text)
    with pytest.raises(ParseError) as caught:
        read_path(path, "casem-html")
    assert message in str(caught.value) and "\n" not in str(caught.value)


def test_the_officer_decision_maps_and_validates_as_one(tmp_path: Path) -> None:
    """In RDF the document is an officer's decision; the check finds no violation (the rules decided under
    are the legal basis), only warnings for what the page leaves out (appeal instructions, an impact
    assessment); Akoma Ntoso is valid and names the office holder who signed it."""
    [document] = read_path(_page(tmp_path, _SIGNED))
    graph = document_graph(document, Config())
    assert [s for s in graph.subjects(RDF.type, PD.OfficerDecisionDocument) if isinstance(s, URIRef)]
    report = check_documents([document])
    assert {f.rule_id for f in report.findings if f.severity is Severity.VIOLATION} == set()
    data, _root = export(document, include_confidential=True)  # valid against the strict XSD and the profile
    assert "Kalle Kivimäki".encode() in data
