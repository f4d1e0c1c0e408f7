"""Whether another account configuration would change what checking a mapping finds.

The practice account's fields often arrive while the Check step is already checking 200,000 rows
with the built-in ones. Checking again takes as long as the first check; it is only worth it when
the new fields check the mapped values differently. They do not when every field the checks read
(the mapped ones, and the required ones whose labels the messages name) is defined the same, the
same mapped fields are unknown to the account, and the account's row rules read none of the mapped
fields. A field given one value for every row (a constant) is compared by checking that value once
under each configuration: a Virtuous account turns "Contact type" into a list of its own types, and
the constant "Household" is read the same by both when the account has that type.
"""

from __future__ import annotations

from dataclasses import replace

from core.account.catalog import catalog_for_mapping, checking_for
from core.account.model import AccountConfig
from core.account.rules import RULE_READS
from core.mapping.catalog import Catalog, FieldDef, required_fields
from core.mapping.model import Mapping
from core.mapping.plan import Plan
from core.records import Record
from core.validation.check import Checker, RowRule


def _as_checked(fd: FieldDef | None) -> FieldDef | None:
    """A field's definition without what only the Map step shows (synonyms, group, description)."""
    if fd is None:
        return None
    return replace(fd, synonyms=(), group="", description="", is_constant_friendly=False)


def _unknown(mapping: Mapping, catalog: Catalog) -> set[str]:
    """The mapped fields an account does not have (the checker makes them errors; see ``Checker``)."""
    if catalog.as_of is None:
        return set()
    return {fm.field for fm in mapping.fields if catalog.get(fm.field) is None}


def _one_row(mapping: Mapping, catalog: Catalog, rule: RowRule | None) -> tuple[dict, list]:
    """The values and issues of a row of empty cells checked with ``mapping`` (constants only)."""
    record = Record(2, [None] * len(mapping.headers))
    [row] = list(Plan(mapping, mapping.headers, catalog).rows([record]))
    checked = Checker(mapping, catalog, rule).check(row)
    return dict(checked.values), list(checked.issues)


def same_checks(before: AccountConfig | None, after: AccountConfig | None, mapping: Mapping) -> bool:
    """True when checking ``mapping`` with ``after``'s fields would find what ``before``'s found (None:
    the built-in fields), so a check made with ``before`` stands. False whenever that is not sure."""
    target = mapping.target
    old_cat, new_cat = catalog_for_mapping(before, mapping), catalog_for_mapping(after, mapping)
    old_rule, new_rule = checking_for(before, target)[1], checking_for(after, target)[1]
    if _unknown(mapping, old_cat) != _unknown(mapping, new_cat):
        return False
    mapped = {fm.field for fm in mapping.fields}
    keys = mapped | {k for group in required_fields(target) for k in group}
    differ = {k for k in keys if _as_checked(old_cat.get(k)) != _as_checked(new_cat.get(k))}
    if old_rule is not None or new_rule is not None:
        differ |= mapped & RULE_READS
    if not differ:
        return True
    constants = [fm for fm in mapping.fields if fm.field in differ]
    if not differ <= mapped or any(fm.constant is None or fm.sources for fm in constants):
        return False  # a column's values, or a required field's words, are read differently
    only = mapping.model_copy(update={"fields": [fm.model_copy() for fm in constants]})
    return _one_row(only, old_cat, old_rule) == _one_row(only, new_cat, new_rule)
