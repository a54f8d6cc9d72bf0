"""`chinadossier search`: the quick read path (plain sqlite3, no SQLAlchemy) for the answer.

Only when nothing is found does it load the full services, for a "Bedoelde u …?" suggestion
(commands_read.suggestion).
"""

from __future__ import annotations

import argparse

from chinadossier.cli import render
from chinadossier.cli.runtime import Runtime
from chinadossier.domain.errors import UsageError
from chinadossier.services.quick import search_answer


def run_search(args: argparse.Namespace, rt: Runtime) -> int:
    """Search the case file and list the hits, best first.

    Args:
        args: Parsed arguments (`query` words, `limit`, `json`).
        rt: The run's environment.

    Returns:
        0, also when nothing was found.
    """
    query = " ".join(args.query)
    if not query.strip():
        raise UsageError("Geef een zoekterm op, bijvoorbeeld: chinadossier search nanjing")
    answer = search_answer(rt.require_case_file(), query, limit=args.limit)
    if args.json:
        rt.out.json(render.search_json(answer.hits))
        return 0
    rt.out.result(render.search_text(query, answer.hits, answer.authority_kinds))
    if answer.total > len(answer.hits):
        rt.out.result(render.cut_text(len(answer.hits), answer.total))
    if not answer.hits:
        from chinadossier.cli.commands_read import suggestion

        spelled = suggestion(rt, query)
        if spelled:
            rt.out.result(f"Bedoelde u: {spelled}?")
    return 0
