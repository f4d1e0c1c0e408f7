"""Checks and normalisation of mapped rows: stable issue codes, errors and warnings, E.164 phones,
states, dates, yes/no, duplicates inside the file.

May import ``core.records`` and ``core.errors``; never mapping, targets, submit or the cli.
"""
