"""A name typed in a picker is prefilled as the import reads it (`domain.person_names`)."""

from __future__ import annotations

from chinadossier.domain.codes import NameOrder, RecordKind
from chinadossier.ui.forms.nested_create import initial_from_text


def test_hanzi_and_pinyin_typed_in_a_picker_go_to_the_hanzi_and_the_names() -> None:
    assert initial_from_text(RecordKind.PERSON, "王伟 Wáng Wěi") == {
        "hanzi": "王伟", "family_name": "Wáng", "given_name": "Wěi",
        "name_order": NameOrder.FAMILY_FIRST}
    assert initial_from_text(RecordKind.PERSON, "李娜") == {
        "hanzi": "李娜", "family_name": "Lǐ", "given_name": "Nà",
        "name_order": NameOrder.FAMILY_FIRST}
    assert initial_from_text(RecordKind.PERSON, "Jan de Vries") == {
        "family_name": "Vries", "given_name": "Jan", "tussenvoegsel": "de"}
    assert initial_from_text(RecordKind.ORGANISATION, "上海市外事办公室") == {
        "hanzi": "上海市外事办公室"}
