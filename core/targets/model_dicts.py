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
"""

from __future__ import annotations

import types
from typing import Any, Union, get_args, get_origin

from pydantic import BaseModel, TypeAdapter
from typing_extensions import NotRequired, TypedDict


def plain_adapter(model: type[BaseModel]) -> TypeAdapter[Any]:
    """Validates and serializes plain dicts exactly as ``model`` would its own objects."""
    return TypeAdapter(_typed_dict(model, {}))


def _typed_dict(model: type[BaseModel], made: dict[type[BaseModel], Any]) -> Any:
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
        annotation = _swap(info.annotation, made)
        if info.is_required():
            fields[name] = annotation
        elif info.default is None and info.default_factory is None:
            fields[name] = NotRequired[annotation]
        else:
            raise TypeError(f"{model.__name__}.{name} defaults to something other than None")
    typed = TypedDict(f"{model.__name__}Data", fields)  # type: ignore[operator]
    typed.__pydantic_config__ = model.model_config  # type: ignore[attr-defined]  # strict, extra="forbid"
    made[model] = typed
    return typed


def _swap(annotation: Any, made: dict[type[BaseModel], Any]) -> Any:
    """``annotation`` with every model inside it (``list[Model] | None``) replaced by its dict."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return _typed_dict(annotation, made)
    args = get_args(annotation)
    if not args:
        return annotation
    swapped = tuple(_swap(a, made) for a in args)
    if swapped == args:
        return annotation
    origin = get_origin(annotation)
    if origin is Union or origin is types.UnionType:
        return Union[swapped]
    return origin[swapped]
