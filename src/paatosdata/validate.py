"""Checking items against the SHACL profiles.

Profiles (``shapes/*.ttl``) are loaded once per process into a :class:`RuleBook`. Items are
mapped to their self-contained triples and validated in batches by one of two engines: ``fast``
(:mod:`paatosdata.shacl`, the default; shapes it does not implement go to pySHACL on their own)
or ``pyshacl`` (the reference, ``inference="none"``). Each result — its severity, the rule id of
the shape that gave it, the focus node — is tied to its item and a line of the source. Rules
SHACL-Core cannot express (the check character of a personal identity code, voters counted
against the vote counts) run in Python on the same batch and are reported the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import RDF, RDFS, BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH
from rdflib.term import Node

from paatosdata import hetu
from paatosdata.config import Config
from paatosdata.errors import ShapeLoadError
from paatosdata.minutes_rules import minutes_findings
from paatosdata.model import Document, DocumentKind, Item
from paatosdata.report import Finding, ItemRef, Location, Report, RuleInfo, Severity
from paatosdata.resources import shapes_dir
from paatosdata.shacl.data import DataIndex
from paatosdata.shacl.results import ENGINES, Result

if TYPE_CHECKING:
    from paatosdata.shacl.compile import Plan

__all__ = [
    "BATCH_SIZE",
    "ENGINES",
    "PROFILES",
    "RuleBook",
    "Unit",
    "check_graph",
    "check_units",
    "load_rulebook",
    "maturity_of",
    "shacl_results",
    "units_from_document",
]

PD = Namespace("https://w3id.org/paatosdata/def#")

#: the built-in profiles, in the order they are applied
PROFILES = ("core", "kuntalaki", "practice", "privacy")
#: items per pySHACL call: large enough to spread the per-call cost, small enough to keep memory flat
BATCH_SIZE = 100

_ITEM_CLASSES = (PD.Item, PD.Decision, PD.AgendaItem)
_SEVERITIES: dict[Node, Severity] = {
    SH.Violation: Severity.VIOLATION,
    SH.Warning: Severity.WARNING,
    SH.Info: Severity.INFO,
}
_SIX_DIGITS = re.compile(r"\d{6}")
_NESTING = (SH.property, SH["not"], SH.node, SH.qualifiedValueShape)
_LISTS = (SH["or"], SH["and"], SH.xone)
_VOTE_COUNTS = {
    PD.voteYes: PD.yesCount,
    PD.voteNo: PD.noCount,
    PD.voteBlank: PD.blankCount,
    PD.voteAbsent: PD.absentCount,
}


@dataclass(slots=True)
class RuleBook:
    """The shapes graph of the chosen profiles and the rule behind every shape in it."""

    shapes: Graph
    profiles: tuple[str, ...]
    by_shape: dict[Node, RuleInfo] = field(default_factory=dict)
    python_rules: dict[str, RuleInfo] = field(default_factory=dict)  # local name → rule
    gates: dict[tuple[str, Severity], int] = field(default_factory=dict)  # (rule id, severity) → level
    python_iris: dict[str, str] = field(default_factory=dict)  # local name → the rule's IRI
    top_of: dict[Node, Node] = field(default_factory=dict)  # nested shape → the shape carrying the rule
    _plan: Plan | None = None
    _known: dict[Any, Node] | None = None

    def plan(self) -> Plan:
        """The shapes compiled for the fast engine (compiled on first use, once per process)."""
        if self._plan is None:
            from paatosdata.shacl.compile import compile_shapes

            # shapes without rule information keep pySHACL's own result messages
            self._plan = compile_shapes(self.shapes, known=set(self.by_shape))
        return self._plan

    def known_terms(self) -> dict[Any, Node]:
        """pyoxigraph IRI → the rdflib IRI of the shapes (and of the Python rules) it names."""
        if self._known is None:
            import pyoxigraph as ox

            iris = {term for triple in self.shapes for term in triple if isinstance(term, URIRef)}
            iris |= {RDF.type, RDFS.subClassOf, PD.sourceLocation, PD.VoteEvent, PD.vote, PD.voteOption}
            iris |= {*_ITEM_CLASSES, *_VOTE_COUNTS, *_VOTE_COUNTS.values()}
            known: dict[Any, Node] = {}
            for iri in iris:
                try:
                    known[ox.NamedNode(str(iri))] = iri
                except ValueError:  # not an IRI pyoxigraph accepts: no data term can equal it
                    continue
            self._known = known
        return self._known

    def catalogue(self) -> dict[str, RuleInfo]:
        """One entry per rule id (the most severe shape's) for SARIF and documentation."""
        out: dict[str, RuleInfo] = {}
        for rule in [*self.by_shape.values(), *self.python_rules.values()]:
            known = out.get(rule.rule_id)
            if known is None or rule.severity.rank < known.severity.rank:
                out[rule.rule_id] = rule
        return out

    def python_rule(self, name: str) -> RuleInfo | None:
        """The Python-checked rule ``name`` if its profile was chosen."""
        return self.python_rules.get(name)


def _severity(node: Node | None) -> Severity:
    return _SEVERITIES.get(node, Severity.VIOLATION) if node is not None else Severity.VIOLATION


def _text(graph: Graph, node: Node, prop: URIRef) -> str | None:
    value = graph.value(node, prop)
    return None if value is None else str(value)


def _rule_info(graph: Graph, shape: Node, default_profile: str) -> RuleInfo:
    severity = _severity(graph.value(shape, SH.severity))
    messages: dict[str, str] = {}
    for message in graph.objects(shape, SH.message):
        if isinstance(message, Literal):
            messages.setdefault(message.language or "", str(message))
    descriptions = {
        (d.language or ""): str(d) for d in graph.objects(shape, SH.description) if isinstance(d, Literal)
    }
    gate = graph.value(shape, PD.maturityGate)
    name = _text(graph, shape, SH.name)
    local = re.split(r"[#/]", str(shape))[-1]
    return RuleInfo(
        rule_id=_text(graph, shape, PD.ruleId) or local,
        severity=severity,
        name=name or local,
        description=descriptions.get("en") or descriptions.get("fi") or next(iter(descriptions.values()), ""),
        statute=_text(graph, shape, PD.statuteLabel),
        statute_url=_text(graph, shape, PD.statute),
        messages=messages,
        maturity=int(gate) if isinstance(gate, Literal) else None,
        profile=_text(graph, shape, PD.profile) or default_profile,
    )


def _descendants(graph: Graph, shape: Node) -> Iterator[Node]:
    stack = [shape]
    seen: set[Node] = set()
    while stack:
        node = stack.pop()
        for prop in _NESTING:
            for child in graph.objects(node, prop):
                if child not in seen:
                    seen.add(child)
                    yield child
                    stack.append(child)
        for prop in _LISTS:
            for head in graph.objects(node, prop):
                for child in Collection(graph, head):
                    if child not in seen:
                        seen.add(child)
                        yield child
                        stack.append(child)


def _parse_shapes(path: Path) -> Graph:
    graph = Graph()
    fmt = {".ttl": "turtle", ".nt": "nt", ".rdf": "xml", ".owl": "xml", ".jsonld": "json-ld"}.get(
        path.suffix.lower(), "turtle"
    )
    try:
        graph.parse(path, format=fmt)
    except FileNotFoundError:
        raise ShapeLoadError("no such shapes file", source=str(path)) from None
    except Exception as exc:  # rdflib raises many kinds of parse errors
        raise ShapeLoadError(
            f"cannot read the shapes: {exc}".splitlines()[0], source=str(path), hint="the file must be Turtle"
        ) from None
    return graph


def load_rulebook(profiles: Sequence[str] = PROFILES, extra: Sequence[Path] = ()) -> RuleBook:
    """Parse the chosen built-in profiles plus publisher shapes files into one :class:`RuleBook`."""
    unknown = [p for p in profiles if p not in PROFILES]
    if unknown:
        raise ShapeLoadError(
            f"unknown profile {unknown[0]!r}", hint=f"choose from: {', '.join(PROFILES)} (comma-separated)"
        )
    folder = shapes_dir()
    shapes = _parse_shapes(folder / "vocabulary.ttl")
    sources: list[tuple[str, Graph]] = [(p, _parse_shapes(folder / f"{p}.ttl")) for p in profiles]
    sources += [(path.stem, _parse_shapes(path)) for path in extra]
    book = RuleBook(shapes=shapes, profiles=tuple(profiles))
    for profile, graph in sources:
        shapes += graph
        for shape in (
            set(graph.subjects(PD.ruleId, None))
            | set(graph.subjects(RDF.type, SH.NodeShape))
            | set(graph.subjects(RDF.type, SH.PropertyShape))
        ):
            if isinstance(shape, BNode) and (None, None, shape) in graph:
                continue  # nested: reported under its parent's rule
            rule = _rule_info(graph, shape, profile)
            if (shape, RDF.type, PD.CheckRule) in graph:
                book.python_rules[re.split(r"[#/]", str(shape))[-1]] = rule
                book.python_iris[re.split(r"[#/]", str(shape))[-1]] = str(shape)
                if rule.maturity is not None:
                    book.gates[(rule.rule_id, rule.severity)] = rule.maturity
                continue
            book.by_shape[shape] = rule
            if rule.maturity is not None:
                book.gates[(rule.rule_id, rule.severity)] = rule.maturity
            for child in _descendants(graph, shape):
                book.by_shape.setdefault(child, rule)
                book.top_of.setdefault(child, shape)
    return book


# --- units of work -----------------------------------------------------------------------------


@dataclass(slots=True)
class Unit:
    """Items to check together with the triples that describe them (one document's items of a batch).

    ``triples`` are rdflib triples, an rdflib graph, or pyoxigraph triples or quads.
    """

    triples: Iterable[Any]
    refs: list[ItemRef]


def _item_ref(doc: Document, item: Item, key: str) -> ItemRef:
    span = item.span
    file = span.file if span else (doc.source.path if doc.source else None)
    meeting = doc.meeting
    return ItemRef(
        key=key,
        body=meeting.body.name if meeting.body else None,
        date=meeting.date.strftime("%d.%m.%Y") if meeting.date else meeting.date_raw,
        number=item.number,
        title=item.title,
        location=Location(file, span.line if span else None) if file else None,
        series=_series(doc) if doc.kind is DocumentKind.MINUTES else None,
    )


def _series(doc: Document) -> str:
    """The body whose § numbers the item's belong to, as ``municipality/body``."""
    meeting = doc.meeting
    town = meeting.municipality
    place = (town.slug or town.name.casefold()) if town is not None else ""
    return f"{place}/{meeting.body.slug or meeting.body.name.casefold()}"


def units_from_document(doc: Document, config: Config | None = None) -> Unit:
    """Map the items of ``doc`` to one graph (unredacted: the check sees what the source holds).

    The graph is the union of the items' self-contained graphs plus the document's own parts
    (signatures, minutes-level appeal instructions), as the terms of pyoxigraph triples. Inside a
    :func:`paatosdata.mapping.shared_parts` block the item graphs are the ones kept there (a
    publish renders its items from them afterwards); outside one the document is mapped at once.
    """
    from paatosdata.mapping import document_ox_terms, item_iri  # type: ignore[import-untyped,unused-ignore]

    config = config or Config()
    refs = [_item_ref(doc, item, str(item_iri(doc, item, config))) for item in doc.items]
    # a triple mapped twice (a person named in two places) is converted and indexed once
    return Unit(list(dict.fromkeys(document_ox_terms(doc, config, redact=False))), refs)


Checked = tuple[list[Finding], list[ItemRef]]

# --- running the checks ------------------------------------------------------------------------


def _path_text(graph: Graph, path: Node | None) -> str | None:
    if path is None:
        return None
    if isinstance(path, URIRef):
        return str(path)
    if (path, RDF.first, None) in graph:
        return " / ".join(filter(None, (_path_text(graph, p) for p in Collection(graph, path))))
    inverse = graph.value(path, SH.inversePath)
    if inverse is not None:
        return f"^{_path_text(graph, inverse)}"
    alternatives = graph.value(path, SH.alternativePath)
    if alternatives is not None:
        return " | ".join(filter(None, (_path_text(graph, p) for p in Collection(graph, alternatives))))
    return None


def _node_text(node: Node | None) -> str | None:
    if node is None:
        return None
    if isinstance(node, BNode):
        return f"_:{node}"
    return str(node)


def _rdflib_triples(triples: Iterable[Any], terms: dict[Any, Node]) -> Iterable[tuple[Node, Node, Node]]:
    """``triples`` as rdflib triples, whatever they came as (rdflib or pyoxigraph, tuples or triples).

    pyoxigraph terms are converted through ``terms`` (:func:`paatosdata.shacl.data.term_cache`).
    """
    if isinstance(triples, Graph):
        return triples.triples((None, None, None))
    if isinstance(triples, (set, frozenset, list, tuple)) and not triples:
        return ()
    iterator = iter(triples)
    first = next(iterator, None)
    if first is None:
        return ()
    from itertools import chain

    if isinstance(first, tuple) and isinstance(first[0], Node):
        return chain([first], iterator)
    from paatosdata.shacl.data import from_oxigraph

    return from_oxigraph(chain([first], iterator), terms)


class _Batch:
    """The indexed triples of a batch plus the way back from any node to its item and source line."""

    def __init__(
        self,
        units: Sequence[Unit],
        reverse: frozenset[Node] | None = None,
        known: dict[Any, Node] | None = None,
    ) -> None:
        from paatosdata.shacl.data import term_cache

        self.data = DataIndex(reverse=reverse)
        # shared by the units: a batch's documents share bodies, persons, vocabulary
        terms = term_cache(known)
        for unit in units:
            self.data.add_all(_rdflib_triples(unit.triples, terms))
        self.refs: dict[str, ItemRef] = {ref.key: ref for unit in units for ref in unit.refs}
        self._owner: dict[Node, ItemRef | None] = {}

    def item_of(self, node: Node | None) -> ItemRef | None:
        """The item ``node`` belongs to: by IRI (``item`` or ``item#part``), else the nearest one above."""
        if node is None:
            return None
        if node in self._owner:
            return self._owner[node]
        found = self.refs.get(str(node).split("#", 1)[0]) if isinstance(node, URIRef) else None
        if found is None:
            seen = {node}
            frontier = [node]
            for _depth in range(6):
                parents = [p for n in frontier for p in self.data.parents(n) if p not in seen]
                bases = (str(p).split("#", 1)[0] for p in parents)
                hits = [self.refs[base] for base in bases if base in self.refs]
                if hits:
                    found = min(hits, key=lambda ref: ref.key)
                    break
                seen.update(parents)
                frontier = parents
                if not frontier:
                    break
        self._owner[node] = found
        return found

    def location(self, ref: ItemRef | None, node: Node | None) -> Location | None:
        """The line of ``node`` (its pd:sourceLocation) in the item's file, else the item's own line."""
        if ref is None:
            return None
        item_loc = ref.location
        if item_loc is not None and node is not None and str(node) != ref.key:
            where = self.data.value(node, PD.sourceLocation)
            match = re.search(r":(\d+)$", str(where)) if where is not None else None
            if match:
                return Location(item_loc.file, int(match.group(1)))
        return item_loc


def _finding(book: RuleBook, rule: RuleInfo, lang: str, **fields: Any) -> Finding:
    extra = fields.pop("detail", "")
    return Finding(
        rule_id=rule.rule_id,
        severity=fields.pop("severity", rule.severity),
        message=rule.message(lang) + extra,
        statute=rule.statute,
        statute_url=rule.statute_url,
        rule_name=rule.name,
        **fields,
    )


def shacl_results(book: RuleBook, data: DataIndex, engine: str = "fast") -> list[Result]:
    """The SHACL results for ``data``: the fast engine plus pySHACL for the shapes it leaves, or pySHACL."""
    from paatosdata.shacl.reference import pyshacl_results

    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}")
    if engine == "pyshacl":
        return pyshacl_results(data.graph(), book.shapes)
    from paatosdata.shacl.evaluate import evaluate

    plan = book.plan()
    results = evaluate(plan, data)
    if plan.residual is not None:
        results += pyshacl_results(data.graph(), plan.residual)
    return results


