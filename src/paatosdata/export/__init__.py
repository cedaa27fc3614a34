"""Exporters: one module per output format plus one registry line each."""

from __future__ import annotations

import importlib

from paatosdata.errors import ExportError
from paatosdata.export.base import Exporter

__all__ = ["EXPORTERS", "Exporter", "exporter_for"]

#: ``--to`` name → "module:Class"
EXPORTERS: dict[str, str] = {
    "akn": "paatosdata.export.akn:AknExporter",
    "turtle": "paatosdata.export.rdf:TurtleExporter",
    "jsonld": "paatosdata.export.rdf:JsonLdExporter",
    "rdfxml": "paatosdata.export.rdf:RdfXmlExporter",
    "ntriples": "paatosdata.export.rdf:NTriplesExporter",
    "nquads": "paatosdata.export.rdf:NQuadsExporter",
}


def exporter_for(name: str) -> Exporter:
    """The exporter registered as ``name``."""
    target = EXPORTERS.get(name)
    if target is None:
        known = ", ".join(sorted(EXPORTERS))
        raise ExportError(f"unknown output format {name!r}", hint=f"choose one of: {known}")
    module_name, attribute = target.split(":")
    cls = getattr(importlib.import_module(module_name), attribute)
    exporter = cls()
    assert isinstance(exporter, Exporter)
    return exporter
