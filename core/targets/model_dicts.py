"""A payload model's own rules applied to plain dicts: the same checks and the same JSON bytes.

The pydantic models are the contract (``tests/core/test_seed_contract.py`` holds them to the seed
pages). Validating 200,000 contacts through them builds a model object per contact only for it to be
serialized and dropped: a third of the time it takes to make the bodies. The same rules stated as
``TypedDict``s, made here from the models' own fields and configuration (so they cannot drift),
are checked and serialized by pydantic's core without those objects: strict types, unknown keys
refused, fields written in the model's order, ``None`` left out. ``tests/core/test_model_dicts.py``
compares bytes and refusals with the models'.

Only models this can state exactly are accepted: no validators, serializers, aliases or defaults
other than ``None`` (a missing key and ``None`` then mean the same, and ``exclude_none`` drops both).
A field's constraints (``Field(min_length=1)``, ``ge=1``, ``strict=True``) go with it. A model whose
fields default to something else (HubSpot's ``associations`` to ``[]``, its association type to 279)
can be stated with ``defaults_required=True``: each such key must then be given, so the dict says
what the model would have filled in and the bytes stay the model's; a dict leaving it out is refused.
"""

from __future__ import annotations

import types
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel, TypeAdapter
from typing_extensions import NotRequired, TypedDict


def plain_adapter(model: type[BaseModel], *, defaults_required: bool = False) -> TypeAdapter[Any]:
    """Validates and serializes plain dicts exactly as ``model`` would its own objects
    (``defaults_required``: a field with a default other than ``None`` is a key that must be given)."""
    return TypeAdapter(_typed_dict(model, {}, defaults_required))


def _typed_dict(model: type[BaseModel], made: dict[type[BaseModel], Any], defaults_required: bool = False) -> Any:
    if model in made:
        return made[model]
    decorators = model.__pydantic_decorators__
    if any((decorators.validators, decorators.field_validators, decorators.root_validators,
            decorators.field_serializers, decorators.model_serializers, decorators.model_validators)):
        raise TypeError(f"{model.__name__} has its own validators or serializers: a plain dict would skip them")
    fields: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        if info.alias not in (None, name) or info.serialization_alias not in (None, name):
            raise TypeError(f"{model.__name__}.{name} has an alias")
        annotation = _swap(info.annotation, made, defaults_required)
        if info.metadata:  # min_length, ge, strict …: stated beside the type, as the model holds them
            annotated = (annotation, *info.metadata)
            annotation = Annotated[annotated]
        if info.is_required():
            fields[name] = annotation
        elif info.default is None and info.default_factory is None:
            fields[name] = NotRequired[annotation]
        elif defaults_required:
            fields[name] = annotation
        else:
            raise TypeError(f"{model.__name__}.{name} defaults to something other than None")
    typed = TypedDict(f"{model.__name__}Data", fields)  # type: ignore[misc]  # made at run time from the model
    typed.__pydantic_config__ = model.model_config  # type: ignore[attr-defined]  # strict, extra="forbid"
    made[model] = typed
    return typed


def _swap(annotation: Any, made: dict[type[BaseModel], Any], defaults_required: bool = False) -> Any:
    """``annotation`` with every model inside it (``list[Model] | None``) replaced by its dict."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return _typed_dict(annotation, made, defaults_required)
    args = get_args(annotation)
    if not args:
        return annotation
    swapped = tuple(_swap(a, made, defaults_required) for a in args)
    if swapped == args:
        return annotation
    origin = get_origin(annotation)
    if origin is Union or origin is types.UnionType:
        return Union[swapped]  # noqa: UP007 - a union of a tuple of types known only at run time
    return origin[swapped]
