"""Findings of ``paatosdata check`` as data, and their renderers (text, JSON, SARIF, JUnit, Turtle).

A :class:`Finding` keeps every field a SHACL result has (focus node, path, shape, value) plus
what a clerk needs: a stable rule id (``FI-0xx``), the statute it enforces with a Finlex link,
the item it concerns and the place in the source file. The exit status comes from this report,
never from pySHACL's ``conforms`` flag.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from paatosdata import __version__
from paatosdata.errors import ExitStatus

__all__ = [
    "FORMATS",
    "Finding",
    "InputProblem",
    "ItemRef",
    "Location",
    "Report",
    "RuleInfo",
    "Severity",
    "render",
]

#: maturity levels and what each one means
MATURITY = {
    0: "parsed",
    1: "core complete",
    2: "legally complete",
    3: "linked",
}


class Severity(StrEnum):
    """SHACL's three severities, most serious first."""

    VIOLATION = "Violation"
    WARNING = "Warning"
    INFO = "Info"

    @property
    def rank(self) -> int:
        """0 for violations, 1 for warnings, 2 for info: sorts the most serious first."""
        return list(Severity).index(self)


@dataclass(frozen=True, slots=True)
class Location:
    """A place in a source file (1-based line), or just the file."""

    file: str
    line: int | None = None

    def __str__(self) -> str:
        return f"{self.file}:{self.line}" if self.line else self.file


@dataclass(frozen=True, slots=True)
class RuleInfo:
    """One rule of the catalogue: id, severity, the statute it enforces, its texts per language."""

    rule_id: str
    severity: Severity
    name: str
    description: str = ""
    statute: str | None = None  # "HL 45 §"
    statute_url: str | None = None  # a Finlex page
    messages: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    maturity: int | None = None  # a finding keeps the item below this level
    profile: str = ""

    def message(self, lang: str) -> str:
        """The message in ``lang``, else Finnish, else English, else the name."""
        for key in (lang, "fi", "en"):
            if key in self.messages:
                return self.messages[key]
        return self.name


@dataclass(slots=True)
class ItemRef:
    """The item a finding concerns: body, date, §, title and where the item starts."""

    key: str  # the item's IRI (or a file-local key)
    body: str | None = None
    date: str | None = None
    number: str | None = None
    title: str | None = None
    location: Location | None = None
    maturity: int = 0
    series: str | None = None  # minutes' items: the body (municipality/body) whose § numbers run yearly

    def label(self) -> str:
        """``Body DD.MM.YYYY § N Title`` from what is known."""
        parts = [p for p in (self.body, self.date) if p]
        if self.number:
            parts.append(f"§ {self.number}")
        if self.title:
            parts.append(self.title)
        return " ".join(parts) or self.key


@dataclass(slots=True)
class Finding:
    """One result: which rule, how serious, what to say, where in the source and in the graph."""

    rule_id: str
    severity: Severity
    message: str
    item: ItemRef | None = None
    location: Location | None = None
    statute: str | None = None
    statute_url: str | None = None
    focus_node: str | None = None
    path: str | None = None
    shape: str | None = None
    value: str | None = None
    rule_name: str | None = None

    def sort_key(self) -> tuple[Any, ...]:
        """File, line, severity, rule: a stable order for every renderer."""
        loc = self.location
        return (
            loc.file if loc else "",
            loc.line or 0 if loc else 0,
            self.severity.rank,
            self.rule_id,
            self.message,
        )


@dataclass(frozen=True, slots=True)
class InputProblem:
    """An input that could not be read or checked at all (exit status 2)."""

    source: str
    message: str


