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


def test_the_window_never_decides_from_the_words_of_a_message():
    """Messages are reworded and translated; the window decides from exception types and fields. Flags
    ``"…" in e.message`` and ``"…" in str(e)`` anywhere under gui/."""
    def is_message_text(node: ast.AST) -> bool:
        if isinstance(node, ast.Attribute) and node.attr == "message":
            return True
        return (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "str"
                and len(node.args) == 1 and isinstance(node.args[0], ast.Name))
    found = []
    for path in sorted((ROOT / "gui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Compare) and any(isinstance(op, (ast.In, ast.NotIn)) for op in node.ops)
                    and isinstance(node.left, ast.Constant) and any(map(is_message_text, node.comparators))):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert found == []
