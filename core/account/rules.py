"""Checks that need an account's lists: Virtuous types, tags, and events/opportunities given by name.

An unknown contact type, email/phone type or custom field is an error (Virtuous would park the row
in its review queue or drop the value); an unknown tag is a warning (whether Virtuous creates it is
[U], docs/api-virtuous.md §1). A name matching exactly one event or opportunity is sent with its id.
"""

from __future__ import annotations

import re
from typing import Any

from core.account.model import AccountConfig, Named
from core.mapping.apply import MappedRow
from core.validation import issues as codes
from core.validation.check import RowRule
from core.validation.issues import Issue, Severity
from core.validation.normalize import as_text
from core.words import N_

_OPP_NAME = "volunteerAttendances.volunteerOpportunityName"
_OPP_ID = "volunteerAttendances.volunteerOpportunityId"
#: The fields ``VirtuousRules`` reads or fills in: with none of them mapped, an account's rule finds nothing.
RULE_READS = frozenset({"emailType", "phoneType", "tags", "emailLists", "eventName", "eventId", _OPP_NAME, _OPP_ID})


def _squash(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.lower())


def _canonical(value: str, known: list[str]) -> str | None:
    for k in known:
        if k.lower() == value.lower():
            return k
    for k in known:
        if _squash(k) == _squash(value):
            return k
    return None


def resolve_name(name: str, items: list[Named]) -> tuple[int | None, list[Named]]:
    """(id, []) for exactly one match, else (None, the candidates) — empty when none matched."""
    exact = [i for i in items if i.name.strip().lower() == name.strip().lower()]
    if not exact:
        exact = [i for i in items if _squash(i.name) == _squash(name)]
    return (exact[0].id, []) if len(exact) == 1 else (None, exact)


#: What Virtuous does with a tag its account does not have, on an import, is not documented
#: (docs/api-virtuous.md §1): the warning says so rather than promise either.
TAG_NEW = N_("is not a tag in the account yet; Virtuous may add it or leave it out when the import is reviewed")


class VirtuousRules:
    """A ``RowRule`` over one Virtuous account's configuration."""

    def __init__(self, config: AccountConfig) -> None:
        self.config = config

    def __call__(self, out: dict[str, Any], mrow: MappedRow, found: list[Issue]) -> None:
        row = mrow.row
        c = self.config

        def issue(code: str, sev: Severity, key: str, value: Any, text: str) -> None:
            col = mrow.columns.get(key, key)
            found.append(Issue(row, code, sev, col, key, value,
                               f"Row {row}, column '{col}': '{as_text(value)}' {text}"))

        for key, known, what in (("emailType", c.email_types, N_("email")), ("phoneType", c.phone_types, N_("phone"))):
            if key in out and known:
                canon = _canonical(as_text(out[key]), known)
                if canon is None:
                    issue(codes.TYPE_UNKNOWN, "error", key, out.pop(key),
                          N_("is not one of the account's {what} types ({options})").format(
                              what=what, options=", ".join(known)))
                else:
                    out[key] = canon
        tags = out.get("tags")
        if isinstance(tags, list) and c.tags:
            fixed = []
            for tag in tags:
                canon = _canonical(tag, c.tags)
                if canon is None:
                    issue(codes.TAG_UNKNOWN, "warning", "tags", tag,
                          TAG_NEW)
                fixed.append(canon or tag)
            out["tags"] = fixed
        lists = out.get("emailLists")
        if isinstance(lists, list) and c.email_lists:  # POST /api/EmailList/Search, read with the account
            fixed = []
            for name in lists:
                canon = _canonical(str(name), c.email_lists)
                if canon is None:
                    issue(codes.EMAIL_LIST_UNKNOWN, "warning", "emailLists", name,
                          N_("is not an email list in the account (Virtuous may leave it out); its lists: "
                             "{options}").format(options=", ".join(c.email_lists)))
                fixed.append(canon or name)
            out["emailLists"] = fixed
        self._by_name(out, "eventName", "eventId", c.events, "event", issue)
        self._by_name(out, _OPP_NAME, _OPP_ID, c.opportunities, "volunteer opportunity", issue)

    @staticmethod
    def _by_name(out: dict[str, Any], name_key: str, id_key: str, items: list[Named], what: str, issue: Any) -> None:
        name = out.get(name_key)
        if not name or out.get(id_key) is not None or not items:
            return
        found_id, candidates = resolve_name(as_text(name), items)
        if found_id is not None:
            out[id_key] = found_id
        elif candidates:
            ids = ", ".join(f"{i.name} (ID {i.id})" for i in candidates)
            said = N_("matches several events: {ids}; give the ID to choose one") if what == "event" else \
                N_("matches several volunteer opportunitys: {ids}; give the ID to choose one")
            issue(codes.NAME_AMBIGUOUS, "warning", name_key, name, said.format(ids=ids))
        else:
            issue(codes.NAME_UNKNOWN, "warning", name_key, name, N_("is not an event in the account; sent by name only")
                  if what == "event" else N_("is not a volunteer opportunity in the account; sent by name only"))


def rule_for(config: AccountConfig | None, target: str) -> RowRule | None:
    if config is None or config.target != target or target != "virtuous":
        return None
    return VirtuousRules(config)