def _shacl_findings(book: RuleBook, batch: _Batch, lang: str, engine: str) -> list[Finding]:
    findings = []
    for result in shacl_results(book, batch.data, engine):
        focus = result.focus
        if _is_stub(batch.data, focus):
            continue
        shape = book.top_of.get(result.shape, result.shape)
        severity = _severity(result.severity)
        rule = book.by_shape.get(shape)
        if rule is None:
            rule = RuleInfo(rule_id=_node_text(shape) or "SHACL", severity=severity, name="SHACL")
            rule = RuleInfo(rule.rule_id, severity, rule.name, messages={"": result.message or rule.rule_id})
        ref = batch.item_of(focus)
        value = result.value
        findings.append(
            _finding(
                book,
                rule,
                lang,
                severity=severity,
                item=ref,
                location=batch.location(ref, focus),
                focus_node=_node_text(focus),
                path=_path_text(book.shapes, result.path),
                shape=_node_text(shape),
                value=hetu.mask(str(value)) if value is not None else None,
            )
        )
    return findings


def _is_stub(data: DataIndex, node: Node | None) -> bool:
    """A cited item known only by its IRI and type (e.g. an earlier decision): not ours to check."""
    if node is None:
        return False
    types = data.objects(node, RDF.type)
    if not any(cls in types for cls in _ITEM_CLASSES):
        return False
    return all(p == RDF.type for p in data.predicates(node))


