"""Storage: SQLAlchemy models, engine, unit of work, repositories, migrations, backup, checks."""
