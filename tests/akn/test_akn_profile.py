"""The profile finds what the strict XSD lets through; the XSD finds duplicate eIds."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from lxml import etree

from paatosdata.akn.profile import check_akn, validate_akn
from paatosdata.akn.schema import parse_frbr_uri, schema_path, validate
from tests.akn import fixtures
from tests.akn.helpers import NS, export

BROKEN = Path(__file__).parent / "data" / "broken.xml"


def _messages(problems):
    return [(p.element, p.line, p.message) for p in problems]


def test_schema_is_the_unmodified_oasis_xsd():
    import hashlib

    digest = hashlib.sha256(schema_path().read_bytes()).hexdigest()
    assert digest == "6f61fe84cbb6f8cb0e8418cd67b74a63da9990e6573b5a3491f623184f45c4fd"


def test_broken_file_xsd_reports_the_duplicate_eid():
    errors = validate(etree.parse(str(BROKEN)))
    assert len(errors) == 1
    assert errors[0].startswith("line 46:") and "Duplicate key-sequence ['hcontainer_1']" in errors[0]


def test_broken_file_profile_names_each_fault():
    problems = _messages(check_akn(etree.parse(str(BROKEN))))
    expected = [
        ("step", 32, "@by='#nobody' does not resolve to any eId in this document"),
        ("outcome", 46, "@refersTo='#doesNotExist' does not resolve to any eId in this document"),
        ("hcontainer", 46, "duplicate eId 'hcontainer_1' (first used on line 45)"),
        ("hcontainer", 47, "eId 'hcontainer_3__' does not follow the context__element_num grammar"),
        ("hcontainer", 47, "hcontainer name 'mystery' is not in the paatosdata vocabulary"),
        ("FRBRuri", 25, "Manifestation FRBRuri 'not an akn iri' is not an AKN IRI"),
    ]
    for problem in expected:
        assert problem in problems
    work = "'/akn/fi-kuopio/statement/deliberation/kaupunginhallitus/2026-05-07/28'"
    assert (
        "FRBRuri",
        9,
        f"Work FRBRuri {work}: country 'fi-kuopio' disagrees with FRBRcountry 'fi-oulu'",
    ) in problems
    assert ("FRBRuri", 9, f"Work FRBRuri {work}: number '28' disagrees with FRBRnumber '29'") in problems
    assert any(
        element == "FRBRuri" and line == 18 and "language 'fin' disagrees with FRBRlanguage 'swe'" in message
        for element, line, message in problems
    )


def test_validate_akn_lists_xsd_then_profile():
    problems = validate_akn(etree.parse(str(BROKEN)))
    assert problems[0].kind == "xsd" and problems[0].line == 46
    assert all(p.kind == "profile" for p in problems[1:])
    assert str(problems[0]).startswith("line 46: <xsd>: ")


def _seed_root():
    _, root = export(fixtures.seed_document())
    return root


@pytest.mark.parametrize(
    ("mutate", "element", "fragment"),
    [
        (lambda r: r.find(".//a:FRBRWork/a:FRBRsubtype", NS).set("value", "minute"), "FRBRthis", "subtype"),
        (
            lambda r: r.find(".//a:FRBRWork/a:FRBRdate", NS).set("date", "2026-05-08"),
            "FRBRthis",
            "Work FRBRdate",
        ),
        (
            lambda r: r.find(".//a:TLCOrganization[@eId='tyollisyysaluelautakunta']", NS).set(
                "href", "/akn/ontology/organization/fi.kuopio.kaupunginhallitus"
            ),
            "FRBRthis",
            "actor 'tyollisyysaluelautakunta' disagrees with the Work author",
        ),
        (
            lambda r: r.find(".//a:mainBody/a:hcontainer", NS).set("eId", "hcontainer 1"),
            "hcontainer",
            "grammar",
        ),
        (
            lambda r: r.find(".//pd:presenceChange", NS).set("person", "#nobody"),
            "presenceChange",
            "@person='#nobody' does not resolve",
        ),
        (
            lambda r: r.find(".//a:mainBody", NS).remove(r.find(".//a:hcontainer[@name='decision']", NS)),
            "mainBody",
            "a decision statement has no confidential or decision part",
        ),
        (
            lambda r: r.find(".//a:hcontainer[@name='impactAssessment']//a:ref", NS).set(
                "href", "/akn/fi-kuopio/act/hallintosaanto/nn/nn/~sec_32"
            ),
            "ref",
            "'/akn/fi-kuopio/act/hallintosaanto/nn/nn/~sec_32' is not an AKN IRI",
        ),
    ],
)
def test_profile_catches_mutations(mutate, element, fragment):
    root = _seed_root()
    assert check_akn(root) == []
    mutate(root)
    problems = check_akn(root)
    assert any(p.element == element and fragment in p.message for p in problems), problems


def test_frbr_uri_parse_keeps_missing_language_missing():
    work = parse_frbr_uri("/akn/fi-kuopio/statement/deliberation/kh/2026-05-07/28")
    assert work.language is None and work.full_country == "fi-kuopio" and work.number == "28"
    expression = parse_frbr_uri("/akn/fi-kuopio/statement/deliberation/kh/2026-05-07/28/swe@/!main.xml")
    assert (expression.language, expression.work_component, expression.format) == ("swe", "main", "xml")
    with pytest.raises(ValueError):
        parse_frbr_uri("/akn/fi@kuopio/statement")


def test_missing_decision_part_is_a_warning_and_no_part_an_error():
    root = _seed_root()
    body = root.find(".//a:mainBody", NS)
    body.remove(body.find("a:hcontainer[@name='decision']", NS))
    (warning,) = check_akn(root)
    assert warning.severity == "warning" and warning.element == "mainBody"
    for container in body.findall("a:hcontainer", NS):
        body.remove(container)
    errors = [p for p in check_akn(root) if p.severity == "error"]
    # the seed's only citation (a regulation without its adoption year) is unlinked, so no
    # implicitReference points at the removed legal basis
    assert [p.message for p in errors] == ["a statement needs at least one hcontainer part"]


def test_regulation_citation_links_only_with_its_adoption_year():
    doc = fixtures.seed_document()
    doc.items[0].legal_basis[0].year = 2021
    _, root = export(doc)
    legal = root.find(".//a:hcontainer[@name='legalBasis']//a:ref", NS)
    assert legal.get("href") == "/akn/fi-kuopio/act/hallintosaanto/2021/nn/~sec_32"
    assert parse_frbr_uri(legal.get("href")).date == "2021"
    implicit = root.find(".//a:otherReferences/a:implicitReference", NS)
    assert implicit.get("href") == legal.get("href")


def test_earlier_decision_of_a_body_named_by_a_number_links_by_a_parseable_iri():
    from paatosdata.akn.vocab import reference_href
    from paatosdata.model import DecisionReference

    ref = DecisionReference(
        raw="2. jaosto 1.1.2000 § 1", body="2. jaosto", date=date(2000, 1, 1), section="1"
    )
    href = reference_href(ref, "kuopio", {})
    assert href == "/akn/fi-kuopio/statement/deliberation/toimielin-2-jaosto/2000-01-01/1"
    assert parse_frbr_uri(href).actor == "toimielin-2-jaosto"


def test_regulation_named_by_a_number_links_by_a_parseable_iri():
    from paatosdata.akn.vocab import legal_href
    from paatosdata.model import LegalReference

    ref = LegalReference(raw="Sääntö 2 5 §", kind="regulation", name="Sääntö 2", year=2020, section="5")
    href = legal_href(ref, "kuopio")
    assert href == "/akn/fi-kuopio/act/saanto-2/2020/nn/~sec_5"
    assert parse_frbr_uri(href).subtype == "saanto-2"


def test_regulation_with_a_blank_name_is_left_unlinked():
    from paatosdata.akn.vocab import legal_href
    from paatosdata.model import LegalReference

    ref = LegalReference(raw="0", kind="regulation", name=" ", year=1900)
    assert legal_href(ref, "kuopio") is None
