"""``paatosdata check`` end to end: the seed, the seed with parts removed, formats, exit codes."""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree

import pytest
from click.testing import CliRunner
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH

from paatosdata.cli import cli

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "examples" / "kuopio-tyollisyysaluelautakunta-2026-05-07-28.md"
SEED_LINES = SEED.read_text(encoding="utf-8").splitlines()
#: the item starts at its title line
ITEM_LINE = next(n for n, line in enumerate(SEED_LINES, 1) if "Yhteistyö- ja seurantakeskustelut" in line)
KUNTAL = "https://www.finlex.fi/fi/laki/ajantasa/2015/20150410"
HL = "https://www.finlex.fi/fi/laki/ajantasa/2003/20030434"


def _without(tmp_path: Path, heading: str, name: str = "seed.md") -> Path:
    """The seed with the part under ``heading`` (the heading and its paragraph) removed."""
    lines = list(SEED_LINES)
    start = lines.index(heading)
    end = start + 1
    while end < len(lines) and not lines[end].strip():
        end += 1
    while end < len(lines) and lines[end].strip():
        end += 1
    del lines[start:end]
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["check", *args])
    return result.exit_code, result.stdout, result.stderr


def _json(*args: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    code, out, _ = _run("--format", "json", *args)
    return code, json.loads(out)


def test_the_seed_conforms_and_its_warnings_are_explained() -> None:
    code, out, _ = _run("--lang", "en", str(SEED))
    assert code == 0, out
    assert "[VIOLATION]" not in out
    # a lone item: appeal information lives on the minutes' cover page
    assert f"[WARNING] FI-008 {SEED}:{ITEM_LINE}: Appeal information not found in this item" in out
    assert "cover page" in out
    assert out.strip().endswith("1 items: 0 violations, 1 warnings, 0 info.")
    code, data = _json(str(SEED))
    assert data["conforms"] is True and data["exitStatus"] == 0
    assert data["items"][0]["maturity"] == 3


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fi", "Pykälästä puuttuu toimivallan peruste"),
        ("sv", "Paragrafen anger inte tillämpat lagrum"),
        ("en", "The item states no legal basis"),
    ],
)
def test_without_legal_basis_the_run_fails_with_the_rule_and_the_statute(
    tmp_path: Path, lang: str, expected: str
) -> None:
    path = _without(tmp_path, "Toimivallan peruste")
    code, out, _ = _run("--lang", lang, str(path))
    assert code == 1
    line = next(line for line in out.splitlines() if "[VIOLATION]" in line)
    assert line.startswith(f"  [VIOLATION] FI-005 {path}:{ITEM_LINE}: {expected}")
    assert "HL 45 §" in line or "FörvL 45 §" in line
    code, data = _json("--lang", lang, str(path))
    (finding,) = [f for f in data["findings"] if f["severity"] == "Violation"]
    assert finding["ruleId"] == "FI-005"
    assert finding["statute"] == "HL 45 §" and finding["statuteUrl"] == HL
    assert finding["location"] == {"file": str(path), "line": ITEM_LINE}
    assert data["items"][0]["maturity"] == 1


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("fi", "Vaikutusten arviointi"), ("sv", "konsekvensbedömning"), ("en", "impact assessment")],
)
def test_without_impact_assessment_a_warning_names_it(tmp_path: Path, lang: str, expected: str) -> None:
    path = _without(tmp_path, "Vaikutusten arviointi")
    code, out, _ = _run("--lang", lang, str(path))
    assert code == 0
    line = next(line for line in out.splitlines() if "FI-026" in line)
    assert line.startswith(f"  [WARNING] FI-026 {path}:{ITEM_LINE}:")
    assert expected in line
    code, _, _ = _run("--strict", str(path))
    assert code == 1


def test_a_publishers_profile_makes_the_impact_assessment_mandatory(tmp_path: Path) -> None:
    profile = tmp_path / "our-rules.ttl"
    profile.write_text(
        """@prefix pd: <https://w3id.org/paatosdata/def#> .
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix ex: <https://example.org/kaislaranta/shapes#> .
ex:ImpactRequired a sh:PropertyShape ;
    sh:targetClass pd:Decision ;
    sh:path pd:impactAssessment ;
    sh:minCount 1 ;
    sh:severity sh:Violation ;
    pd:ruleId "KAI-001" ;
    sh:name "Vaikutusten arviointi pakollinen" ;
    sh:message "Kaislarannan hallintosääntö: vaikutusten arviointi on pakollinen."@fi ,
        "Kaislaranta requires an impact assessment."@en .
""",
        encoding="utf-8",
    )
    path = _without(tmp_path, "Vaikutusten arviointi")
    code, out, _ = _run("--lang", "en", "--shapes", str(profile), str(path))
    assert code == 1
    assert f"[VIOLATION] KAI-001 {path}:{ITEM_LINE}: Kaislaranta requires an impact assessment." in out
    code, _, _ = _run("--shapes", str(profile), str(SEED))
    assert code == 0


