"""Contact Importer's core: everything from a spreadsheet to CRM outcomes, with no Qt.

Layers, top to bottom (contract "core layers" in pyproject.toml): ``cli``, ``submit``, ``targets``,
``validation``, ``mapping``, ``readers``, ``records``; a layer may import those below it. ``sandbox``
stands beside them and imports only records and the target payload models. Nothing here may import
Qt or ``gui``.
"""

APP_NAME = "Contact Importer"
__version__ = "0.1.0"
