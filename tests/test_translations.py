"""Every sentence a person reads is marked for translation and has its Spanish; the shipped .qm match the .ts."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ci_scripts import load_ci_script

ROOT = Path(__file__).resolve().parents[1]
i18n = load_ci_script("i18n")

#: Qt calls whose string argument (by position) is shown to a person.
TEXT_ARGS: dict[str, tuple[int, ...]] = {
    "setText": (0,), "setToolTip": (0,), "setWindowTitle": (0,), "setPlaceholderText": (0,),
    "setAccessibleName": (0,), "setAccessibleDescription": (0,), "setStatusTip": (0,), "setWhatsThis": (0,),
    "setTitle": (0,), "addItem": (0, 1), "addItems": (0,), "addRow": (0,), "addTab": (1,), "setTabText": (1,),
    "setItemText": (1,), "showMessage": (0,), "setLabelText": (0,), "addAction": (0, 1), "addMenu": (0,),
    "setHorizontalHeaderLabels": (0,), "set_text": (0,), "add_action": (0,), "set_heading": (0, 1),
    "information": (1, 2), "warning": (1, 2), "question": (1, 2), "critical": (1, 2),
    "getSaveFileName": (1,), "getOpenFileName": (1,),
    "QLabel": (0,), "QPushButton": (0, 1), "QCheckBox": (0,), "QRadioButton": (0,), "QGroupBox": (0,),
    "QAction": (0, 1), "QToolButton": (0,), "Banner": (1,), "QStandardItem": (0,), "HelpNote": (0, 1),
}
WORDS = re.compile(r"[A-Za-z]{2,}")


def _literal_words(node: ast.AST) -> str:
    """The letters a person would read in ``node`` if it is a bare literal (or f-string, or list of them)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if WORDS.search(node.value) else ""
    if isinstance(node, ast.JoinedStr):
        return "".join(_literal_words(v) for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, (ast.List, ast.Tuple)):
        return " ".join(_literal_words(e) for e in node.elts)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return _literal_words(node.func.value)
    if isinstance(node, ast.BinOp):
        return _literal_words(node.left) + _literal_words(node.right)
    return ""


def _is_icon(node: ast.AST) -> bool:
    """``addItem(icon, text)``: the first argument is an icon (a call such as ``icon("x")`` or a name),
    not the text itself (a literal or a translate call)."""
    if isinstance(node, (ast.Constant, ast.JoinedStr)):
        return False
    if isinstance(node, ast.Call):
        func = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        return func not in ("tr", "translate", "_tr", "format", "N_")
    return True