def _hetu_findings(book: RuleBook, batch: _Batch, lang: str) -> list[Finding]:
    rule = book.python_rule("PersonalIdentityCodeRule")
    if rule is None:
        return []
    findings = []
    for s, p, o in batch.data:
        if (
            isinstance(o, Literal)
            and _SIX_DIGITS.search(o)  # cheap: every identity code starts with six digits
            and isinstance(o.value, str)
            and hetu.find_hetus(str(o))
        ):
            ref = batch.item_of(s)
            findings.append(
                _finding(
                    book,
                    rule,
                    lang,
                    item=ref,
                    location=batch.location(ref, s),
                    focus_node=_node_text(s),
                    path=str(p),
                    shape=book.python_iris["PersonalIdentityCodeRule"],
                    value=_masked_context(str(o)),
                )
            )
    return findings


def _masked_context(text: str, width: int = 40) -> str:
    """The text around the first identity code, masked: enough to find it, nothing to leak."""
    first = hetu.find_hetus(text)[0]
    start, end = max(0, first.start - width), min(len(text), first.end + width)
    return ("…" if start else "") + hetu.mask(text[start:end]) + ("…" if end < len(text) else "")


def _vote_findings(book: RuleBook, batch: _Batch, lang: str) -> list[Finding]:
    if book.python_rule("VoteTallyRule") is None:
        return []
    data = batch.data
    findings = []
    for event in set(data.subjects(RDF.type, PD.VoteEvent)):
        votes = list(data.objects(event, PD.vote))
        if not votes:
            continue
        listed: dict[Node, int] = dict.fromkeys(_VOTE_COUNTS, 0)
        for vote in votes:
            option = data.value(vote, PD.voteOption)
            if option in listed:
                listed[option] += 1
        wrong = []
        for option, count_prop in _VOTE_COUNTS.items():
            count = data.value(event, count_prop)
            if isinstance(count, Literal) and isinstance(count.value, int) and count.value != listed[option]:
                wrong.append(f"{count_prop.split('#')[-1]} {count.value} ≠ {listed[option]}")
        if wrong:
            findings.append(
                _node_finding(book, "VoteTallyRule", lang, batch, event, PD.vote, f" ({', '.join(wrong)})")
            )
    return findings


