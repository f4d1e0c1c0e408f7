"""Where a send goes: saved CRM connections (tokens in the keyring), practice mode's CRM, the chooser.

May import ``gui.session``, ``gui.basics`` and ``core``.
"""
