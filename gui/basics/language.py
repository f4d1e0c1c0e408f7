"""The window's language: the system's, or the one chosen in the window; and the one place core's words are translated.

Translations are Qt ``.qm`` files in ``resources/translations`` (``contact_importer_<lang>.qm``, compiled
from the ``.ts`` files by ``.ci/build_app.py``), plus Qt's own (``qtbase_<lang>.qm``: standard buttons,
file dialogs). ``core`` has no Qt: it marks its English sentences with ``core.words.N_`` and keeps the
variable parts apart, so ``core_text`` can translate the template and put the parts back.
"""

from __future__ import annotations

import json
import os
import re
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from core import words
from core.errors import InputError
from gui.basics import email_reasons, settings
from gui.basics.email_reasons import email_reason
from resources import resource_path

#: The languages the app speaks, by code, in their own words (the Language menu).
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español"}
DEFAULT = "en"
CORE_CONTEXT = words.CONTEXT
#: core's templates, one JSON list, in resources/translations (made by .ci/i18n.py).
TEMPLATES_FILE = "core_templates.json"
_installed: list[QTranslator] = []


def pick_language(chosen: str, system_languages: list[str]) -> str:
    """The chosen language if it is one we have, else the first system language we have, else English."""
    if chosen in LANGUAGES:
        return chosen
    for name in system_languages:
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return DEFAULT


#: ``CONTACT_IMPORTER_LANGUAGE=es`` wins over the choice in the window and the system's language: how the
#: release workflow walks the window in Spanish on Windows and macOS, which take the language from the
#: system's settings rather than from LANG.
ENV_LANGUAGE = "CONTACT_IMPORTER_LANGUAGE"


def current_language() -> str:
    forced = os.environ.get(ENV_LANGUAGE, "").strip().lower()
    return pick_language(forced if forced in LANGUAGES else settings.language(), QLocale.system().uiLanguages())


def qt_translation_folders() -> list[str]:
    """Where Qt's own translations may be (its file dialogs' "Look in:", "Files of type:", Cancel): the
    folder Qt names, else PySide6's own (a built app can report a folder that is not there)."""
    import PySide6

    package = Path(PySide6.__file__).parent
    found = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
             str(package / "Qt" / "translations"), str(package / "translations"), str(resource_path("translations"))]
    return [f for i, f in enumerate(found) if f and f not in found[:i] and Path(f).is_dir()]


def install_translators(app: QCoreApplication, code: str | None = None) -> str:
    """Load the app's and Qt's translations for ``code`` (default: the current language); returns it."""
    code = code or current_language()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    for name, folders in ((f"contact_importer_{code}", [str(resource_path("translations"))]),
                          (f"qtbase_{code}", qt_translation_folders())):
        translator = QTranslator(app)
        if any(translator.load(name, folder) for folder in folders):
            app.installTranslator(translator)
            _installed.append(translator)
    system = QLocale.system()
    # Numbers and dates follow the language, but keep the system's own country when it speaks it (en_GB).
    QLocale.setDefault(system if system.name().split("_")[0] == code else QLocale(code))
    core_text.cache_clear()
    email_reasons.clear_cache()
    return code


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)
    seen: set[str] = set()
    rx = []
    for i, p in enumerate(parts):
        if i % 2 == 0:
            rx.append(re.escape(p))
        else:  # a part named twice ("… {crm}. Look it up in {crm}.") must be the same text twice
            rx.append(f"(?P={p})" if p in seen else f"(?P<{p}>.*?)")
            seen.add(p)
    return re.compile("^" + "".join(rx) + "$", re.DOTALL)


@lru_cache(maxsize=4096)
def _compiled(template: str) -> re.Pattern[str]:
    return _pattern(template)


@lru_cache(maxsize=4096)
def _literals(template: str) -> tuple[str, ...]:
    """The template's fixed text between its ``{parts}``: first piece, last piece, then the middle."""
    pieces = re.split(r"\{\w+\}", template)
    return (pieces[0], pieces[-1], *pieces[1:-1]) if len(pieces) > 1 else (template, "")


