"""Ranked partner candidates for a duty (順位, 団体, 種別, 距離, 点数, 主な理由), excluded ones last.

The prefecture is marked in words (【県】) and in bold, pinned and excluded rows say so in the 順位
column: nothing is told by colour alone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from ...domain.frameworks import format_km
from ...domain.municipalities import Municipality, MunicipalityKind
from ...domain.partners import FactorCode, PartnerCandidate, PartnerRanking
from .. import advisor_texts, texts

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
RANK, NAME, KIND, DISTANCE, SCORE, REASONS = range(6)
MAX_SHORT_REASONS = 4

Index = QModelIndex | QPersistentModelIndex


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("PartnerTableModel", "順位"),
        QCoreApplication.translate("PartnerTableModel", "団体"),
        QCoreApplication.translate("PartnerTableModel", "種別"),
        QCoreApplication.translate("PartnerTableModel", "距離 km"),
        QCoreApplication.translate("PartnerTableModel", "点数"),
        QCoreApplication.translate("PartnerTableModel", "主な理由"),
    ]


@dataclass(frozen=True)
class PartnerRow:
    code: str
    name: str
    kind: MunicipalityKind | None
    candidate: PartnerCandidate | None  # None: excluded by the user
    rank: int | None

    @property
    def excluded(self) -> bool:
        return self.candidate is None

    @property
    def pinned(self) -> bool:
        return self.candidate is not None and self.candidate.pinned

    @property
    def is_prefecture(self) -> bool:
        return self.kind is MunicipalityKind.PREFECTURE


def prefecture_marker(name: str) -> str:
    """【県】, 【都】, 【道】 or 【府】 from the prefecture's own name."""
    return f"【{name[-1:]}】" if name else ""


def short_reasons(candidate: PartnerCandidate) -> str:
    """The factors that gave the most points, e.g. 「県を推奨 +40、自団体の県 +10」."""
    scoring = sorted((f for f in candidate.factors if f.points > 0), key=lambda f: -f.points)
    parts = [f"{advisor_texts.factor_short(f.code)} +{f.points}" for f in scoring[:MAX_SHORT_REASONS]]
    if candidate.pinned:
        parts.insert(0, advisor_texts.factor_short(FactorCode.PINNED))
    return QCoreApplication.translate("PartnerTableModel", "、").join(parts)


class PartnerTableModel(QAbstractTableModel):
    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self._rows: list[PartnerRow] = []
        self._headers = _headers()
        self._name_of: Callable[[str], str] = lambda code: code

    # --- data in -------------------------------------------------------------------------------
    def set_ranking(
        self, ranking: PartnerRanking | None, lookup: Callable[[str], Municipality | None]
    ) -> None:
        def name_of(code: str) -> str:
            m = lookup(code)
            return m.display_name if m is not None else code

        self.beginResetModel()
        self._name_of = name_of
        rows: list[PartnerRow] = []
        if ranking is not None:
            for position, c in enumerate(ranking.candidates, start=1):
                rows.append(PartnerRow(c.code, name_of(c.code), c.kind, c, position))
            for code in ranking.excluded:
                m = lookup(code)
                rows.append(PartnerRow(code, name_of(code), m.kind if m else None, None, None))
        self._rows = rows
        self.endResetModel()

    def row(self, row: int) -> PartnerRow:
        return self._rows[row]

    def rows(self) -> list[PartnerRow]:
        return list(self._rows)

    def codes(self) -> list[str]:
        return [r.code for r in self._rows]

    def row_of(self, code: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.code == code), -1)

    def name_of(self, code: str) -> str:
        return self._name_of(code)

    # --- Qt overrides --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r)
        if role == CODE_ROLE:
            return r.code
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (RANK, DISTANCE, SCORE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and (r.is_prefecture or r.pinned or r.excluded):
            font = QFont()
            font.setBold(r.is_prefecture or r.pinned)
            font.setItalic(r.excluded)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and r.excluded:
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

    def _display(self, r: PartnerRow, column: int) -> str | None:
        c = r.candidate
        if column == RANK:
            if c is None:
                return QCoreApplication.translate("PartnerTableModel", "除外")
            if c.pinned:
                return QCoreApplication.translate("PartnerTableModel", "ピン {0}").format(r.rank)
            return str(r.rank)
        if column == NAME:
            return f"{prefecture_marker(r.name)}{r.name}" if r.is_prefecture else r.name
        if column == KIND:
            return texts.kind_name(r.kind) if r.kind is not None else ""
        if column == DISTANCE:
            if c is None or c.distance_km is None:
                return "—"
            return format_km(c.distance_km)
        if column == SCORE:
            return "—" if c is None else str(c.score)
        if column == REASONS:
            if c is None:
                return QCoreApplication.translate(
                    "PartnerTableModel", "除外しています（「元に戻す」で順位に戻ります）"
                )
            return short_reasons(c)
        return None

    def _tooltip(self, r: PartnerRow) -> str:
        c = r.candidate
        if c is None:
            return QCoreApplication.translate(
                "PartnerTableModel", "除外しています（「元に戻す」で順位に戻ります）"
            )
        lines = [
            f"{'+' if f.points > 0 else '±'}{f.points}　{advisor_texts.factor_text(f, self._name_of)}"
            for f in c.factors
        ]
        return "\n".join(lines)
