"""The log file gets the app's messages and never a token."""

import logging

from core.logs import forget_in_logs, setup_logging


def test_log_file_scrubs_tokens(isolated_home):
    path = setup_logging()
    token = "pat-na1-SECRET-1234567890"
    forget_in_logs(token)
    log = logging.getLogger("core.test")
    log.warning("server said: bad token %s", token)
    try:
        raise RuntimeError(f"request failed with Authorization: Bearer {token}")
    except RuntimeError:
        log.exception("send failed")
    for h in logging.getLogger().handlers:
        h.flush()
    text = path.read_text(encoding="utf-8")
    assert "server said: bad token ***" in text
    assert "Bearer ***" in text
    assert token not in text
    assert path.parent.name == "logs" and str(path).startswith(str(isolated_home))
    for h in list(logging.getLogger().handlers):
        if getattr(h, "_contact_importer", False):
            logging.getLogger().removeHandler(h)
            h.close()
