"""Damaged documents: cut, doubled, shuffled or misprinted text never crashes or stalls a reader.

Each mutation takes one of our own fixtures or examples (text, HTML, PDF, XML, RDF, JSON) and damages
its bytes in one to six places: a number replaced by an odd one (``25:99``, ``31.13.2025``, ``0``), a
piece cut out or written twice, a line repeated elsewhere, the file cut short, a stray ``§`` or NUL.
The result is read, mapped to RDF and built as Akoma Ntoso. Only a PaatosdataError may come out, a
read may not take more than a few seconds (a scan that never moves on is a hang, not slowness), and
what is read holds only the types the model declares. The run is seeded, so a failure names a
mutation that can be replayed.
"""

from __future__ import annotations

import os
import random
from pathlib import Path

from paatosdata import mapping
from paatosdata.akn import build
from paatosdata.errors import PaatosdataError
from paatosdata.parse import read_path
from tests.deadline import within
from tests.hardening.model_types import wrong_types

ROOT = Path(__file__).resolve().parent.parent.parent
SUFFIXES = {".txt", ".md", ".htm", ".html", ".json", ".xml", ".akn", ".ttl", ".jsonld", ".rdf", ".nt", ".pdf"}
MUTATIONS = int(os.environ.get("PAATOSDATA_FUZZ_EXAMPLES", "400"))  # more for a longer run
SECONDS = 10  # per read; a read of these small files takes milliseconds
ODD = ["0", "00", "99", "25:99", "18.75", "31.13.2025", "2/0", "9999999999", "-1", "§", "§§", " ", "\n"]
ODD += ["\x00", "ä", "<", "&", "|"]


def _sources() -> list[Path]:
    found = [*(ROOT / "tests" / "fixtures").rglob("*"), *(ROOT / "examples").rglob("*")]
    return sorted(
        path
        for path in found
        if path.is_file() and path.suffix.lower() in SUFFIXES and not path.name.endswith(".txt.json")
    )


def _mutate(data: bytes, rng: random.Random) -> tuple[bytes, list[str]]:
    out = bytearray(data)
    done: list[str] = []
    for _ in range(rng.randint(1, 6)):
        at = rng.randrange(len(out) + 1)
        roll = rng.random()
        if roll < 0.3:  # a number (or the place where one could stand) misprinted
            end = at
            while end < len(out) and chr(out[end]).isdigit():
                end += 1
            odd = rng.choice(ODD)
            out[at:end] = odd.encode()
            done.append(f"{at}:{end}={odd!r}")
        elif roll < 0.45:
            size = rng.randint(1, 200)
            del out[at : at + size]
            done.append(f"cut {at}+{size}")
        elif roll < 0.6:
            size = rng.randint(1, 300)
            out[at:at] = out[max(0, at - size) : at]
            done.append(f"doubled {at}-{size}")
        elif roll < 0.7:
            del out[at:]
            done.append(f"ends at {at}")
        elif roll < 0.85:
            lines = bytes(out).split(b"\n")
            line = rng.randrange(len(lines))
            to = rng.randrange(len(lines) + 1)
            lines.insert(to, lines[line])
            out = bytearray(b"\n".join(lines))
            done.append(f"line {line} again at {to}")
        else:
            odd = rng.choice(ODD)
            out[at:at] = odd.encode()
            done.append(f"{at}+={odd!r}")
    return bytes(out), done


def test_damaged_documents_give_only_paatosdata_errors(tmp_path: Path) -> None:
    sources = [(path, path.read_bytes()) for path in _sources()]
    assert len(sources) >= 50
    rng = random.Random(int(os.environ.get("PAATOSDATA_FUZZ_SEED", "20261130")))
    failures: list[str] = []
    read = 0
    for number in range(MUTATIONS):
        source, original = rng.choice(sources)
        if not original:
            continue
        damaged, done = _mutate(original, rng)
        folder = tmp_path / str(number)
        folder.mkdir()
        path = folder / source.name  # the name may carry facts (a Dynasty file's body and date)
        path.write_bytes(damaged)
        try:
            with within(SECONDS):
                documents = read_path(path)
                read += 1
                failures += [f"{source.name} {done}: {w}" for d in documents for w in wrong_types(d)]
                for document in documents:
                    mapping.document_ox_triples(document)
                    build.build_document_bytes(document)
        except PaatosdataError:
            continue
        except Exception as exc:  # noqa: BLE001 — the property: nothing else comes out
            failures.append(f"{source.name} {done}: {type(exc).__name__}: {exc}")
    assert failures == [], "\n".join(failures[:20])
    assert read > MUTATIONS // 3  # most damage leaves something to read
