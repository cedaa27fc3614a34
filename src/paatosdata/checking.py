"""``paatosdata check`` as a library call: read inputs, validate items in batches, build one report.

Minutes and agendas (text, HTML, JSON, Akoma Ntoso) are read into the model and each item is
mapped to its own graph; RDF inputs (``.ttl``, ``.jsonld``, ``.rdf``, ``.nt`` …) are validated as
they are, with findings on their focus nodes. Akoma Ntoso inputs are also checked against the
strict XSD and the paatosdata profile. Batches of about a hundred items go through
:func:`paatosdata.runner.map_ordered`: in this process, to ``jobs`` local worker processes, or to
a Dask cluster (``scheduler``); each process loads the profiles once, and the results come back in
batch order, so the report is the same whichever way it ran.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from paatosdata.errors import InputError, PaatosdataError
from paatosdata.model import Document
from paatosdata.report import Finding, InputProblem, ItemRef, Location, Report, RuleInfo, Severity
from paatosdata.runner import map_ordered

__all__ = ["AKN_RULES", "RDF_SUFFIXES", "CheckOptions", "check_documents", "check_paths", "read_rdf"]

#: file suffix → rdflib parser of the RDF inputs validated as graphs
RDF_SUFFIXES = {
    ".ttl": "turtle",
    ".jsonld": "json-ld",
    ".rdf": "xml",
    ".owl": "xml",
    ".nt": "nt",
    ".nq": "nquads",
    ".trig": "trig",
}

#: rules for Akoma Ntoso inputs (checked by ``paatosdata.akn.profile.validate_akn``)
AKN_RULES = {
    "xsd": RuleInfo(
        rule_id="AKN-001",
        severity=Severity.VIOLATION,
        name="Akoma Ntoso XSD",
        description="The file is valid against the strict OASIS Akoma Ntoso 3.0 schema.",
        messages={
            "fi": "Akoma Ntoso -skeemavirhe: ",
            "sv": "Fel mot Akoma Ntoso-schemat: ",
            "en": "Akoma Ntoso schema error: ",
        },
        maturity=1,
        profile="core",
    ),
    "profile": RuleInfo(
        rule_id="AKN-002",
        severity=Severity.VIOLATION,
        name="paatosdata AKN profile",
        description="References resolve, eIds are unique and well formed, FRBR metadata agrees.",
        messages={
            "fi": "Akoma Ntoso -profiilivirhe: ",
            "sv": "Fel mot Akoma Ntoso-profilen: ",
            "en": "Akoma Ntoso profile error: ",
        },
        maturity=1,
        profile="core",
    ),
}


@dataclass(slots=True)
class CheckOptions:
    """What to check and how: profiles, extra shapes, language, input format, parallelism."""

    profiles: tuple[str, ...] = ("core", "kuntalaki", "practice", "privacy")
    shapes: tuple[Path, ...] = ()
    lang: str = "fi"
    fmt: str | None = None
    jobs: int = 1
    batch_size: int = 100
    akn_output: bool = False  # also build Akoma Ntoso from each document and validate it
    extra: dict[str, Any] = field(default_factory=dict)
    scheduler: str | None = None  # a Dask scheduler address (tcp://host:port): run the batches there
    engine: str = "fast"  # SHACL engine: "fast" (paatosdata.shacl) or "pyshacl" (the reference)


# --- RDF inputs --------------------------------------------------------------------------------


def _remote_context(value: Any) -> bool:
    """True when a JSON-LD document would make a processor fetch something (a context or import)."""
    if isinstance(value, dict):
        for key, inner in value.items():
            if key == "@context" and _context_is_remote(inner):
                return True
            if _remote_context(inner):
                return True
    elif isinstance(value, list):
        return any(_remote_context(v) for v in value)
    return False


def _context_is_remote(context: Any) -> bool:
    if isinstance(context, str):
        return True
    if isinstance(context, list):
        return any(_context_is_remote(c) for c in context)
    if isinstance(context, dict):
        return "@import" in context or _remote_context(context)
    return False


def read_rdf(path: Path, fmt: str | None = None) -> Any:
    """Parse an RDF file into an rdflib graph without fetching anything (contexts, imports)."""
    from rdflib import Graph

    from paatosdata.parse.base import decode, read_bytes

    data = read_bytes(path)
    parser = fmt or RDF_SUFFIXES.get(path.suffix.lower(), "turtle")
    graph = Graph()
    if parser == "json-ld":
        try:
            document = json.loads(decode(data, path))
        except ValueError as exc:
            raise InputError(f"not JSON: {exc}", source=str(path)) from None
        if _remote_context(document):
            raise InputError(
                "the JSON-LD names a remote @context or @import, which is never fetched",
                source=str(path),
                hint="inline the context (paatosdata's is ontology/context.jsonld)",
            )
        try:
            graph.parse(data=json.dumps(document), format="json-ld")
        except Exception as exc:  # rdflib's JSON-LD errors have no common base
            raise InputError(f"cannot read the JSON-LD: {exc}".splitlines()[0], source=str(path)) from None
        return graph
    try:
        graph.parse(data=data, format=parser)
    except Exception as exc:  # rdflib's parsers raise many unrelated exception types
        raise InputError(
            f"cannot read the RDF ({parser}): {exc}".splitlines()[0][:300], source=str(path)
        ) from None
    return graph


# --- worker side -------------------------------------------------------------------------------

#: rule books loaded in this process, by (profiles, shapes files): each worker loads them once
_BOOKS: dict[tuple[tuple[str, ...], tuple[str, ...]], Any] = {}


def _rulebook(profiles: tuple[str, ...], shapes: tuple[str, ...]) -> Any:
    """The rule book of ``profiles`` plus ``shapes``, loaded on first use in this process."""
    key = (profiles, shapes)
    book = _BOOKS.get(key)
    if book is None:
        from paatosdata.validate import load_rulebook

        book = _BOOKS[key] = load_rulebook(profiles, [Path(s) for s in shapes])
    return book


Batch = list[tuple[Document, list[int]]]


Checked = tuple[list[Finding], list[ItemRef], list[InputProblem]]


def _check_batch(
    profiles: tuple[str, ...], shapes: tuple[str, ...], lang: str, batch: Batch, engine: str = "fast"
) -> Checked:
    """Map and validate one batch of items (in-process, in a local worker or on a Dask worker)."""
    from paatosdata.validate import check_units, units_from_document

    units = []
    problems = []
    for doc, indices in batch:
        part = dataclasses.replace(doc, items=[doc.items[i] for i in indices])
        try:
            units.append(units_from_document(part))
        except PaatosdataError as error:
            source = error.source or (doc.source.path if doc.source else "?")
            problems.append(InputProblem(source, error.message))
    findings, items = check_units(_rulebook(profiles, shapes), units, lang, engine)
    return findings, items, problems


def _batches(docs: Iterator[Document], size: int) -> Iterator[Batch]:
    batch: Batch = []
    count = 0
    for doc in docs:
        indices = list(range(len(doc.items)))
        while indices:
            room = size - count
            batch.append((doc, indices[:room]))
            count += len(indices[:room])
            indices = indices[room:]
            if count >= size:
                yield batch
                batch, count = [], 0
    if batch:
        yield batch


# --- the run -----------------------------------------------------------------------------------


def _akn_findings(path: Path, lang: str) -> list[Finding]:
    from paatosdata.akn.profile import validate_akn
    from paatosdata.akn.read import parse_akn
    from paatosdata.parse.base import read_bytes

    tree = parse_akn(read_bytes(path), str(path))
    findings = []
    for problem in validate_akn(tree):
        rule = AKN_RULES["xsd" if problem.kind == "xsd" else "profile"]
        findings.append(
            Finding(
                rule_id=rule.rule_id,
                severity=rule.severity,
                message=rule.message(lang) + problem.message,
                location=Location(str(path), problem.line),
                focus_node=problem.eid,
                rule_name=rule.name,
            )
        )
    return findings


def _akn_output_findings(doc: Document, path: Path, lang: str) -> list[Finding]:
    """Validate the Akoma Ntoso paatosdata would publish for ``doc`` (XSD + profile)."""
    from paatosdata.akn.build import build
    from paatosdata.akn.profile import validate_akn

    findings = []
    for problem in validate_akn(build(doc)):
        rule = AKN_RULES["xsd" if problem.kind == "xsd" else "profile"]
        where = f" (Akoma Ntoso made from this input, line {problem.line})" if problem.line else ""
        findings.append(
            Finding(
                rule_id=rule.rule_id,
                severity=rule.severity,
                message=rule.message(lang) + problem.message + where,
                location=Location(str(path)),
                focus_node=problem.eid,
                rule_name=rule.name,
            )
        )
    return findings


def _is_rdf(path: Path, fmt: str | None) -> bool:
    if fmt is not None:
        return fmt in ("rdf", *RDF_SUFFIXES.values())
    return path.suffix.lower() in RDF_SUFFIXES


def check_paths(paths: Sequence[Path], options: CheckOptions | None = None) -> Report:
    """Check every input under ``paths``; unreadable inputs become problems, the rest is checked."""
    from paatosdata.parse import iter_inputs, read_path
    from paatosdata.validate import check_graph, load_rulebook, new_report

    options = options or CheckOptions()
    _known_engine(options.engine)
    book = load_rulebook(options.profiles, options.shapes)  # fails early on bad shapes
    report: Report = new_report(book, options.lang)
    report.rules.update({rule.rule_id: rule for rule in AKN_RULES.values()})

    def documents() -> Iterator[Document]:
        for path in iter_inputs(list(paths), options.fmt):
            try:
                if _is_rdf(path, options.fmt):
                    rdf_fmt = None if options.fmt in (None, "rdf") else options.fmt
                    graph = read_rdf(path, rdf_fmt)
                    findings, items = check_graph(book, graph, str(path), options.lang, options.engine)
                    report.findings += findings
                    report.items += items
                    continue
                docs = read_path(path, options.fmt)
                if any(doc.source is not None and doc.source.format == "akn" for doc in docs):
                    report.findings += _akn_findings(path, options.lang)
                elif options.akn_output:
                    for doc in docs:
                        report.findings += _akn_output_findings(doc, path, options.lang)
            except PaatosdataError as error:
                report.problems.append(InputProblem(error.source or str(path), _one_line(error)))
                continue
            yield from docs

    _run_batches(report, book, documents(), options)
    _add_gated_akn_maturity(report)
    report.sort()
    return report


def check_documents(documents: Iterable[Document], options: CheckOptions | None = None) -> Report:
    """Check documents already in memory (e.g. from a reader or a generator) the same way."""
    from paatosdata.validate import load_rulebook, new_report

    options = options or CheckOptions()
    _known_engine(options.engine)
    book = load_rulebook(options.profiles, options.shapes)
    report: Report = new_report(book, options.lang)
    _run_batches(report, book, iter(documents), options)
    report.sort()
    return report


def _run_batches(report: Report, book: Any, documents: Iterator[Document], options: CheckOptions) -> None:
    """Validate ``documents`` batch by batch, in-process, on local workers or on a Dask cluster; then
    the rules over the whole run."""
    from paatosdata.numbering import duplicate_number_findings

    shapes = tuple(str(path.absolute()) for path in options.shapes)
    _BOOKS[(tuple(options.profiles), shapes)] = book  # in-process runs reuse the book already loaded
    work = partial(_check_batch, tuple(options.profiles), shapes, options.lang, engine=options.engine)
    batches = _batches(documents, options.batch_size)
    seen: set[tuple[str, str | None, str, str]] = set()  # findings about whole minutes, in every batch
    for findings, items, problems in map_ordered(
        work, batches, jobs=options.jobs, scheduler=options.scheduler
    ):
        for finding in findings:
            if finding.item is None:
                key = (finding.rule_id, finding.focus_node, finding.message, str(finding.location))
                if key in seen:
                    continue
                seen.add(key)
            report.findings.append(finding)
        report.items += items
        report.problems += problems
    report.findings += duplicate_number_findings(book, report.items, options.lang)


def _add_gated_akn_maturity(report: Report) -> None:
    """An AKN input with schema or profile errors is not core complete."""
    broken = {f.location.file for f in report.findings if f.rule_id.startswith("AKN-") and f.location}
    for item in report.items:
        if item.location is not None and item.location.file in broken:
            item.maturity = 0


def _known_engine(engine: str) -> None:
    from paatosdata.shacl.results import ENGINES

    if engine not in ENGINES:
        raise PaatosdataError(f"unknown SHACL engine {engine!r}", hint=f"choose from: {', '.join(ENGINES)}")


def _one_line(error: PaatosdataError) -> str:
    text = error.message
    return f"{text} ({error.hint})" if error.hint else text
