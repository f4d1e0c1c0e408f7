"""Small dialogs, one per module. They ask; acting on the window is the shell's (``gui.shell.run_actions``).

May import widgets, models, sending, connections, session, basics and ``core``; never a page.
"""
