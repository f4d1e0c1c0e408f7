"""The app's log file: one rotating file in the data folder, with every known secret blanked out.

Tokens should never reach a log line in the first place; the filter is the second line of defence
for text a server echoes back or an exception that quotes a request.
"""

from __future__ import annotations

import logging
import logging.handlers
import threading
from pathlib import Path

from core.paths import data_dir

LOG_NAME = "contact-importer.log"
_secrets: set[str] = set()
_lock = threading.Lock()


def log_path() -> Path:
    return data_dir() / "logs" / LOG_NAME


def forget_in_logs(secret: str | None) -> None:
    """Register a token so it is replaced by *** in anything logged from now on."""
    if secret and len(secret) >= 4:
        with _lock:
            _secrets.add(secret)


def scrub(text: str) -> str:
    with _lock:
        secrets = list(_secrets)
    for s in secrets:
        if s in text:
            text = text.replace(s, "***")
    return text


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


def setup_logging(level: int = logging.INFO) -> Path:
    """Send the app's log records to the rotating file (idempotent); returns the file's path."""
    path = log_path()
    root = logging.getLogger()
    for h in list(root.handlers):
        if getattr(h, "_contact_importer", False):
            if Path(getattr(h, "baseFilename", "")) == path:
                return path
            root.removeHandler(h)  # the data folder moved (tests, CONTACT_IMPORTER_HOME): follow it
            h.close()
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler._contact_importer = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(_ScrubFilter())
    root.addHandler(handler)
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
    logging.getLogger("httpx").setLevel(logging.WARNING)  # it logs every request line at INFO
    return path