@dataclass(slots=True)
class Report:
    """Findings of one run plus the items checked, the rules used and unreadable inputs."""

    findings: list[Finding] = field(default_factory=list)
    items: list[ItemRef] = field(default_factory=list)
    rules: dict[str, RuleInfo] = field(default_factory=dict)
    problems: list[InputProblem] = field(default_factory=list)
    lang: str = "fi"

    def sort(self) -> None:
        """Put findings and items in their stable order."""
        self.findings.sort(key=Finding.sort_key)
        self.items.sort(
            key=lambda i: (
                i.location.file if i.location else "",
                i.location.line or 0 if i.location else 0,
                i.key,
            )
        )

    def counts(self) -> dict[Severity, int]:
        """How many findings of each severity."""
        tally = Counter(f.severity for f in self.findings)
        return {s: tally.get(s, 0) for s in Severity}

    def conforms(self, strict: bool = False) -> bool:
        """No violations (and, with ``strict``, no warnings either)."""
        counts = self.counts()
        return counts[Severity.VIOLATION] == 0 and (not strict or counts[Severity.WARNING] == 0)

    def exit_status(self, strict: bool = False) -> ExitStatus:
        """1 when findings block, else 2 when an input was unreadable, else 0."""
        if not self.conforms(strict):
            return ExitStatus.FINDINGS
        if self.problems:
            return ExitStatus.USAGE_OR_INPUT
        return ExitStatus.OK

    def findings_for(self, item: ItemRef | None) -> list[Finding]:
        """Findings about ``item`` (``None``: findings about no item)."""
        key = item.key if item else None
        return [f for f in self.findings if (f.item.key if f.item else None) == key]


def _item_key(item: ItemRef) -> tuple[str, int, str]:
    loc = item.location
    return (loc.file if loc else "", (loc.line or 0) if loc else 0, item.key)


# --- text ------------------------------------------------------------------------------------

_COLOURS = {Severity.VIOLATION: "\x1b[31m", Severity.WARNING: "\x1b[33m", Severity.INFO: "\x1b[36m"}
_RESET = "\x1b[0m"
_LEVELS = {
    "fi": ("jäsennetty", "perusrakenne kunnossa", "lakisääteisesti täydellinen", "linkitetty"),
    "sv": ("tolkad", "grundstruktur komplett", "juridiskt komplett", "länkad"),
    "en": tuple(MATURITY.values()),
}
_SUMMARY = {
    "fi": ("kohtaa", "virhettä", "varoitusta", "huomautusta", "Ei havaintoja", "taso"),
    "sv": ("ärenden", "fel", "varningar", "anmärkningar", "Inga anmärkningar", "nivå"),
    "en": ("items", "violations", "warnings", "info", "No issues found", "level"),
}


def _finding_line(finding: Finding, colour: bool) -> str:
    sev = finding.severity.value.upper()
    tag = f"{_COLOURS[finding.severity]}[{sev}]{_RESET}" if colour else f"[{sev}]"
    where = f" {finding.location}" if finding.location else ""
    statute = f" ({finding.statute})" if finding.statute and finding.statute not in finding.message else ""
    return f"{tag} {finding.rule_id}{where}: {finding.message}{statute}"


def render_text(report: Report, colour: bool = False) -> str:
    """One line per finding ``[SEVERITY] CODE file:line: message``, grouped per item, then a summary.

    Unreadable inputs (``report.problems``) are not listed: the CLI prints them on standard error.
    """
    report.sort()
    words = _SUMMARY.get(report.lang, _SUMMARY["en"])
    lines: list[str] = []
    loose = report.findings_for(None)
    for finding in loose:
        lines.append(_finding_line(finding, colour))
    for item in report.items:
        found = report.findings_for(item)
        if not found:
            continue
        where = f"{item.location}: " if item.location else ""
        level = _LEVELS.get(report.lang, _LEVELS["en"])[item.maturity]
        lines.append(f"{where}{item.label()} ({words[5]} {item.maturity}: {level})")
        lines.extend("  " + _finding_line(f, colour) for f in found)
    counts = report.counts()
    if not report.findings:
        lines.append(f"{words[4]} ({len(report.items)} {words[0]}).")
    else:
        lines.append(
            f"{len(report.items)} {words[0]}: {counts[Severity.VIOLATION]} {words[1]}, "
            f"{counts[Severity.WARNING]} {words[2]}, {counts[Severity.INFO]} {words[3]}."
        )
    return "\n".join(lines) + "\n"


# --- JSON ------------------------------------------------------------------------------------


def _location_json(loc: Location | None) -> dict[str, Any] | None:
    return None if loc is None else {"file": loc.file, "line": loc.line}


