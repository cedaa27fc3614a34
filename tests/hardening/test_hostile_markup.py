"""Hostile XML and HTML: entity bombs, external entities and DTDs, deep nesting, oversized input.

Every markup reader is given every hostile document. Each is refused with a PaatosdataError or
read safely: no entity is expanded, no local file leaks into the model, and it finishes quickly.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from paatosdata.errors import PaatosdataError
from paatosdata.modeljson import to_dict
from paatosdata.parse import read_path
from paatosdata.parse.base import MAX_INPUT_BYTES

SECRET = "top-secret-file-content-7f3a"
AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"

MARKUP_READERS = ["akn", "dynasty", "ahjo-html", "turku", "tweb", "casem-html", None]


def _laughs(root: str) -> str:
    entities = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)
    ]
    return f'<?xml version="1.0"?>\n<!DOCTYPE {root} [{"".join(entities)}]>\n'


def hostile_documents(secret_file: Path) -> dict[str, str]:
    akn_open = f'<akomaNtoso xmlns="{AKN}"><statement name="decision"><preface><p>'
    akn_close = "</p></preface></statement></akomaNtoso>"
    html_open = (
        '<html><head><meta name="Generator" content="Microsoft Word 14 (filtered)"></head>'
        '<body class="bodyKokousasia"><div class="paatos"><p class="Sivuotsikko"><b>Päätös</b> '
    )
    html_close = "</p></div></body></html>"
    return {
        "billion-laughs.xml": _laughs("akomaNtoso") + akn_open + "&lol9;" + akn_close,
        "billion-laughs.htm": _laughs("html") + html_open + "&lol9;" + html_close,
        "xxe-file.xml": (
            f'<?xml version="1.0"?>\n<!DOCTYPE a [<!ENTITY x SYSTEM "file://{secret_file}">]>\n'
            + akn_open
            + "&x;"
            + akn_close
        ),
        "xxe-file.htm": (
            f'<!DOCTYPE html [<!ENTITY x SYSTEM "file://{secret_file}">]>' + html_open + "&x;" + html_close
        ),
        "parameter-entity.xml": (
            f'<?xml version="1.0"?>\n<!DOCTYPE a [<!ENTITY % p SYSTEM "file://{secret_file}"> %p;]>\n'
            + akn_open
            + "x"
            + akn_close
        ),
        "deep-nesting.xml": akn_open + "<i>" * 100_000 + "x" + "</i>" * 100_000 + akn_close,
        "deep-nesting.htm": html_open + "<span>" * 100_000 + "x" + "</span>" * 100_000 + html_close,
        "unclosed-nesting.htm": html_open + "<div>" * 200_000,
        "many-attributes.xml": akn_open.replace(
            "<p>", "<p " + " ".join(f'a{i}="x"' for i in range(20_000)) + ">"
        )
        + akn_close,
    }


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("hostile")
    secret = folder / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    paths = {}
    for name, text in hostile_documents(secret).items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths[name] = path
    return paths


CASES = [
    "billion-laughs.xml",
    "billion-laughs.htm",
    "xxe-file.xml",
    "xxe-file.htm",
    "parameter-entity.xml",
    "deep-nesting.xml",
    "deep-nesting.htm",
    "unclosed-nesting.htm",
    "many-attributes.xml",
]


@pytest.mark.parametrize("fmt", MARKUP_READERS)
@pytest.mark.parametrize("case", CASES)
def test_hostile_markup_is_refused_or_read_safely(
    hostile: dict[str, Path], case: str, fmt: str | None
) -> None:
    started = time.monotonic()
    try:
        documents = read_path(hostile[case], fmt)
    except PaatosdataError as error:
        assert str(error)
        assert SECRET not in str(error)
    else:
        dumped = repr([to_dict(doc) for doc in documents])
        assert SECRET not in dumped
        assert "lollollollollol" not in dumped
    assert time.monotonic() - started < 20


def test_oversized_input_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.xml"
    with big.open("wb") as handle:
        handle.truncate(MAX_INPUT_BYTES + 1)
    with pytest.raises(PaatosdataError, match="refused"):
        read_path(big)
