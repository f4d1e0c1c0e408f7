"""Contact Importer's core: everything from a spreadsheet to CRM outcomes, with no Qt."""

APP_NAME = "Contact Importer"
__version__ = "0.1.0"
