"""The window: a thin PySide6 layer over ``core``. No business rule lives here.

Rooms, top to bottom (each may import the ones below it, never above; the import-linter contract
"gui layers" in pyproject.toml holds this): ``walkthrough`` (the scripted demo), ``shell`` (entry
point, main window, window-level actions), ``pages`` (one per step), ``dialogs``, ``widgets``,
``models`` (Qt item models), ``sending`` (a send in progress and its words), ``connections`` (saved
CRM connections and practice mode), ``session`` (the import in progress and its background jobs),
``basics`` (settings, resources, formatting). Everything may import ``core``.
"""
