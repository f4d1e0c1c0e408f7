"""What every part of the window shares: remembered settings, icons/stylesheet/sample, numbers as read,
the language (and the one place core's sentences are translated), readable contrast, announcements.

QSettings lives in ``settings`` and nowhere else; resources are found through ``resources`` so a
packaged build finds them too. Imports only Qt, ``core`` and ``resources``: nothing else of ``gui``.
"""
