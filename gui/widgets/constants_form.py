"""Values that are the same for every row (contact type, email type, lifecycle stage …) and date order."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from core.mapping.catalog import (
    HUBSPOT_LIFECYCLE,
    VIRTUOUS_CONTACT_TYPES,
    VIRTUOUS_EMAIL_TYPES,
    VIRTUOUS_PHONE_TYPES,
    Catalog,
)
from core.mapping.model import Mapping
from core.targets.payloads import DEFAULT_REFERENCE_SOURCE

_T = cast(Callable[[str, str], str], QT_TRANSLATE_NOOP)  # typed: it gives back the text
#: The choices come from the catalog and are sent as they are (the CRM's own words); only the labels
#: shown are translated, and a value without a label here is shown as it is.
TYPE_LABELS = {
    "Household": _T("ConstantsForm", "Household"), "Organization": _T("ConstantsForm", "Organization"),
    "Foundation": _T("ConstantsForm", "Foundation"), "Home": _T("ConstantsForm", "Home"),
    "Work": _T("ConstantsForm", "Work"), "Mobile": _T("ConstantsForm", "Mobile"), "Other": _T("ConstantsForm", "Other"),
}
LIFECYCLE_LABELS = {
    "subscriber": _T("ConstantsForm", "Subscriber"), "lead": _T("ConstantsForm", "Lead"),
    "marketingqualifiedlead": _T("ConstantsForm", "Marketing qualified lead"),
    "salesqualifiedlead": _T("ConstantsForm", "Sales qualified lead"),
    "opportunity": _T("ConstantsForm", "Opportunity"), "customer": _T("ConstantsForm", "Customer"),
    "evangelist": _T("ConstantsForm", "Evangelist"), "other": _T("ConstantsForm", "Other"),
}

#: (setting, label) per target; a setting is a field key, or "@reference_source" / "@date_order".
ROWS = {
    "virtuous": (("contactType", _T("ConstantsForm", "Contact type")), ("emailType", _T("ConstantsForm", "Email type")),
                 ("phoneType", _T("ConstantsForm", "Phone type")),
                 ("@reference_source", _T("ConstantsForm", "Reference source")),
                 ("@date_order", _T("ConstantsForm", "Dates in the file"))),
    "hubspot": (("lifecyclestage", _T("ConstantsForm", "Lifecycle stage")),
                ("@date_order", _T("ConstantsForm", "Dates in the file"))),
}


class ConstantsForm(QWidget):
    """Edits the mapping in place and emits ``edited``; ``show_mapping`` fills it without emitting."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._form = QFormLayout(self)
        self._form.setContentsMargins(0, 0, 0, 0)
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow: the value under its label
        self._mapping: Mapping | None = None
        self._target: str | None = None
        self._widgets: dict[str, QWidget] = {}
        self._filling = False
        #: The account's own choices (label, value) per setting, when the catalog came from an account.
        self._choices: dict[str, tuple[tuple[str, str], ...]] = {}

    def show_mapping(self, mapping: Mapping | None, catalog: Catalog | None = None) -> None:
        self._mapping = mapping
        if mapping is None:
            self._rebuild(None)
            return
        choices = self._account_choices(catalog)
        if mapping.target != self._target or choices != self._choices:
            self._choices = choices
            self._rebuild(mapping.target)
        self._filling = True
        try:
            for key, w in self._widgets.items():
                self._set_widget(w, self._value(key))
        finally:
            self._filling = False

    @staticmethod
    def _account_choices(catalog: Catalog | None) -> dict[str, tuple[tuple[str, str], ...]]:
        if catalog is None or catalog.as_of is None:
            return {}
        out: dict[str, tuple[tuple[str, str], ...]] = {}
        for key in ("contactType", "emailType", "phoneType", "lifecyclestage"):
            fd = catalog.get(key)
            if fd is not None and (fd.choices or fd.options):
                out[key] = fd.choices or tuple((o, o) for o in fd.options)
        return out

    def widget(self, key: str) -> QWidget:
        return self._widgets[key]

    def _rebuild(self, target: str | None) -> None:
        while self._form.rowCount():
            self._form.removeRow(0)
        self._widgets.clear()
        self._target = target
        if target is None:
            return
        for key, label in ROWS[target]:
            w = self._make(key)
            text = self.tr(label)
            w.setAccessibleName(text)
            lab = QLabel(text + ":", self)
            lab.setBuddy(w)
            self._form.addRow(lab, w)
            self._widgets[key] = w

    def _make(self, key: str) -> QWidget:
        if key == "@reference_source":
            edit = QLineEdit(self)
            edit.setPlaceholderText(DEFAULT_REFERENCE_SOURCE)
            edit.setToolTip(self.tr("Shown in Virtuous as where these contacts came from"))
            edit.textEdited.connect(lambda text: self._changed(key, text))
            return edit
        combo = QComboBox(self)
        # As wide as the form allows, not as its longest choice: the list shows every choice whole, and the
        # Map step's table keeps its room on a 1024 px screen.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        if key == "@date_order":
            for value, label in (("auto", self.tr("Month first, unless clear (US)")),
                                 ("mdy", self.tr("Month first: 03/04 is March 4")),
                                 ("dmy", self.tr("Day first: 03/04 is 3 April"))):
                combo.addItem(label, value)
        elif key in self._choices:  # the account's own list: its labels, its internal values
            combo.setEditable(key == "contactType")
            if key != "contactType":
                combo.addItem(self.tr("(not set)"), "")
            for label, value in self._choices[key]:
                combo.addItem(self._label(label, value), value)
        elif key == "contactType":
            combo.setEditable(True)
            for v in VIRTUOUS_CONTACT_TYPES:
                combo.addItem(self.tr(TYPE_LABELS.get(v, v)), v)
        elif key in ("emailType", "phoneType"):
            combo.addItem(self.tr("(not set)"), "")
            for v in VIRTUOUS_EMAIL_TYPES if key == "emailType" else VIRTUOUS_PHONE_TYPES:
                combo.addItem(self.tr(TYPE_LABELS.get(v, v)), v)
        elif key == "lifecyclestage":
            # Accounts customise their stages: the defaults are offered, anything else can be typed.
            combo.setEditable(True)
            combo.setToolTip(self.tr("HubSpot's default stages; type your account's own stage if it has others"))
            combo.addItem(self.tr("(not set)"), "")
            for v in HUBSPOT_LIFECYCLE:
                combo.addItem(self.tr(LIFECYCLE_LABELS.get(v, v)), v)
        if combo.isEditable():
            combo.currentTextChanged.connect(lambda text, c=combo: self._changed(key, self._typed(c, text)))
        else:
            combo.currentIndexChanged.connect(lambda i, c=combo: self._changed(key, c.itemData(i)))
        return combo

    def _label(self, label: str, value: str) -> str:
        """An account's choice as shown: the account's own name, except a built-in value named by its
        value ("Household", as Virtuous and the practice account call it) in the window's language."""
        known = TYPE_LABELS.get(value) or LIFECYCLE_LABELS.get(value)
        return self.tr(known) if known and label in (value, known) else label

    @staticmethod
    def _typed(combo: QComboBox, text: str) -> str:
        # A listed choice sends its untranslated value; anything else is sent as typed.
        i = combo.findText(text)
        return str(combo.itemData(i)) if i >= 0 else text.strip()

    def _value(self, key: str) -> Any:
        assert self._mapping is not None
        if key == "@reference_source":
            return self._mapping.reference_source or ""
        if key == "@date_order":
            return self._mapping.date_order
        fm = self._mapping.for_field(key)
        return "" if fm is None or fm.constant is None else fm.constant

    @staticmethod
    def _set_widget(w: QWidget, value: Any) -> None:
        if isinstance(w, QLineEdit):
            if w.text() != value:
                w.setText(str(value))
            return
        assert isinstance(w, QComboBox)
        i = w.findData(value)
        if i >= 0:
            w.setCurrentIndex(i)
        elif w.isEditable():
            if w.currentText() != str(value):
                w.setEditText(str(value))
        else:
            w.setCurrentIndex(0)

    def _changed(self, key: str, value: Any) -> None:
        if self._filling or self._mapping is None:
            return
        if key == "@reference_source":
            self._mapping.reference_source = value or None
        elif key == "@date_order":
            self._mapping.date_order = value
        else:
            self._mapping.set_constant(key, value if value not in (None, "") else None)
        self.edited.emit()
