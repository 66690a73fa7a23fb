"""Fill unfinished entries of resources/i18n/renkei_en.ts from a JSON file {source: translation}.

Usage: python packaging/fill_translations.py translations.json  (then run update_translations.py)
"""

from __future__ import annotations

import json
import sys
from html import escape
from pathlib import Path

TS = Path(__file__).resolve().parent.parent / "resources" / "i18n" / "renkei_en.ts"


def main() -> int:
    table: dict[str, str] = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    text = TS.read_text(encoding="utf-8")
    filled = 0
    for source, target in table.items():
        needle = f"<source>{escape(source, quote=False)}</source>\n        <translation type=\"unfinished\"></translation>"
        if needle in text:
            text = text.replace(
                needle, f"<source>{escape(source, quote=False)}</source>\n        <translation>{escape(target, quote=False)}</translation>"
            )
            filled += 1
    TS.write_text(text, encoding="utf-8")
    print(f"filled {filled} of {len(table)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
