"""Qt item models over core objects: one QAbstractTableModel per module, display text made lazily."""
