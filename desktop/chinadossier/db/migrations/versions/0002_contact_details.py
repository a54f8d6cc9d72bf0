"""Contact details for persons and organisations: e-mail addresses, telephone numbers, addresses.

Each is a JSON array of strings in a nullable text column (see domain.contact); existing records
get none. Runs through the normal upgrade path, which takes a verified backup first.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_TABLES = ("organisation", "person")
_COLUMNS = ("emails", "phones", "postal_addresses")


def upgrade() -> None:
    """Apply."""
    for table in _TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in _COLUMNS:
                batch_op.add_column(sa.Column(column, sa.Text(), nullable=True))


def downgrade() -> None:
    """Revert."""
    for table in _TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in reversed(_COLUMNS):
                batch_op.drop_column(column)
