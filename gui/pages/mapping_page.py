"""Step 2: which column goes to which CRM field, how values are changed, and what is the same for all."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QObject, Qt, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.errors import InputError
from core.mapping import automap, learned, templates
from core.mapping.catalog import TARGET_LABELS, Catalog, Kind, catalog_for, custom_key
from core.mapping.model import ColumnOptions, Mapping
from core.summary import unfilled_required
from core.validation.check import needed_fields, skip_by_default
from core.validation.columns import ambiguous_date_columns
from gui.basics.language import core_text, input_error_text
from gui.basics.resources import icon
from gui.connections.account_loader import AccountLoader
from gui.dialogs.column_options import ColumnOptionsDialog
from gui.models.mapping_model import COL_COLUMN, COL_FIELD, COL_MATCH, COL_OPTIONS, COL_SAMPLES, MappingModel
from gui.pages.base import Page
from gui.session.import_session import Session
from gui.session.workers import JobRunner
from gui.widgets.banner import Banner
from gui.widgets.constants_form import ConstantsForm
from gui.widgets.field_picker import NEW_CUSTOM_KEY, NONE_KEY, FieldPicker
from gui.widgets.help_note import HelpNote
from gui.widgets.mapping_delegate import MappingDelegate
from gui.widgets.splitter import RememberedSplitter


def _spelled(text: str, order: str) -> str:
    """05/03/21 read in ``order`` as a person says it ("5 March 2021"), in the window's language."""
    from core.validation.normalize import date as read_date

    day, problem = read_date(text, order)
    return text if problem else QLocale().toString(day, "d MMMM yyyy")


