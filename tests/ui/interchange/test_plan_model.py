"""The preview's table model: one line per row, one per reason of a rejected row; filterable."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt

from chinadossier.interchange.columns import ImportKind, map_columns
from chinadossier.interchange.rows import CellError
from chinadossier.services.importing import ImportPlan, RowPlan
from chinadossier.ui.interchange.import_preview_page import PlanModel


def test_rows_reasons_and_filtering(qtbot) -> None:
    header = ("Naam", "Datum")
    plan = ImportPlan(
        source="lijst.csv", sheet=None, kind=ImportKind.ORGANISATIONS,
        mapping=map_columns(header, ImportKind.ORGANISATIONS), header=header,
        rows=(
            RowPlan(2, "new", "Havenbedrijf Xinghe (fictief)"),
            RowPlan(3, "exists", "Universiteit Xinghe (fictief)", "ORG-0002"),
            RowPlan(4, "rejected", "", errors=(
                CellError("Naam", "Naam is leeg; dit veld is verplicht."),
                CellError("Classificatie", "Onbekende waarde 'geheim'"))),
        ),
    )
    model = PlanModel()
    model.set_plan(plan)
    assert model.rowCount() == 4
    assert [model.index(1, c).data() for c in range(6)] == [
        "3", "bestaat al", "Universiteit Xinghe (fictief)", "ORG-0002", "", ""]
    assert [model.index(3, c).data() for c in (0, 4, 5)] == [
        "4", "Classificatie", "Onbekende waarde 'geheim'"]
    assert model.headerData(5, Qt.Orientation.Horizontal) == "Reden"
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterRole(Qt.ItemDataRole.UserRole)
    proxy.setFilterFixedString("rejected")
    assert proxy.rowCount() == 2
    proxy.setFilterFixedString("new")
    assert proxy.rowCount() == 1
