"""Table models for agreements: the list (with a kind / in-force / text filter), the editable role table
(取組 × each party's role) and the usage shares of facilities used in common (施設の相互利用)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ...domain.agreements import Agreement, AgreementKind, ReviewDue, UsageFigures, reviews_due
from .. import agreement_texts as at
from .. import texts
from .duty_table_model import ID_ROLE, SORT_ROLE, search_key

_INDEX = QModelIndex | QPersistentModelIndex
NameOf = Callable[[str], str]  # party code → 「飯田市」
FAR_FUTURE_DAYS = 365 * 200  # look-ahead that finds every agreement's next review

# The parties come last: the widest column, it takes the spare width and is the one cut when narrow.
LIST_COLUMNS = ("title", "kind", "status", "review", "days", "parties")


def _list_headers() -> list[str]:
    return [
        QCoreApplication.translate("AgreementTableModel", "名称"),
        QCoreApplication.translate("AgreementTableModel", "種類"),
        QCoreApplication.translate("AgreementTableModel", "状況（本日）"),
        QCoreApplication.translate("AgreementTableModel", "次の見直し"),
        QCoreApplication.translate("AgreementTableModel", "残り日数"),
        QCoreApplication.translate("AgreementTableModel", "当事者"),
    ]


def next_review(agreement: Agreement, today: date) -> ReviewDue | None:
    """The soonest 見直し期限 or term end of ``agreement`` (overdue ones included), or None."""
    due = reviews_due([agreement], today, FAR_FUTURE_DAYS)
    return due[0] if due else None


def parties_text(agreement: Agreement, name_of: NameOf) -> str:
    """「甲 飯田市、乙 天龍村」; "Party A 飯田市, Party B 天龍村" in English."""
    return texts.join(at.party_label(p.letter, name_of(p.code)) for p in agreement.parties)


@dataclass(frozen=True)
class AgreementRow:
    agreement: Agreement
    status: str
    review: ReviewDue | None
    parties: str
    search: str


class AgreementTableModel(QAbstractTableModel):
    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self._rows: list[AgreementRow] = []
        self._headers = _list_headers()
        self._name_of: NameOf = lambda code: code
        self._kana_of: NameOf = lambda code: ""
        self.today = date.today()

    # --- data in -------------------------------------------------------------------------------
    def set_agreements(
        self,
        agreements: Sequence[Agreement],
        today: date,
        name_of: NameOf | None = None,
        kana_of: NameOf | None = None,
    ) -> None:
        self.beginResetModel()
        self.today = today
        if name_of is not None:
            self._name_of = name_of
        if kana_of is not None:
            self._kana_of = kana_of
        self._rows = [self._row(a) for a in agreements]
        self.endResetModel()

    def _row(self, agreement: Agreement) -> AgreementRow:
        parties = parties_text(agreement, self._name_of)
        kana = " ".join(self._kana_of(p.code) for p in agreement.parties)
        return AgreementRow(
            agreement,
            at.status_of(agreement, self.today),
            next_review(agreement, self.today),
            parties,
            search_key(f"{agreement.title} {parties} {kana}"),
        )

    def row_of(self, agreement_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.agreement.id == agreement_id), -1)

    def upsert(self, agreement: Agreement) -> int:
        row = self.row_of(agreement.id) if agreement.id is not None else -1
        if row >= 0:
            self._rows[row] = self._row(agreement)
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
            return row
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(self._row(agreement))
        self.endInsertRows()
        return row

    def remove(self, agreement_id: int) -> None:
        row = self.row_of(agreement_id)
        if row < 0:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()

    def agreement(self, row: int) -> Agreement:
        return self._rows[row].agreement

    def row_info(self, row: int) -> AgreementRow:
        return self._rows[row]

    def agreements(self) -> list[Agreement]:
        return [r.agreement for r in self._rows]

    def name_of(self, code: str) -> str:
        return self._name_of(code)

    # --- Qt overrides --------------------------------------------------------------------------
    def rowCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(LIST_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal and 0 <= section < len(LIST_COLUMNS):
                return self._headers[section]
            if orientation == Qt.Orientation.Vertical:
                return str(section + 1)
        return None

    def data(self, index: _INDEX, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        key = LIST_COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        if role == SORT_ROLE:
            return self._sort_value(row, key)
        if role == ID_ROLE:
            return row.agreement.id
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "days":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "parties":
                return "\n".join(
                    at.party_label(p.letter, self._name_of(p.code)) for p in row.agreement.parties
                )
            if key in ("review", "days") and row.review is not None:
                return at.review_reason_name(row.review.reason)
        return None

    def _display(self, row: AgreementRow, key: str) -> str:
        a = row.agreement
        if key == "title":
            return a.title
        if key == "kind":
            return at.kind_name(a.kind)
        if key == "parties":
            return row.parties
        if key == "status":
            return at.status_label(row.status)
        if key == "review":
            if row.review is None:
                return ""
            return texts.bracketed(at.date_text(row.review.due), at.review_reason_name(row.review.reason))
        if key == "days":
            return at.days_left_text(row.review.days_left) if row.review is not None else ""
        return ""

    def _sort_value(self, row: AgreementRow, key: str) -> object:
        if key == "kind":
            return list(AgreementKind).index(row.agreement.kind)
        if key == "status":
            return (at.IN_FORCE, at.NOT_YET, at.ABOLISHED).index(row.status)
        if key in ("review", "days"):
            return row.review.days_left if row.review is not None else FAR_FUTURE_DAYS + 1
        return search_key(self._display(row, key))


class AgreementFilterProxy(QSortFilterProxyModel):
    """Filter by kind, by 施行中 today, and by words of the title or a party's name or reading
    (width- and kana-insensitive, like the catalogue's search)."""

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._parts: tuple[str, ...] = ()
        self._kind: AgreementKind | None = None
        self._in_force_only = False

    def set_text(self, text: str) -> None:
        self._parts = tuple(search_key(text.strip()).split())
        self.invalidate()

    def set_kind(self, kind: AgreementKind | None) -> None:
        self._kind = kind
        self.invalidate()

    def set_in_force_only(self, on: bool) -> None:
        self._in_force_only = on
        self.invalidate()

    def filterAcceptsRow(self, source_row: int, source_parent: _INDEX) -> bool:
        model = self.sourceModel()
        assert isinstance(model, AgreementTableModel)
        row = model.row_info(source_row)
        if self._kind is not None and row.agreement.kind is not self._kind:
            return False
        if self._in_force_only and row.status != at.IN_FORCE:
            return False
        return all(part in row.search for part in self._parts)

    def lessThan(self, left: _INDEX, right: _INDEX) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return a < b  # type: ignore[operator]
        except TypeError:
            return str(a) < str(b)


class RoleTableModel(QAbstractTableModel):
    """連携する取組と役割分担: one row per 取組, a column per party (甲, 乙 …), all editable."""

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self._rows: list[tuple[str, dict[str, str]]] = []
        self._codes: list[str] = []
        self._labels: list[str] = []

    def set_rows(self, rows: Sequence[tuple[str, Mapping[str, str]]]) -> None:
        self.beginResetModel()
        self._rows = [(initiative, dict(roles)) for initiative, roles in rows]
        self.endResetModel()

    def set_parties(self, codes: Sequence[str], labels: Sequence[str]) -> None:
        """Columns follow the parties; a role typed for a party stays with it when others move."""
        self.beginResetModel()
        self._codes = list(codes)
        self._labels = list(labels)
        self.endResetModel()

    def add_row(self, initiative: str = "") -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append((initiative, {}))
        self.endInsertRows()
        return row

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def to_input(self) -> list[dict[str, object]]:
        """Rows for agreement_from_input (roles of parties no longer in the list are dropped)."""
        return [
            {"initiative": initiative, "roles": {c: roles[c] for c in self._codes if roles.get(c, "").strip()}}
            for initiative, roles in self._rows
        ]

    def rowCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self._codes)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        if section == 0:
            return QCoreApplication.translate("RoleTableModel", "取組")
        if 1 <= section <= len(self._labels):
            return QCoreApplication.translate("RoleTableModel", "{0}の役割").format(self._labels[section - 1])
        return None

    def flags(self, index: _INDEX) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: _INDEX, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            return None
        initiative, roles = self._rows[index.row()]
        if index.column() == 0:
            return initiative
        if 1 <= index.column() <= len(self._codes):
            return roles.get(self._codes[index.column() - 1], "")
        return None

    def setData(self, index: _INDEX, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or not (0 <= index.row() < len(self._rows)):
            return False
        text = "" if value is None else str(value)
        initiative, roles = self._rows[index.row()]
        if index.column() == 0:
            self._rows[index.row()] = (text, roles)
        elif 1 <= index.column() <= len(self._codes):
            roles[self._codes[index.column() - 1]] = text
        else:
            return False
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True


PERCENT_PLACES = Decimal("0.1")


def share_percent(amount: Decimal, total: Decimal) -> Decimal | None:
    """The share of ``amount`` in ``total`` in %, to 0.1 (None when the total is zero)."""
    if total <= 0:
        return None
    return (amount * 100 / total).quantize(PERCENT_PLACES, rounding=ROUND_HALF_UP)


def _number(value: Decimal) -> str:
    text = f"{value.normalize():f}"
    whole, _, frac = text.partition(".")
    return f"{int(whole):,}" + (f".{frac}" if frac else "")


class UsageShareModel(QAbstractTableModel):
    """Usage of each facility per party in a period and its share (the usage basis of the sharing)."""

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self._rows: list[tuple[UsageFigures, str, Decimal]] = []
        self._name_of: NameOf = lambda code: code

    def set_figures(self, figures: Sequence[UsageFigures], name_of: NameOf) -> None:
        self.beginResetModel()
        self._name_of = name_of
        self._rows = [(f, code, amount) for f in figures for code, amount in f.by_party.items()]
        self.endResetModel()

    def share(self, row: int) -> Decimal | None:
        figures, _, amount = self._rows[row]
        return share_percent(amount, figures.total)

    def rowCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        headers = (
            QCoreApplication.translate("UsageShareModel", "施設"),
            QCoreApplication.translate("UsageShareModel", "所有団体"),
            QCoreApplication.translate("UsageShareModel", "利用した住民の団体"),
            QCoreApplication.translate("UsageShareModel", "利用量"),
            QCoreApplication.translate("UsageShareModel", "利用割合（%）"),
        )
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: _INDEX, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        figures, code, amount = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return texts.bracketed(figures.facility, figures.unit) if figures.unit else figures.facility
        if column == 1:
            return self._name_of(figures.owner_code)
        if column == 2:
            return self._name_of(code)
        if column == 3:
            return _number(amount)
        if column == 4:
            share = self.share(index.row())
            return "—" if share is None else f"{share:.1f}"
        return None
