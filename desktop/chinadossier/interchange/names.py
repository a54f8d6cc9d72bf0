"""How a name in a contact list splits: moved to `domain.person_names` (the record forms use the
same function); kept here so the import's modules read as before."""

from __future__ import annotations

from chinadossier.domain.person_names import CHINESE_FAMILY_NAMES, SplitName, split_name

__all__ = ["CHINESE_FAMILY_NAMES", "SplitName", "split_name"]