def _could_be(template: str, message: str) -> bool:
    """Cheap test before the regex: compiling every template's pattern the first time a message is
    looked up (~200 of them) froze the window for 150 ms; the fixed text rules out nearly all of them."""
    first, last, *middle = _literals(template)
    if not (message.startswith(first) and message.endswith(last)):
        return False
    if len(message) < len(first) + len(last):
        return False
    at, end = len(first), len(message) - len(last)
    for piece in middle:
        at = message.find(piece, at, end)
        if at < 0:
            return False
        at += len(piece)
    return True


@lru_cache(maxsize=1)
def shipped_templates() -> tuple[str, ...]:
    """Every core template with ``{parts}`` (written by ``.ci/i18n.py`` beside the translations).

    ``core.words`` knows only the templates whose ``N_`` ran in this process; a sentence can also come
    from a check run in worker processes or from a run journal written by an earlier session.
    """
    try:
        found = json.loads(resource_path("translations", TEMPLATES_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ()
    return tuple(t for t in found if isinstance(t, str))


_merged: tuple[int, list[str]] = (-1, [])


def _templates() -> list[str]:
    """The shipped and the live templates, longest (most specific) first."""
    global _merged
    live = words.templates()
    if _merged[0] != len(live):
        _merged = (len(live), sorted(set(live) | set(shipped_templates()), key=len, reverse=True))
    return _merged[1]


def _from_template(message: str) -> str | None:
    for template in _templates():
        if not _could_be(template, message):
            continue
        m = _compiled(template).match(message)
        if m is None:
            continue
        parts = {k: core_text(v) if k in words.TRANSLATED_PARTS else _listed(v) if k in words.LISTED_PARTS
                 else email_reason(v) if k == "detail" else v
                 for k, v in m.groupdict().items()}  # (a "detail" is email-validator's reason: email_reasons)
        return QCoreApplication.translate(CORE_CONTEXT, template).format(**parts)
    return None


def _listed(text: str) -> str:
    """Marked words listed with ", ", each translated; the longest run of pieces that is a marked word
    is taken whole ("Address, line 1" stays one label), a piece no one marked is left as it is."""
    pieces, out, i = text.split(", "), [], 0
    while i < len(pieces):
        j = next((j for j in range(len(pieces), i, -1) if ", ".join(pieces[i:j]) in words.marked()), i + 1)
        out.append(core_text(", ".join(pieces[i:j])))
        i = j
    return ", ".join(out)


@lru_cache(maxsize=20_000)
def core_text(message: str) -> str:
    """``message`` (English, made by core from ``N_`` templates) in the window's language.

    The one place core's sentences are translated. A sentence marked as a whole is looked up directly;
    one made from a template with ``{name}`` parts is matched against core's templates, the template is
    translated and the parts are put back (those named in ``core.words.TRANSLATED_PARTS`` translated too;
    file contents, numbers and names are left as they are). Sentences core joined with "; " (a row's
    several problems) are translated one by one.
    """
    if not message:
        return message
    translated = QCoreApplication.translate(CORE_CONTEXT, message)
    if translated != message or message in words.marked():
        return translated
    found = _from_template(message)
    if found is not None:
        return found
    if "; " in message:
        pieces = message.split("; ")
        said = [core_text(p) for p in pieces]
        if said != pieces:
            return "; ".join(said)
    return message



def input_error_text(e: InputError) -> str:
    """An unusable file's message (file, sheet, row, column: reason) in the window's language."""
    tr = QCoreApplication.translate
    where = [Path(e.file).name] if e.file else []
    if e.sheet:
        where.append(tr("InputError", "sheet '{sheet}'").format(sheet=e.sheet))
    if e.row is not None:
        where.append(tr("InputError", "row {row}").format(row=e.row))
    if e.column:
        where.append(tr("InputError", "column '{column}'").format(column=e.column))
    reason = core_text(e.reason)
    return f"{', '.join(where)}: {reason}" if where else reason
