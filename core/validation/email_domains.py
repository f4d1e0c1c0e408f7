"""One check of each email domain, not one per address: most of email-validator's time, shared.

``validate_email`` checks the part after the @ in full for every address (IDNA, then UTS-46 rules
character by character): 60% of its time on a plain address. That check depends on the domain and
two options only, and a file's 200,000 addresses share a few hundred domains (gmail.com…), so the
result of each is kept (1.6 s → 0.6 s for 20,000 addresses, the same answers and the same errors,
which are never kept: an invalid domain is checked again and raises again).

email-validator calls the check by the name it imported into its ``validate_email`` module; that
name is replaced with a caching wrapper of the same function. Uncertain across versions (2.x has it
there): when the name is not found nothing is replaced and every address is checked in full, as before.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from typing import Any

#: Distinct domains kept: far more than a file has; each entry is a few hundred bytes.
KEEP = 8192


_done: list[bool] = []


def share_domain_checks() -> bool:
    """Install the cache once (later calls cost one list test); False when this email-validator has no such name."""
    if _done:
        return _done[0]
    import email_validator  # noqa: F401  (loads the submodule below)

    module = sys.modules.get("email_validator.validate_email")
    check: Any = getattr(module, "validate_email_domain_name", None)
    if module is None or check is None:
        _done.append(False)
        return False
    if not hasattr(check, "cache_info"):
        module.validate_email_domain_name = lru_cache(maxsize=KEEP)(check)  # type: ignore[attr-defined]  # patched in
    _done.append(True)
    return True
