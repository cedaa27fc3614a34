"""The paatosdata AKN profile: what the strict XSD cannot check.

* every ``#`` reference (``by``, ``as``, ``refersTo``, ``href``, ``outcome``, ``source``, ``for``,
  ``src``, and the person/vote references of ``pd:`` extras) resolves to an eId or GUID of the file;
* every ``/akn/`` document IRI in ``href``/``src`` (``ref``, ``documentRef``, ``implicitReference``…)
  parses as an AKN IRI (cobalt);
* eIds are unique and follow the ``context__element_num`` grammar;
* every FRBR IRI parses (cobalt) and agrees with ``FRBRcountry``, ``FRBRsubtype``, ``FRBRdate``,
  ``FRBRnumber``, the Work author, ``FRBRlanguage`` and the document type (= root element);
* ``hcontainer/@name`` values come from the profile vocabulary; a statement has a part, and a
  ``decision`` a decision part (``decisionDraft``: a proposal) — a warning when missing.

``check_akn`` returns problems as data; ``validate_akn`` runs the XSD first, then the profile.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from paatosdata.akn import AKN_NS, PD_NS
from paatosdata.akn.schema import parse_frbr_uri, validate
from paatosdata.akn.vocab import ITEM_PART_NAMES, REQUIRED_ITEM_PARTS

__all__ = ["AknProblem", "check_akn", "validate_akn"]

_A = f"{{{AKN_NS}}}"
_REF_ATTRIBUTES = ("by", "as", "refersTo", "href", "outcome", "source", "for", "src")
_PD_REF_ATTRIBUTES = ("person", "proposer", "seconder", "voting", "body")
_EID = re.compile(r"^[A-Za-z][A-Za-z0-9.-]*(_[A-Za-z0-9.-]+)?(__[A-Za-z][A-Za-z0-9.-]*(_[A-Za-z0-9.-]+)?)*$")
_DOCTYPES = ("statement", "debateReport", "documentCollection", "doc", "act", "bill", "judgment", "debate")


@dataclass(frozen=True, slots=True)
class AknProblem:
    """One finding: the element (local name), its eId or line, and what is wrong."""

    element: str
    message: str
    eid: str | None = None
    line: int | None = None
    kind: str = "profile"  # "xsd" or "profile"
    severity: str = "error"  # "error" or "warning"

    def __str__(self) -> str:
        where = f"line {self.line}" if self.line else "?"
        name = f"<{self.element}>" + (f" {self.eid}" if self.eid else "")
        return f"{where}: {name}: {self.message}"


def _root(tree: etree._ElementTree | etree._Element) -> etree._Element:
    return tree.getroot() if isinstance(tree, etree._ElementTree) else tree


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname


def _problem(element: etree._Element, message: str, severity: str = "error") -> AknProblem:
    return AknProblem(_local(element), message, element.get("eId"), element.sourceline, severity=severity)


def _elements(root: etree._Element) -> list[etree._Element]:
    return [el for el in root.iter() if isinstance(el.tag, str)]


def _check_eids(elements: list[etree._Element]) -> tuple[dict[str, etree._Element], list[AknProblem]]:
    seen: dict[str, etree._Element] = {}
    problems: list[AknProblem] = []
    for element in elements:
        for attribute in ("eId", "GUID"):
            value = element.get(attribute)
            if value is None:
                continue
            if value in seen:
                first = seen[value].sourceline
                problems.append(
                    _problem(element, f"duplicate {attribute} {value!r} (first used on line {first})")
                )
                continue
            seen[value] = element
            if attribute == "eId" and not _EID.match(value):
                problems.append(
                    _problem(element, f"eId {value!r} does not follow the context__element_num grammar")
                )
    return seen, problems


def _references(element: etree._Element) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    in_pd = etree.QName(element).namespace == PD_NS
    for name in _PD_REF_ATTRIBUTES if in_pd else _REF_ATTRIBUTES:
        value = element.get(name)
        if value is None:
            continue
        if name == "refersTo":
            pairs.extend((name, token) for token in value.split())
        elif value.startswith("#") or name in ("by", "as", "outcome", "source", "for", "src") or in_pd:
            pairs.append((name, value))
    return pairs


def _is_document_iri(element: etree._Element, value: str) -> bool:
    """An ``/akn/`` IRI naming a document or a part of one (TLC ontology IRIs are not documents)."""
    return (
        value.startswith("/akn/")
        and not value.startswith("/akn/ontology/")
        and not _local(element).startswith("TLC")
    )


def _check_refs(elements: list[etree._Element], ids: dict[str, etree._Element]) -> list[AknProblem]:
    problems: list[AknProblem] = []
    for element in elements:
        for name, value in _references(element):
            if not value.startswith("#"):
                if name != "href" and name != "src":
                    problems.append(_problem(element, f"@{name}={value!r} must be a '#'-reference"))
                continue
            if value[1:] not in ids:
                problems.append(
                    _problem(element, f"@{name}={value!r} does not resolve to any eId in this document")
                )
        for attribute in ("href", "src"):
            iri = element.get(attribute)
            if iri is not None and _is_document_iri(element, iri):
                try:
                    parse_frbr_uri(iri)
                except ValueError:
                    problems.append(
                        _problem(element, f"@{attribute}={iri!r} is not an AKN IRI (it does not parse)")
                    )
    return problems


def _value(
    parent: etree._Element, tag: str, attribute: str = "value"
) -> tuple[etree._Element | None, str | None]:
    element = parent.find(_A + tag)
    return element, (element.get(attribute) if element is not None else None)


def _check_identification(
    ident: etree._Element, doc: etree._Element, index: dict[str, etree._Element]
) -> list[AknProblem]:
    problems: list[AknProblem] = []
    doctype = _local(doc)
    work = ident.find(_A + "FRBRWork")
    expression = ident.find(_A + "FRBRExpression")
    manifestation = ident.find(_A + "FRBRManifestation")
    if work is None or expression is None or manifestation is None:
        return [_problem(ident, "identification needs FRBRWork, FRBRExpression and FRBRManifestation")]
    _, country = _value(work, "FRBRcountry")
    _, subtype = _value(work, "FRBRsubtype")
    _, number = _value(work, "FRBRnumber")
    _, work_date = _value(work, "FRBRdate", "date")
    _, language = _value(expression, "FRBRlanguage", "language")
    author, author_href = _value(work, "FRBRauthor", "href")
    actor_href = None
    if author_href and author_href.startswith("#"):
        target = index.get(author_href[1:])
        actor_href = target.get("href") if target is not None else None
    work_uri = None
    expression_uri = None
    for level, frbr in (("Work", work), ("Expression", expression), ("Manifestation", manifestation)):
        for tag in ("FRBRthis", "FRBRuri"):
            element, iri = _value(frbr, tag)
            if element is None or iri is None:
                continue
            try:
                parts = parse_frbr_uri(iri)
            except ValueError:
                problems.append(_problem(element, f"{level} {tag} {iri!r} is not an AKN IRI"))
                continue
            where = f"{level} {tag} {iri!r}"
            checks = [
                ("country", parts.full_country, country, "FRBRcountry"),
                ("doctype", parts.doctype, doctype, "the document element"),
                ("subtype", parts.subtype, subtype, "FRBRsubtype"),
                ("date", parts.date, work_date, "the Work FRBRdate"),
                ("number", parts.number, number, "FRBRnumber"),
            ]
            for label, got, expected, source in checks:
                if expected is not None and got != expected:
                    problems.append(
                        _problem(element, f"{where}: {label} {got!r} disagrees with {source} {expected!r}")
                    )
            if actor_href is not None and parts.actor and not actor_href.endswith(f".{parts.actor}"):
                problems.append(
                    _problem(
                        element,
                        f"{where}: actor {parts.actor!r} disagrees with the Work author {actor_href!r}",
                    )
                )
            if level == "Work" and parts.language is not None:
                problems.append(_problem(element, f"{where}: a Work IRI carries no language"))
            if level != "Work" and language is not None and parts.language != language:
                problems.append(
                    _problem(
                        element,
                        f"{where}: language {parts.language!r} disagrees with FRBRlanguage {language!r}",
                    )
                )
            if tag == "FRBRthis" and not parts.work_component:
                problems.append(_problem(element, f"{where}: FRBRthis names no component (/!main)"))
            if tag == "FRBRuri":
                if level == "Work":
                    work_uri = iri
                elif level == "Expression":
                    expression_uri = iri
                    if work_uri and not iri.startswith(work_uri + "/"):
                        problems.append(_problem(element, f"{where} is not under the Work IRI {work_uri!r}"))
                elif expression_uri and not iri.startswith(expression_uri + "."):
                    problems.append(
                        _problem(
                            element, f"{where} is not the Expression IRI {expression_uri!r} plus a format"
                        )
                    )
    if author is None:
        problems.append(_problem(work, "the Work has no FRBRauthor"))
    return problems


def _check_parts(doc: etree._Element) -> list[AknProblem]:
    problems: list[AknProblem] = []
    body = doc.find(_A + "mainBody")
    if body is None:
        return problems
    names: list[str] = []
    for container in body.iter(_A + "hcontainer"):
        name = container.get("name", "")
        names.append(name)
        if name not in ITEM_PART_NAMES:
            problems.append(
                _problem(container, f"hcontainer name {name!r} is not in the paatosdata vocabulary")
            )
    if _local(doc) == "statement":
        if not names:
            problems.append(_problem(body, "a statement needs at least one hcontainer part"))
        required = REQUIRED_ITEM_PARTS.get(doc.get("name", ""))
        if required and not required.intersection(names):
            wanted = " or ".join(sorted(required))
            problems.append(
                _problem(body, f"a {doc.get('name')} statement has no {wanted} part", severity="warning")
            )
    if _local(doc) == "debateReport":
        for container in body.findall(_A + "hcontainer"):
            if container.get("name") == "item" and container.find(_A + "componentRef") is None:
                problems.append(
                    _problem(container, "an item of the minutes needs a componentRef to its component")
                )
    return problems


def check_akn(tree: etree._ElementTree | etree._Element) -> list[AknProblem]:
    """The profile problems of an AKN tree (assumed XSD-valid), in document order."""
    root = _root(tree)
    elements = _elements(root)
    ids, problems = _check_eids(elements)
    problems += _check_refs(elements, ids)
    for ident in root.iter(_A + "identification"):
        meta = ident.getparent()
        doc = meta.getparent() if meta is not None else None
        if doc is None or _local(doc) not in _DOCTYPES:
            continue
        problems += _check_identification(ident, doc, ids)
        problems += _check_parts(doc)
    return sorted(problems, key=lambda problem: problem.line or 0)


def validate_akn(tree: etree._ElementTree | etree._Element) -> list[AknProblem]:
    """XSD errors (strict OASIS AKN 3.0) followed by the profile problems."""
    root = _root(tree)
    problems = []
    for error in validate(root):
        line_text, _, message = error.partition(": ")
        line = int(line_text.removeprefix("line ")) if line_text.startswith("line ") else None
        problems.append(AknProblem("xsd", message, None, line, kind="xsd"))
    return problems + check_akn(root)
