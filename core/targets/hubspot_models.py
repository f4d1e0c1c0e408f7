"""HubSpot contacts batch requests as pydantic models (see docs/api-hubspot.md).

Every property value is a string; each input carries an objectWriteTraceId so results and 207 errors
can be tied back to the row (HubSpot returns results in no particular order).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

MAX_BATCH = 100
CONTACT_TO_COMPANY = 279


#: The seed's ``associations[].types[].associationCategory`` values (USER_DEFINED: a label the account
#: made, INTEGRATOR_DEFINED: an app's), plus HUBSPOT_DEFINED for HubSpot's own unlabelled type 279
#: and primary type 1 (docs/api-hubspot.md §6), which the account's labels endpoint lists beside them.
AssociationCategory = Literal["HUBSPOT_DEFINED", "USER_DEFINED", "INTEGRATOR_DEFINED"]


class AssociationType(BaseModel):
    """One ``types[]`` entry: sent exactly as the account's labels endpoint defines it."""

    model_config = ConfigDict(extra="forbid")
    associationCategory: AssociationCategory = "HUBSPOT_DEFINED"
    associationTypeId: int = Field(default=CONTACT_TO_COMPANY, ge=1, strict=True)


class AssociationTarget(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(min_length=1)


class Association(BaseModel):
    """Contact → company link made in the same call (the seed's ``inputs[].associations[]``)."""

    model_config = ConfigDict(extra="forbid")
    to: AssociationTarget
    types: list[AssociationType] = Field(default_factory=lambda: [AssociationType()], min_length=1)


class CreateInput(BaseModel):
    """``associations`` is always sent, ``[]`` when there is none: the published schema
    (SimplePublicObjectInputForCreate, CRM contacts v3) requires it."""

    model_config = ConfigDict(extra="forbid")
    properties: dict[str, str]
    objectWriteTraceId: str
    associations: list[Association] = Field(default_factory=list)


class UpsertInput(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    idProperty: Literal["email"] = "email"
    properties: dict[str, str]
    objectWriteTraceId: str


class UpdateInput(BaseModel):
    """``batch/update`` by HubSpot's record id: ``id`` is the contact's id and ``idProperty`` is left
    out (sending ``idProperty: hs_object_id`` is refused as "non-unique", docs/api-hubspot.md §5 and
    segmentio/action-destinations PR #3957)."""

    model_config = ConfigDict(extra="forbid")
    id: str
    properties: dict[str, str]
    objectWriteTraceId: str


class CreateRequest(BaseModel):
    inputs: list[CreateInput] = Field(max_length=MAX_BATCH)


class UpsertRequest(BaseModel):
    inputs: list[UpsertInput] = Field(max_length=MAX_BATCH)


class UpdateRequest(BaseModel):
    inputs: list[UpdateInput] = Field(max_length=MAX_BATCH)