class MappingPage(Page):
    """All edits change ``session.mapping`` in place and end with ``session.mapping_edited()``."""

    def __init__(self, session: Session, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(session, runner, parent)
        self.required_banner = Banner("error", parent=self)
        self.problems_banner = Banner("warning", parent=self)
        self.template_banner = Banner("info", parent=self)
        self.dates_banner = Banner("warning", parent=self)  # a date column nothing settles: asked once
        self.dates_banner.setObjectName("datesBanner")
        for b in (self.required_banner, self.problems_banner, self.template_banner, self.dates_banner):
            b.hide()
            self.layout_.addWidget(b)
        self.help_note = HelpNote(self.tr("How does mapping work?"), self.tr(
            "Each row of this table is a column of your file. “Goes to” is the CRM field its values are put in: "
            "click it (or press Enter) to choose another, or “Don't import” to leave the column out. "
            "Options… changes the values on the way (trim spaces, split a full name, Y → Yes). "
            "“Same for every row” fills a field for every contact, such as the contact type. "
            "Nothing is sent yet: the Check step shows each row's problems first."), self)
        self.layout_.addWidget(self.help_note)

        account_bar = QHBoxLayout()
        self.account_note = QLabel(core_text(session.account_note), self)
        self.account_note.setObjectName("accountNote")
        self.account_note.setWordWrap(True)
        account_bar.addWidget(self.account_note, 1)
        self.refresh_button = QPushButton(self.tr("&Refresh from the account"), self)
        self.refresh_button.setAccessibleName(self.tr("Refresh the fields from the account"))
        self.refresh_button.clicked.connect(lambda: self.loader.start(refresh=True))
        account_bar.addWidget(self.refresh_button)
        self.layout_.addLayout(account_bar)
        self.loader: AccountLoader = AccountLoader(session, runner, self)
        self.loader.busyChanged.connect(self._loading)
        self.loader.failed.connect(self._account_failed)
        session.accountChanged.connect(self._account_changed)

        bar = QHBoxLayout()
        self.summary = QLabel(self)
        self.summary.setObjectName("hint")
        bar.addWidget(self.summary, 1)
        self.load_button = QPushButton(icon("folder"), self.tr("&Use a saved mapping"), self)
        self.load_button.setAccessibleName(self.tr("Use a saved mapping"))
        self.load_button.clicked.connect(self.show_templates_menu)
        self.save_button = QPushButton(icon("save"), self.tr("Sa&ve this mapping…"), self)
        self.save_button.setAccessibleName(self.tr("Save this mapping"))
        self.save_button.clicked.connect(self.save_template)
        self.reset_button = QPushButton(self.tr("Reset su&ggestions"), self)
        self.reset_button.setAccessibleName(self.tr("Reset suggestions"))
        self.reset_button.setToolTip(self.tr("Forget every choice you made for a column name, and suggest this "
                                             "file's mapping afresh"))
        self.reset_button.clicked.connect(self.reset_suggestions)
        bar.addWidget(self.reset_button)
        bar.addWidget(self.load_button)
        bar.addWidget(self.save_button)
        self.layout_.addLayout(bar)

        self.model = MappingModel(self)
        self.model.catalog_provider = lambda _mapping: self.session.catalog()
        self.view = QTableView(self)
        self.view.setObjectName("mappingView")
        self.view.setAccessibleName(self.tr("Columns and the fields they go to"))
        self.view.setModel(self.model)
        # Only the two control columns are painted in Python; the others keep Qt's own delegate, so a
        # repaint does not cross into Python once per cell just to draw plain text.
        controls = MappingDelegate(self.view)
        self.view.setItemDelegateForColumn(COL_FIELD, controls)
        self.view.setItemDelegateForColumn(COL_OPTIONS, controls)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTabKeyNavigation(False)  # Tab moves on to the next control; arrows move in the table
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(34)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(COL_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_SAMPLES, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_FIELD, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_MATCH, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_OPTIONS, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_OPTIONS, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(COL_MATCH, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(COL_COLUMN, 170)
        header.resizeSection(COL_FIELD, 280)
        # Wide enough for the longest text these two columns can show. Sized to their contents, Qt
        # asked the delegate for every row's size on each layout: most of the Map step's first paint.
        for col, texts, pad in ((COL_MATCH, self.model.match_texts(), 20),
                                (COL_OPTIONS, self.model.options_texts(), 44)):
            width = max(self.view.fontMetrics().horizontalAdvance(t) for t in texts) + pad
            header.resizeSection(col, max(width, header.sectionSizeFromContents(col).width()))
        self._fitted_width = -1
        self._moved_by_person = False
        header.sectionResized.connect(self._section_resized)
        self.view.clicked.connect(self._cell_clicked)
        self.view.installEventFilter(self)
        self.view.viewport().installEventFilter(self)

        self.constants = ConstantsForm(self)
        self.constants.edited.connect(self._constants_edited)
        constants_box = QGroupBox(self.tr("Same for every row"), self)
        constants_box.setObjectName("constantsBox")
        box_layout = QVBoxLayout(constants_box)
        hint = QLabel(self.tr("Values every contact gets, whatever the file says."), constants_box)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        box_layout.addWidget(hint)
        box_layout.addWidget(self.constants)
        box_layout.addStretch(1)
        constants_box.setMaximumWidth(420)
        self.constants_box = constants_box

        # The table and "Same for every row" share the width; the person can move the divider (remembered).
        def shares(width: int) -> list[int]:  # "Same for every row" no wider than it needs on a small screen
            side = max(constants_box.minimumSizeHint().width(), min(340, int(width * 0.27)))
            return [max(1, width - side), side]

        self.body = RememberedSplitter("mapBody", Qt.Orientation.Horizontal, self, defaults=shares)
        self.body.addWidget(self.view)
        self.body.addWidget(constants_box)
        self.body.setStretchFactor(0, 1)
        self.body.setStretchFactor(1, 0)
        self.layout_.addWidget(self.body, 1)

        self._evidence_key: tuple | None = None
        self._evidence: automap.Evidence | None = None
        self._picker: FieldPicker | None = None
        self._picker_row = -1
        self._dialog: ColumnOptionsDialog | None = None
        session.sourceChanged.connect(self._source_changed)
        session.mappingChanged.connect(self._mapping_changed)
        session.targetChanged.connect(lambda _t: self._update_heading())
        self._update_heading()

    # -- following the session -----------------------------------------------------------------
    def _update_heading(self) -> None:
        crm = TARGET_LABELS[self.session.target]
        unsure = self.model.low_confidence_count()
        if unsure:
            intro = self.tr("We matched what we could from the column names and what they hold. Look at the guesses "
                            "marked in amber, and pick a field for any other column you want to bring in.")
        else:
            intro = self.tr("We matched what we could from the column names and what they hold. Pick a field for "
                            "any other column you want to bring in, or choose “Don't import” for one you don't.")
        self.set_heading(self.tr("Match your columns to {crm} fields").format(crm=crm), intro)

    @Slot()
    def _reasons(self) -> dict[str, str]:
        """Why each look-alike column was not taken; the columns' evidence is worked out once per file."""
        s, mapping = self.session, self.session.mapping
        if s.table is None or mapping is None or mapping.headers != s.table.headers:
            return {}
        cat = s.catalog() or catalog_for(mapping.target, mapping.custom_fields())
        key = (id(s.table), mapping.target, id(s.account), len(cat.fields))
        ready = s.evidence
        if self._evidence_key != key and ready is not None and ready[0] == key:
            self._evidence_key, self._evidence = ready  # worked out with the suggestion, on the reading worker
        elif self._evidence_key != key:
            self._evidence_key, self._evidence = key, automap.evidence(s.table.headers, automap.table_columns(s.table),
                                                                       cat)
        return automap.why_not(mapping, cat, known=self._evidence)

    def _source_changed(self) -> None:
        s = self.session
        self.model.reasons = self._reasons()
        headers = s.table.headers if s.table else []
        # A file just read arrives before its mapping (which follows at once): the rows are not filled from
        # the last file's mapping first (a second pass over every cell, 10 ms for 56 columns).
        fits = s.mapping is not None and s.mapping.headers == headers
        self.model.set_source(headers, s.samples, s.mapping if fits else None)

    @Slot(object)
    def _mapping_changed(self, mapping: object) -> None:
        if self.session.table is not None and self.model.headers() != self.session.table.headers:
            self._source_changed()
        else:
            self.model.reasons = self._reasons()
            self.model.set_mapping(self.session.mapping)
        self.constants.show_mapping(self.session.mapping, self.session.catalog())
        self._update_banners()
        self._update_heading()

    def _ask_date_order(self, mapping: Mapping, cat: Catalog) -> None:
        """A date column whose cells all read both ways (05/03/21, never 25/03/21): ask which it is, once."""
        found = ambiguous_date_columns(self.session.table, mapping, cat)
        self.dates_banner.clear_actions()
        if not found:
            self.dates_banner.hide()
            return
        key, column, example = found[0]
        self.dates_banner.set_text(self.tr("Dates in column “{column}” could be day-first or month-first (is {example} "
                                           "the {day_first} or the {month_first}?). Which does your file use?").format(
            column=column, example=example, day_first=_spelled(example, "dmy"), month_first=_spelled(example, "mdy")))

        def choose(order: str) -> None:
            fm = mapping.for_field(key)
            if fm is not None:
                fm.date_order = order  # type: ignore[assignment]  # "dmy" or "mdy", from the two buttons
                self.session.mapping_edited()

        self.dates_banner.add_action(self.tr("Day first"), lambda: choose("dmy"), "dayFirst")
        self.dates_banner.add_action(self.tr("Month first"), lambda: choose("mdy"), "monthFirst")
        self.dates_banner.show()

    def _update_banners(self) -> None:
        mapping = self.session.mapping
        if mapping is None:
            for b in (self.required_banner, self.problems_banner, self.template_banner, self.dates_banner):
                b.hide()
            self.summary.clear()
            return
        cat = self.session.catalog() or catalog_for(mapping.target, mapping.custom_fields())
        missing = unfilled_required(mapping)
        if missing:
            lines = []
            for group in missing:
                labels = [core_text(fd.label) if (fd := cat.get(k)) else k for k in group]
                what = labels[0] if len(labels) == 1 else self.tr("one of {fields}").format(fields=", ".join(labels))
                lines.append(self.tr("Every contact needs {what}, and nothing fills it yet. Pick a column for it, "
                                     "or set a value for every row on the right.").format(what=what))
            self.required_banner.set_text("\n".join(lines))
        self.required_banner.setVisible(bool(missing))
        problems = mapping.problems()
        self.problems_banner.set_text("\n".join(problems))
        self.problems_banner.setVisible(bool(problems))
        self._ask_date_order(mapping, cat)
        name = self.session.template_name
        if name:
            self.template_banner.set_text(self.tr("Using your saved mapping “{name}”.").format(name=name))
        self.template_banner.setVisible(bool(name))
        headers = self.model.headers()
        used = sum(1 for h in headers if mapping.field_for_column(h))
        self.summary.setText(self.tr("{used} of {total} columns will be brought in.").format(
            used=used, total=len(headers)))

    # -- picking fields ------------------------------------------------------------------------
    @Slot(QModelIndex)
    def _cell_clicked(self, index: QModelIndex) -> None:
        if index.column() == COL_FIELD:
            self.open_picker(index.row())
        elif index.column() == COL_OPTIONS:
            self.open_options(index.row())

    # -- the table's columns fit its width --------------------------------------------------------
    def _fit_columns(self) -> None:
        """Share the table's width: Match and Options as wide as their words, Sample values at least as
        wide as its heading, the rest to "Column in your file" and "Goes to" (until the person drags one).
        So nothing is pushed out of sight on a small screen, and nothing is cut to a sliver."""
        width = self.view.viewport().width()
        if width <= 0 or width == self._fitted_width:
            return
        self._fitted_width = width
        header = self.view.horizontalHeader()
        fm = header.fontMetrics()
        label = self.model.headerData(COL_SAMPLES, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or ""
        samples = max(110, fm.horizontalAdvance(str(label)) + 32)
        fixed = header.sectionSize(COL_MATCH) + header.sectionSize(COL_OPTIONS)
        if self._moved_by_person:
            return
        heading = self.model.headerData(COL_COLUMN, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or ""
        room = max(0, width - fixed - samples)
        column = max(fm.horizontalAdvance(str(heading)) + 24, min(200, int(room * 0.4)))
        field = max(170, min(300, room - column))
        self._fitting = True
        try:
            header.resizeSection(COL_COLUMN, column)
            header.resizeSection(COL_FIELD, field)
        finally:
            self._fitting = False

    @Slot(int, int, int)
    def _section_resized(self, logical: int, _old: int, _new: int) -> None:
        if logical in (COL_COLUMN, COL_FIELD) and not getattr(self, "_fitting", False) and self.view.isVisible() \
                and self.view.horizontalHeader().underMouse():
            self._moved_by_person = True

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Enter, Space or F2 on a "Goes to" or "Options" cell opens it, as a click does."""
        if obj is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
            return False
        if obj is self.view and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space, Qt.Key.Key_F2):
                index = self.view.currentIndex()
                if index.isValid():
                    if index.column() in (COL_FIELD, COL_OPTIONS):
                        self._cell_clicked(index)
                    else:
                        self.open_picker(index.row())
                    return True
        return super().eventFilter(obj, event)

    def open_picker_for(self, column: str) -> FieldPicker | None:
        """The field list of ``column``'s row, open (the Check step's "Map it to…")."""
        if column not in self.model.headers():
            return None
        row = self.model.row_of(column)
        self.view.setCurrentIndex(self.model.index(row, COL_FIELD))
        self.view.scrollTo(self.model.index(row, COL_FIELD))
        return self.open_picker(row)

    def open_picker(self, row: int) -> FieldPicker | None:
        """Show the field list under the row's "Goes to" cell."""
        mapping = self.session.mapping
        if mapping is None:
            return None
        cat = self.session.catalog() or catalog_for(mapping.target, mapping.custom_fields())
        fm = self.model.field_mapping(row)
        picker = FieldPicker(cat, fm.field if fm else None, self)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.picked.connect(self._field_picked)
        self._picker, self._picker_row = picker, row
        rect = self.view.visualRect(self.model.index(row, COL_FIELD))
        picker.popup_at(self.view.viewport().mapToGlobal(rect.bottomLeft()))
        return picker

    @Slot(str)
    def _field_picked(self, key: str) -> None:
        row = self._picker_row
        mapping = self.session.mapping
        if mapping is None or row < 0:
            return
        if key == NEW_CUSTOM_KEY:
            name, ok = QInputDialog.getText(self, self.tr("New custom field"),
                                            self.tr("Name of the field in {crm}:").format(
                                                crm=TARGET_LABELS[mapping.target]))
            if not ok or not name.strip():
                return
            key = custom_key(mapping.target, name.strip())
        chosen = key if key != NONE_KEY else None
        mapping.assign_column(self.model.header(row), chosen)
        account = self.session.checking_account()
        learned.remember(mapping.target, account.connection if account else "", self.model.header(row), chosen)
        self.session.mapping_edited()
        self.view.setCurrentIndex(self.model.index(row, COL_FIELD))

    @Slot()
    def reset_suggestions(self) -> None:
        """Forget the remembered choices (every file, every account) and suggest this file afresh."""
        learned.forget_all()
        self.session.resuggest()

    # -- options -------------------------------------------------------------------------------
    def open_options(self, row: int) -> ColumnOptionsDialog | None:
        """The options dialog for a mapped column (window-modal, so tests and people are never stuck)."""
        fm = self.model.field_mapping(row)
        if fm is None:
            return None
        column = self.model.header(row)
        others = [h for h in self.model.headers() if h != column]
        catalog = self.session.catalog()
        fd = catalog.get(fm.field) if catalog is not None else None
        kind = fd.kind if fd is not None else fm.kind
        dialog = ColumnOptionsDialog(column, self.model.field_label(fm.field), ColumnOptions.of(fm, column), others,
                                     self, needed=fm.field in needed_fields(self.session.target, self.session.mode),
                                     dates=kind in (Kind.DATE, Kind.DATETIME),
                                     unreadable_default="skip" if fm.field in skip_by_default(self.session.target)
                                     else "empty")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._options_accepted(column, dialog.options()))
        self._dialog = dialog
        dialog.open()
        return dialog

    def _options_accepted(self, column: str, opts: ColumnOptions) -> None:
        if self.session.mapping is not None:
            self.session.mapping.set_options(column, opts)
            self.session.mapping_edited()

    @Slot()
    def _constants_edited(self) -> None:
        self.session.mapping_edited()

    # -- templates -----------------------------------------------------------------------------
    @Slot()
    def save_template(self) -> None:
        mapping = self.session.mapping
        if mapping is None:
            return
        default = self.session.template_name or (self.session.path.stem if self.session.path else "")
        name, ok = QInputDialog.getText(self, self.tr("Save this mapping"),
                                        self.tr("Name it so you can use it again for the next file like this one:"),
                                        text=default)
        if ok and name.strip():
            template = templates.save_template(mapping, name.strip())
            self.session.template_name = template.name
            self._update_banners()

    @Slot()
    def show_templates_menu(self) -> None:
        menu = QMenu(self)
        saved = [t for t in templates.list_templates()]
        if not saved:
            action = menu.addAction(self.tr("No saved mappings yet"))
            action.setEnabled(False)
        for t in saved:
            menu.addAction(t.name, partial(self.use_template, t))
        menu.popup(self.load_button.mapToGlobal(self.load_button.rect().bottomLeft()))
        self._menu = menu

    def use_template(self, template: templates.Template) -> None:
        """Apply a saved mapping by column name; columns it names that this file lacks are reported."""
        if self.session.table is None:
            return
        try:
            mapping, missing = templates.load_template(template, self.session.table.headers)
        except Exception as e:  # noqa: BLE001 - shown to the person, never raised
            self.problems_banner.set_text(input_error_text(e) if isinstance(e, InputError) else core_text(str(e)))
            self.problems_banner.show()
            return
        self.session.set_mapping(mapping, template.name)
        if missing:
            self.problems_banner.set_text(self.tr("The saved mapping “{name}” names columns this file does not have: "
                                                  "{cols}").format(name=template.name, cols=", ".join(missing)))
            self.problems_banner.show()

    # -- the account's fields -------------------------------------------------------------------
    @Slot(bool)
    def _loading(self, busy: bool) -> None:
        self.refresh_button.setEnabled(not busy)
        if busy:
            self.account_note.setText(self.tr("Reading the fields and options of your account…"))

    @Slot(object)
    def _account_changed(self, _account: object) -> None:
        self.account_note.setText(core_text(self.session.account_note))
        self.model.set_mapping(self.session.mapping)
        self.constants.show_mapping(self.session.mapping, self.session.catalog())

    @Slot(str)
    def _account_failed(self, message: str) -> None:
        self.account_note.setText(message)

    def is_busy(self) -> bool:
        # While the account's fields are read the mapping may still change (the first account known
        # suggests it again, and every check is redone): the step is not settled yet.
        return super().is_busy() or self.loader.is_busy()

    def enter(self) -> None:
        self.loader.ensure()
        self.view.setFocus()
        if not self.view.currentIndex().isValid() and self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, COL_FIELD))
