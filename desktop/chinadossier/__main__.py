"""`python -m chinadossier` runs the command line."""

from chinadossier.cli import main

raise SystemExit(main())