def to_json_data(report: Report, strict: bool = False) -> dict[str, Any]:
    """The report as plain data; the schema is ``docs/check-report.schema.json``."""
    report.sort()
    counts = report.counts()
    return {
        "tool": {"name": "paatosdata", "version": __version__},
        "language": report.lang,
        "conforms": report.conforms(strict),
        "exitStatus": int(report.exit_status(strict)),
        "counts": {
            "violations": counts[Severity.VIOLATION],
            "warnings": counts[Severity.WARNING],
            "info": counts[Severity.INFO],
        },
        "items": [
            {
                "id": i.key,
                "body": i.body,
                "date": i.date,
                "number": i.number,
                "title": i.title,
                "location": _location_json(i.location),
                "maturity": i.maturity,
                "maturityLabel": MATURITY[i.maturity],
            }
            for i in report.items
        ],
        "findings": [
            {
                "ruleId": f.rule_id,
                "severity": f.severity.value,
                "message": f.message,
                "statute": f.statute,
                "statuteUrl": f.statute_url,
                "item": f.item.key if f.item else None,
                "location": _location_json(f.location),
                "focusNode": f.focus_node,
                "path": f.path,
                "shape": f.shape,
                "value": f.value,
            }
            for f in report.findings
        ],
        "problems": [{"source": p.source, "message": p.message} for p in report.problems],
    }


def render_json(report: Report, strict: bool = False) -> str:
    """The report as JSON (see :func:`to_json_data`)."""
    return json.dumps(to_json_data(report, strict), ensure_ascii=False, indent=2) + "\n"


# --- SARIF -----------------------------------------------------------------------------------

_SARIF_LEVEL = {Severity.VIOLATION: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def render_sarif(report: Report) -> str:
    """SARIF 2.1.0: one run, the rule catalogue with Finlex help links, one result per finding."""
    report.sort()
    used = sorted({f.rule_id for f in report.findings} | set(report.rules))
    index = {rule_id: n for n, rule_id in enumerate(used)}
    rules = []
    for rule_id in used:
        info = report.rules.get(rule_id)
        rule: dict[str, Any] = {"id": rule_id}
        if info is not None:
            rule["name"] = info.name
            rule["shortDescription"] = {"text": info.name}
            rule["fullDescription"] = {"text": info.description or info.name}
            rule["defaultConfiguration"] = {"level": _SARIF_LEVEL[info.severity]}
            if info.statute_url:
                rule["helpUri"] = info.statute_url
            if info.statute:
                rule["properties"] = {"statute": info.statute}
        rules.append(rule)
    results = []
    for f in report.findings:
        result: dict[str, Any] = {
            "ruleId": f.rule_id,
            "ruleIndex": index[f.rule_id],
            "level": _SARIF_LEVEL[f.severity],
            "message": {"text": f.message},
        }
        if f.location is not None:
            physical: dict[str, Any] = {"artifactLocation": {"uri": f.location.file}}
            if f.location.line:
                physical["region"] = {"startLine": f.location.line}
            location: dict[str, Any] = {"physicalLocation": physical}
            if f.item is not None:
                location["logicalLocations"] = [{"name": f.item.label(), "fullyQualifiedName": f.item.key}]
            result["locations"] = [location]
        props = {k: v for k, v in (("focusNode", f.focus_node), ("path", f.path), ("shape", f.shape)) if v}
        if props:
            result["properties"] = props
        results.append(result)
    sarif = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "paatosdata",
                        "version": __version__,
                        "informationUri": "https://w3id.org/paatosdata",
                        "rules": rules,
                    }
                },
                "results": results,
            }
        ],
    }
    return json.dumps(sarif, ensure_ascii=False, indent=2) + "\n"


# --- JUnit -----------------------------------------------------------------------------------


def _violations(report: Report, item: ItemRef) -> int:
    return sum(1 for f in report.findings_for(item) if f.severity is Severity.VIOLATION)