def _node_finding(
    book: RuleBook, name: str, lang: str, batch: _Batch, node: Node, path: Node, detail: str
) -> Finding:
    """A finding of the Python rule ``name`` on ``node``, placed at its item's line in the source."""
    rule = book.python_rules[name]
    ref = batch.item_of(node)
    return _finding(
        book,
        rule,
        lang,
        detail=detail,
        item=ref,
        location=batch.location(ref, node),
        focus_node=_node_text(node),
        path=str(path),
        shape=book.python_iris[name],
    )


def _disqualified_voter_findings(book: RuleBook, batch: _Batch, lang: str) -> list[Finding]:
    """FI-020: a person found disqualified in an item is among those who voted on it.

    A vote of "absent" (the person had left the room) is not taking part. Persons are compared by
    their nodes, which the mapping mints from the name as printed.
    """
    if book.python_rule("DisqualifiedVoterRule") is None:
        return []
    data = batch.data
    findings = []
    for dq in sorted(set(data.subjects(RDF.type, PD.Disqualification)), key=str):
        person = data.value(dq, PD.person)
        if person is None:
            continue
        for handling in data.subjects(PD.disqualification, dq):
            for event in data.objects(handling, PD.voteEvent):
                for vote in data.objects(event, PD.vote):
                    absent = data.value(vote, PD.voteOption) == PD.voteAbsent
                    if absent or data.value(vote, PD.voter) != person:
                        continue
                    detail = _person_detail(data, person)
                    findings.append(
                        _node_finding(book, "DisqualifiedVoterRule", lang, batch, vote, PD.voter, detail)
                    )
    return findings


