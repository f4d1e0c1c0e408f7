"""One module per step of the window: Open, Map, Check, Preview, Send, Results.

A page talks to other pages only through the session. May import dialogs, widgets, models,
sending, connections, session, basics and ``core``.
"""
