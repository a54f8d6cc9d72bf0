"""Merging duplicate organisations and persons: record.merged_into and the undo snapshots.

Revision ID: 0004_record_merge
Revises: 0003_contact_details
Create Date: 2026-12-06

`record.merged_into` is marked ``added`` in the model, so records written before this
migration keep the state hash their audit entry holds (db.record_state.stable_row).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_record_merge"
down_revision = "0003_contact_details"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply."""
    with op.batch_alter_table("record", schema=None) as batch_op:
        batch_op.add_column(sa.Column("merged_into", sa.Uuid(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_record_merged_into_record"), "record", ["merged_into"], ["id"]
        )
    op.create_table(
        "record_merge",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("kept_id", sa.Uuid(), nullable=False),
        sa.Column("merged_id", sa.Uuid(), nullable=False),
        sa.Column("merged_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("merged_by", sa.String(length=200), nullable=False),
        sa.Column("rows_before", sa.Text(), nullable=False),
        sa.Column("rows_sha256", sa.String(length=64), nullable=False),
        sa.Column("after_versions", sa.Text(), nullable=False),
        sa.Column("undone_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("undone_by", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(["kept_id"], ["record.id"],
                                name=op.f("fk_record_merge_kept_id_record")),
        sa.ForeignKeyConstraint(["merged_id"], ["record.id"],
                                name=op.f("fk_record_merge_merged_id_record")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_merge")),
    )
    with op.batch_alter_table("record_merge", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_record_merge_kept_id"), ["kept_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_record_merge_merged_id"), ["merged_id"], unique=False)


def downgrade() -> None:
    """Revert."""
    op.drop_table("record_merge")
    with op.batch_alter_table("record", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_record_merged_into_record"), type_="foreignkey")
        batch_op.drop_column("merged_into")
