"""House rules a machine can check: core/ never imports Qt (nor gui/); gui/ holds only what needs Qt; the layers
hold."""

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "gui")


def imports_of(path: Path) -> list[tuple[int, str]]:
    """Every module ``path`` imports (at the top or inside a function), with its line."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return found


def test_core_never_imports_qt_or_gui():
    offenders = [f"{path.relative_to(ROOT)}:{line} imports {name}"
                 for path in (ROOT / "core").rglob("*.py")
                 for line, name in imports_of(path) if name.split(".")[0] in FORBIDDEN]
    assert offenders == []


def test_every_gui_module_needs_qt_or_the_window():
    """A module under gui/ that imports neither Qt nor another part of gui/ is domain work: it belongs in
    core/, where the command line can use it too."""
    qt = {"PySide6", "shiboken6", "gui"}
    homeless = [str(path.relative_to(ROOT)) for path in sorted((ROOT / "gui").rglob("*.py"))
                if path.name != "__init__.py"
                and not any(name.split(".")[0] in qt for _line, name in imports_of(path))]
    assert homeless == []


def test_every_package_says_what_lives_there_and_what_it_may_import():
    silent = []
    for init in sorted([*(ROOT / "core").rglob("__init__.py"), *(ROOT / "gui").rglob("__init__.py")]):
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) or ""
        if not re.search(r"\b(may import|imports? only|never imports?|must not import)\b", doc, re.I):
            silent.append(str(init.relative_to(ROOT)))
    assert silent == []


def test_import_linter_contract_holds():
    import subprocess
    import sys

    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_repository_refers_to_nothing_outside_it():
    """A fresh clone is the whole project: no code, test, doc or script reads or cites a folder beside the
    checkout (the API facts live in docs/, the captured request shapes in tests/data/seeds/)."""
    # Spelled in pieces so that this guard does not flag its own line (and house-rule greps do not either).
    beside = "shared"
    outside = (f"../{beside}", f"{beside}/docs/", f"{beside}/seeds/", "/" + "work/")
    skip = {".git", ".venv", "build", "dist", "__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache"}
    offenders = []
    for path in ROOT.rglob("*"):
        parts = path.relative_to(ROOT).parts
        if any(part in skip or part.endswith(".egg-info") or (part.startswith(".") and part not in (".ci", ".github"))
               for part in parts):  # tools' caches (.hypothesis, .venv) are not the repository
            continue
        if not path.is_file() or path.suffix not in {".py", ".md", ".toml", ".txt", ".yml", ".yaml", ".sh", ""}:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        offenders += [f"{path.relative_to(ROOT)}:{n}" for n, line in enumerate(text.splitlines(), 1)
                      if any(o in line for o in outside)]
    assert offenders == []


#: Attributes and names that hold words made for a person (a message, a row's fate, a reason to wait).
WORDS = {"message", "choice", "reason", "words", "text"}


def _is_words(node: ast.AST) -> bool:
    """``e.message``, ``line.choice``, ``reason``, ``str(e)``, ``reason.lower()``: text made for a person."""
    if isinstance(node, ast.Attribute) and node.attr in WORDS:
        return True
    if isinstance(node, ast.Name) and node.id in WORDS:
        return True
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "str":
        return len(node.args) == 1 and isinstance(node.args[0], ast.Name)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("lower", "casefold"):
        return _is_words(node.func.value)
    return False


def words_decisions(tree: ast.AST) -> list[int]:
    """Lines that decide from the words of a message: ``"…" in e.message``, ``"…" in str(e)``,
    ``line.choice.startswith("…")``."""
    lines = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Compare) and any(isinstance(op, (ast.In, ast.NotIn)) for op in node.ops)
                and isinstance(node.left, ast.Constant) and isinstance(node.left.value, str)
                and any(map(_is_words, node.comparators))):
            lines.append(node.lineno)
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and node.func.attr in ("startswith", "endswith") and _is_words(node.func.value)):
            lines.append(node.lineno)
    return lines


def test_the_guard_sees_each_way_of_reading_the_words():
    caught = ['"nothing was sent" in e.message', '"no failed" in str(e)', '"Merged into" in ln.choice',
              'ln.choice.startswith("Left out")', '"rate" in reason.lower()']
    for code in caught:
        assert words_decisions(ast.parse(code)) == [1], code
    assert words_decisions(ast.parse('"x" in fields or kind == RATE')) == []


def test_the_window_never_decides_from_the_words_of_a_message():
    """Messages are reworded and translated; the window decides from exception types, codes and fields."""
    translator = ROOT / "gui/basics/language.py"  # it reads a message's words to translate them, and only that
    found = []
    for path in sorted((ROOT / "gui").rglob("*.py")):
        if path != translator:
            tree = ast.parse(path.read_text(encoding="utf-8"))
            found += [f"{path.relative_to(ROOT)}:{n}" for n in words_decisions(tree)]
    assert found == []