def test_a_personal_identity_code_is_a_violation_and_never_echoed(tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8").replace(
        "Tilaisuuksiin kutsutaan", "Hakija (hetu 131052-308T) ja muut tilaisuuksiin kutsutaan"
    )
    path = tmp_path / "hetu.md"
    path.write_text(text, encoding="utf-8")
    code, data = _json(str(path))
    assert code == 1
    found = [f for f in data["findings"] if f["ruleId"] == "FI-015"]
    assert {f["severity"] for f in found} == {"Violation"}
    # every literal holding it is reported: the reasons and the section the reader kept
    finding = next(f for f in found if f["path"].endswith("#reasons"))
    assert finding["location"]["file"] == str(path)
    assert "131052-308T" not in json.dumps(data)
    assert "***********" in finding["value"]
    # a business id and a property id do not trip it
    path.write_text(
        text.replace("131052-308T", "Y-tunnus 1234567-8, kiinteistö 837-715-2-47"), encoding="utf-8"
    )
    code, data = _json(str(path))
    assert code == 0 and not [f for f in data["findings"] if f["ruleId"] == "FI-015"]


def test_sarif_is_structurally_valid(tmp_path: Path) -> None:
    path = _without(tmp_path, "Toimivallan peruste")
    code, out, _ = _run("--format", "sarif", str(path))
    assert code == 1
    sarif = json.loads(out)
    assert sarif["version"] == "2.1.0" and "$schema" in sarif
    (run,) = sarif["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "paatosdata"
    rule_ids = [rule["id"] for rule in driver["rules"]]
    assert len(rule_ids) == len(set(rule_ids))
    legal = next(rule for rule in driver["rules"] if rule["id"] == "FI-005")
    assert legal["helpUri"] == HL and legal["defaultConfiguration"]["level"] == "error"
    for result in run["results"]:
        assert {"ruleId", "level", "message", "locations"} <= set(result)
        assert result["level"] in {"error", "warning", "note"}
        assert rule_ids[result["ruleIndex"]] == result["ruleId"]
        physical = result["locations"][0]["physicalLocation"]
        assert physical["artifactLocation"]["uri"] == str(path)
        assert physical["region"]["startLine"] == ITEM_LINE


def test_junit_has_one_testcase_per_item_and_a_failure_per_violation() -> None:
    code, out, _ = _run("--format", "junit", str(REPO / "examples"))
    root = ElementTree.fromstring(out.split("?>", 1)[1])
    cases = root.findall("./testsuite/testcase")
    code_json, data = _json(str(REPO / "examples"))
    assert len(cases) == len(data["items"]) > 1
    failures = root.findall("./testsuite/testcase/failure")
    assert len(failures) == sum(1 for f in data["findings"] if f["severity"] == "Violation")
    assert code == code_json


def test_turtle_is_a_shacl_validation_report_with_maturity(tmp_path: Path) -> None:
    path = _without(tmp_path, "Toimivallan peruste")
    out_file = tmp_path / "report.ttl"
    code, _, _ = _run("--format", "turtle", "-o", str(out_file), str(path))
    assert code == 1
    graph = Graph().parse(out_file, format="turtle")
    (report,) = graph.subjects(RDF.type, SH.ValidationReport)
    assert graph.value(report, SH.conforms).toPython() is False
    results = list(graph.objects(report, SH.result))
    assert len(results) >= 1
    assert any(str(graph.value(r, SH.resultSeverity)) == str(SH.Violation) for r in results)
    levels = [str(v) for v in graph.objects(None, URIRef("http://www.w3.org/ns/dqv#value"))]
    assert levels == ["1"]


def test_an_unreadable_input_exits_2_and_the_others_are_still_checked(tmp_path: Path) -> None:
    empty = tmp_path / "empty.md"
    empty.write_text("", encoding="utf-8")
    code, out, err = _run(str(empty), str(SEED))
    assert code == 2
    assert err.strip().splitlines() == [f"paatosdata: error: {empty}: the file is empty"]
    assert "Traceback" not in err
    assert "1 kohtaa" in out
    code, _, err = _run(str(empty), str(_without(tmp_path, "Toimivallan peruste")))
    assert code == 1  # violations outrank the unreadable input


def test_bad_usage_exits_2() -> None:
    code, _, err = _run("--profile", "core,nonsense", str(SEED))
    assert code == 2 and "nonsense" in err
    code, _, err = _run("--shapes", "/nonexistent/rules.ttl", str(SEED))
    assert code == 2 and "no such shapes file" in err


def test_profiles_can_be_combined(tmp_path: Path) -> None:
    path = _without(tmp_path, "Toimivallan peruste")
    code, data = _json("--profile", "core", str(path))
    assert code == 0 and data["findings"] == []
    code, data = _json("--profile", "core,kuntalaki", str(path))
    assert code == 1 and {f["ruleId"] for f in data["findings"]} == {"FI-005", "FI-008"}


def test_jobs_give_the_same_report(tmp_path: Path) -> None:
    code1, one = _json(str(REPO / "examples"))
    code2, two = _json("--jobs", "2", str(REPO / "examples"))
    assert code1 == code2
    assert one["findings"] == two["findings"] and one["items"] == two["items"]


def test_an_rdf_input_is_validated_as_a_graph(tmp_path: Path) -> None:
    path = tmp_path / "item.ttl"
    path.write_text(
        """@prefix pd: <https://w3id.org/paatosdata/def#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<https://example.org/item/28> a pd:Item, pd:Decision ;
    pd:decidedBy <https://example.org/body/tyla> ;
    pd:meetingDate "2026-05-07"^^xsd:date ;
    pd:sectionNumber "28" ;
    pd:title "Yhteistyö- ja seurantakeskustelut"@fi ;
    pd:decisionText "Lautakunta hyväksyi ehdotuksen."@fi ;
    pd:outcome pd:approved .
""",
        encoding="utf-8",
    )
    code, data = _json("--lang", "en", str(path))
    assert code == 1
    rules = {(f["ruleId"], f["focusNode"]) for f in data["findings"] if f["severity"] == "Violation"}
    assert rules == {("FI-005", "https://example.org/item/28"), ("FI-007", "https://example.org/item/28")}
    assert all(f["location"]["file"] == str(path) for f in data["findings"])


def test_json_ld_with_a_remote_context_is_refused_without_fetching(tmp_path: Path) -> None:
    path = tmp_path / "item.jsonld"
    path.write_text(
        json.dumps({"@context": "https://example.org/context.jsonld", "@id": "x"}), encoding="utf-8"
    )
    code, _, err = _run(str(path))
    assert code == 2
    assert "remote @context" in err


def test_a_clean_report_says_so(tmp_path: Path) -> None:
    code, out, _ = _run("--lang", "en", "--profile", "core", str(SEED))
    assert code == 0
    assert out.strip() == "No issues found (1 items)."


def test_akn_inputs_are_checked_against_the_xsd_and_the_profile(tmp_path: Path) -> None:
    akn = tmp_path / "seed.akn.xml"
    result = CliRunner().invoke(cli, ["convert", "--to", "akn", str(SEED), "-o", str(akn)])
    assert result.exit_code == 0, result.output
    code, data = _json(str(akn))
    assert code == 0
    assert not [f for f in data["findings"] if f["ruleId"].startswith("AKN-")]
    broken = tmp_path / "broken.akn.xml"
    text = akn.read_text(encoding="utf-8")
    broken.write_text(text.replace('eId="', 'eId="dup').replace("#", "#missing-"), encoding="utf-8")
    code, data = _json("--lang", "en", str(broken))
    assert code == 1
    akn_findings = [f for f in data["findings"] if f["ruleId"] == "AKN-002"]
    assert akn_findings and all(f["location"]["line"] for f in akn_findings)
    assert data["items"][0]["maturity"] == 0


def test_json_follows_the_documented_schema(tmp_path: Path) -> None:
    schema = json.loads((REPO / "docs" / "check-report.schema.json").read_text(encoding="utf-8"))
    empty = tmp_path / "empty.md"
    empty.write_text("", encoding="utf-8")
    _, data = _json(str(REPO / "examples"), str(empty))
    assert set(data) == set(schema["required"])
    finding_keys = set(schema["properties"]["findings"]["items"]["required"])
    item_keys = set(schema["properties"]["items"]["items"]["required"])
    assert data["findings"] and all(set(f) == finding_keys for f in data["findings"])
    assert all(set(i) == item_keys for i in data["items"])
    assert data["problems"] == [{"source": str(empty), "message": "the file is empty"}]
    counts = data["counts"]
    assert counts["violations"] == sum(1 for f in data["findings"] if f["severity"] == "Violation")


def test_help_lists_the_options_and_exit_codes() -> None:
    result = CliRunner().invoke(cli, ["check", "--help"])
    assert result.exit_code == 0
    for option in ("--lang", "--profile", "--shapes", "--strict", "--jobs", "--format", "--from", "--output"):
        assert option in result.stdout
    assert "Exit codes" in result.stdout


def test_the_akn_made_from_the_examples_is_valid() -> None:
    code, data = _json("--akn-output", str(REPO / "examples"))
    assert data["items"]
    assert [f for f in data["findings"] if f["ruleId"].startswith("AKN-")] == []


def test_an_item_outside_every_printed_section_range_lacks_appeal_information(tmp_path: Path) -> None:
    source = REPO / "examples" / "kaislaranta-sivistyslautakunta-2026-03-12.md"
    text = source.read_text(encoding="utf-8")
    assert "oikaisuvaatimuksella: §§ 20–21, 23" in text
    path = tmp_path / source.name
    narrowed = text.replace("oikaisuvaatimuksella: §§ 20–21, 23", "oikaisuvaatimuksella: §§ 20–21")
    path.write_text(narrowed, encoding="utf-8")
    code, data = _json("--lang", "en", str(path))
    assert code == 1
    uncovered = [f for f in data["findings"] if f["ruleId"] == "FI-008"]
    assert [f["severity"] for f in uncovered] == ["Violation"]
    assert uncovered[0]["focusNode"].endswith("/23")
    code, data = _json("--lang", "en", str(source))
    assert not [f for f in data["findings"] if f["ruleId"] == "FI-008"]


def test_a_wrong_rectification_period_is_a_violation_of_every_item_it_covers(tmp_path: Path) -> None:
    source = REPO / "examples" / "kaislaranta-sivistyslautakunta-2026-03-12.md"
    text = source.read_text(encoding="utf-8")
    assert "Oikaisuvaatimusaika on 14 päivää" in text
    path = tmp_path / source.name
    wrong_period = text.replace("Oikaisuvaatimusaika on 14 päivää", "Oikaisuvaatimusaika on 21 päivää")
    path.write_text(wrong_period, "utf-8")
    code, data = _json("--lang", "en", str(path))
    assert code == 1
    wrong = [f for f in data["findings"] if f["ruleId"] == "FI-011"]
    assert wrong and {f["severity"] for f in wrong} == {"Violation"}
    assert "14 days" in wrong[0]["message"]
    code, data = _json("--lang", "en", str(source))
    assert not [f for f in data["findings"] if f["ruleId"] == "FI-011"]


def test_a_disqualified_member_who_voted_is_a_violation_on_that_item(tmp_path: Path) -> None:
    source = REPO / "examples" / "kaislaranta-sivistyslautakunta-2026-03-12.md"
    text = source.read_text(encoding="utf-8")
    proposal = "Jäsen Tapio Kärkkäinen ehdotti, että Lehtoniemen koulun"
    assert proposal in text and "Ja-äänet 5: Leena Haapasalo, Minna Aaltonen" in text
    disqualified = (
        "Jäsen Minna Aaltonen ilmoitti olevansa esteellinen (HL 28.1 § 5 k) koulun johtokunnan jäsenenä.\n\n"
    )
    path = tmp_path / source.name
    path.write_text(text.replace(proposal, disqualified + proposal, 1), "utf-8")
    code, data = _json("--lang", "fi", str(path))
    assert code == 1
    voted = [f for f in data["findings"] if f["ruleId"] == "FI-020"]
    assert len(voted) == 1 and voted[0]["severity"] == "Violation"
    assert "Minna Aaltonen" in voted[0]["message"]
    assert voted[0]["item"].endswith("/20")
    code, data = _json("--lang", "fi", str(source))
    assert not [f for f in data["findings"] if f["ruleId"] == "FI-020"]
