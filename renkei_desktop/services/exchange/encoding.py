"""Which encoding a CSV is in: BOM, then strict UTF-8, then strict cp932, then ask the user.

Statistical detectors mistake short cp932 files for Korean (USERS.md), so there is no guessing: when
neither UTF-8 nor cp932 decodes the bytes strictly, the caller gets candidates with a sample of each
and the user chooses. cp932 (Windows-31J), never shift_jis: ①, 髙 and 﨑 exist only in cp932.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from .errors import ExchangeError, ExchangeErrorCode

UTF8_BOM = "utf-8-sig"
UTF8 = "utf-8"
CP932 = "cp932"
# What the user may choose (wizard step "encoding", --encoding). Keys are codec names.
ENCODING_CHOICES = {
    UTF8_BOM: "UTF-8（BOM付き）",
    UTF8: "UTF-8",
    CP932: "シフトJIS（cp932、Windows 標準）",
    "euc_jp": "EUC-JP",
    "utf-16": "UTF-16",
}
_ALIASES = {
    "utf8": UTF8, "utf-8": UTF8, "utf_8": UTF8, "utf-8-sig": UTF8_BOM, "utf8-sig": UTF8_BOM, "utf_8_sig": UTF8_BOM,
    "utf8bom": UTF8_BOM, "cp932": CP932, "ms932": CP932, "windows-31j": CP932, "sjis": CP932,
    "shift_jis": CP932, "shift-jis": CP932, "eucjp": "euc_jp", "euc-jp": "euc_jp", "euc_jp": "euc_jp",
    "utf16": "utf-16", "utf-16": "utf-16",
}  # fmt: skip
SAMPLE_CHARS = 400


@dataclass(frozen=True)
class EncodingCandidate:
    encoding: str  # a key of ENCODING_CHOICES
    sample: str  # the first characters decoded with it (undecodable bytes shown as �)
    bad_bytes: int  # how many decoding errors the whole file has with it


@dataclass(frozen=True)
class EncodingDetection:
    """``encoding`` is set when the file decides (``reason``: "bom", "utf-8" or "cp932"); with
    ``reason == "ask"`` it is None and ``candidates`` (fewest errors first) are shown to the user."""

    encoding: str | None
    reason: str
    candidates: tuple[EncodingCandidate, ...] = ()

    @property
    def needs_choice(self) -> bool:
        return self.encoding is None


def normalize_encoding_name(name: str) -> str:
    """"Shift_JIS", "MS932", "windows-31j" → "cp932" (shift_jis lacks ①, 髙, 﨑); unknown names refused."""
    key = name.strip().lower()
    if key in _ALIASES:
        return _ALIASES[key]
    raise ExchangeError(ExchangeErrorCode.UNKNOWN_ENCODING_NAME, value=name, choices=", ".join(ENCODING_CHOICES))


def _count_errors(data: bytes, encoding: str) -> int:
    """Roughly how many bytes ``encoding`` cannot read (replacement characters in the result)."""
    return data.decode(encoding, errors="replace").count("\ufffd")


def detect_encoding(data: bytes) -> EncodingDetection:
    if data.startswith(codecs.BOM_UTF8):
        return EncodingDetection(UTF8_BOM, "bom")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return EncodingDetection("utf-16", "bom")
    for encoding in (UTF8, CP932):
        try:
            data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return EncodingDetection(encoding, encoding)
    candidates = []
    for encoding in (CP932, UTF8, "euc_jp"):
        sample = data[: SAMPLE_CHARS * 3].decode(encoding, errors="replace")[:SAMPLE_CHARS]
        candidates.append(EncodingCandidate(encoding, sample, _count_errors(data, encoding)))
    candidates.sort(key=lambda c: c.bad_bytes)
    return EncodingDetection(None, "ask", tuple(candidates))


def decode(data: bytes, encoding: str) -> str:
    """Decode with the chosen encoding; bytes it cannot read become U+FFFD, which the reader reports
    as a problem of the row they are in (never silently dropped)."""
    codec = normalize_encoding_name(encoding)
    if codec == UTF8 and data.startswith(codecs.BOM_UTF8):
        codec = UTF8_BOM
    return data.decode(codec, errors="replace")
