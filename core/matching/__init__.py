"""Person matching: rows of one file that are probably the same person, and rows that probably
already exist in the connected account.

The engine is splink on its embedded DuckDB backend. splink, duckdb and pyarrow are heavy (about
280 MB, 0.3 s to import), so they are imported only inside the functions that run a match
(``engine.py``); every other module here is plain Python and cheap to import.
May import core.validation, core.mapping, core.targets and core.errors; never gui or Qt.
"""
