"""Sending a run: the engine, its SQLite journal (each batch recorded before it is sent), resume,
retry, the run view the window and the command line share, and the results file.

May import ``core.targets`` and everything below it; never ``core.cli``.
"""
