"""What a run does after its batches, and can be done with it later: associate companies (the run's last
step, see associate.py), undo it, check its status.

Each step reads the run from the journal, talks to the CRM over the shared HTTP session (rate limit,
retries, cancel) and writes what it did back into the journal's row messages, so the results file
exported again says it too. May import core.submit (journal), core.targets, core.account; never Qt.
"""