def _person_detail(data: DataIndex, person: Node) -> str:
    """`` (Name)`` of ``person`` for a finding's message, or nothing when the name is unknown."""
    name = data.value(person, PD.name)
    return f" ({name})" if name is not None else ""


def _document_files(batch: _Batch) -> dict[Node, str]:
    """The source file of each document node, from its items."""
    files: dict[Node, str] = {}
    for key, ref in sorted(batch.refs.items()):
        if ref.location is not None:
            for doc in batch.data.objects(URIRef(key), PD.document):
                files.setdefault(doc, ref.location.file)
    return files


def _dissenter_findings(book: RuleBook, batch: _Batch, lang: str) -> list[Finding]:
    """FI-023: a person who records a dissent did not take part in the decision.

    Not taking part: found disqualified in the same item, recorded as absent from its vote, or listed
    as absent from the meeting. Someone merely not listed (a presenter, a deputy) is not reported.
    Persons are compared by their nodes, which the mapping mints from the name as printed.
    """
    if book.python_rule("DissenterTookPartRule") is None:
        return []
    data = batch.data
    findings = []
    for dissent in sorted(set(data.subjects(RDF.type, PD.Dissent)), key=str):
        person = data.value(dissent, PD.person)
        if person is None:
            continue
        if any(_took_no_part(data, item, person) for item in data.subjects(PD.dissent, dissent)):
            detail = _person_detail(data, person)
            findings.append(
                _node_finding(book, "DissenterTookPartRule", lang, batch, dissent, PD.person, detail)
            )
    return findings


