"""Alembic environment: runs against the engine passed in by directory.db.migrate()."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from directory.models import Base

config = context.config
engine = config.attributes.get("engine")
if engine is None:  # the alembic command line: take the URL from the settings
    from directory.settings import DirectorySettings

    engine = create_engine(DirectorySettings.from_env().database_url)


def include_object(obj, name, type_, reflected, compare_to):
    """Leave the full-text tables alone: they are created by hand (FTS5 / tsvector)."""
    return not (type_ == "table" and name.startswith("service_fts"))


with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        include_object=include_object,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    context.run_migrations()
