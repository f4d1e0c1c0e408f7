"""Fixtures every core test may ask for by name."""

from tests.core.submit_support import isolated_home  # noqa: F401  (a fixture, made available to all)
