"""Cutting a journaled batch down to some of its rows, for re-sending only what the CRM does not hold.

Re-sending a whole HubSpot create batch after a lost answer would create its rows twice, so after
reconciling, only the rows the CRM lacks go out again — in a body rebuilt through the same models
and serializer as the original, so it is byte-for-byte what the preview would have shown.
"""

from __future__ import annotations

from collections.abc import Collection

from core.targets.hubspot_models import CreateRequest, UpdateRequest, UpsertRequest
from core.targets.payloads import OP_HS_CREATE, OP_HS_UPDATE, OP_HS_UPSERT, OP_VIRTUOUS, Batch, serialize
from core.targets.virtuous_models import VirtuousBatchRequest

#: Operations a CRM applies at most once per row however often they are sent (matched on referenceId
#: upserted by email, or updated by contact id), so a batch whose fate is unclear may simply be sent again.
IDEMPOTENT = frozenset({OP_VIRTUOUS, OP_HS_UPSERT, OP_HS_UPDATE})
_HUBSPOT_MODELS: dict[str, type[CreateRequest | UpsertRequest | UpdateRequest]] = {
    OP_HS_CREATE: CreateRequest, OP_HS_UPSERT: UpsertRequest, OP_HS_UPDATE: UpdateRequest}


def subset_body(operation: str, body: bytes, keys: Collection[str]) -> bytes:
    """The body with only the contacts/inputs whose referenceId/objectWriteTraceId is in ``keys``."""
    wanted = set(keys)
    if operation == OP_VIRTUOUS:
        vreq = VirtuousBatchRequest.model_validate_json(body)
        vreq.contacts = [c for c in vreq.contacts if c.referenceId in wanted]
        return serialize(vreq)
    model = _HUBSPOT_MODELS.get(operation)
    if model is not None:
        req = model.model_validate_json(body)
        # the model's own inputs, some left out; mypy cannot tie the inputs' type to the model's
        req.inputs = [i for i in req.inputs if i.objectWriteTraceId in wanted]  # type: ignore[assignment]
        return serialize(req)
    raise ValueError(f"cannot cut a batch of unknown operation {operation!r}")


def body_keys(operation: str, body: bytes) -> list[str]:
    """The row keys a body carries, in order (used to check a body and its items agree)."""
    if operation == OP_VIRTUOUS:
        return [c.referenceId for c in VirtuousBatchRequest.model_validate_json(body).contacts]
    model = _HUBSPOT_MODELS.get(operation, UpsertRequest)
    return [i.objectWriteTraceId for i in model.model_validate_json(body).inputs]


def sub_batch(batch: Batch, keys: Collection[str]) -> Batch:
    """The same batch (same number and operation) restricted to ``keys``."""
    wanted = set(keys)
    items = [i for i in batch.items if i.key in wanted]
    return Batch(batch.number, batch.operation, items, subset_body(batch.operation, batch.body, wanted),
                 batch.reference_source, batch.not_before)
