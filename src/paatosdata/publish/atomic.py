"""Build a new site beside the old one and swap them, so readers never see a half-written site.

The new site is built in a hidden sibling folder that starts as a hard-link copy of the old site.
Files are never changed in place: a changed file is written under a temporary name and renamed
over its link, so the old site's files keep their bytes. The swap is one ``renameat2`` with
``RENAME_EXCHANGE`` on Linux (both folders exist at every instant); elsewhere two renames, and a
later run puts the old site back if it was interrupted between them.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
from collections.abc import Mapping
from pathlib import Path

from paatosdata.errors import PublishError

__all__ = ["Staging", "commit", "discard", "recover", "stage", "write_if_changed", "write_new"]

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


class Staging:
    """The folder a publish writes into, with a cache of the folders already made."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._made: set[Path] = set()

    def ensure_dir(self, folder: Path) -> None:
        """Create ``folder`` (and parents) once."""
        if folder not in self._made:
            folder.mkdir(parents=True, exist_ok=True)
            self._made.add(folder)


def _sibling(site: Path, label: str) -> Path:
    return site.parent / f".{site.name}.{label}"


def recover(site: Path) -> None:
    """Undo what an interrupted publish left: restore a displaced old site, drop stale builds."""
    old = _sibling(site, "old")
    if old.exists() and not site.exists():
        os.rename(old, site)
    for label in ("old", "staging"):
        leftover = _sibling(site, label)
        if leftover.exists():
            shutil.rmtree(leftover)


def discard(site: Path) -> None:
    """Remove the half-built copy of ``site`` after a failed publish; the site itself is untouched."""
    shutil.rmtree(_sibling(site, "staging"), ignore_errors=True)


def _link_copy(source: Path, target: Path) -> None:
    """Mirror ``source`` into ``target`` with hard links (copies when links are not possible)."""
    target.mkdir()
    for dirpath, dirnames, filenames in os.walk(source):
        rel = os.path.relpath(dirpath, source)
        out = target if rel == "." else target / rel
        for name in dirnames:
            (out / name).mkdir()
        for name in filenames:
            src = os.path.join(dirpath, name)
            try:
                os.link(src, out / name)
            except OSError:
                shutil.copy2(src, out / name)


def stage(site: Path) -> Staging:
    """A fresh staging folder beside ``site``, holding (as links) what the site holds now."""
    site = site.absolute()
    if site.exists() and not site.is_dir():
        raise PublishError("the output exists and is not a folder", source=str(site))
    site.parent.mkdir(parents=True, exist_ok=True)
    recover(site)
    root = _sibling(site, "staging")
    if site.is_dir():
        _link_copy(site, root)
    else:
        root.mkdir()
    return Staging(root)


_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
_PART_FILE = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0)


def write_if_changed(path: str | Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` unless it already holds exactly that; True when written.

    Meant for a staging folder (:func:`stage`): a file that is not there yet is written where it
    goes (a failed publish discards the whole folder); a file that is there (a link to the old
    site's file) is never changed in place but replaced by a new file renamed over it.
    """
    name = os.fspath(path)
    try:
        _write_all(os.open(name, _NEW_FILE, 0o666), data, name)
        return True
    except FileExistsError:
        pass
    try:
        if os.stat(name).st_size == len(data):
            with open(name, "rb") as handle:
                if handle.read() == data:
                    return False
    except FileNotFoundError:
        pass
    part = name + ".part"
    _write_all(os.open(part, _PART_FILE, 0o666), data, part)
    os.replace(part, name)
    return True


def write_new(folder: str, files: Mapping[str, bytes]) -> None:
    """Write each of ``files`` (name → bytes) into ``folder``, a folder made just now in a staging
    folder (so holding none of them, and linked to no old site's file): each is created where it
    goes, without a look at what is there (:func:`write_if_changed` for a folder that held a site).

    A file found there all the same (another process writing the same resource at the same moment)
    is left to :func:`write_if_changed`.
    """
    folder += "/"
    for name, data in files.items():
        path = folder + name
        try:
            fd = os.open(path, _NEW_FILE, 0o666)
        except FileExistsError:
            write_if_changed(path, data)
            continue
        try:
            written = os.write(fd, data)
            if written != len(data):  # a short write (a signal, a very large file)
                _write_rest(fd, data, written)
        except BaseException:
            os.close(fd)
            os.unlink(path)
            raise
        os.close(fd)


def _write_rest(fd: int, data: bytes, start: int) -> None:
    """Write ``data`` from ``start`` on to ``fd``."""
    view = memoryview(data)[start:]
    while view:
        view = view[os.write(fd, view) :]


def _write_all(fd: int, data: bytes, name: str) -> None:
    """Write all of ``data`` to the new file ``fd`` and close it; on failure remove the file."""
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    except BaseException:
        os.close(fd)
        os.unlink(name)
        raise
    os.close(fd)


def _exchange(a: Path, b: Path) -> bool:
    libc_name = ctypes.util.find_library("c")
    if libc_name is None:
        return False
    libc = ctypes.CDLL(libc_name, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return bool(result == 0)


def commit(staging: Staging, site: Path) -> None:
    """Make the staged folder the site: an atomic exchange where the system offers one."""
    site = site.absolute()
    root = staging.root
    if not site.exists():
        os.rename(root, site)
        return
    if _exchange(root, site):
        shutil.rmtree(root)
        return
    old = _sibling(site, "old")
    os.rename(site, old)
    os.rename(root, site)
    shutil.rmtree(old)
