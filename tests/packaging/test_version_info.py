"""packaging/version_info.py: the Windows version resource comes from the package version."""

from __future__ import annotations

from pathlib import Path

import pytest
import version_info

import renkei_desktop


@pytest.mark.parametrize(
    ("version", "expected"),
    [("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)), ("2.0.1.7", (2, 0, 1, 7)), ("0.2.0rc1", (0, 2, 0, 0)),
     ("1.4.0.dev3", (1, 4, 0, 0)), ("v3.1.4", (3, 1, 4, 0))],
)  # fmt: skip
def test_version_tuple(version: str, expected: tuple[int, int, int, int]) -> None:
    assert version_info.version_tuple(version) == expected


@pytest.mark.parametrize("bad", ["", "dev", "1.70000"])
def test_version_tuple_rejects(bad: str) -> None:
    with pytest.raises(ValueError):
        version_info.version_tuple(bad)


def test_read_version_matches_the_package() -> None:
    assert version_info.read_version() == renkei_desktop.__version__


def _evaluate(text: str) -> dict:
    """Evaluate the VSVersionInfo text with stand-ins for PyInstaller's classes (no pefile needed)."""

    def record(kind: str):  # noqa: ANN202
        return lambda *args, **kwargs: {"kind": kind, "args": args, "kwargs": kwargs}

    names = (
        "VSVersionInfo",
        "FixedFileInfo",
        "StringFileInfo",
        "StringTable",
        "StringStruct",
        "VarFileInfo",
        "VarStruct",
    )
    return eval(text, {name: record(name) for name in names})  # noqa: S307


def test_version_resource_fields(tmp_path: Path) -> None:
    path = version_info.write_version_info(tmp_path / "v.txt", "1.2.3")
    info = _evaluate(path.read_text(encoding="utf-8"))
    fixed = info["kwargs"]["ffi"]["kwargs"]
    assert fixed["filevers"] == fixed["prodvers"] == (1, 2, 3, 0)
    table = info["kwargs"]["kids"][0]["args"][0][0]
    assert table["args"][0] == "041104B0"
    strings = {s["args"][0]: s["args"][1] for s in table["args"][1]}
    assert strings["OriginalFilename"] == "renkei-desktop.exe"
    assert strings["ProductVersion"] == strings["FileVersion"] == "1.2.3"
    assert "広域連携デスク" in strings["ProductName"]


def test_pyinstaller_parses_the_resource_when_available(tmp_path: Path) -> None:
    pytest.importorskip("pefile")  # PyInstaller's parser needs pefile (installed on Windows)
    from PyInstaller.utils.win32.versioninfo import load_version_info_from_text_file

    info = load_version_info_from_text_file(str(version_info.write_version_info(tmp_path / "v.txt", "0.1.0")))
    assert info.ffi.fileVersionMS == 0x00000001