def _took_no_part(data: DataIndex, item: Node, person: Node) -> bool:
    """True when ``item``'s record shows ``person`` out of its decision (see :func:`_dissenter_findings`)."""
    for handling in data.objects(item, PD.handling):
        if any(data.value(dq, PD.person) == person for dq in data.objects(handling, PD.disqualification)):
            return True
        for event in data.objects(handling, PD.voteEvent):
            for vote in data.objects(event, PD.vote):
                if data.value(vote, PD.voter) == person and data.value(vote, PD.voteOption) == PD.voteAbsent:
                    return True
    for meeting in data.objects(item, PD.meeting):
        for part in data.objects(meeting, PD.participation):
            present = data.value(part, PD.present)
            if data.value(part, PD.participant) == person and isinstance(present, Literal):
                if present.value is False:
                    return True
    return False


def rule_finding(book: RuleBook, name: str, lang: str, ref: ItemRef, path: Node, detail: str) -> Finding:
    """A finding of the Python rule ``name`` on the item ``ref`` (for rules over a whole run)."""
    return _finding(
        book,
        book.python_rules[name],
        lang,
        detail=detail,
        item=ref,
        location=ref.location,
        focus_node=ref.key,
        path=str(path),
        shape=book.python_iris[name],
    )


def loose_finding(
    book: RuleBook, name: str, lang: str, node: Node, path: Node, location: Location | None, detail: str
) -> Finding:
    """A finding of the Python rule ``name`` about ``node``, which is no item (e.g. the minutes)."""
    return _finding(
        book,
        book.python_rules[name],
        lang,
        detail=detail,
        location=location,
        focus_node=_node_text(node),
        path=str(path),
        shape=book.python_iris[name],
    )


