"""service_point: a (need, grid cell) index for proximity search (see directory/cells.py).

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "service_point",
        sa.Column("need", sa.String(length=40), nullable=False),
        sa.Column("service_at_location_id", sa.String(length=36), nullable=False),
        sa.Column("service_id", sa.String(length=36), nullable=False),
        sa.Column("location_id", sa.String(length=36), nullable=False),
        sa.Column("cell", sa.Integer(), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=False),
        sa.Column("longitude", sa.Float(), nullable=False),
        sa.Column("fit", sa.Float(), nullable=False),
        sa.Column("published", sa.Boolean(), nullable=False),
        sa.Column("assured_date", sa.Date(), nullable=True),
        sa.Column("minimum_age", sa.Float(), nullable=True),
        sa.Column("maximum_age", sa.Float(), nullable=True),
        sa.Column("is_free", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["service_at_location_id"], ["service_at_location.id"], ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["service_id"], ["service.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("need", "service_at_location_id"),
    )
    op.create_index("ix_service_point_location_id", "service_point", ["location_id"])
    op.create_index("ix_service_point_need_cell", "service_point", ["need", "cell"])
    op.create_index("ix_service_point_service_id", "service_point", ["service_id"])


def downgrade() -> None:
    op.drop_table("service_point")
