"""A send in progress: its controller and worker thread, its progress bar, closing during it, its words.

``controller`` owns the worker thread and the journal for one window and relays the news;
``worker`` records the run and drives core's engine; ``run_words``/``send_words`` are what a person
reads about a run (core's status vocabulary, translated once here). May import
``gui.connections``, ``gui.session``, ``gui.basics`` and ``core``.
"""