def maturity_of(findings: Iterable[Finding], book: RuleBook) -> int:
    """0 parsed, 1 core complete, 2 legally complete, 3 linked: the level no finding blocks.

    A rule gating level 1 or 2 blocks it with a violation; a rule gating level 3 with any finding.
    """
    level = 3
    for finding in findings:
        gate = book.gates.get((finding.rule_id, finding.severity))
        if gate is None:
            continue
        if gate == 3 or finding.severity is Severity.VIOLATION:
            level = min(level, gate - 1)
    return level


def _run(book: RuleBook, batch: _Batch, lang: str, engine: str) -> list[Finding]:
    findings = _shacl_findings(book, batch, lang, engine)
    if "privacy" in book.profiles:
        findings += _hetu_findings(book, batch, lang)
    if "kuntalaki" in book.profiles:
        findings += _vote_findings(book, batch, lang)
        findings += _disqualified_voter_findings(book, batch, lang)
    if "practice" in book.profiles:
        findings += _dissenter_findings(book, batch, lang)
        findings += minutes_findings(book, batch.data, _document_files(batch), lang)
    for ref in batch.refs.values():
        ref.maturity = maturity_of((f for f in findings if f.item is ref), book)
    return findings


def check_units(book: RuleBook, units: Sequence[Unit], lang: str = "fi", engine: str = "fast") -> Checked:
    """Validate one batch with ``engine``; returns the findings and the items with their maturity."""
    batch = _Batch(units, book.plan().reverse_predicates() if engine == "fast" else None, book.known_terms())
    return _run(book, batch, lang, engine), [ref for unit in units for ref in unit.refs]


def check_graph(book: RuleBook, graph: Graph, file: str, lang: str = "fi", engine: str = "fast") -> Checked:
    """Validate an RDF input as it is: items are its nodes typed pd:Item, pd:Decision or pd:AgendaItem.

    Findings on nodes that belong to no item point at the file.
    """
    from paatosdata.numbering import duplicate_number_findings

    typed = {s for cls in _ITEM_CLASSES for s in graph.subjects(RDF.type, cls)}
    refs = []
    batch = _Batch([Unit(graph, [])])
    for node in sorted((s for s in typed if not _is_stub(batch.data, s)), key=str):
        date_value = graph.value(node, PD.meetingDate)
        body = graph.value(node, PD.decidedBy)
        refs.append(
            ItemRef(
                key=str(node),
                body=_text(graph, body, PD.name) if body is not None else None,
                date=str(date_value) if date_value is not None else None,
                number=_text(graph, node, PD.sectionNumber),
                title=_text(graph, node, PD.title),
                location=Location(file),
                series=str(body) if body is not None and (node, RDF.type, PD.Decision) in graph else None,
            )
        )
    batch.refs = {ref.key: ref for ref in refs}
    findings = _run(book, batch, lang, engine)
    findings += duplicate_number_findings(book, refs, lang)
    for finding in findings:
        if finding.location is None:
            finding.location = Location(file)
    return findings, refs


def new_report(book: RuleBook, lang: str) -> Report:
    """An empty report that knows the rule catalogue."""
    return Report(rules=book.catalogue(), lang=lang)
