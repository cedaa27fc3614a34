"""pySHACL, the reference engine: the only module that imports pyshacl.

It validates an rdflib graph against a shapes graph exactly as paatosdata always has
(``inference="none"``, warnings and infos allowed, no meta-SHACL, no imports) and reads each
result back into a :class:`~paatosdata.shacl.results.Result`.
"""

from __future__ import annotations

from rdflib import RDF, Graph
from rdflib.namespace import SH
from rdflib.term import Node

from paatosdata.shacl.results import Result

__all__ = ["pyshacl_results"]


def pyshacl_results(data: Graph, shapes: Graph) -> list[Result]:
    """Every validation result pySHACL reports for ``data`` against ``shapes``."""
    from pyshacl import validate as pyshacl_validate

    _conforms, results, _text = pyshacl_validate(
        data,
        shacl_graph=shapes,
        inference="none",
        inplace=True,
        allow_warnings=True,
        allow_infos=True,
        advanced=False,
        meta_shacl=False,
        do_owl_imports=False,
    )
    out = []
    for result in results.subjects(RDF.type, SH.ValidationResult):

        def one(prop: Node, result: Node = result) -> Node | None:
            found: Node | None = results.value(result, prop)
            return found

        focus, shape, component, severity = (
            one(SH.focusNode),
            one(SH.sourceShape),
            one(SH.sourceConstraintComponent),
            one(SH.resultSeverity),
        )
        assert focus is not None and shape is not None and component is not None and severity is not None
        message = one(SH.resultMessage)
        out.append(
            Result(
                focus,
                one(SH.resultPath),
                one(SH.value),
                shape,
                component,
                severity,
                str(message) if message is not None else None,
            )
        )
    return out
