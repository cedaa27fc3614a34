"""Shared fixtures: where the repository, its examples and the shared samples are."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = REPO_ROOT / "examples"
SHARED = REPO_ROOT.parent / "shared"
SAMPLES = SHARED / "samples"


def shared_path(*parts: str) -> Path:
    """A path under the shared samples, or skip the test when they are not beside the repository."""
    path = SAMPLES.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared samples not available ({'/'.join(parts)} is absent)")
    return path
