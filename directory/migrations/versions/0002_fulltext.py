"""Full-text index of services: SQLite FTS5, or a tsvector with a GIN index on PostgreSQL.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # Porter stemming so "debts" finds "debt"; diacritics folded for Welsh.
        op.execute(
            "CREATE VIRTUAL TABLE service_fts USING fts5("
            "service_id UNINDEXED, name, description, organization, categories, "
            "tokenize = 'porter unicode61 remove_diacritics 2')"
        )
    else:
        op.execute(
            "CREATE TABLE service_fts ("
            "service_id VARCHAR(36) PRIMARY KEY REFERENCES service(id) ON DELETE CASCADE, "
            "document TSVECTOR NOT NULL)"
        )
        op.execute("CREATE INDEX ix_service_fts_document ON service_fts USING GIN (document)")


def downgrade() -> None:
    op.execute("DROP TABLE service_fts")
