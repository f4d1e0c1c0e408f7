"""Derived Virtuous ``referenceId``s: who the person is, never where the row sits.

Virtuous matches imports on external reference ids and merges a match into the existing contact
(docs/api-virtuous.md §6), so an id that two people can receive merges strangers. The old
id (file name + sheet + row number) did exactly that: next month's ``guests.xlsx`` handed row 5's id to
whoever was in row 5 then. A derived id is therefore a hash of the row's normalised identity:

1. email (+ name): the strongest thing a spreadsheet has. No per-file salt, so the same person gets
   the same id from any file, re-run or resorted; the name keeps two people sharing a household
   email apart.
2. name + phone, else name + street address and postal code: for rows without an email.
3. anything weaker (a name only): the name, every other value of the row and the source (file and
   sheet) as a salt. Stable across re-runs and resorts of the same file; two people of the same name
   differ unless every value they have is equal. A person is better served by mapping their own ID
   column (README).

A mapped ID column always wins. Rows of one import with identical identities (exact duplicate rows)
get ``-2``, ``-3``… in file order, so every row keeps a key of its own within the run.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from typing import Any, Protocol

from core.validation.normalize import as_text

PREFIX = "ci-"


class RowValues(Protocol):
    """A row's values: a dict, or a checked row (which answers both without building one)."""

    def get(self, key: str, default: Any = None) -> Any: ...

    def items(self) -> Iterable[tuple[str, Any]]: ...

_SPACE = re.compile(r"\s+")
_NON_DIGIT = re.compile(r"\D")
_NAME_KEYS = ("firstName", "lastName")
_IGNORED = frozenset({"referenceId", "contactType", "emailType", "phoneType"})


def _norm(value: Any) -> str:
    if value is None:
        return ""
    text = (value if value.__class__ is str else as_text(value)).strip().lower()
    return _SPACE.sub(" ", text) if "  " in text or "\t" in text or "\n" in text else text


def identity(values: RowValues, source_name: str) -> str:
    """The normalised identity text a derived id is the hash of (kept readable for tests and docs)."""
    name = " ".join(p for p in (_norm(values.get(k)) for k in _NAME_KEYS) if p) or _norm(values.get("name"))
    email = _norm(values.get("email"))
    if email:
        return f"email|{email}|{name}"
    raw_phone = values.get("phone")
    phone = _NON_DIGIT.sub("", as_text(raw_phone)) if raw_phone else ""
    if name and len(phone) >= 7:
        return f"phone|{name}|{phone}"
    street, postal = _norm(values.get("address1")), _norm(values.get("postal")).replace(" ", "")
    if name and street and postal:
        return f"address|{name}|{street}|{postal}"
    rest = sorted(f"{k}={_norm(v)}" for k, v in values.items() if k not in _IGNORED and _norm(v))
    return f"weak|{source_name}|{name}|{'|'.join(rest)}"


def _id_of(identity_text: str) -> str:
    return PREFIX + hashlib.sha256(identity_text.encode("utf-8")).hexdigest()[:20]


def _mapped_id(values: RowValues) -> str:
    """The row's own mapped referenceId, or "" when it has none."""
    mapped = values.get("referenceId")
    return as_text(mapped).strip() if mapped not in (None, "") else ""


def derived_reference_id(values: RowValues, source_name: str) -> str:
    return _id_of(identity(values, source_name))


def file_free_id(values: RowValues) -> str | None:
    """The derived id when it does not depend on the file (an email, phone or address identity), else
    None. A checking process makes it beside the row (``CheckedRow.derived_id``), for ``reference_ids``."""
    if _mapped_id(values):
        return None  # the mapped id wins: nothing to derive
    text = identity(values, "")
    return None if text.startswith("weak|") else _id_of(text)


def reference_ids(rows: Iterable[RowValues], source_name: str) -> list[str]:
    """One id per row, in order: the mapped ``referenceId`` when there is one, else derived; repeats
    within the import get a ``-n`` suffix (file order), so keys stay unique."""
    out: list[str] = []
    seen: dict[str, int] = {}
    for values in rows:
        ref = _mapped_id(values) or getattr(values, "derived_id", None) or derived_reference_id(values, source_name)
        n = seen.get(ref, 0) + 1
        seen[ref] = n
        out.append(ref if n == 1 else f"{ref}-{n}")
    return out
