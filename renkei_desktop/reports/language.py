"""The language a printed document is built in, independent of the UI's.

Printed documents take their words from Qt's translation when they are built (reports/labels.py). To
print in another language than the UI's, ``document_language(code)`` installs that translation (or, for
Japanese, the source language, takes ours away) for the duration of the build only, and puts the UI's
back afterwards, also when the build fails. The ``.qm`` files are found in resources/i18n as
app/gui.py ``install_translators`` finds them. QtCore only: the headless ``report`` command uses it too.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from ..paths import resource

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "ja"
LANGUAGES = ("ja", "en")  # the languages documents can be printed in (a .qm each, but Japanese)
LANGUAGE_NAMES = {"ja": "日本語", "en": "English"}  # each in its own language, as the 表示言語 menu
QM_PREFIX = "renkei_"


class TranslationMissing(RuntimeError):
    """The .qm of the requested language cannot be loaded."""

    def __init__(self, language: str, folder: Path):
        super().__init__(f"translation {QM_PREFIX}{language}.qm not found in {folder}")
        self.language = language
        self.folder = folder


def translations_dir() -> Path:
    """Where the compiled translations are (resources/i18n; replaced in tests)."""
    return resource("i18n")


def _ours(app: QCoreApplication) -> list[QTranslator]:
    """Our translators installed on ``app`` (RenkeiApplication keeps the ones it installed)."""
    return [
        translator
        for translator in getattr(app, "translators", [])
        if Path(translator.filePath()).name.startswith(QM_PREFIX)
    ]


def ui_language() -> str:
    """The language the UI is shown in now: "ja" unless one of our translations is installed."""
    app = QCoreApplication.instance()
    if app is not None:
        for translator in _ours(app):
            code = translator.language().split("_")[0] or Path(translator.filePath()).stem[len(QM_PREFIX) :]
            if code in LANGUAGES:
                return code
    # An application that does not keep its translators: what documents would be built in now.
    from .labels import build_language

    return build_language()


@contextmanager
def document_language(language: str) -> Iterator[None]:
    """Within the block, Qt's translation gives the words of ``language`` ("ja", "en").

    Nothing changes when ``language`` is already the UI's. Otherwise our installed translators are
    taken off (Japanese is the source text) and, for a language other than Japanese, its .qm is
    installed; on leaving (normally or by an exception) that one is removed and ours are put back.
    "Ours" are the translators the application keeps in its ``translators`` list (as app/gui.py
    ``install_translators`` does); one installed otherwise cannot be taken off for the build.
    Raises ValueError for an unknown code and TranslationMissing when its .qm cannot be loaded."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown document language: {language!r} (one of {', '.join(LANGUAGES)})")
    app = QCoreApplication.instance()
    if language == ui_language() or (app is None and language == SOURCE_LANGUAGE):
        yield
        return
    if app is None:
        raise RuntimeError("a QCoreApplication is needed to print in another language")
    added: QTranslator | None = None
    if language != SOURCE_LANGUAGE:
        added = QTranslator()
        folder = translations_dir()
        if not added.load(f"{QM_PREFIX}{language}", str(folder)):
            raise TranslationMissing(language, folder)
    removed = _ours(app)
    for translator in removed:
        app.removeTranslator(translator)
    try:
        if added is not None:
            app.installTranslator(added)
        log.debug("building a document in %s (UI language kept aside)", language)
        yield
    finally:
        if added is not None:
            app.removeTranslator(added)
        for translator in removed:
            app.installTranslator(translator)
