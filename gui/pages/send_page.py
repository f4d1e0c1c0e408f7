"""Step 5: choose where the contacts go, send them on a worker thread, watch every row get its result.

The run goes through ``gui.sending.controller`` (shared with the Results step): it is recorded in the
journal before anything is sent, so Cancel, a refused key or a closed laptop lose nothing and Resume
never sends a contact twice. Practice sends go to the sandbox CRM inside the app (``gui.connections.practice``).
Closing the window during a send is ``gui.sending.closing``. The HubSpot options and the batches prepared
again when they change are ``send_options``; lifting a damaged journal's hold is ``send_hold``.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from core.mapping.catalog import TARGET_LABELS
from core.submit.run_view import ResultItem, RunOutcome
from core.summary import send_summary
from core.targets.client_base import Connection
from gui.basics.format import fmt_int
from gui.basics.language import core_text
from gui.basics.resources import icon
from gui.connections import practice
from gui.connections import saved as connections
from gui.connections.destination_box import PRACTICE, DestinationBox
from gui.dialogs.connections_dialog import ConnectionsDialog
from gui.models.results_model import ResultsModel
from gui.pages.base import Page
from gui.pages.send_hold import offer_release
from gui.pages.send_options import SendOptions
from gui.sending.closing import STOP_TIMEOUT_MS
from gui.sending.controller import RunController, controller_for
from gui.sending.progress import RunProgress
from gui.sending.send_words import ended_news, ready_sentence
from gui.sending.worker import RunRequest
from gui.session.import_session import Session
from gui.session.workers import JobRunner
from gui.widgets.banner import Banner
from gui.widgets.help_note import HelpNote
from gui.widgets.results_table import ResultsTable


class SendPage(Page):
    """Where to send, the mode, a Send button, then progress, Cancel, Resume and the rows as they come."""

    def __init__(self, session: Session, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(session, runner, parent)
        self.controller: RunController = controller_for(session)
        self.set_heading(self.tr("Send"), self.tr("Send the contacts you previewed. You can cancel at any time and "
                                                  "resume later; no contact is ever sent twice."))
        self.help_note = HelpNote(self.tr("What happens when I press Send?"), self.tr(
            "The contacts go in batches. Each batch is written to the run journal on this computer before it "
            "is sent, so if the connection drops or the app closes, Resume checks what arrived and sends only "
            "the rest: nobody is added twice. Cancel stops after the batches already on their way. In practice "
            "mode nothing leaves this computer. The Results step then shows what happened to every row."), self)
        # Below the heading the step scrolls when the window is small (a 1024x700 laptop): the HubSpot
        # choices keep their words whole and the results table keeps room for five rows.
        lay = self.scrolling_body()
        lay.addWidget(self.help_note)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)

        self.where = DestinationBox(session, self)
        self.where.connections_wanted.connect(self.open_connections)
        self.destination = self.where.combo
        self.connections_button = self.where.connections_button
        self.where_note = self.where.note
        lay.addWidget(self.where)

        # The HubSpot options, and the batches prepared again when they change here (send_options).
        self.options = SendOptions(session, runner, self, lay)
        self.mode_box, self.company_box = self.options.mode_box, self.options.company_box
        self.mode_create, self.mode_upsert = self.mode_box.create_only, self.mode_box.upsert
        self.builder, self.build_progress = self.options.builder, self.options.build_progress

        actions = QHBoxLayout()
        self.send_button = QPushButton(icon("next"), "", self)
        self.send_button.setObjectName("primaryButton")
        self.send_button.clicked.connect(self.send)
        self.resume_button = QPushButton(self.tr("&Resume"), self)
        self.resume_button.setObjectName("primaryButton")
        self.resume_button.setAccessibleName(self.tr("Resume the run: send the contacts not sent yet"))
        self.resume_button.clicked.connect(self.resume)
        self.resume_button.hide()
        self.send_hint = QLabel(self)
        self.send_hint.setObjectName("hint")
        self.send_hint.setWordWrap(True)
        actions.addWidget(self.send_button)
        actions.addWidget(self.resume_button)
        actions.addWidget(self.send_hint, 1)
        lay.addLayout(actions)

        self.banner = Banner("info", parent=self)
        self.banner.hide()
        lay.addWidget(self.banner)
        self.progress = RunProgress(self.controller, self)
        lay.addWidget(self.progress)

        self.model = ResultsModel(self)
        self.table = ResultsTable(self.model, "sendResults", self.tr("Results as they arrive"), self)
        rows = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(rows * 6 + self.table.horizontalHeader().sizeHint().height() + 4)
        lay.addWidget(self.table, 100)
        lay.addStretch(1)  # takes the room while the table is hidden (nothing else grows)

        self.options.chain_tabs(self.connections_button, self.send_button)
        self.setTabOrder(self.send_button, self.resume_button)
        self.setTabOrder(self.resume_button, self.progress.cancel_button)
        self.setTabOrder(self.progress.cancel_button, self.table)

        self._mine = False  # the controller's current run was started here
        self._run_id: str | None = None  # the run of these batches to this destination, if any
        # The batches and destination this page's run was made from: the list itself is kept (not its
        # id), so a later list can never be mistaken for it.
        self._run_key: tuple[object, str] | None = None
        self._outcome: RunOutcome | None = None
        self._left_out = 0  # rows of this page's run the person left out (said apart from check errors)
        self._run_file: object = None  # the file, CRM and practice or not this page's run was sent with
        self._row_key_asked = False  # this page's run creates the row-key property (the person ticked the box)

        self.where.changed.connect(self._update)
        c = self.controller
        c.runCreated.connect(self._run_created)
        c.rowsArrived.connect(self._rows_arrived)
        c.runEnded.connect(self._run_ended)
        c.runFailed.connect(self._run_failed)
        c.notice.connect(self._notice)
        c.busyChanged.connect(self._busy_changed)
        b = self.builder
        b.started.connect(self._build_started)
        b.busyChanged.connect(self._busy_changed)
        b.failed.connect(self._build_failed)
        session.batchesChanged.connect(self._batches_changed)
        session.practiceChanged.connect(self._practice_changed)
        session.targetChanged.connect(self._target_changed)
        self._target_changed(session.target)
        self.options.rebuild()
        self._update()

    # -- lifecycle -----------------------------------------------------------------------------
    def enter(self) -> None:
        self.where.fill()
        self._update()
        (self.send_button if self.send_button.isEnabled() else self.destination).setFocus()

    def is_running(self) -> bool:
        """Is a send going on (started here or on the Results step)?"""
        return self.controller.is_running()

    def is_busy(self) -> bool:
        """Are the batches being prepared again (after the mode changed here)?"""
        return self.builder.is_busy()

    def keeps_step(self) -> bool:
        """While the batches are prepared again the window stays here (see ``Page.keeps_step``)."""
        return self.builder.is_busy() and self.session.checked is not None

    def stop_and_wait(self, timeout_ms: int = STOP_TIMEOUT_MS) -> bool:
        """Cancel the send and wait for its thread; True when it has ended (see ``RunController``)."""
        return self.controller.stop_and_wait(timeout_ms)

    # -- where to ------------------------------------------------------------------------------
    def chosen(self) -> str | None:
        """PRACTICE, a saved connection's name, or None."""
        return self.where.chosen()

    def choose(self, name: str) -> None:
        """Select PRACTICE or a saved connection (as a person picking it in the list)."""
        self.where.choose(name)

    @Slot()
    def open_connections(self) -> None:
        """The Connections dialog; a connection saved there is chosen."""
        dialog = ConnectionsDialog(self, target=self.session.target)
        dialog.exec()
        self.where.connections_changed(dialog.last_saved)

    # -- sending -------------------------------------------------------------------------------
    def _key(self) -> tuple[object, str] | None:
        batches, choice = self.session.batches, self.chosen()
        return None if batches is None or choice is None else (batches, choice)

    def _same_run_key(self) -> bool:
        key, mine = self._key(), self._run_key
        return key is not None and mine is not None and key[0] is mine[0] and key[1] == mine[1]

    def contacts_to_send(self) -> int:
        return sum(len(b.items) for b in self.session.batches or [])

    @Slot()
    def send(self) -> None:
        """Record and send the previewed batches to the chosen destination."""
        s = self.session
        choice = self.chosen()
        if s.batches is None or s.checked is None or choice is None or self.controller.is_running():
            return
        n = self.contacts_to_send()
        if not n:
            return
        if getattr(s.batches, "subscriptions", None) and not s.legal_basis:
            self._show_banner("error", self.tr("A column gives email subscriptions: choose their legal basis (under "
                                               "the options above), then press Send."))
            return
        conn: Connection | None
        if choice == PRACTICE:
            conn = practice.connection(s.target)
        else:
            record = connections.find(choice)
            conn = connections.connection(record) if record else None
            if conn is None:
                self._show_banner("error", self.tr("The API key for “{name}” is not saved on this computer. Enter it "
                                                   "under Connections…, then press Send.").format(name=choice))
                return
            crm = TARGET_LABELS[s.target]
            answer = QMessageBox.question(
                self, self.tr("Send to {crm}?").format(crm=crm),
                self.tr("Send {n} contacts to {crm} now?\n\nThey go to “{name}” ({url}). You can cancel part-way "
                        "and resume later.").format(n=fmt_int(n), crm=crm, name=choice, url=conn.base_url),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        # A copy that keeps the plan the batches carry (rows skipped and why, the company links).
        batches = copy.copy(s.batches)
        request = RunRequest("new", conn, practice=choice == PRACTICE, checked=s.checked, batches=batches,
                             mode=s.mode, batch_size=s.batch_size,
                             decisions=s.book.decisions if s.book is not None else None,
                             company_label=s.company_label, create_companies=s.create_companies,
                             on_existing=s.on_existing, new_people=s.new_people, list_name=s.list_name,
                             marketing=s.marketing_confirmed, legal_basis=s.legal_basis,
                             legal_basis_explanation=s.legal_basis_explanation,
                             row_key=s.row_key_consent and self.options.row_key_box.applies(),
                             account=s.checking_account(),
                             encoding=s.source_encoding, password=s.source_password)
        self.model.clear()
        self.banner.hide()
        self._run_id, self._run_key, self._outcome = None, self._key(), None
        self._left_out = s.counts.get("excluded", 0)
        self._run_file = (s.path, s.target, s.practice)
        self._row_key_asked = request.row_key
        self._mine = self.controller.start(request)
        if self._mine:
            self.progress.begin(self.tr("Getting ready to send…") if choice == PRACTICE else
                                self.tr("Checking the connection to {crm}…").format(crm=TARGET_LABELS[s.target]))
        self._update()

    @Slot()
    def resume(self) -> None:
        """Go on with this page's unfinished run (nothing already sent is sent again)."""
        if self._run_id is None or self.controller.is_running():
            return
        request, problem = self.controller.request_again("resume", self._run_id)
        if request is None:
            self._show_banner("error", problem)
            return
        self.banner.hide()
        self._outcome = None
        self._mine = self.controller.start(request)
        if self._mine:
            self.progress.begin(self.tr("Resuming…"))
        self._update()

    @Slot()
    def ask_cancel(self) -> bool:
        """Cancel, after asking (the Cancel button does this)."""
        return self.progress.ask_cancel()

    # -- news from the controller --------------------------------------------------------------
    @Slot(str)
    def _run_created(self, run_id: str) -> None:
        if self._mine:
            self._run_id = run_id
            if self._row_key_asked:  # recorded only once the account holds the row key
                self.options.row_key_box.made()

    @Slot(str, list)
    def _rows_arrived(self, run_id: str, items: list[ResultItem]) -> None:
        if run_id != self._run_id:
            return
        bar = self.table.verticalScrollBar()
        at_bottom = bar.value() >= bar.maximum() - 2
        self.model.upsert(items)
        self.table.setVisible(True)
        if at_bottom:
            self.table.scrollToBottom()

    @Slot(object)
    def _run_ended(self, outcome: RunOutcome) -> None:
        if outcome.run_id != self._run_id:
            return
        mine, self._mine = self._mine, False  # (not mine: this run was resumed on the Results step)
        self._outcome = outcome
        self._show_banner(*ended_news(outcome, self._left_out))
        if outcome.state not in ("finished", "cancelled"):  # stopped: the details behind the plain words
            self.banner.setToolTip(outcome.message)
        self._update()
        s = self.session
        if mine and self._run_file == (s.path, s.target, s.practice):  # (else not the run of what is on screen)
            self.session.set_results(outcome)

    @Slot(str, str)
    def _run_failed(self, message: str, run_id: str) -> None:
        if not self._mine:
            return
        self._mine = False
        if not run_id:
            self._run_id, self._run_key = None, None
        self._show_banner("error", message)
        offer_release(self, self.banner, self._show_banner)  # a damaged journal's hold (send_hold)
        self._update()

    @Slot(str)
    def _notice(self, text: str) -> None:
        """The journal was damaged and replaced: said once, above the run that goes on."""
        self._show_banner("warning", core_text(text))

    @Slot(bool)
    def _busy_changed(self, _busy: bool) -> None:
        """A send, or the batches being prepared again, started or ended."""
        self._update()

    # -- the batches prepared again (send_options shows the progress) ------------------------------
    @Slot()
    def _build_started(self) -> None:
        if self.isVisible():
            self.banner.hide()
        self._update()

    @Slot(str)
    def _build_failed(self, message: str) -> None:
        if self.isVisible():
            self._show_banner("error", message)

    # -- following the session -----------------------------------------------------------------
    @Slot(object)
    def _batches_changed(self, _batches: object) -> None:
        self.options.rebuild()
        if self.controller.is_running():
            self._update()
            return
        if self.session.batches is not None and not self._same_run_key():
            self.banner.hide()
            self.model.clear()
        self._update()

    @Slot(bool)
    def _practice_changed(self, _practice: bool) -> None:
        self._update()

    @Slot(str)
    def _target_changed(self, target: str) -> None:
        self.model.target = target  # (the mode box shows itself for HubSpot)
        self._update()

    # -- showing -------------------------------------------------------------------------------
    def _show_banner(self, kind: str, text: str) -> None:
        self.banner.clear_actions()
        self.banner.set_kind(kind)
        self.banner.set_text(text)
        self.banner.setToolTip("")
        self.banner.show()

    def _sentence(self) -> str:
        """What is ready to send; nothing while these batches are being sent or once they were (the
        progress and the banner say it then: a count is said once, and never after it stopped being true)."""
        s = self.session
        if s.batches is None or (self._run_id is not None and self._same_run_key()) or \
                (self._mine and self.controller.is_running()):
            return ""
        return ready_sentence(send_summary(s.target, s.batches, s.counts))

    def _hint(self, running: bool, building: bool, n: int, choice: str | None, *, sent: bool,
              unfinished: bool) -> str:
        """Why Send cannot be pressed now (or what it is doing), in the person's words; "" when it can."""
        if running:
            return self.tr("Sending…") if self._mine else self.tr("Another send is going on; wait for it to end.")
        if building:
            return self.tr("Wait for the batches to be prepared.")
        if self.session.batches is None:
            return self.tr("The batches could not be prepared. Go back to the Preview step to try again.")
        if not n:
            return self.tr("There is nothing to send: go back and fix or include some rows.")
        if choice is None:
            return self.tr("Choose where to send the contacts.")
        if sent:
            return self.tr("Sent. To send these contacts again, change something on an earlier step first.")
        if unfinished:
            return self.tr("This run did not finish: Resume sends the contacts not sent yet.")
        return ""

    def _update(self) -> None:
        """Enable what makes sense now and say why the rest is not."""
        running = self.controller.is_running()
        building = self.builder.is_busy()
        if not building:  # while the batches are prepared again, the sentence and the button keep their words
            self.summary.setText(self._sentence())
            self.summary.setVisible(bool(self.summary.text()))
        n = self.contacts_to_send()
        choice = self.chosen()
        crm = TARGET_LABELS[self.session.target]
        same = self._run_id is not None and self._same_run_key()
        outcome = self._outcome if same else None
        unfinished = same and not running and (outcome is None or outcome.resumable)
        where = self.tr("practice {crm}").format(crm=crm) if choice == PRACTICE else crm
        if not building:
            self.send_button.setText(self.tr("Send 1 contact to {where}").format(where=where) if n == 1 else
                                     self.tr("Send {n} contacts to {where}").format(n=fmt_int(n), where=where))
            self.send_button.setAccessibleName(self.send_button.text())
        self.send_hint.setText(self._hint(running, building, n, choice,
                                          sent=same and outcome is not None and outcome.state == "finished",
                                          unfinished=unfinished))
        self.send_button.setEnabled(not running and not building and bool(n) and choice is not None and not same)
        self.send_button.setVisible(not unfinished)
        # The results table appears with the first run of these batches (before, it only took room).
        self.table.setVisible(running or self.model.rowCount() > 0)
        self.resume_button.setVisible(unfinished)
        self.resume_button.setEnabled(unfinished)
        self.where.setEnabled(not running)
        self.options.set_enabled(not running)
