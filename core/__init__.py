"""Contact Importer's core: everything from a spreadsheet to CRM outcomes, with no Qt.

Layers, top to bottom (contract "core layers" in pyproject.toml; docs/architecture.md draws them):
``cli``; ``afterrun``; ``submit``; ``account``; ``pipeline`` (the path's entry points, the checking
pool, the window's jobs); ``matching``; ``targets``; ``validation``; ``mapping``; ``readers``;
``records``. A layer may import those below it. ``sandbox`` stands beside them and imports only
records and the target payload models. Small helpers any layer may use sit at the top: ``paths``,
``redaction`` (blanking secrets safely), ``safe_write`` (every file written whole or not at all),
``addresses`` (is a CRM address usable) and ``crashpoints`` (a test-only kill hook). Nothing here may
import Qt or ``gui``.
"""

from importlib.metadata import PackageNotFoundError, version

APP_NAME = "Contact Importer"
DIST_NAME = "contact-importer"
#: Used only where the package's metadata is absent (a frozen build made without it, a bare checkout);
#: tests/core/test_version.py keeps it equal to pyproject.toml's version.
FALLBACK_VERSION = "0.1.0"


def _installed_version() -> str:
    try:
        return version(DIST_NAME)
    except PackageNotFoundError:
        return FALLBACK_VERSION


__version__ = _installed_version()
