"""Rows a person chose to send as an update of a contact found in the account: cut into ``batch/update``
batches by contact id (never as a property, never twice in one batch), sent over real HTTP to the
sandbox, safe to send again when an answer is lost, and a contact that is gone named on its row."""

from __future__ import annotations

import json

import pytest

from core.sandbox import FaultConfig
from core.sandbox.listing import seed_hubspot
from core.submit.rebatch import IDEMPOTENT, sub_batch
from core.targets.payloads import OP_HS_CREATE, OP_HS_UPDATE, UPDATE_ID, BatchOptions, pack_batches
from core.validation.issues import CheckedRow
from tests.core.sandbox_support import clean, sandbox_pool, seed_where
from tests.core.test_client_hubspot import TOKEN, client_for


@pytest.fixture
def sandboxes():
    with sandbox_pool(TOKEN) as make:
        yield make


def rows(ids: list[str | None]) -> list[CheckedRow]:
    out = []
    for i, cid in enumerate(ids):
        values = {"email": f"p{i}@example.org", "firstname": f"P{i}"}
        if cid is not None:
            values[UPDATE_ID] = cid
        out.append(CheckedRow(i + 2, values))
    return out


def test_chosen_updates_go_first_by_id_and_never_twice_in_one_batch():
    batches = pack_batches(rows(["7", None, "7", "8"]), BatchOptions("hubspot", mode="create"))
    assert [(b.operation, b.rows) for b in batches] == [(OP_HS_UPDATE, [2]), (OP_HS_UPDATE, [4, 5]),
                                                        (OP_HS_CREATE, [3])]
    body = json.loads(batches[1].body)
    assert body == {"inputs": [
        {"id": "7", "properties": {"email": "p2@example.org", "firstname": "P2"}, "objectWriteTraceId": "row-4"},
        {"id": "8", "properties": {"email": "p3@example.org", "firstname": "P3"}, "objectWriteTraceId": "row-5"}]}
    assert OP_HS_UPDATE in IDEMPOTENT and json.loads(sub_batch(batches[1], ["row-5"]).body)["inputs"][0]["id"] == "8"


def test_an_update_whose_answer_was_lost_is_sent_again_and_makes_no_contact(sandboxes):
    seed = seed_where(lambda d: d.drop_after, clean, p_drop_after=0.5)
    server = sandboxes(faults=FaultConfig(p_drop_after=0.5, seed=seed))
    [cid, gone] = seed_hubspot(server.hubspot_store, [{"email": "old@example.org", "firstname": "Old"},
                                                      {"email": "gone@example.org"}])
    server.hubspot_store.archive(gone)
    [batch] = pack_batches(rows([cid, gone]), BatchOptions("hubspot"))
    with client_for(server) as client:
        out = client.send(batch)
        again = client.reconcile(batch)
    assert (out[0].status, out[0].crm_id) == ("updated", cid)
    assert out[1].status == "failed" and gone in out[1].message
    contacts = server.contacts()["hubspot"]
    assert len(contacts) == 2  # nothing created, whatever was sent twice
    [updated] = [c for c in contacts if c["id"] == cid]
    assert updated["properties"]["email"] == "p0@example.org" and updated["sandbox"]["createCount"] == 1
    assert server.stats()["requests"]["POST /crm/v3/objects/contacts/batch/update"] == 2
    assert [o.status for o in again] == ["not_sent", "not_sent"]  # safe to send again: same update
