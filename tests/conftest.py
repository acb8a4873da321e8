"""Shared fixtures: a real directory database (SQLite file, and PostgreSQL when available).

``directory`` runs each test on SQLite; tests that take ``any_directory`` also run on
PostgreSQL when ``DIRECTORY_TEST_POSTGRES_URL`` is set (``scripts/test-postgres.sh`` and CI
set it), each in a fresh database dropped afterwards.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from directory.store import Directory
from tests.stack import MODEL, Assistant, run_assistant

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
SHARED_DATA = SHARED / "data"


def needs_shared(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"shared reference data not present at {path}")
    return path


@pytest.fixture
def directory(tmp_path: Path) -> Directory:
    instance = Directory.from_url(f"sqlite:///{tmp_path / 'directory.sqlite3'}")
    instance.setup()
    return instance


@contextmanager
def postgres_database() -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database, dropped afterwards (or skip the test)."""
    server_url = os.environ.get("DIRECTORY_TEST_POSTGRES_URL", "").strip()
    if not server_url:
        pytest.skip("DIRECTORY_TEST_POSTGRES_URL not set (run scripts/test-postgres.sh)")
    name = f"signpost_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(
        make_url(server_url).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT"
    )
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _postgres_directory() -> Iterator[Directory]:
    with postgres_database() as url:
        instance = Directory.from_url(url)
        try:
            instance.setup()
            yield instance
        finally:
            instance.engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_directory(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Directory]:
    if request.param == "sqlite":
        instance = Directory.from_url(f"sqlite:///{tmp_path / 'directory.sqlite3'}")
        instance.setup()
        yield instance
        instance.engine.dispose()
    else:
        yield from _postgres_directory()


@pytest.fixture(scope="session")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    """The trained assistant (Rasa engine + action server + demo directory), once a session.

    Skipped only when no model has been trained (never in CI, where `make test` trains).
    """
    if not MODEL.exists():
        if os.environ.get("CI"):
            pytest.fail("no trained model: make test trains one before running pytest")
        pytest.skip("no trained model (run make train)")
    with run_assistant(tmp_path_factory.mktemp("assistant")) as running:
        yield running


@pytest.fixture(scope="session")
def rasa(assistant: Assistant) -> str:
    return assistant.rasa_url
