"""Fill unfinished entries of resources/i18n/renkei_en.ts from JSON files {source: translation}.

Usage: python packaging/fill_translations.py a.json [b.json ...]; then run update_translations.py,
which rewrites the .ts in lupdate's own layout and compiles the .qm.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parent.parent / "resources" / "i18n" / "renkei_en.ts"


def main() -> int:
    table: dict[str, str] = {}
    for name in sys.argv[1:]:
        table.update(json.loads(Path(name).read_text(encoding="utf-8")))
    tree = ET.parse(TS)
    filled = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished" or source not in table:
            continue
        translation.text = table[source]
        del translation.attrib["type"]
        filled += 1
    header = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
    TS.write_text(header + ET.tostring(tree.getroot(), encoding="unicode") + "\n", encoding="utf-8")
    print(f"filled {filled} entries from {len(table)} translations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
