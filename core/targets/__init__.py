"""The two CRMs as this app speaks to them: pydantic payload models, batching, the httpx clients and
what happened to each row (``outcomes``, the one status vocabulary).

May import ``core.validation``, ``core.mapping``, ``core.records``; never ``core.submit`` or the cli.
"""
