"""The import in progress and its background jobs.

``import_session.Session`` is the one object every page reads, writes and listens to (its choices
about duplicates and people already in the account are the ``duplicate_choices`` it owns); ``workers``
runs core calls on a QThread with progress and cancel; ``batch_builder`` prepares the batches shared
by Preview and Send. May import ``gui.basics`` and ``core``.
"""
