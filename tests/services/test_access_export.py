"""The AVG access export: everything held on one person, as JSON and a readable PDF."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from pathlib import Path
from typing import Any

import pytest
from tests.services.test_merging import _linked_world

from chinadossier.cli import main


def test_access_export_holds_everything_and_is_audited(
    dossier: Any, case_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    w = _linked_world(dossier)
    number = dossier.persons.get(w["person_b"]).meta.display_no
    out = tmp_path / "inzage"
    code = main(["--db", str(case_file), "person-export", number, "--out", str(out)])
    assert code == 0, capsys.readouterr().err
    doc = json.loads((tmp_path / "inzage.json").read_text("utf-8"))
    assert doc["person"]["meta"]["display_no"] == number
    assert doc["person"]["notes"] == "Ontmoet in Rotterdam (fictief)"
    assert doc["person"]["emails"] == ["w.wang@example.cn"]
    assert [p["title"] for p in doc["person"]["positions"]] == ["adviseur"]
    assert [f["text"] for f in doc["person"]["political_facts"]] == ["lid CPC"]
    assert sorted(m["title"] for m in doc["contact_moments"]) == ["Bezoek beide", "Telefoon B"]
    assert [r["title"] for r in doc["risk_notes"]] == ["Risico persoon B"]
    assert sorted(d["title"] for d in doc["decisions"]) == ["Motie B", "Motie beide"]
    assert [a["file_name"] for a in doc["attachments"]] == ["visitekaartje.txt"]
    assert doc["audit_entries"] and doc["audit_entries"][-1]["action"] == "create"
    # The readable PDF: Dutch headings, the Hanzi of the name in the embedded CJK font.
    pdf = tmp_path / "inzage.pdf"
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    for heading in ("Inzageverzoek", "Persoonsgegevens", "Contactmomenten", "Besluiten die deze",
                    "Telefoon B", "Motie B", "lid CPC", "Pagina 1 van"):
        assert heading in text, heading
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                           check=True).stdout
    assert "LiberationSans" in fonts
    conn = sqlite3.connect(case_file)
    payload = conn.execute("SELECT p.payload FROM audit_entry e JOIN audit_payload p "
                           "ON p.entry_seq = e.seq WHERE e.action = 'export' "
                           "ORDER BY e.seq DESC").fetchone()[0]
    conn.close()
    assert number in payload and "inzage.pdf" in payload
    # No silent overwrite.
    code = main(["--db", str(case_file), "person-export", number, "--out", str(pdf)])
    assert code == 1 and "bestaat al" in capsys.readouterr().err


def test_hanzi_name_in_the_pdf(dossier: Any, tmp_path: Path) -> None:
    from tests.services.helpers import person_draft

    from chinadossier.memo.access_pdf import render_access_pdf
    from chinadossier.services.access import AccessService

    pid = dossier.persons.create(person_draft("", hanzi="单伟")).record.meta.id
    export = AccessService(dossier.ctx).collect(pid)
    pdf = tmp_path / "p.pdf"
    pdf.write_bytes(render_access_pdf(export))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "单伟" in text
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                           check=True).stdout
    assert "WQYMicroHei" in fonts or "WenQuanYi" in fonts
