"""translation: feed text in other languages (Welsh first); service.eligibility_description.

Feeds carry translations in a ``translations`` extension property on each object (see
directory/translations.py). Existing services are re-read in full by their next import (their
content hashes are cleared here), so translations and eligibility text already in a feed are
stored and indexed for full-text search without waiting for the feed to change.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "translation",
        sa.Column("record_type", sa.String(length=30), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("language", sa.String(length=35), nullable=False),
        sa.Column("field", sa.String(length=50), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("record_type", "record_id", "language", "field"),
    )
    op.create_index("ix_translation_language", "translation", ["language"])
    op.create_index("ix_translation_owner_id", "translation", ["owner_id"])
    op.add_column("service", sa.Column("eligibility_description", sa.Text(), nullable=True))
    # Make the next import of every feed rewrite its services (see the docstring).
    op.execute("UPDATE service SET content_hash = ''")


def downgrade() -> None:
    # Not a batch (copy and rename) on SQLite: dropping the old service table would cascade
    # to its children. SQLite 3.35+ drops a column in place.
    op.drop_column("service", "eligibility_description")
    op.drop_table("translation")
