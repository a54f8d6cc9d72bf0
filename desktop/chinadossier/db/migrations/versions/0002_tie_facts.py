"""Ties as facts: MoU term and renewal as rough dates, year ranges, unknown status and type.

Revision ID: 0002_tie_facts
Revises: 0001
Create Date: 2026-12-06

The new columns are marked ``added`` in the models, so records written before this migration
keep the state hash their audit entry holds (db.record_state.stable_row).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_tie_facts"
down_revision = "0001"
branch_labels = None
depends_on = None

_PRECISION = ("day", "month", "year")
_OLD_TYPES = (
    "sister_city", "friendship", "mou", "letter_of_intent", "economic", "knowledge", "other"
)
_NEW_TYPES = (
    "sister_city", "city_partnership", "friendship", "mou", "letter_of_intent", "economic",
    "knowledge", "other", "unknown",
)
_OLD_STATUSES = ("preparation", "active", "dormant", "suspended", "ended")
_NEW_STATUSES = (*_OLD_STATUSES, "unknown")


def _enum(values: tuple[str, ...], name: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=40)


def _flag(name: str) -> sa.Column[bool]:
    return sa.Column(name, sa.Boolean(), nullable=False, server_default=sa.false())


def upgrade() -> None:
    """Apply."""
    with op.batch_alter_table("tie", schema=None) as batch_op:
        batch_op.alter_column(
            "tie_type",
            existing_type=_enum(_OLD_TYPES, "tie_type"),
            type_=_enum(_NEW_TYPES, "tie_type"),
            existing_nullable=False,
        )
        batch_op.alter_column(
            "status",
            existing_type=_enum(_OLD_STATUSES, "tie_status"),
            type_=_enum(_NEW_STATUSES, "tie_status"),
            existing_nullable=False,
        )
        for name in ("starts", "signed", "ends"):
            batch_op.add_column(sa.Column(f"{name}_until", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "term_ends_precision", _enum(_PRECISION, "tie_term_ends_precision"), nullable=True
            )
        )
        batch_op.add_column(_flag("term_ends_uncertain"))
        batch_op.add_column(_flag("term_ends_circa"))
        batch_op.add_column(sa.Column("term_ends_until", sa.Integer(), nullable=True))
        for name in ("term_starts", "renewed"):
            batch_op.add_column(sa.Column(f"{name}_on", sa.Date(), nullable=True))
            batch_op.add_column(
                sa.Column(
                    f"{name}_precision", _enum(_PRECISION, f"tie_{name}_precision"), nullable=True
                )
            )
            batch_op.add_column(_flag(f"{name}_uncertain"))
            batch_op.add_column(_flag(f"{name}_circa"))
            batch_op.add_column(sa.Column(f"{name}_until", sa.Integer(), nullable=True))
    # An end of term stored before this migration was an exact day; its precision stays NULL
    # (read as "day" by db.columns.read_partial), so the record's state hash is unchanged.
    with op.batch_alter_table("position", schema=None) as batch_op:
        batch_op.add_column(sa.Column("starts_until", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("ends_until", sa.Integer(), nullable=True))
    with op.batch_alter_table("source", schema=None) as batch_op:
        batch_op.add_column(sa.Column("published_until", sa.Integer(), nullable=True))
    with op.batch_alter_table("case_file", schema=None) as batch_op:
        batch_op.add_column(sa.Column("council_seats", sa.Integer(), nullable=True))


def downgrade() -> None:
    """Downgrades are not supported: restore the backup taken before the upgrade."""
    raise NotImplementedError("restore the backup taken before the upgrade")
