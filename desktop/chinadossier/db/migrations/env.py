"""Alembic environment: runs on the connection and transaction that db.migrate prepared."""

from __future__ import annotations

from alembic import context

from chinadossier.db.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Migrations run through chinadossier.db.migrate, not the alembic CLI.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transaction_per_migration=False,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
