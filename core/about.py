"""What the About box, the Help menu and ``contact-importer about`` tell a person: one list, so they agree.

``engine_status`` is how a support call (or CI, on the built app) learns whether the duplicate
finder's engine loads: splink, DuckDB and pyarrow are imported there and nowhere at module level.
"""

from __future__ import annotations

import platform
import sys
from dataclasses import dataclass
from pathlib import Path

from core import APP_NAME, __version__
from core.logs import log_path
from core.paths import data_dir, journal_path

#: PySide6 (Qt for Python) and Qt itself are used under the GNU LGPL v3; the app links them dynamically
#: and ships them as separate, replaceable libraries (the build's folder keeps them as files).
QT_LICENCE = "Qt and PySide6 (Qt for Python) © The Qt Company, used under the GNU LGPL v3 (https://www.qt.io/licensing/)"
LGPL_URL = "https://www.gnu.org/licenses/lgpl-3.0.html"
#: The duplicate finder's engine, in import order.
ENGINE_MODULES = ("duckdb", "pyarrow", "sqlglot", "splink")


@dataclass(frozen=True)
class AboutFacts:
    version: str
    data_folder: Path
    log_file: Path
    run_journal: Path
    templates_folder: Path
    frozen: bool  # the built app (PyInstaller) rather than an installed package
    python: str


def about_facts() -> AboutFacts:
    folder = data_dir()
    return AboutFacts(version=__version__, data_folder=folder, log_file=log_path(), run_journal=journal_path(),
                      templates_folder=folder / "templates", frozen=bool(getattr(sys, "frozen", False)),
                      python=platform.python_version())


def engine_status() -> dict[str, str]:
    """Each engine module's version, or why it did not load; runs one DuckDB query to prove the engine works."""
    import importlib

    status: dict[str, str] = {}
    for name in ENGINE_MODULES:
        try:
            module = importlib.import_module(name)
        except Exception as e:  # noqa: BLE001 - any failure to load is the answer here
            status[name] = f"not available ({type(e).__name__}: {e})"
            continue
        status[name] = str(getattr(module, "__version__", "loaded"))
    if all(not status[name].startswith("not available") for name in ENGINE_MODULES):
        status["splink on duckdb"] = _tiny_linkage()
    return status


def _tiny_linkage() -> str:
    """Link four rows with splink on DuckDB: loads its SQL templates and data files, as real matching does."""
    import logging

    import splink.comparison_library as cl
    from splink import DuckDBAPI, Linker, SettingsCreator, block_on

    loggers = [logging.getLogger(n) for n in ["splink", *logging.root.manager.loggerDict] if n.startswith("splink")]
    levels = [lg.level for lg in loggers]
    for lg in loggers:  # untrained defaults are the point here: no warnings (only for this check)
        lg.setLevel(logging.ERROR)
    try:
        names = [("bob", "smith"), ("bob", "smith"), ("ann", "lee"), ("ann", "li")]
        db = DuckDBAPI()
        rows = db.register([{"unique_id": i, "first_name": f, "surname": s} for i, (f, s) in enumerate(names)])
        settings = SettingsCreator(link_type="dedupe_only", comparisons=[cl.ExactMatch("first_name"),
                                                                       cl.ExactMatch("surname")],
                                   blocking_rules_to_generate_predictions=[block_on("first_name")])
        pairs = Linker(rows, settings).inference.predict().as_pyarrow_table().num_rows
    finally:
        for lg, level in zip(loggers, levels, strict=True):  # later matching still logs its training warnings
            lg.setLevel(level)
    return "ok" if pairs == 2 else f"unexpected: {pairs} pairs for 2 expected"


#: keyring's backends by module, as a person knows them.
PASSWORD_STORES = {"keyring.backends.Windows": "Windows Credential Manager",
                   "keyring.backends.macOS": "macOS Keychain",
                   "keyring.backends.SecretService": "Secret Service (GNOME Keyring, KeePassXC)",
                   "keyring.backends.kwallet": "KWallet",
                   "keyring.backends.libsecret": "libsecret (GNOME Keyring)"}
NO_PASSWORD_STORE = "none on this computer: API keys are kept only until the app closes"


def password_store() -> str:
    """Where keyring keeps API keys by default here (Credential Manager, Keychain, …), or that there is none
    and keys last for the session only (gui.connections keeps them in memory then)."""
    try:
        import keyring
        from keyring.backends import chainer

        backend = keyring.get_keyring()
        backends = backend.backends if isinstance(backend, chainer.ChainerBackend) else [backend]
    except Exception:  # noqa: BLE001 - a broken keyring is the same as none for a person
        return NO_PASSWORD_STORE
    names = [PASSWORD_STORES[type(b).__module__] for b in backends if type(b).__module__ in PASSWORD_STORES]
    return ", ".join(dict.fromkeys(names)) or NO_PASSWORD_STORE


def about_lines(facts: AboutFacts | None = None) -> list[str]:
    """The facts as plain text lines (the command line's ``about``)."""
    f = facts or about_facts()
    return [f"{APP_NAME} {f.version}" + (" (built app)" if f.frozen else ""),
            f"Data folder: {f.data_folder}",
            f"Log file: {f.log_file}",
            f"Run journal: {f.run_journal}",
            f"Mapping templates: {f.templates_folder}",
            f"Password store: {password_store()}",
            f"Python {f.python}",
            QT_LICENCE]
