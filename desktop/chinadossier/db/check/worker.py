"""The second process of a check: pages, links, audit chain, search index and invariants of one
file, as JSON lines.

Run as ``python -m chinadossier.db.check.worker PATH [--full]`` by db.check.runner. A
plain child process (no multiprocessing): it is waited for, and nothing of it (no resource
tracker) outlives the check.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    """Print one JSON object per check item."""
    from chinadossier.db.check.runner import worker_items

    path, full = Path(argv[0]), "--full" in argv[1:]
    for item in worker_items(path, full):
        print(json.dumps([item.name, item.ok, item.message, item.count], ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
