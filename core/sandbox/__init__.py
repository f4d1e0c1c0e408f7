"""The sandbox CRM: a local HTTP stand-in for Virtuous and HubSpot for practice mode and tests.

It follows the services' documented contracts, not the app's assumptions, so it may import only
``core.records`` and the target payload models, never the clients, the engine or the cli.

Usage::

    with SandboxServer(faults=parse_faults(["5xx=0.1"], seed=7)) as sandbox:
        httpx.post(sandbox.base_url + "/api/Contact/Batch", headers={"Authorization": f"Bearer {sandbox.token}"}, ...)
        sandbox.contacts()  # what arrived, with per-contact write counts
"""

from core.sandbox.faults import FaultConfig, parse_fault, parse_faults
from core.sandbox.hubspot_properties import CONTACT_PROPERTIES, PROPERTIES_BY_NAME
from core.sandbox.server import SandboxServer

__all__ = [
    "CONTACT_PROPERTIES",
    "PROPERTIES_BY_NAME",
    "FaultConfig",
    "SandboxServer",
    "parse_fault",
    "parse_faults",
]
