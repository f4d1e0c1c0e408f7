"""Picks the client for a connection, so the engine and GUI never name a CRM class."""

from __future__ import annotations

from typing import Any

from core.targets.client_base import Connection, CrmClient
from core.targets.hubspot_client import HubSpotClient
from core.targets.virtuous_client import VirtuousClient


def make_client(connection: Connection, **options: Any) -> CrmClient:
    """``options`` go to the client (e.g. ``backoff_base`` in tests, ``contacts_path`` for HubSpot)."""
    if connection.target == "virtuous":
        return VirtuousClient(connection, **options)
    if connection.target == "hubspot":
        return HubSpotClient(connection, **options)
    raise ValueError(f"Unknown CRM target {connection.target!r}; expected 'virtuous' or 'hubspot'")