def unmarked_texts(root: Path = ROOT) -> list[str]:
    found = []
    for path in sorted((root / "gui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            positions = TEXT_ARGS.get(name, ())
            if name == "addItem" and node.args and not _is_icon(node.args[0]):
                positions = (0,)  # addItem(text, userData): the second argument is data, not words
            for i in positions:
                if i < len(node.args) and (words := _literal_words(node.args[i])):
                    found.append(f"{path.relative_to(root)}:{node.lineno}: {name}({words!r})")
    return found


def test_every_shown_text_is_marked_for_translation() -> None:
    assert unmarked_texts() == []


def test_the_scan_catches_a_bare_string() -> None:
    tree = ast.parse('QLabel("Hello there")\nQLabel(self.tr("Marked"))\nb.setToolTip(f"Row {n} is bad")')
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "QLabel"]
    assert [_literal_words(c.args[0]) for c in calls] == ["Hello there", ""]
    assert _literal_words(ast.parse('f"Row {n} is bad"').body[0].value) == "Row  is bad"


#: Where core hands a sentence to the window: these calls' arguments (by position) and keywords, an
#: exception a person reads (its first argument), and ``notes.append``. Programming errors are not shown.
CORE_SINKS: dict[str, tuple[int, ...]] = {"InputError": (1,), "Issue": (6,), "Fate": (2,), "Loaded": (1,),
                                          "warn": (4,), "issue": (4,)}
CORE_KEYWORDS = {"message", "reason", "note"}
PERSON_ERRORS = ("Error", "Problem", "Refused", "Stop", "Unavailable", "Busy", "Cancelled", "Unusable", "Failed",
                 "Reached")
PROGRAMMING_ERRORS = {"ValueError", "TypeError", "KeyError", "RuntimeError", "NotImplementedError", "AssertionError",
                      "IndexError", "AttributeError", "LookupError", "OSError", "DatabaseError"}
SENTENCE = re.compile(r"[A-Za-z]{2,} [A-Za-z]{2,}")


def _sentence(node: ast.AST) -> str:
    """The English in ``node`` when it is written out there and then, not through ``N_``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if SENTENCE.search(node.value) else ""
    if isinstance(node, ast.JoinedStr):
        text = "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
        return text if SENTENCE.search(text) else ""
    if isinstance(node, ast.BinOp):
        return _sentence(node.left) or _sentence(node.right)
    if isinstance(node, ast.IfExp):
        return _sentence(node.body) or _sentence(node.orelse)
    if isinstance(node, ast.Tuple):
        return " ".join(w for w in map(_sentence, node.elts) if w)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("format", "join"):
        return _sentence(node.func.value)
    return ""


def unmarked_core_messages(root: Path = ROOT, source: str | None = None) -> list[str]:
    """Sentences core gives the window (raised, put in an issue or outcome, added to notes) not marked ``N_``.

    The command line (core/cli) and the practice CRM (core/sandbox) speak English only: left out.
    """
    files = [(Path("core/x.py"), source)] if source is not None else [
        (p.relative_to(root), p.read_text(encoding="utf-8")) for p in sorted((root / "core").rglob("*.py"))]
    found = []
    for rel, text in files:
        if rel.parts[1] in ("cli", "sandbox"):
            continue
        for node in ast.walk(ast.parse(text)):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            picked = [node.args[i] for i in CORE_SINKS.get(name, ()) if i < len(node.args)]
            picked += [k.value for k in node.keywords if k.arg in CORE_KEYWORDS]
            if name.endswith(PERSON_ERRORS) and name not in PROGRAMMING_ERRORS and name not in CORE_SINKS and node.args:
                picked.append(node.args[0])
            if name == "append" and isinstance(node.func, ast.Attribute) and node.args and \
                    getattr(node.func.value, "id", getattr(node.func.value, "attr", "")) == "notes":
                picked.append(node.args[0])
            found += [f"{rel.as_posix()}:{node.lineno}: {name}({w[:70]!r})" for a in picked if (w := _sentence(a))]
    return found


def test_every_sentence_core_gives_the_window_is_marked() -> None:
    assert unmarked_core_messages() == []


def test_the_core_scan_catches_an_unmarked_sentence() -> None:
    source = ('raise InputError(path, f"Row {n} is bad")\n'
              'raise InputError(path, N_("Row {n} is fine").format(n=n))\n'
              'found.append(Issue(row, code, "error", col, key, raw, "Nothing was found here"))\n'
              'raise RunStop("HubSpot said no")\n'
              'table.notes.append("Read with care")\n'
              'raise ValueError("a programming error, never shown")\n')
    assert sorted(m.split(": ", 1)[1] for m in unmarked_core_messages(source=source)) == [
        "InputError('Row {} is bad')", "Issue('Nothing was found here')", "RunStop('HubSpot said no')",
        "append('Read with care')"]


def test_core_templates_are_shipped_beside_the_translations() -> None:
    import json

    wanted = i18n.core_templates(i18n.collect())
    assert json.loads(i18n.TEMPLATES.read_text(encoding="utf-8")) == wanted, \
        "run .ci/i18n.py: resources/translations/core_templates.json is out of date"


def test_translation_files_list_every_marked_sentence() -> None:
    wanted = {(m.context, m.source) for m in i18n.collect()}
    for lang in i18n.LANGS:
        have = set(i18n.read_ts(i18n.ts_path(lang)))
        assert sorted(wanted - have) == [], f"run .ci/i18n.py: new sentences not in the {lang} .ts"
        assert sorted(have - wanted) == [], f"run .ci/i18n.py: gone sentences still in the {lang} .ts"


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"\{\w*\}", text))


def test_every_sentence_has_its_spanish_translation() -> None:
    es = i18n.read_ts(i18n.ts_path("es"))
    missing = [src for (ctx, src), tr in es.items() if not tr]
    assert missing == [], f"{len(missing)} sentences have no Spanish translation"
    wrong = [(src, tr) for (_ctx, src), tr in es.items() if _placeholders(src) != _placeholders(tr)]
    assert wrong == [], "a translation must keep every {placeholder} of its source"
    no_key = [(src, tr) for (_ctx, src), tr in es.items() if re.search(r"&\w", src) and not re.search(r"&\w", tr)]
    assert no_key == [], "a translation keeps a keyboard shortcut (&) where the source has one"


def test_shipped_qm_files_are_compiled_from_the_ts_files(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not next to this Python (PySide6 installs it)")
    for lang in i18n.LANGS:
        ts = i18n.ts_path(lang)
        fresh = tmp_path / f"{lang}.qm"
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(fresh)], check=True)
        assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), \
            f"run .ci/build_app.py --translations-only: {ts.with_suffix('.qm').name} is out of date"
