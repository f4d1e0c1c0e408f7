"""Qt item models over core objects: one QAbstractTableModel per module, display text made lazily.

May import ``gui.sending`` (its words), ``gui.session``, ``gui.basics`` and ``core``.
"""
