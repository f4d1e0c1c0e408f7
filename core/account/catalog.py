"""The Map step's field list and the checks, built from an account's configuration.

HubSpot: every writable contact property (custom ones included) under its own label and group,
checked by its type; dropdown labels go out as internal values. Virtuous: the built-in Contact/Batch
fields plus the account's custom fields, with contact types from the account. Built-in synonyms are
kept for standard fields so auto-mapping still knows "E-mail" is ``email``.
"""

from __future__ import annotations

from dataclasses import replace

from core.account.companies import COMPANY_FIELDS
from core.account.model import AccountConfig, CustomField, Property
from core.mapping.catalog import (
    CUSTOM_PREFIX,
    FULL_NAME,
    HUBSPOT_FIELDS,
    VIRTUOUS_FIELDS,
    Catalog,
    FieldDef,
    Kind,
    catalog_for,
)
from core.mapping.model import Mapping
from core.pipeline.pool import Setup
from core.validation.check import RowRule

#: HubSpot's own property groups, as its settings screen names them; others are tidied from the name.
GROUP_LABELS = {"contactinformation": "Contact information", "sales_properties": "Sales properties",
                "emailinformation": "Email information", "socialmediainformation": "Social media",
                "conversioninformation": "Conversion information", "analyticsinformation": "Web analytics"}
#: Pseudo-fields that are not properties but that the importer fills in itself.
HUBSPOT_PSEUDO = (FULL_NAME, "associations.company")


def group_label(name: str) -> str:
    if name in GROUP_LABELS:
        return GROUP_LABELS[name]
    text = name.replace("_", " ").strip()
    return text[:1].upper() + text[1:] if text else "Other"


def property_kind(p: Property, builtin: FieldDef | None) -> Kind:
    """How a property's values are checked: by its type, with the built-in kind refining plain text."""
    if p.type == "enumeration":
        if p.external_options or not p.options:
            return Kind.TEXT  # e.g. owners, pipeline stages: options live elsewhere, HubSpot checks them
        return Kind.MULTI if p.field_type == "checkbox" else Kind.ENUM
    kinds = {"number": Kind.NUMBER, "date": Kind.DATE, "datetime": Kind.DATETIME, "bool": Kind.BOOL}
    if p.type in kinds:
        return kinds[p.type]
    if p.field_type == "phonenumber" or (builtin is not None and builtin.kind is Kind.PHONE):
        return Kind.PHONE
    if builtin is not None and builtin.kind in (Kind.EMAIL, Kind.STATE):
        return builtin.kind
    return Kind.TEXT


def _hubspot(config: AccountConfig) -> Catalog:
    builtin = {f.key: f for f in HUBSPOT_FIELDS}
    fields = [builtin[k] for k in HUBSPOT_PSEUDO] + list(COMPANY_FIELDS)
    for p in config.properties:
        if not p.writable:
            continue
        b = builtin.get(p.name)
        kind = property_kind(p, b)
        synonyms = tuple(dict.fromkeys((*(b.synonyms if b else ()), p.label.lower(), p.name.lower())))
        choices = tuple((o.label, o.value) for o in p.options) if kind in (Kind.ENUM, Kind.MULTI) else ()
        fields.append(FieldDef(
            p.name, p.label, group_label(p.group), kind, synonyms, tuple(v for _, v in choices),
            is_constant_friendly=bool(b and b.is_constant_friendly) or kind in (Kind.ENUM, Kind.BOOL),
            custom=not p.hubspot_defined, choices=choices, description=p.description))
    from core.account.subscriptions import subscription_fields

    fields.extend(subscription_fields(config))  # email subscription types: a yes subscribes
    return Catalog("hubspot", fields, as_of=config.as_of)


def custom_field_kind(f: CustomField) -> Kind:
    """Virtuous data types are named per account ([U] exact words); read them by what they contain."""
    t = f.data_type.lower()
    if f.options:
        return Kind.ENUM
    if "date" in t:
        return Kind.DATE
    if "bool" in t or "checkbox" in t or "yes" in t:
        return Kind.BOOL
    if any(w in t for w in ("number", "decimal", "currency", "int", "money")):
        return Kind.NUMBER
    return Kind.TEXT


def _virtuous(config: AccountConfig) -> Catalog:
    fields: list[FieldDef] = []
    for f in VIRTUOUS_FIELDS:
        if f.key == "contactType" and config.contact_types:
            f = replace(f, kind=Kind.ENUM, options=tuple(config.contact_types),
                        choices=tuple((t, t) for t in config.contact_types))
        elif f.key == "emailType" and config.email_types:
            f = replace(f, options=tuple(config.email_types))
        elif f.key == "phoneType" and config.phone_types:
            f = replace(f, options=tuple(config.phone_types))
        elif f.key == "eventName" and config.events:
            f = replace(f, options=tuple(e.name for e in config.events))
        elif f.key == "volunteerAttendances.volunteerOpportunityName" and config.opportunities:
            f = replace(f, options=tuple(o.name for o in config.opportunities))
        elif f.key == "tags" and config.tags:
            f = replace(f, options=tuple(config.tags))
        fields.append(f)
    prefix = CUSTOM_PREFIX["virtuous"]
    for c in config.custom_fields:
        kind = custom_field_kind(c)
        fields.append(FieldDef(
            prefix + c.name, c.display_name, "Custom fields", kind,
            tuple(dict.fromkeys((c.display_name.lower(), c.name.lower()))), c.options,
            is_constant_friendly=kind is Kind.ENUM, custom=True,
            choices=tuple((o, o) for o in c.options)))
    return Catalog("virtuous", fields, as_of=config.as_of)


def account_catalog(config: AccountConfig | None, target: str) -> Catalog:
    """The catalog for ``target``: the account's when there is one for that CRM, else the built-in list."""
    if config is None or config.target != target:
        return catalog_for(target)
    return _hubspot(config) if target == "hubspot" else _virtuous(config)


def checking_for(config: AccountConfig | None, target: str) -> tuple[Catalog | None, RowRule | None]:
    """What ``pipeline.check_table`` needs to check against the account (None, None: the built-in rules)."""
    if config is None or config.target != target:
        return None, None
    from core.account.rules import rule_for

    return account_catalog(config, target), rule_for(config, target)


def account_checks(config: AccountConfig | None, target: str) -> Setup:
    """How ``checking_for(config, target)`` is built again in each of the checking pool's workers."""
    return Setup(checking_for, (config, target))


def catalog_for_mapping(config: AccountConfig | None, mapping: Mapping) -> Catalog:
    """The catalog a mapping is shown and checked with: the account's, else built-in plus its custom fields."""
    if config is not None and config.target == mapping.target:
        return account_catalog(config, mapping.target)
    return catalog_for(mapping.target, mapping.custom_fields())
