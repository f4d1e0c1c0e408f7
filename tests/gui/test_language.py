"""The window speaks the system's language (or the one chosen), and core's sentences come through translated."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import core.mapping.catalog  # noqa: F401 - registers the field labels
from core.errors import InputError
from core.readers.files import LOCKED
from core.targets.outcomes import STATUS_LABELS
from core.validation.normalize import email
from core.words import N_
from gui.basics import settings
from gui.basics.language import core_text, current_language, input_error_text, install_translators, pick_language


def test_language_follows_the_system_unless_one_is_chosen() -> None:
    assert pick_language("", ["es-ES", "en-US"]) == "es"
    assert pick_language("", ["de-DE", "es-MX"]) == "es"
    assert pick_language("", ["de-DE"]) == "en"
    assert pick_language("en", ["es-ES"]) == "en"
    assert pick_language("xx", ["es-ES"]) == "es"  # a choice we no longer have falls back to the system


def test_the_language_can_be_set_for_one_run(monkeypatch) -> None:
    """CONTACT_IMPORTER_LANGUAGE: Windows and macOS take the language from their own settings, not LANG."""
    settings.set_language("en")
    monkeypatch.setenv("CONTACT_IMPORTER_LANGUAGE", "es")
    assert current_language() == "es"
    monkeypatch.setenv("CONTACT_IMPORTER_LANGUAGE", "fr")  # not one we speak: the usual choice holds
    assert current_language() == "en"
    settings.set_language("")


def test_the_choice_in_settings_wins(monkeypatch) -> None:
    settings.set_language("es")
    assert current_language() == "es"
    settings.set_language("")


@pytest.fixture
def spanish(qapp) -> Iterator[None]:
    install_translators(qapp, "es")
    yield
    install_translators(qapp, "en")


def test_core_messages_are_translated_with_their_parts_kept(spanish) -> None:
    _value, problem = email("ana@")
    message = N_("Row {row}, column '{column}': '{value}' {problem}").format(
        row=7, column="Email", value="ana@", problem=problem)
    shown = core_text(message)
    assert shown.startswith("Fila 7, columna 'Email': 'ana@' no es una dirección de correo válida (")
    assert core_text(STATUS_LABELS["accepted"]) == "Aceptado para revisión"
    assert core_text(N_("Row {row}: {what} is required and is empty").format(row=3, what="Email")) == \
        "Fila 3: Correo electrónico es obligatorio y está vacío"  # a field's label is core's word: translated
    assert core_text("Something core never marked") == "Something core never marked"


def test_an_unusable_file_is_explained_in_spanish(spanish) -> None:
    e = InputError("/tmp/guests.xlsx", LOCKED, sheet="Guests", row=4)
    assert input_error_text(e) == ("guests.xlsx, hoja 'Guests', fila 4: El archivo está abierto en otro programa, "
                                   "como Excel, o no tiene permiso para leerlo: ciérrelo allí y vuelva a intentarlo.")


def test_english_is_left_as_core_wrote_it(qapp) -> None:
    install_translators(qapp, "en")
    e = InputError("/tmp/guests.xlsx", LOCKED, sheet="Guests")
    assert input_error_text(e) == e.message


def test_a_sentence_made_in_another_process_is_translated_from_the_shipped_templates(spanish, monkeypatch) -> None:
    """A check in worker processes, or a run journal from an earlier session, made the sentence: this
    process never ran its ``N_``, so only the templates shipped beside the translations know it."""
    from core import words
    from gui.basics import language

    monkeypatch.setattr(words, "templates", lambda: [])
    monkeypatch.setattr(language, "_merged", (-1, []))
    language.core_text.cache_clear()
    made_elsewhere = "Row 12 can't be read as CSV (line contains NUL)."
    assert made_elsewhere.startswith("Row 12") and "Row {row} can't be read as CSV ({detail})." in \
        language.shipped_templates()
    assert core_text(made_elsewhere) == "La fila 12 no se puede leer como CSV (line contains NUL)."
    language.core_text.cache_clear()


def test_a_rows_several_problems_are_translated_one_by_one(spanish) -> None:
    first = N_("Row {row}: {what} is required and is empty").format(row=3, what="Email")
    joined = first + "; " + N_("Not sent")
    assert core_text(joined) == "Fila 3: Correo electrónico es obligatorio y está vacío; No enviado"


def test_a_sentence_made_of_marked_pieces_is_translated_piece_by_piece(spanish) -> None:
    from core.readers.excel import _sheet_note
    from core.records import SheetInfo

    infos = [SheetInfo(n) for n in ("Guests", "Notes", "Old")]
    note = _sheet_note("Guests", infos, ["Notes"])
    assert note == "Read sheet 'Guests' (3 sheets in the workbook); 'Notes' has no table; other sheets: 'Old'"
    assert core_text(note) == ("Se leyó la hoja 'Guests' (3 hojas en el libro); 'Notes' no tiene tabla; "
                               "otras hojas: 'Old'")


def test_every_shipped_template_is_still_found_through_its_fixed_text(spanish) -> None:
    """The cheap look at a template's fixed text (so the window does not compile ~200 patterns on
    the first message) never passes over a sentence the template made, and skips the others."""
    import re

    from gui.basics import language

    templates = language.shipped_templates()
    assert len(templates) > 100
    for template in templates:
        names = set(re.findall(r"\{(\w+)\}", template))
        made = template.format(**{n: f"<{n} value>" for n in names})
        assert language._could_be(template, made), template
        assert language._compiled(template).match(made), template
    assert not language._could_be("Row {row} can't be read as CSV ({detail}).", "Row 3 is fine")
    assert not language._could_be("Row {row}: {what} is required", "Row 3: is required")