def render_junit(report: Report) -> str:
    """JUnit XML: one test case per item, one failure per violation, warnings as output."""
    from xml.etree import ElementTree as ET

    report.sort()
    counts = report.counts()
    suites = ET.Element("testsuites", name="paatosdata check")
    suite = ET.SubElement(
        suites,
        "testsuite",
        name="paatosdata check",
        tests=str(len(report.items)),
        failures=str(
            sum(
                1
                for i in report.items
                if any(f.severity is Severity.VIOLATION for f in report.findings_for(i))
            )
        ),
        errors=str(len(report.problems)),
    )
    for item in report.items:
        case = ET.SubElement(
            suite,
            "testcase",
            classname=item.location.file if item.location else item.key,
            name=item.label(),
        )
        found = report.findings_for(item)
        for f in found:
            if f.severity is Severity.VIOLATION:
                failure = ET.SubElement(case, "failure", type=f.rule_id, message=f.message)
                failure.text = _finding_line(f, colour=False)
        others = [f for f in found if f.severity is not Severity.VIOLATION]
        if others:
            ET.SubElement(case, "system-out").text = "\n".join(_finding_line(f, colour=False) for f in others)
    for problem in report.problems:
        case = ET.SubElement(suite, "testcase", classname=problem.source, name="read")
        ET.SubElement(case, "error", message=problem.message)
    suite.set("warnings", str(counts[Severity.WARNING]))
    return ET.tostring(suites, encoding="unicode", xml_declaration=True) + "\n"


# --- Turtle ----------------------------------------------------------------------------------


def to_graph(report: Report) -> Any:
    """The SHACL validation report graph of every finding (also those checked in Python).

    Each result carries ``pd:ruleId``; each item checked gets a DQV quality measurement of the
    metric ``pd:checkLevel`` (0 parsed … 3 linked).
    """
    from rdflib import BNode, Graph, Literal, Namespace, URIRef
    from rdflib.namespace import RDF, SH, XSD

    pd = Namespace("https://w3id.org/paatosdata/def#")
    graph = Graph()
    graph.bind("sh", SH)
    graph.bind("pd", pd)
    node = BNode()
    graph.add((node, RDF.type, SH.ValidationReport))
    graph.add((node, SH.conforms, Literal(report.conforms())))

    def term(value: str) -> Any:
        return BNode(value[2:]) if value.startswith("_:") else URIRef(value)

    for f in report.findings:
        result = BNode()
        graph.add((node, SH.result, result))
        graph.add((result, RDF.type, SH.ValidationResult))
        graph.add((result, SH.resultSeverity, SH[f.severity.value]))
        graph.add((result, SH.resultMessage, Literal(f.message, lang=report.lang)))
        graph.add((result, pd.ruleId, Literal(f.rule_id)))
        if f.focus_node:
            graph.add((result, SH.focusNode, term(f.focus_node)))
        if f.path and " " not in f.path and not f.path.startswith("^"):
            graph.add((result, SH.resultPath, term(f.path)))
        elif f.path:  # a sequence or alternative path, written as text
            graph.add((result, pd.resultPathText, Literal(f.path)))
        if f.shape:
            graph.add((result, SH.sourceShape, term(f.shape)))
        if f.value is not None:
            graph.add((result, SH.value, Literal(f.value)))
        if f.statute_url:
            graph.add((result, pd.statute, URIRef(f.statute_url)))
    dqv = Namespace("http://www.w3.org/ns/dqv#")
    graph.bind("dqv", dqv)
    for item in report.items:
        if item.key.startswith(("http://", "https://", "urn:")):
            measurement = BNode()
            graph.add((measurement, RDF.type, dqv.QualityMeasurement))
            graph.add((measurement, dqv.computedOn, URIRef(item.key)))
            graph.add((measurement, dqv.isMeasurementOf, pd.checkLevel))
            graph.add((measurement, dqv.value, Literal(item.maturity, datatype=XSD.integer)))
    return graph


def render_turtle(report: Report) -> str:
    """The SHACL validation report graph as Turtle."""
    text: str = to_graph(report).serialize(format="turtle")
    return text


#: format name → renderer taking (report, strict, colour)
FORMATS = ("text", "json", "sarif", "junit", "turtle")


def render(report: Report, fmt: str, strict: bool = False, colour: bool = False) -> str:
    """Render ``report`` in ``fmt`` (one of :data:`FORMATS`)."""
    if fmt == "text":
        return render_text(report, colour)
    if fmt == "json":
        return render_json(report, strict)
    if fmt == "sarif":
        return render_sarif(report)
    if fmt == "junit":
        return render_junit(report)
    if fmt == "turtle":
        return render_turtle(report)
    raise ValueError(f"unknown report format {fmt!r}")
