"""Spanish as a first session met it (issue 28): email-validator's reasons, Qt's own dialogs, "al" and not
"a el", and the contact type the practice account offers."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, Qt

from core.validation.normalize import email
from gui.basics.language import core_text, install_translators
from tests.ci_scripts import load_ci_script

i18n = load_ci_script("i18n")


@pytest.fixture
def spanish(qapp) -> Iterator[None]:
    install_translators(qapp, "es")
    yield
    install_translators(qapp, "en")


def test_email_validators_reasons_are_said_in_spanish(spanish):
    _value, problem = email("ann@example")
    assert core_text(problem) == ("no es una dirección de correo válida (La parte después de la @ no es válida. "
                                  "Debería tener un punto)")
    _value, problem = email("ann.lee@@example")
    assert core_text(problem).endswith("(La parte después de la @ contiene caracteres no válidos: '@')")


def test_qts_own_dialogs_speak_spanish_even_where_qt_names_no_folder(qapp, monkeypatch):
    """A built app can report a translations folder that is not there: PySide6's own is used then."""
    monkeypatch.setattr(QLibraryInfo, "path", staticmethod(lambda _which: "/nowhere/translations"))
    install_translators(qapp, "es")
    try:
        assert QCoreApplication.translate("QFileDialog", "Look in:") == "Ver en:"
        assert QCoreApplication.translate("QFileDialog", "Files of type:") == "Ficheros de tipo:"
    finally:
        monkeypatch.undo()
        install_translators(qapp, "en")


def test_spanish_says_al_before_the_practice_crm(spanish):
    said = QCoreApplication.translate("ResultsPage", "{file} sent to the practice {crm} on {when} (run {id})")
    assert "enviado al {crm} de práctica" in said
    es = i18n.read_ts(i18n.ts_path("es"))
    # Nowhere may "a" or "de" meet a part that can start with "el" (the practice CRM, "el Virtuous de …").
    article_parts = {src for (_ctx, src), tr in es.items() if re.match(r"^el \{crm\}", tr or "")}
    assert not article_parts, article_parts
    assert not [tr for tr in es.values() if tr and re.search(r"\b(a|de) el\b", tr)]


def test_the_practice_accounts_contact_type_is_translated(spanish, qtbot):
    from gui.widgets.constants_form import ConstantsForm

    form = ConstantsForm()
    qtbot.addWidget(form)
    assert form._label("Household", "Household") == "Hogar"
    assert form._label("Donor household", "Household") == "Donor household"  # an account's own name stays


def test_the_duplicate_reviews_columns_are_named_in_spanish(spanish, qtbot):
    from gui.models.duplicates_model import DuplicatesModel
    from gui.session.import_session import Session

    model = DuplicatesModel(Session())
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[3:6] == ["Nombre", "Apellido", "Correo electrónico"]


def test_the_fields_a_required_row_lacks_are_named_in_spanish(spanish):
    """"one of {fields}": each field's label in Spanish, not the catalog's English."""
    from core.mapping.automap import suggest_mapping
    from core.pipeline import check_table
    from gui.basics import language
    from tests.core.tables import table

    t = table(["Email", "Notes"], ["ann@example.org", "x"])
    [issue] = [i for r in check_table(t, suggest_mapping(t.headers, "virtuous")).rows for i in r.issues]
    language.core_text.cache_clear()
    assert core_text(issue.message) == ("Fila 2: uno de Nombre del contacto (hogar / organización), Nombre, Apellido "
                                        "es obligatorio y está vacío")
    language.core_text.cache_clear()


def test_the_map_steps_banner_names_the_fields_nothing_fills_in_spanish(spanish, qtbot, window, tmp_path):
    from tests.gui.files import guests_csv
    from tests.gui.test_mapping_page import open_map

    path = guests_csv(tmp_path / "odd.csv", headers=["Who", "Where"], rows=[["Ana", "Portland"]])
    page = open_map(qtbot, window, path)
    said = page.required_banner.text()
    assert "Correo electrónico" in said and "Nombre" in said and "Email" not in said and "First name" not in said
