"""全国地方公共団体コード: 5 digits (JIS X 0402) plus a check digit, validated and normalised."""

from __future__ import annotations

import re
from collections.abc import Container

from .errors import ErrorCode
from .normalize import ParseError, to_halfwidth

_WEIGHTS = (6, 5, 4, 3, 2)


def check_digit(five: str) -> int:
    """(11 − Σ dᵢ·wᵢ mod 11) mod 10 with weights 6,5,4,3,2 (総務省 全国地方公共団体コード仕様)."""
    if not re.fullmatch(r"\d{5}", five):
        raise ValueError(five)
    total = sum(int(d) * w for d, w in zip(five, _WEIGHTS, strict=True))
    return (11 - total % 11) % 10


def is_valid_code(code: str) -> bool:
    return bool(re.fullmatch(r"\d{6}", code)) and check_digit(code[:5]) == int(code[5])


def normalize_code(raw: str | int, *, known: Container[str] | None = None) -> str:
    """Return the 6-digit code for user or file input.

    Accepts full-width digits, a 6-digit code with a leading zero dropped ("11002" → "011002" when its
    last digit checks), and a 5-digit code without check digit ("01100" → "011002").
    Five digits without a leading zero are ambiguous: "10201" is 前橋市's 5-digit code (→ "102016") but
    "010201" also passes the check. Pass ``known`` (the master's codes) to pick the reading that exists;
    without it the dropped-zero reading wins.
    Raises ParseError(BAD_CODE_FORMAT or BAD_CHECK_DIGIT).
    """
    text = to_halfwidth(str(raw)).replace("-", "")
    if not re.fullmatch(r"\d{4,6}", text):
        raise ParseError(ErrorCode.BAD_CODE_FORMAT, str(raw))
    if len(text) == 6:
        if not is_valid_code(text):
            raise ParseError(ErrorCode.BAD_CHECK_DIGIT, str(raw))
        return text
    if len(text) == 5:
        padded = "0" + text
        candidates = [padded] if text[0] != "0" and is_valid_code(padded) else []
        candidates.append(text + str(check_digit(text)))
        if known is not None:
            return next((c for c in candidates if c in known), candidates[0])
        return candidates[0]
    padded = "0" + text  # 4 digits: a 5-digit code with its leading zero dropped
    return padded + str(check_digit(padded))


def prefecture_number(code: str) -> int:
    return int(code[:2])


def is_prefecture_code(code: str) -> bool:
    return code[2:5] == "000"
