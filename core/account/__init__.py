"""The account's own configuration, per connection: what fields, options and types it really has.

Lives here: the configuration model (``model``), reading it from the CRM (``fetch``), the cache on
disk with its "as of" date (``cache``), the field catalog and checks built from it (``catalog``,
``rules``), and the HubSpot look-up of who already exists (``existing``, ``plan``).
May import core.targets (HTTP clients), core.mapping, core.validation and core.submit.paths; never Qt.
"""
