"""Shared fixtures: where the repository, its examples and the shared samples are; hand-built documents."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from paatosdata.model import Document
from tests.sample_documents import agenda, full_minutes, seed_document

REPO_ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = REPO_ROOT / "examples"
SHARED = REPO_ROOT.parent / "shared"
SAMPLES = SHARED / "samples"

# Property tests judge outcomes, not speed: on a busy machine slow example generation and slow examples
# are not failures (the benchmarks measure speed).
settings.register_profile("paatosdata", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("paatosdata")


def shared_path(*parts: str) -> Path:
    """A path under the shared samples, or skip the test when they are not beside the repository."""
    path = SAMPLES.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared samples not available ({'/'.join(parts)} is absent)")
    return path


@pytest.fixture
def seed_doc() -> Document:
    """The seed item (Kuopio, Työllisyysaluelautakunta 07.05.2026 § 28), built by hand."""
    return seed_document()


@pytest.fixture
def full_doc() -> Document:
    """Invented whole minutes that use every field of the model."""
    return full_minutes()


@pytest.fixture
def agenda_doc() -> Document:
    """An invented one-item agenda."""
    return agenda()


@pytest.fixture
def seed_path() -> Path:
    """The seed file in the shared samples (skips when the samples are absent)."""
    return shared_path("seed", "kuopio-tyollisyysaluelautakunta-2026-05-07-28.md")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite tests/golden/ from the current output (also: PAATOSDATA_UPDATE_GOLDEN=1)",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    """True when golden files should be rewritten instead of compared."""
    from_env = os.environ.get("PAATOSDATA_UPDATE_GOLDEN") == "1"
    return bool(request.config.getoption("--update-golden")) or from_env
