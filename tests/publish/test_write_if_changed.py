"""write_if_changed: new files are written in place, linked files replaced, never changed in place."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from paatosdata.publish.atomic import write_if_changed


def test_a_new_file_is_written(tmp_path: Path) -> None:
    target = tmp_path / "index.ttl"
    assert write_if_changed(target, b"<a> <b> <c> .\n")
    assert target.read_bytes() == b"<a> <b> <c> .\n"
    assert [p.name for p in tmp_path.iterdir()] == ["index.ttl"]


def test_the_same_bytes_leave_the_file_alone(tmp_path: Path) -> None:
    target = tmp_path / "index.ttl"
    write_if_changed(target, b"same")
    inode = target.stat().st_ino
    assert not write_if_changed(target, b"same")
    assert target.stat().st_ino == inode


@pytest.mark.parametrize("new", [b"other", b"longer than before"])
def test_a_linked_file_is_replaced_and_its_old_link_keeps_its_bytes(tmp_path: Path, new: bytes) -> None:
    old_site = tmp_path / "old.ttl"
    old_site.write_bytes(b"older")
    staged = tmp_path / "staged.ttl"
    os.link(old_site, staged)
    assert write_if_changed(staged, new)
    assert staged.read_bytes() == new
    assert old_site.read_bytes() == b"older"
    assert staged.stat().st_ino != old_site.stat().st_ino
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.ttl", "staged.ttl"]


def test_an_empty_file_is_written(tmp_path: Path) -> None:
    target = tmp_path / "empty"
    assert write_if_changed(target, b"")
    assert target.read_bytes() == b""
    assert not write_if_changed(target, b"")


def test_a_missing_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_if_changed(tmp_path / "missing" / "index.ttl", b"x")
