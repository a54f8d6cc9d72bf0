"""A demo case file: the real ties of DOMAIN.md §7 with their sources, plus fictional material.

Everything beyond the facts of §7 (persons, contact moments, decisions, actions, risk notes) is
made up and attaches only to organisations whose name ends with "(fictief)": the demo never
invents anything about a real institution. The content follows from the day it is made for and a
fixed random seed, so two runs for the same day give the same content. A demo case file is marked
as such in its settings; a real case file is never touched.
"""

from __future__ import annotations

from chinadossier.services.demo.counts import count_records
from chinadossier.services.demo.create import DEMO_SEED, DemoOutcome, create_demo
from chinadossier.services.demo.marks import FICTIONAL_MARK

__all__ = ["DEMO_SEED", "FICTIONAL_MARK", "DemoOutcome", "count_records", "create_demo"]
