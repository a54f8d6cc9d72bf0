"""`python -m chinadossier` runs the command line."""

from chinadossier.cli import run

raise SystemExit(run())
