"""What a person should know before moving on: required fields nothing fills, and what a send will do.

Pure functions over core objects, shared by the window (and any front end) so the numbers a person
reads are computed one way. Wording is left to the front end so it can be translated.
"""

from __future__ import annotations

from collections.abc import Mapping as MappingType
from dataclasses import dataclass

from core.mapping.catalog import FULL_NAME, required_fields
from core.mapping.model import Mapping
from core.targets.payloads import OP_HS_UPDATE, OP_HS_UPSERT, Batch


def filled_fields(mapping: Mapping) -> set[str]:
    """Fields that get a value from a column or a same-for-every-row constant."""
    out = set()
    for fm in mapping.fields:
        if fm.sources or fm.constant not in (None, ""):
            out.add(fm.field)
            if fm.split_name and fm.sources:
                out.add(FULL_NAME)
    return out


def unfilled_required(mapping: Mapping) -> list[tuple[str, ...]]:
    """Each group of fields (one of which every row needs) that nothing in the mapping fills."""
    filled = filled_fields(mapping)
    return [group for group in required_fields(mapping.target) if not filled.intersection(group)]


@dataclass(frozen=True, slots=True)
class SendSummary:
    """The numbers behind "3,214 contacts will be sent to HubSpot in 33 batches; 12 rows … skipped"."""

    target: str
    contacts: int
    batches: int
    skipped_errors: int
    excluded: int
    upserts: int  # HubSpot: contacts updated-or-created by email
    updates: int = 0  # HubSpot: rows a person chose to send as an update of a contact found in the account

    @property
    def creates(self) -> int:
        return self.contacts - self.upserts - self.updates


def send_summary(target: str, batches: list[Batch], counts: MappingType[str, int]) -> SendSummary:
    """Summarise batches built from checked rows whose statuses were counted as ``counts``."""
    contacts = sum(len(b.items) for b in batches)
    upserts = sum(len(b.items) for b in batches if b.operation == OP_HS_UPSERT)
    updates = sum(len(b.items) for b in batches if b.operation == OP_HS_UPDATE)
    return SendSummary(target, contacts, len(batches), int(counts.get("error", 0)), int(counts.get("excluded", 0)),
                       upserts, updates)
