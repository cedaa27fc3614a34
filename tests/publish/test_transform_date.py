"""An Akoma Ntoso file's transform date changes only with its content, so a later day changes no byte."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from paatosdata.config import Config
from paatosdata.model import Document
from paatosdata.publish import worker
from paatosdata.publish.manifestation import keep_transform_date
from paatosdata.publish.render import DEFAULT_RENDERERS
from paatosdata.publish.site import Options, publish
from paatosdata.publish.worker import Job, process
from tests.publish.helpers import set_akn_today, site_bytes

NOW = datetime(2026, 3, 3, tzinfo=UTC)
TRANSFORM = re.compile(rb'<FRBRdate date="(\d{4}-\d{2}-\d{2})" name="transform"/>')


def _transform_dates(site: Path) -> dict[str, set[bytes]]:
    return {
        path.relative_to(site).as_posix(): set(TRANSFORM.findall(path.read_bytes()))
        for path in site.rglob("index.akn.xml")
    }


def test_a_later_day_changes_no_byte_and_a_change_dates_only_its_files(
    full_doc: Document, seed_doc: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "site"
    set_akn_today(monkeypatch, date(2026, 3, 3))
    publish([full_doc, seed_doc], site, Options(validator=None, now=NOW))
    first = site_bytes(site)
    assert {d for dates in _transform_dates(site).values() for d in dates} == {b"2026-03-03"}

    set_akn_today(monkeypatch, date(2026, 3, 4))
    publish([full_doc, seed_doc], site, Options(validator=None, now=NOW))
    assert site_bytes(site) == first

    seed_doc.items[0].decision = "Toisin päätetty."
    set_akn_today(monkeypatch, date(2026, 3, 5))
    publish([full_doc, seed_doc], site, Options(validator=None, now=NOW))
    dates = _transform_dates(site)
    redated = {name for name, found in dates.items() if found == {b"2026-03-05"}}
    assert redated and all("tyollisyysaluelautakunta" in name for name in redated)
    assert any(found == {b"2026-03-03"} for name, found in dates.items() if "kunnanhallitus" in name)


def test_keep_transform_date_keeps_only_a_date_difference(tmp_path: Path) -> None:
    path = tmp_path / "index.akn.xml"
    old = b'<a><FRBRdate date="2026-01-01" name="transform"/><p>x</p></a>'
    path.write_bytes(old)
    assert keep_transform_date(str(path), old.replace(b"2026-01-01", b"2026-02-02")) == old
    changed = old.replace(b"2026-01-01", b"2026-02-02").replace(b"<p>x", b"<p>y")
    assert keep_transform_date(str(path), changed) == changed
    meeting = old.replace(b'name="transform"', b'name="meeting"').replace(b"2026-01-01", b"2026-02-02")
    assert keep_transform_date(str(path), meeting) == meeting
    assert keep_transform_date(str(tmp_path / "none.xml"), old) == old


def test_a_folder_made_in_this_run_is_not_looked_into(
    full_doc: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    looked: list[str] = []

    def spied(path: str, data: bytes) -> bytes:
        looked.append(path)
        return keep_transform_date(path, data)

    monkeypatch.setattr(worker, "keep_transform_date", spied)
    staging = tmp_path / "staging"
    staging.mkdir()
    base = "https://example.org"
    job = Job(str(staging), base, Config(base=base), date(2026, 3, 3), 37, False, None, DEFAULT_RENDERERS)
    first = process(job, full_doc)
    written = {path: path.read_bytes() for path in staging.rglob("*") if path.is_file()}
    assert looked == [] and written  # every folder was new: nothing published to keep
    second = process(job, full_doc)
    resources = [r.rel for r in [*second.items, *second.meetings] if r.digest]
    assert sorted(looked) == sorted(f"{staging}/{rel}/index.akn.xml" for rel in resources)
    assert {path: path.read_bytes() for path in staging.rglob("*") if path.is_file()} == written
    assert [r.digest for r in second.items] == [r.digest for r in first.items]
