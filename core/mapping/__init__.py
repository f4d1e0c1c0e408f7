"""Columns to CRM fields: the field catalog per CRM, auto-mapping, transforms, saved mappings and templates.

May import ``core.readers`` and ``core.records``; never validation, targets, submit or the cli.
"""
