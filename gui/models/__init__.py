"""Qt item models over core objects, one per module: display text made lazily, on ``table_model.TableModel``
(a cell's painted roles in one call from Qt); the small Map table is filled Qt items instead.

May import ``gui.sending`` (its words), ``gui.session``, ``gui.basics`` and ``core``.
"""
