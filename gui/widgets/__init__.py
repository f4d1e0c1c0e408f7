"""Small reusable widgets: step bar, banners, field picker, progress row, JSON highlighter.

May import models, sending, connections, session, basics and ``core``.
"""
