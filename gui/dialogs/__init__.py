"""Small dialogs, one per module."""
