"""A fast SHACL-Core engine for the constraints paatosdata's profiles use, with pySHACL as reference.

:mod:`~paatosdata.shacl.compile` turns a shapes graph into a :class:`~paatosdata.shacl.compile.Plan`:
the shapes whose every feature the fast engine implements (targets, property paths with sequences,
alternatives and inverses, cardinality, datatype, node kind, ranges, ``sh:in``, ``sh:hasValue``,
``sh:or``, ``sh:pattern``, string lengths, nested ``sh:property``) are evaluated directly over an
indexed batch of triples (:mod:`~paatosdata.shacl.data`, :mod:`~paatosdata.shacl.evaluate`); any other
shape stays with pySHACL (:mod:`~paatosdata.shacl.reference`), which also runs the whole shapes graph
when asked for the reference engine. Both produce the same :class:`~paatosdata.shacl.results.Result`
records.
"""

from __future__ import annotations

from paatosdata.shacl.results import ENGINES, Result

__all__ = ["ENGINES", "Result"]
