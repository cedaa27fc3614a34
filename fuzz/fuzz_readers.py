"""Coverage-guided fuzz target for every reader (run with atheris; see README "Fuzzing").

    pip install atheris
    python fuzz/fuzz_readers.py -max_total_time=600 fuzz/corpus/

Any exception other than a PaatosdataError is a bug: atheris stops and saves the input.
The first input byte picks a reader (or content sniffing), the rest is the file.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    import importlib

    from paatosdata.errors import PaatosdataError
    from paatosdata.parse import READERS, reader_for

    # readers are loaded lazily; import them here so that atheris instruments their code
    for _target in READERS.values():
        importlib.import_module(_target.split(":")[0])

_NAMES = [None, *sorted(READERS)]
_TMP = Path(tempfile.mkdtemp(prefix="paatosdata-fuzz-"))


def test_one_input(data: bytes) -> None:
    """Read ``data`` with one reader; only PaatosdataError may escape."""
    if not data:
        return
    fmt = _NAMES[data[0] % len(_NAMES)]
    body = data[1:]
    path = _TMP / "input"
    try:
        reader = reader_for(path, body, fmt)
        reader.read(body, path)
    except PaatosdataError:
        pass


def main() -> None:
    """atheris entry point."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
