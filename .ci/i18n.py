"""Find every sentence marked for translation and keep ``resources/translations/*.ts`` in step with the code.

``.venv/bin/python .ci/i18n.py`` rewrites the .ts files: new sentences are added (unfinished), gone
ones dropped, translations kept. Then translate the unfinished ones (Qt Linguist:
``pyside6-linguist resources/translations/contact_importer_es.ts``, or by hand) and run
``.ci/build_app.py --translations-only`` to compile the .qm files the app loads.

What counts as marked (the same calls Qt's lupdate knows, plus this project's two helpers):
``self.tr("…")`` (context: the class), ``QCoreApplication.translate("Ctx", "…")``,
``QT_TRANSLATE_NOOP("Ctx", "…")`` and its alias ``_T``, a module's ``_tr("…")`` helper (context: the
one its ``def _tr`` passes to translate), and core's ``N_("…")`` (context ``core``). pyside6-lupdate
is not used because it gives module-level ``_tr`` helpers an empty context.
"""

from __future__ import annotations

import ast
import json
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
LANGS = ("en", "es")
CORE_CONTEXT = "core"
#: Core functions whose literal arguments at these positions are marked (they call ``N_`` on them):
#: the catalog's field definitions ``_f(key, label, group, …)``.
MARKING_CALLS = {"_f": (1, 2)}
#: Core tuples of words marked one by one at import (``GROUPS = tuple(N_(g) for g in (…))``).
MARKED_TUPLES = ("GROUPS",)


@dataclass(frozen=True, order=True)
class Message:
    context: str
    source: str
    filename: str
    line: int


def _text(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _helper_context(tree: ast.Module) -> str | None:
    """The context a module's ``def _tr(text)`` passes to ``QCoreApplication.translate``."""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "_tr":
            for call in ast.walk(node):
                if isinstance(call, ast.Call) and _name(call.func) == "translate" and call.args:
                    return _text(call.args[0])
    return None


def _name(func: ast.AST) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def messages_in(path: Path, root: Path = ROOT) -> list[Message]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    rel = path.relative_to(root).as_posix()
    helper = _helper_context(tree)
    found: list[Message] = []

    def visit(node: ast.AST, cls: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Assign) and rel.startswith("core/") and any(
                    isinstance(t, ast.Name) and t.id in MARKED_TUPLES for t in child.targets):
                for const in ast.walk(child.value):
                    if _text(const):
                        found.append(Message(CORE_CONTEXT, _text(const) or "", rel, const.lineno))
            if isinstance(child, ast.ClassDef):
                visit(child, child.name)
                continue
            if isinstance(child, ast.Call):
                name, args = _name(child.func), child.args
                ctx: str | None = None
                src: str | None = None
                is_self_tr = (name == "tr" and isinstance(child.func, ast.Attribute)
                              and isinstance(child.func.value, ast.Name) and child.func.value.id == "self")
                if is_self_tr and args:
                    ctx, src = cls, _text(args[0])
                elif (name in ("translate", "QT_TRANSLATE_NOOP", "_T") or (name == "tr" and isinstance(
                        child.func, ast.Name))) and len(args) >= 2:  # also ``tr = QCoreApplication.translate``
                    ctx, src = _text(args[0]), _text(args[1])
                elif name == "_tr" and isinstance(child.func, ast.Name) and args and helper:
                    ctx, src = helper, _text(args[0])
                elif name == "N_" and args:
                    ctx, src = CORE_CONTEXT, _text(args[0])
                elif name in MARKING_CALLS and rel.startswith("core/"):
                    for i in MARKING_CALLS[name]:
                        text = _text(args[i]) if len(args) > i else None
                        if text:
                            found.append(Message(CORE_CONTEXT, text, rel, child.lineno))
                if ctx and src:
                    found.append(Message(ctx, src, rel, child.lineno))
            visit(child, cls)

    visit(tree, None)
    return found


def collect(root: Path = ROOT) -> list[Message]:
    """Every marked sentence in gui/ and core/, in a stable order."""
    out: list[Message] = []
    for package in ("gui", "core"):
        for path in sorted((root / package).rglob("*.py")):
            out.extend(messages_in(path, root))
    return sorted(out)


def ts_path(lang: str) -> Path:
    return FOLDER / f"contact_importer_{lang}.ts"


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) → translation ("" when unfinished)."""
    if not path.exists():
        return {}
    out: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        cname = context.findtext("name") or ""
        for msg in context.iter("message"):
            t = msg.find("translation")
            done = t is not None and t.get("type") not in ("unfinished", "vanished", "obsolete")
            out[(cname, msg.findtext("source") or "")] = (t.text or "") if done and t is not None else ""
    return out


def write_ts(path: Path, lang: str, messages: list[Message], translations: dict[tuple[str, str], str]) -> None:
    root = ET.Element("TS", version="2.1", language=lang, sourcelanguage="en")
    by_context: dict[str, dict[str, list[Message]]] = {}
    for m in messages:
        by_context.setdefault(m.context, {}).setdefault(m.source, []).append(m)
    for cname in sorted(by_context):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = cname
        for source in sorted(by_context[cname]):
            msg = ET.SubElement(context, "message")
            for where in by_context[cname][source]:
                ET.SubElement(msg, "location", filename=f"../../{where.filename}", line=str(where.line))
            ET.SubElement(msg, "source").text = source
            text = source if lang == "en" else translations.get((cname, source), "")
            t = ET.SubElement(msg, "translation")
            if text:
                t.text = text
            else:
                t.set("type", "unfinished")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


#: core's templates with {parts}, shipped so the window can match a sentence made in another process.
TEMPLATES = FOLDER / "core_templates.json"


def core_templates(messages: list[Message]) -> list[str]:
    return sorted({m.source for m in messages if m.context == CORE_CONTEXT and "{" in m.source})


def update(root: Path = ROOT) -> dict[str, int]:
    """Rewrite each .ts (and core_templates.json) from the code; returns the unfinished translations per language."""
    messages = collect(root)
    FOLDER.mkdir(parents=True, exist_ok=True)
    TEMPLATES.write_text(json.dumps(core_templates(messages), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    missing = {}
    for lang in LANGS:
        path = ts_path(lang)
        old = read_ts(path)
        write_ts(path, lang, messages, old)
        missing[lang] = sum(1 for v in read_ts(path).values() if not v)
    return missing


if __name__ == "__main__":
    result = update()
    print(", ".join(f"{lang}: {n} unfinished" for lang, n in result.items()))
    sys.exit(0)
