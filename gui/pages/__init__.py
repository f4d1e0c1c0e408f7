"""One module per step of the window: Open, Map, Check, Preview, Send, Results.

A page too long for one module keeps a piece of it beside it, named after the page
(``send_options``, ``send_hold``, ``results_export``). A page talks to other pages only through the
session. May import dialogs, widgets, models, sending, connections, session, basics and ``core``.
"""
