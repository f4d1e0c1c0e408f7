"""The app's log file: one rotating file in the data folder, with every known secret blanked out.

Tokens should never reach a log line in the first place; the filter is the second line of defence
for text a server echoes back or an exception that quotes a request.
"""

from __future__ import annotations

import logging
import logging.handlers
import threading
from pathlib import Path

from core.paths import data_dir, private_file, private_folder
from core.redaction import MIN_TOKEN_LENGTH, blank

LOG_NAME = "contact-importer.log"
_secrets: set[str] = set()
_lock = threading.Lock()


def log_path() -> Path:
    return data_dir() / "logs" / LOG_NAME


def forget_in_logs(secret: str | None) -> None:
    """Register a token so it is replaced by *** in anything logged from now on (too short to be a
    real token: ignored, see ``core.redaction``; such tokens are refused where they are entered)."""
    if secret and len(secret) >= MIN_TOKEN_LENGTH:
        with _lock:
            _secrets.add(secret)


def scrub(text: str) -> str:
    with _lock:
        secrets = list(_secrets)
    return blank(text, secrets)


class _ScrubFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = scrub(message)
        if clean != message or record.exc_info:
            record.msg, record.args = clean, None
        if record.exc_info:
            formatted = logging.Formatter().formatException(record.exc_info)
            record.msg = f"{record.msg}\n{scrub(formatted)}"
            record.exc_info, record.exc_text = None, None
        return True


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """The log (and each file it rotates into) readable by its owner only: it names files and people."""

    def _open(self):
        stream = super()._open()
        private_file(self.baseFilename)
        return stream


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send the app's log records to the rotating file (idempotent); returns the file's path, or None
    when the data folder cannot be written (the journal then says so in words; logging is no reason to stop)."""
    try:
        return _setup(level)
    except OSError:
        return None


def _setup(level: int) -> Path:
    path = log_path()
    root = logging.getLogger()
    for h in list(root.handlers):
        if getattr(h, "_contact_importer", False):
            if Path(getattr(h, "baseFilename", "")) == path:
                return path
            root.removeHandler(h)  # the data folder moved (tests, CONTACT_IMPORTER_HOME): follow it
            h.close()
    private_folder(path.parent)
    handler = _PrivateRotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler._contact_importer = True  # type: ignore[attr-defined]  # our mark, found again by setup_logging
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(_ScrubFilter())
    root.addHandler(handler)
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
    logging.getLogger("httpx").setLevel(logging.WARNING)  # it logs every request line at INFO
    return path
