"""The application shell: the entry point, the main window and what the window does between dialogs.

``launcher`` decides between the window and core's command line (Qt is imported only for the
window); ``app`` makes the QApplication; ``main_window`` holds the steps; ``run_actions`` moves
between the run dialogs and the Results step. May import every room of ``gui`` except
``walkthrough``.
"""
