"""Shared pieces for the submission tests: an isolated app home, sheets of guests, a fake CRM.

The fake CRM is for engine unit tests only (exact control over what a send does); the proof tests
run the real clients over HTTP against the sandbox.
"""

from __future__ import annotations

import csv
import json
import threading
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import keyring
import keyring.backend
import keyring.errors
import pytest

from core.mapping.automap import suggest_mapping
from core.pipeline import Checked, check_table, make_batches
from core.records import Table
from core.submit.journal import Journal
from core.submit.runs import Destination, create_run
from core.targets.outcomes import RowOutcome
from core.targets.payloads import Batch
from tests.core.tables import table

HEADERS = ["First Name", "Last Name", "Email", "Notes"]
TOKEN = "tok-SECRET-do-not-leak-7f3a9c"


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every submission test gets its own app home and no token from the real environment."""
    home = tmp_path / "home"
    monkeypatch.setenv("CONTACT_IMPORTER_HOME", str(home))
    monkeypatch.delenv("CONTACT_IMPORTER_TOKEN", raising=False)
    return home


def guest_rows(n: int, bad: tuple[int, ...] = (), prefix: str = "guest") -> list[list[Any]]:
    """``n`` people; indexes in ``bad`` get an invalid email and no name (skipped by the checks: with a name, a
    HubSpot contact is created without the email it could not read)."""
    return [[f"Ann{i}", "Lee", f"{prefix}{i}@example.org", f"note {i}"] if i not in bad else
            ["", "", "nobody@", f"note {i}"] for i in range(n)]


def guests(n: int, bad: tuple[int, ...] = (), path: str = "guests.csv") -> Table:
    return table(HEADERS, *guest_rows(n, bad), path=path, sheet=None)


def write_guests_csv(path: Path, n: int, bad: tuple[int, ...] = (), prefix: str = "guest") -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(HEADERS)
        w.writerows(guest_rows(n, bad, prefix))
    return path


def plan(target: str, n: int, batch_size: int = 10, bad: tuple[int, ...] = (), mode: str = "create",
         path: str = "guests.csv") -> tuple[Checked, list[Batch]]:
    t = guests(n, bad, path)
    checked = check_table(t, suggest_mapping(t.headers, target))
    return checked, make_batches(checked, batch_size=batch_size, mode=mode)


def new_run(journal: Journal, target: str, n: int, batch_size: int = 10, bad: tuple[int, ...] = (),
            mode: str = "create", base_url: str = "http://crm.invalid", concurrency: int | None = None) -> str:
    checked, batches = plan(target, n, batch_size, bad, mode)
    return create_run(journal, checked, batches, Destination(target, base_url, "test"), mode=mode,
                      batch_size=batch_size, concurrency=concurrency)


def body_keys(batch: Batch) -> list[str]:
    doc = json.loads(batch.body)
    if "contacts" in doc:
        return [c["referenceId"] for c in doc["contacts"]]
    return [i["objectWriteTraceId"] for i in doc["inputs"]]


Hook = Callable[["FakeCrm", Batch], list[RowOutcome]]


class FakeCrm:
    """A CRM in memory: ``send`` stores every row of a batch (counting writes) and says 'created';
    ``hooks[n]`` replaces what happens on the first send of batch ``n`` (raise, store-then-raise…)."""

    def __init__(self) -> None:
        self.writes: Counter[str] = Counter()
        self.sent: list[tuple[int, list[str]]] = []  # (batch number, keys in the body)
        self.reconciled: list[tuple[int, list[str]]] = []
        self.hooks: dict[int, Hook] = {}
        self.reconcile_hook: Hook | None = None
        self.before_send: Callable[[Batch], None] | None = None
        self.lock = threading.Lock()
        self.in_flight = 0
        self.max_in_flight = 0
        self.clients: list[FakeClient] = []

    def store(self, batch: Batch) -> list[RowOutcome]:
        with self.lock:
            for k in body_keys(batch):
                self.writes[k] += 1
        status = "accepted" if batch.target == "virtuous" else "created"
        return [RowOutcome(i.row, i.key, status, f"id-{i.key}") for i in batch.items]

    def client(self) -> FakeClient:
        c = FakeClient(self)
        self.clients.append(c)
        return c


class FakeClient:
    """Implements the CrmClient protocol over a ``FakeCrm``."""

    def __init__(self, crm: FakeCrm) -> None:
        self.crm = crm
        self.closed = False

    def send(self, batch: Batch, cancel: threading.Event | None = None, on_wait: Any = None) -> list[RowOutcome]:
        crm = self.crm
        with crm.lock:
            crm.sent.append((batch.number, body_keys(batch)))
            crm.in_flight += 1
            crm.max_in_flight = max(crm.max_in_flight, crm.in_flight)
            hook = crm.hooks.pop(batch.number, None)
        try:
            if crm.before_send is not None:
                crm.before_send(batch)
            return hook(crm, batch) if hook is not None else crm.store(batch)
        finally:
            with crm.lock:
                crm.in_flight -= 1

    def reconcile(self, batch: Batch, cancel: threading.Event | None = None) -> list[RowOutcome]:
        crm = self.crm
        with crm.lock:
            crm.reconciled.append((batch.number, [i.key for i in batch.items]))
        if crm.reconcile_hook is not None:
            return crm.reconcile_hook(crm, batch)
        status = "accepted" if batch.target == "virtuous" else "created"
        return [RowOutcome(i.row, i.key, status, f"id-{i.key}", message="found") if crm.writes[i.key]
                else RowOutcome(i.row, i.key, "not_sent") for i in batch.items]

    def test_connection(self) -> str:
        return "fake"

    def close(self) -> None:
        self.closed = True


def assert_one_outcome_per_row(journal: Journal, run_id: str, n_rows: int) -> dict[int, str]:
    rows = journal.rows(run_id)
    assert len(rows) == n_rows
    assert len({r.row for r in rows}) == n_rows
    return {r.row: r.status for r in rows}


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that lives in one test only, so no test touches the real one."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.store:
            raise keyring.errors.PasswordDeleteError(username)
        del self.store[(service, username)]


def run_that_met_the_token(journal: Journal) -> str:
    """A run that was given the token and met a CRM echoing it back everywhere it could: in failed rows'
    messages, and in an unexpected error (logged with its traceback) that stopped the run; then resumed.
    The caller has set up the log file; ``forget_in_logs(TOKEN)`` is done here, as the front ends do."""
    from core.logs import forget_in_logs
    from core.submit.engine import execute_run

    forget_in_logs(TOKEN)
    crm = FakeCrm()

    def echo_in_rows(crm: FakeCrm, batch: Batch) -> list[RowOutcome]:
        return [RowOutcome(i.row, i.key, "failed", code="INVALID", message=f"rejected: Authorization: Bearer {TOKEN}")
                for i in batch.items]

    def echo_in_error(crm: FakeCrm, batch: Batch) -> list[RowOutcome]:
        crm.store(batch)
        raise RuntimeError(f"connection reset while sending with Bearer {TOKEN}")

    crm.hooks = {1: echo_in_rows, 2: echo_in_error}
    run_id = new_run(journal, "hubspot", 30, batch_size=10)
    first = execute_run(journal, run_id, crm.client, concurrency=1, redact=[TOKEN])
    assert first.state == "stopped" and "***" in first.message  # the token reached the run, and was blanked
    assert execute_run(journal, run_id, crm.client, concurrency=1, redact=[TOKEN]).state == "finished"
    assert not crm.hooks  # both echoes really happened
    return run_id


def files_holding(secret: str, *folders: Path) -> list[str]:
    """Every file under ``folders`` whose bytes, or (for .xlsx and other zips) unzipped members, hold ``secret``."""
    import zipfile

    found = []
    needle = secret.encode()
    for folder in folders:
        for path in folder.rglob("*"):
            if not path.is_file():
                continue
            data = path.read_bytes()
            if needle in data or needle in data.decode("utf-8", "replace").encode("utf-16-le"):
                found.append(str(path))
            if zipfile.is_zipfile(path):
                with zipfile.ZipFile(path) as z:
                    found.extend(f"{path}!{name}" for name in z.namelist() if needle in z.read(name))
    return found
