"""Helpers for the publish tests: documents with planted values and a validator to steer."""

from __future__ import annotations

import gzip
from datetime import date
from pathlib import Path

import pytest

from paatosdata.config import Config
from paatosdata.model import Document, Person
from paatosdata.publish.verdict import Validator, Verdict


def reject_marked(doc: Document, config: Config) -> list[Verdict]:
    """A violation for every item whose title contains ``HYLÄTTY``; level 2 for the rest."""
    return [
        Verdict(["FI-001: planted violation"], 0, 0) if "HYLÄTTY" in item.title else Verdict([], 1, 2)
        for item in doc.items
    ]


def rejecting() -> Validator:
    """Factory named by import path in the tests."""
    return reject_marked


def site_bytes(site: Path) -> dict[str, bytes]:
    """Every file of a site (gzip files also decompressed, under ``name!``)."""
    out: dict[str, bytes] = {}
    for path in sorted(site.rglob("*")):
        if path.is_file():
            rel = path.relative_to(site).as_posix()
            out[rel] = path.read_bytes()
            if path.suffix == ".gz":
                out[rel + "!"] = gzip.decompress(out[rel])
    return out


def private_person(doc: Document) -> str:
    """Mark the first preparer of the first item a private person; returns the name."""
    item = doc.items[0]
    item.preparers = [Person(name="Yksityinen Hakijahenkilö", phone="040 123 4567", private=True)]
    return "Yksityinen Hakijahenkilö"


def set_akn_today(monkeypatch: pytest.MonkeyPatch, day: date) -> None:
    """Make the Akoma Ntoso writer's clock (the transform date of its files) read ``day``."""
    from paatosdata.akn import build

    class _Day(date):
        @classmethod
        def today(cls) -> _Day:
            return cls(day.year, day.month, day.day)

    monkeypatch.setattr(build, "date", _Day)
