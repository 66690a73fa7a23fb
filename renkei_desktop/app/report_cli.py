"""``renkei-desktop --db PATH report --out FILE.pdf [--kind summary|agreement] [--id N] [--lang ja|en]``.

Writes the meeting summary (会議資料) or an agreement draft (協定書（案）・規約（案）) without a display
(docs/cli.md): PDF through Qt on the offscreen platform (a QGuiApplication is created when none exists),
or Word when FILE ends with .docx. ``--lang en`` builds the document in English (the English translation
is installed for the build only; dates then Gregorian). Messages are Japanese; any problem exits with 2
and writes nothing.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..services.container import Services

FORMATS = {".pdf": "pdf", ".docx": "docx"}


def add_report_command(sub: Any) -> None:  # noqa: ANN401 - argparse's private subparsers action
    p = sub.add_parser(
        "report", help="write the meeting summary or an agreement draft as PDF or .docx (docs/cli.md)"
    )
    p.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="output file: .pdf or .docx")
    p.add_argument(
        "--kind", choices=["summary", "agreement"], default="summary", help="会議資料 or 協定書（案）"
    )
    p.add_argument("--id", type=int, help="the agreement's number (with --kind agreement)")
    p.add_argument("--number", default="", help="資料番号 in the header, e.g. 資料1")
    p.add_argument("--meeting", default="", help="会議名 in the header")
    p.add_argument("--date", default="", help="作成日: 2026-11-27 or 令和8年11月27日 (default: today)")
    p.add_argument("--department", help="担当課 (default: the profile's)")
    p.add_argument("--seireki", action="store_true", help="add the 西暦 in brackets after the 和暦 date")
    p.add_argument("--landscape", action="store_true", help="A4 landscape instead of portrait")
    p.add_argument("--no-charts", action="store_true", help="summary without the charts")
    p.add_argument(  # own dest: the global --lang (the window's language) must not be overwritten
        "--lang",
        dest="document_lang",
        choices=["ja", "en"],
        default="ja",
        help="language of the document: ja (default; 和暦 dates) or en (English, Gregorian dates)",
    )


def _error(text: str) -> int:
    print(f"エラー: {text}", file=sys.stderr)
    return 2


def _agreement_list(services: Services) -> str:
    agreements = sorted(services.agreements.list_all(), key=lambda a: a.id or 0)
    if not agreements:
        return "このデータベースには協定・規約がありません。"
    return "このデータベースの協定・規約: " + "、".join(f"{a.id}「{a.title}」" for a in agreements)


def cmd_report(services: Services, args, out) -> int:  # noqa: ANN001
    from ..domain.normalize import ParseError, parse_date
    from ..reports.agreement_draft import DraftOptions, build_agreement_draft
    from ..reports.document import HeaderFields, Orientation, ReportError
    from ..reports.language import TranslationMissing, document_language
    from ..reports.summary import SECTION_KEYS, SummaryOptions, build_summary

    target: Path = args.out
    fmt = FORMATS.get(target.suffix.lower())
    if fmt is None:
        return _error(
            f"--out には .pdf または .docx で終わるファイル名を指定してください（指定: {target}）。"
        )
    if args.kind == "agreement" and args.id is None:
        return _error(
            f"協定書（案）を出力するには --id で協定・規約の番号を指定してください。{_agreement_list(services)}"
        )
    try:
        created = parse_date(args.date) if args.date else date.today()
    except ParseError:
        return _error(f"--date の日付を読めません（指定: {args.date}）。例: 2026-11-27、令和8年11月27日")
    if created is None or created < date(1926, 12, 25):
        return _error(
            f"--date には昭和元年（1926年12月25日）以降の日付を指定してください（指定: {args.date}）。"
        )
    profile = services.profile.get()
    department = args.department if args.department is not None else (profile.department if profile else "")
    header = HeaderFields(args.number, args.meeting, created, args.seireki, department)
    orientation = Orientation.LANDSCAPE if args.landscape else Orientation.PORTRAIT
    lang = getattr(args, "document_lang", "ja")
    if lang != "ja":  # a translator is installed on an application
        from ..reports.pdf import ensure_gui_application

        ensure_gui_application()
    try:
        with document_language(lang):
            if args.kind == "agreement":
                document = build_agreement_draft(
                    services, args.id, DraftOptions(header=header, orientation=orientation)
                )
            else:
                sections = frozenset(SECTION_KEYS) - ({"charts"} if args.no_charts else set())
                options = SummaryOptions(header=header, orientation=orientation, sections=sections)
                document = build_summary(services, options)
    except TranslationMissing as missing:
        return _error(f"--lang {missing.language} の翻訳ファイルが見つかりません（{missing.folder}）。")
    except ReportError as error:
        if error.code == ReportError.NO_PROFILE:
            return _error(
                "自治体が設定されていません。先にアプリで初期設定を行うか demo を実行してください。"
            )
        return _error(f"番号 {args.id} の協定・規約はありません。{_agreement_list(services)}")
    pages = None
    try:
        if fmt == "pdf":
            from ..reports.pdf import pdf_bytes

            data, pages = pdf_bytes(document)
            target.write_bytes(data)
        else:
            from ..reports.docx import write_docx

            write_docx(document, target)
    except OSError as error:
        return _error(f"ファイル「{target}」に書き込めません（{error.strerror or error}）。")
    json.dump(
        {
            "output": str(target),
            "kind": args.kind,
            "format": fmt,
            "pages": pages,
            "title": document.title,
            "lang": document.language,
        },
        out,
        ensure_ascii=False,
    )
    out.write("\n")
    return 0
