"""The English translation (resources/i18n/renkei_en.ts/.qm) is complete, current and usable.

A developer who adds a UI string without translating it gets a failing test naming the string:
run `python packaging/update_translations.py`, translate the new entries in the .ts, run it again.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "update_translations.py"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
ACCELERATOR = re.compile(r"&([^&\s])")


def _load_update_translations():
    spec = importlib.util.spec_from_file_location("update_translations", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


tu = _load_update_translations()
LANGUAGES = tu.LANGUAGES


def ts_path(lang: str) -> Path:
    return tu.I18N / f"renkei_{lang}.ts"


def qm_path(lang: str) -> Path:
    return tu.I18N / f"renkei_{lang}.qm"


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> the <translation> element, for every message in a .ts file."""
    root = ET.parse(ts).getroot()
    found: dict[tuple[str, str], ET.Element] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None, f"{name}: {source!r} has no <translation> element"
            found[(name, source)] = translation
    return found


def texts_of(translation: ET.Element) -> list[str]:
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def describe(keys) -> str:
    return "\n".join(f"  [{context}] {source!r}" for context, source in sorted(keys))


@pytest.fixture
def english(qapp):
    """Our English .qm installed on the running application; removed again afterwards."""
    translator = QTranslator()
    assert translator.load(str(qm_path("en"))), f"cannot load {qm_path('en')}"
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


# --- the committed files --------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_committed_ts_is_valid_utf8_xml_for_the_right_languages(lang):
    ts = ts_path(lang)
    ts.read_bytes().decode("utf-8")
    root = ET.parse(ts).getroot()
    assert root.tag == "TS"
    assert root.get("sourcelanguage") == "ja"
    assert root.get("language") == lang
    assert messages(ts), "the .ts holds no messages"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_committed_ts_has_no_unfinished_empty_or_obsolete_entries(lang):
    unfinished, empty, stale = [], [], []
    for key, translation in messages(ts_path(lang)).items():
        kind = translation.get("type")
        if kind == "unfinished":
            unfinished.append(key)
        elif kind in ("vanished", "obsolete"):
            stale.append(key)
        if any(not text.strip() for text in texts_of(translation)):
            empty.append(key)
    assert not unfinished, f"unfinished translations:\n{describe(unfinished)}"
    assert not empty, f"empty translations:\n{describe(empty)}"
    assert not stale, f"vanished/obsolete entries (run packaging/update_translations.py):\n{describe(stale)}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_ui_string_in_the_sources_is_in_the_committed_ts(lang, tmp_path):
    """lupdate over the current sources into a copy of the .ts must not add, drop or reopen anything."""
    committed = messages(ts_path(lang))
    copy = tmp_path / ts_path(lang).name  # same name: lupdate takes the target language from it
    shutil.copyfile(ts_path(lang), copy)
    tu.lupdate(copy)
    updated = messages(copy)

    added = updated.keys() - committed.keys()
    assert not added, (
        "UI strings missing from the committed translation — run packaging/update_translations.py "
        f"and translate them in {ts_path(lang).relative_to(ROOT)}:\n{describe(added)}"
    )
    dropped = committed.keys() - updated.keys()
    assert not dropped, (
        f"entries no longer used in the sources (run packaging/update_translations.py):\n{describe(dropped)}"
    )
    reopened = [key for key, t in updated.items() if t.get("type") is not None]
    assert not reopened, f"entries lupdate marks unfinished/vanished:\n{describe(reopened)}"
    changed = [key for key, t in updated.items() if texts_of(t) != texts_of(committed[key])]
    assert not changed, f"lupdate changed these translations:\n{describe(changed)}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_committed_qm_is_compiled_from_the_committed_ts(lang, tmp_path):
    fresh = tmp_path / qm_path(lang).name
    tu.lrelease(ts_path(lang), fresh)
    if fresh.read_bytes() != qm_path(lang).read_bytes():
        pytest.fail(f"{qm_path(lang).name} is out of date: run packaging/update_translations.py")


# --- the translations themselves ------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_placeholders_match_the_source(lang):
    wrong = []
    for (context, source), translation in messages(ts_path(lang)).items():
        expected = set(PLACEHOLDER.findall(source))
        for text in texts_of(translation):
            if set(PLACEHOLDER.findall(text)) != expected:
                wrong.append(f"  [{context}] {source!r} -> {text!r}")
    assert not wrong, "placeholders differ from the source:\n" + "\n".join(wrong)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_keyboard_accelerators_and_line_breaks_are_kept(lang):
    wrong = []
    for (context, source), translation in messages(ts_path(lang)).items():
        for text in texts_of(translation):
            if len(ACCELERATOR.findall(source)) != len(ACCELERATOR.findall(text)):
                wrong.append(f"  [{context}] accelerator: {source!r} -> {text!r}")
            if source.count("\n") != text.count("\n"):
                wrong.append(f"  [{context}] line breaks: {source!r} -> {text!r}")
            if ";;" in source and source.count(";;") != text.count(";;"):
                wrong.append(f"  [{context}] file-dialog filters: {source!r} -> {text!r}")
    assert not wrong, "\n".join(wrong)


def test_english_translation_does_not_leave_japanese_ui_words_untranslated():
    """Japanese may appear only in examples of input (令和…, kana) or as a term in parentheses."""
    kana_or_kanji = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
    allowed = re.compile(r"[（(][^）)]*[）)]|令和\d+年(\d+月\d+日)?|e\.g\. \S+|Examples?: .*$")
    leftover = []
    for (context, source), translation in messages(ts_path("en")).items():
        for text in texts_of(translation):
            if kana_or_kanji.search(allowed.sub("", text)):
                leftover.append(f"  [{context}] {source!r} -> {text!r}")
    assert not leftover, "Japanese left in English translations:\n" + "\n".join(leftover)


# --- the .qm at run time ---------------------------------------------------------------------------


def test_qm_translates_known_strings(english):
    translate = QCoreApplication.translate
    assert translate("Texts", "福祉・保健") == "Welfare & health"
    assert translate("Texts", "連携協約") == "Cooperation agreement"
    assert translate("Texts", "高") == "High"
    assert (
        translate("Texts", "{field}を入力してください。").format(field="Duty name")
        == "Duty name is required."
    )
    assert translate("MainWindow", "広域連携デスク") == "Renkei Desktop"
    assert translate("MainWindow", "ファイル(&F)") == "&File"
    # context matters: the picker's filter is plural, the kind name is singular
    assert translate("MunicipalityPicker", "都道府県") == "Prefectures"
    assert translate("Texts", "都道府県") == "Prefecture"


def test_without_the_translator_the_source_japanese_is_shown(qapp):
    assert QCoreApplication.translate("Texts", "福祉・保健") == "福祉・保健"


def test_main_window_comes_up_in_english(english, qtbot, tmp_path):
    from renkei_desktop.ui.main_window import MainWindow
    from renkei_desktop.ui.settings import AppSettings

    window = MainWindow(AppSettings(tmp_path / "settings.ini"), tmp_path)
    qtbot.addWidget(window)
    assert window.windowTitle() == "Renkei Desktop"
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:2] == ["&File", "&Edit"]
    assert "&Help" in menus
