"""The JSON of a batch: a long body shows its first lines at once and fills in without freezing the window."""

from __future__ import annotations

import json

from gui.widgets.json_view import STEP, JsonView


def test_a_long_body_fills_in_step_by_step_and_ends_exactly_as_sent(qtbot):
    view = JsonView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    body = json.dumps({"contacts": [{"email": f"p{i}@example.org", "firstName": f"P{i}"} for i in range(1000)]},
                      indent=2)
    assert body.count("\n") > 10 * STEP
    view.show_text(body)
    assert not view.complete  # only the first lines so far
    assert body.startswith(view.toPlainText()) and view.toPlainText().count("\n") == STEP - 1
    with qtbot.waitSignal(view.completed, timeout=10_000):
        pass
    assert view.complete and view.toPlainText() == body
    assert view.verticalScrollBar().value() == 0  # still looking at the top, where the person was
    view.show_text('{"short": true}')  # a short one is whole at once
    assert view.complete and view.toPlainText() == '{"short": true}'
