"""Publishing: a static linked-data site with dumps, DCAT-AP catalog, VoID, change feed and coverage.

:func:`paatosdata.publish.site.publish` is the entry point; the modules are small and named for
what they do (``layout`` paths, ``atomic`` swap, ``redact``, ``dumps``, ``dcat``, ``void``, ``feed``,
``landing``, ``coverage``, ``nginx``).
"""

from __future__ import annotations
