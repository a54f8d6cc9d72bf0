"""A near miss that is only the name of a kind of record is not suggested (#8): searching
"Organisaties" found nothing and offered "Bedoelde u: Organisatie?", which helps no one."""

from __future__ import annotations

from helpers import source_draft

from chinadossier.services.dossier import Dossier


def test_a_kind_name_is_not_suggested(dossier: Dossier) -> None:
    dossier.sources.create(source_draft("Organisatie van het werkbezoek"))
    dossier.sources.create(source_draft("Persoonlijke notitie Shanghai"))
    assert dossier.overview.search("Organisaties", limit=5) == []
    assert dossier.overview.suggest("Organisaties") is None
    assert dossier.overview.suggest("organisaties") is None
    # a real near miss is still offered
    assert dossier.overview.suggest("Shanhai") == "Shanghai"
