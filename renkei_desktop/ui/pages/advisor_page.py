"""連携の検討: which cooperation settings fit the home town, and who could share a duty with it.

Top: the four settings of the seed (連携中枢都市圏 / 定住自立圏 / 三大都市圏の水平連携 / 都道府県による垂直補完)
with their reasons in plain Japanese, each naming its rule and 要綱; a missing figure is named with a
button to the municipality page, never guessed. The nearest hubs and centres with their distance.
Below: the home town's duties and the ranked partner candidates for the chosen one, the score
explained per factor, pin / exclude / 元に戻す per candidate, and 「この団体で連携案を作る」.

Heavy work (advice over 1,788 records, ranking) runs when the page is first shown and again only when
the duty, the distance limit or the data behind it (figures, plans, agreements) change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.duties import Duty
from ...domain.frameworks import (
    DEFAULT_MAX_DISTANCE_KM,
    Advice,
    Assessment,
    FrameworkCandidate,
    Reason,
    ReasonCode,
    Role,
    Setting,
    SettingAdvice,
    Status,
    format_km,
)
from ...domain.municipalities import StatKind
from ...domain.partners import FactorCode, PartnerRanking
from .. import advisor_texts, texts
from ..models.partner_table_model import (
    DISTANCE,
    RANK,
    SCORE,
    PartnerRow,
    PartnerTableModel,
    prefecture_marker,
)
from ..widgets.reason_list import ReasonEntry, ReasonList
from ..widgets.unshaped import prefer_unshaped_text

if TYPE_CHECKING:
    from ...domain.municipalities import Municipality
    from ...domain.profile import Profile
    from ...services.advisor import AdvisorService
    from ...services.container import Services

MISSING_ROLE = Qt.ItemDataRole.UserRole + 1  # on tree items: (code, stat) of a figure to enter
MAX_CANDIDATE_REASONS = 3  # hubs/centres explained in a setting card; the rest are in the list below
NEARBY_PER_GROUP = 3  # per role: the nearest eligible/borderline ones and the nearest undecided ones
DISTANCE_DEBOUNCE_MS = 300

_CANDIDATE_REASONS = (
    ReasonCode.HUB_IN_RANGE,
    ReasonCode.CENTRE_IN_RANGE,
    ReasonCode.ELIGIBLE_HUB_IN_RANGE,
)


def _duty_key(duty: Duty) -> tuple[object, ...]:
    """What the chooser and the ranking use of a duty: a change means reading the list again."""
    return duty.id, duty.name, duty.typical_methods


def scaled_font(base: QFont, factor: float) -> QFont:
    """A bold font ``factor`` times the size of ``base`` (recomputed when the app zoom changes)."""
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * factor)
    font.setBold(True)
    return font


class SettingCard(QGroupBox):
    """One setting: its status in a symbol and a word, then its reasons."""

    def __init__(self, setting: Setting, parent: QWidget | None = None):
        super().__init__(advisor_texts.setting_name(setting), parent)
        self.setting = setting
        self.setObjectName(f"setting_{setting.value}")
        self.status = QLabel()
        self.status.setObjectName("setting_status")
        self.reasons = ReasonList(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.reasons)
        layout.addStretch(1)
        self._scale_fonts()

    def _scale_fonts(self) -> None:
        self.status.setFont(scaled_font(self.font(), 1.15))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.FontChange:  # zoom: the larger status text grows with the rest
            self._scale_fonts()
        super().changeEvent(event)

    def show_advice(self, advice: SettingAdvice | None, entries: list[ReasonEntry]) -> None:
        self.status.setText(advisor_texts.setting_status_text(advice.status) if advice else "")
        self.reasons.set_entries(entries)


class AdvisorPage(QWidget):
    read_only = False  # follows MainWindow.read_only_changed: no pin, exclude, reset or new plan

    def __init__(self, window: QWidget):
        super().__init__()
        self.setObjectName("AdvisorPage")
        self._window = window
        self._services: Services | None = None
        self._advisor: AdvisorService | None = None
        self._home: Municipality | None = None
        self._duties: list[Duty] = []
        self._advice: Advice | None = None
        self._ranking: PartnerRanking | None = None
        self._stale = True
        self._token: tuple[object, ...] | None = None
        self._computed_distance: float | None = None

        # --- header: whose advice, how far to look ----------------------------------------------
        self.heading = QLabel()
        self.heading.setObjectName("advisor_heading")
        self.heading.setFont(scaled_font(self.font(), 1.25))
        self.distance = QSpinBox()
        self.distance.setObjectName("advisor_distance")
        self.distance.setRange(5, 300)
        self.distance.setSingleStep(5)
        self.distance.setValue(int(DEFAULT_MAX_DISTANCE_KM))
        self.distance.setSuffix(" km")
        self.distance.setAccelerated(True)
        self.distance.setToolTip(
            self.tr(
                "この距離（役場間の直線距離）までの都市を近隣・中心都市の候補とします。要件を満たす連携中枢都市がこの距離内にないときは、都道府県を推奨します。"
            )
        )
        distance_label = QLabel(self.tr("距離の上限(&D):"))
        distance_label.setBuddy(self.distance)
        self.refresh_button = QPushButton(self.tr("再計算(&R)"))
        self.refresh_button.setObjectName("advisor_refresh")
        self.refresh_button.setToolTip(self.tr("入力した数値・連携案・協定を読み直して判定し直します（F5）"))
        self.refresh_button.clicked.connect(self.refresh)
        refresh_action = QAction(self)
        refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        refresh_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh_action.triggered.connect(self.refresh)
        self.addAction(refresh_action)
        self._distance_timer = QTimer(self)
        self._distance_timer.setSingleShot(True)
        self._distance_timer.setInterval(DISTANCE_DEBOUNCE_MS)
        self._distance_timer.timeout.connect(self._distance_changed)
        self.distance.valueChanged.connect(lambda _v: self._distance_timer.start())
        self.distance.editingFinished.connect(self._distance_changed)

        header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        header.addWidget(distance_label)
        header.addWidget(self.distance)
        header.addWidget(self.refresh_button)

        self.notice = QLabel()
        self.notice.setObjectName("advisor_notice")
        self.notice.setWordWrap(True)
        self.notice.hide()

        # --- top: the four settings and the nearby hubs/centres ------------------------------------
        self.cards: dict[Setting, SettingCard] = {}
        grid = QGridLayout()
        for i, setting in enumerate(Setting):
            card = SettingCard(setting)
            card.reasons.enter_figure.connect(self.open_municipality)
            self.cards[setting] = card
            grid.addWidget(card, i // 2, i % 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.assumptions = QLabel(
            self.tr(
                "判定の前提: 距離は役場間の直線距離です。三大都市圏は都府県単位で近似しています。"
                "定住自立圏の合併市の特例・複眼型中心市と、連携する市町村の通勤通学割合（原則0.1以上）は判定していません。"
            )
        )
        self.assumptions.setObjectName("advisor_assumptions")
        self.assumptions.setWordWrap(True)

        self.nearby = QTreeWidget()
        self.nearby.setObjectName("advisor_nearby")
        self.nearby.setColumnCount(5)
        self.nearby.setHeaderLabels(
            [self.tr("役割"), self.tr("団体"), self.tr("距離 km"), self.tr("判定"), self.tr("範囲")]
        )
        self.nearby.setAlternatingRowColors(True)
        self.nearby.setWordWrap(True)
        self.nearby.setUniformRowHeights(False)
        self.nearby.currentItemChanged.connect(lambda *_a: self._update_nearby_button())
        self.nearby_enter = QPushButton(self.tr("選んだ都市の数値を入力(&I)…"))
        self.nearby_enter.setObjectName("advisor_nearby_enter")
        self.nearby_enter.clicked.connect(self._enter_nearby_figure)
        nearby_box = QGroupBox(self.tr("近くの連携中枢都市・定住自立圏の中心市（候補）"))
        nearby_layout = QVBoxLayout(nearby_box)
        nearby_hint = QLabel(
            self.tr(
                "行を開くと判定の理由が表示されます。「判定できない」の都市は、未入力の数値を入力すると判定されます。"
            )
        )
        nearby_hint.setWordWrap(True)
        nearby_layout.addWidget(nearby_hint)
        nearby_layout.addWidget(self.nearby, 1)
        nearby_buttons = QHBoxLayout()
        nearby_buttons.addWidget(self.nearby_enter)
        nearby_buttons.addStretch(1)
        nearby_layout.addLayout(nearby_buttons)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.addLayout(grid)
        top_layout.addWidget(self.assumptions)
        top_layout.addWidget(nearby_box)
        self.top_scroll = QScrollArea()
        self.top_scroll.setObjectName("advisor_top")
        self.top_scroll.setWidgetResizable(True)
        self.top_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.top_scroll.setWidget(top)

        # --- below: partner candidates for a duty ----------------------------------------------------
        self.duty = QComboBox()
        self.duty.setObjectName("advisor_duty")
        self.duty.setMinimumContentsLength(16)
        self.duty.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.duty.currentIndexChanged.connect(self._duty_changed)
        duty_label = QLabel(self.tr("事務(&J):"))
        duty_label.setBuddy(self.duty)
        self.methods = QLabel()
        self.methods.setObjectName("advisor_methods")
        self.methods.setWordWrap(True)
        self.recommendation = QLabel()
        self.recommendation.setObjectName("advisor_recommendation")
        self.recommendation.setWordWrap(True)
        font = self.recommendation.font()
        font.setBold(True)
        self.recommendation.setFont(font)

        self.model = PartnerTableModel(self)
        self.table = QTableView()
        prefer_unshaped_text(self.table)  # 1,788 rows: a filter's repaint cheaper, same pixels
        self.table.setObjectName("advisor_partners")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header_view = self.table.horizontalHeader()
        header_view.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header_view.setStretchLastSection(True)
        header_view.setResizeContentsPrecision(60)  # size columns from the first rows, not all 1,741
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._show_detail())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_actions())
        self.summary = QLabel()
        self.summary.setObjectName("advisor_summary")
        self.summary.setWordWrap(True)

        self.detail_title = QLabel()
        self.detail_title.setObjectName("advisor_detail_title")
        self.detail_title.setWordWrap(True)
        font = self.detail_title.font()
        font.setBold(True)
        self.detail_title.setFont(font)
        self.detail = ReasonList(buttons_below=True)
        self.detail.setObjectName("advisor_detail")
        self.detail.enter_figure.connect(self.open_municipality)
        detail_inner = QWidget()
        detail_layout = QVBoxLayout(detail_inner)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.detail)
        detail_layout.addStretch(1)
        self.detail_scroll = QScrollArea()
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setWidget(detail_inner)
        self.detail_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        detail_box = QGroupBox(self.tr("点数の内訳"))
        detail_box_layout = QVBoxLayout(detail_box)
        detail_box_layout.addWidget(self.detail_scroll, 1)
        self._detail_box = detail_box
        detail_box.setMinimumWidth(self._detail_min_width())

        self.pin_button = QPushButton(self.tr("ピン留め(&P)"))
        self.pin_button.setObjectName("advisor_pin")
        self.pin_button.setToolTip(
            self.tr("選んだ団体を一覧の先頭に固定します（この事務について、アプリを閉じるまで）")
        )
        self.pin_button.clicked.connect(self.pin_selected)
        self.exclude_button = QPushButton(self.tr("除外(&X)"))
        self.exclude_button.setObjectName("advisor_exclude")
        self.exclude_button.setToolTip(
            self.tr("選んだ団体を順位から外し、一覧の最後に「除外」として表示します")
        )
        self.exclude_button.clicked.connect(self.exclude_selected)
        self.reset_button = QPushButton(self.tr("元に戻す(&U)"))
        self.reset_button.setObjectName("advisor_reset")
        self.reset_button.setToolTip(
            self.tr("選んだ団体のピン留め・除外を解除し、点数どおりの順位に戻します")
        )
        self.reset_button.clicked.connect(self.reset_selected)
        self.create_button = QPushButton(self.tr("この団体で連携案を作る(&N)"))
        self.create_button.setObjectName("advisor_create_plan")
        self.create_button.setToolTip(
            self.tr("選んだ団体（複数可）を参加団体として、連携案のページで案を作ります")
        )
        self.create_button.clicked.connect(self.create_plan)
        buttons = QHBoxLayout()
        for button in (self.pin_button, self.exclude_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        detail_box_layout.addWidget(self.create_button)  # beside the party it acts on

        duty_row = QHBoxLayout()
        duty_row.addWidget(duty_label)
        duty_row.addWidget(self.duty, 2)
        duty_row.addWidget(self.methods, 3)

        table_side = QWidget()
        table_layout = QVBoxLayout(table_side)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table, 1)
        table_layout.addWidget(self.summary)
        table_layout.addLayout(buttons)
        lower_split = QSplitter(Qt.Orientation.Horizontal)
        lower_split.addWidget(table_side)
        lower_split.addWidget(detail_box)
        lower_split.setStretchFactor(0, 3)
        lower_split.setStretchFactor(1, 2)

        bottom = QGroupBox(self.tr("事務ごとの連携先の候補"))
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.addLayout(duty_row)
        bottom_layout.addWidget(self.recommendation)
        bottom_layout.addWidget(lower_split, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.top_scroll)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.notice)
        layout.addWidget(self.splitter, 1)
        self._show_not_ready()
        read_only_changed = getattr(window, "read_only_changed", None)
        if read_only_changed is not None:
            read_only_changed.connect(self.set_read_only)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._update_actions()

    # --- hosting protocol ------------------------------------------------------------------------
    def on_services(self, services: Services) -> None:
        self._services = services
        advisor = getattr(services, "advisor", None)
        if advisor is None:  # a container without the advisor: build one over the same services
            from ...services.advisor import AdvisorService

            advisor = AdvisorService(services.municipalities, services.plans, services.agreements)
        self._advisor = advisor
        self._stale = True
        if self.isVisible():
            self.refresh_if_needed()

    def on_profile(self, profile: Profile | None, home: Municipality | None) -> None:
        self._home = home
        self._stale = True
        if self.isVisible():
            self.refresh_if_needed()
        elif home is None:
            self._show_not_ready()

    def focus_record(self, record_id: object) -> None:
        """Show the candidates for duty ``record_id`` (an int, or a dict with "duty_id")."""
        duty_id = record_id.get("duty_id") if isinstance(record_id, dict) else record_id
        self.refresh_if_needed()
        if duty_id is None or not self._ready():
            return
        index = self.duty.findData(int(duty_id))  # type: ignore[call-overload]
        if index < 0:  # added since the list was read
            self._load_duties()
            index = self.duty.findData(int(duty_id))  # type: ignore[call-overload]
        if index >= 0 and index != self.duty.currentIndex():
            self.duty.setCurrentIndex(index)  # ranks through _duty_changed
        self.table.setFocus()

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        super().showEvent(event)
        self.refresh_if_needed()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.FontChange:  # zoom: rows and columns follow the new text size
            self.heading.setFont(scaled_font(self.font(), 1.25))
            self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
            self._detail_box.setMinimumWidth(self._detail_min_width())
            self._size_columns()
        super().changeEvent(event)

    def _detail_min_width(self) -> int:
        return self.fontMetrics().horizontalAdvance("あ") * 20

    # --- state -----------------------------------------------------------------------------------
    def _ready(self) -> bool:
        return self._advisor is not None and self._home is not None

    @property
    def max_distance_km(self) -> float:
        return float(self.distance.value())

    def set_max_distance(self, km: int) -> None:
        """Set the distance limit and recompute at once (the spin box waits for the keys to pause)."""
        self.distance.setValue(km)
        self._distance_timer.stop()
        self._distance_changed()

    def current_duty(self) -> Duty | None:
        duty_id = self.duty.currentData()
        return next((d for d in self._duties if d.id == duty_id), None)

    def name_of(self, code: str) -> str:
        m = self._advisor.municipality(code) if self._advisor else None
        return m.display_name if m is not None else code

    @property
    def advice(self) -> Advice | None:
        return self._advice

    @property
    def ranking(self) -> PartnerRanking | None:
        return self._ranking

    def refresh_if_needed(self) -> None:
        if not self._ready():
            self._show_not_ready()
            return
        assert self._advisor is not None and self._home is not None and self._services is not None
        if self._stale or self._advisor.data_token(self._home.code) != self._token:
            self.refresh()
            return
        duties = self._services.catalogue.list_duties(self._home.code)
        if [_duty_key(d) for d in duties] != [_duty_key(d) for d in self._duties]:  # edited in the catalogue
            self._load_duties(duties)
            self._compute_ranking()

    def refresh(self) -> None:
        """Read duties, figures, plans and agreements again and recompute everything."""
        if not self._ready():
            self._show_not_ready()
            return
        assert self._advisor is not None and self._home is not None
        self.notice.hide()
        self.splitter.setEnabled(True)
        self.heading.setText(self.tr("{0}の連携の検討").format(self._home.display_name))
        self._load_duties()
        self._compute_advice()
        self._compute_ranking()
        self._token = self._advisor.data_token(self._home.code)
        self._stale = False

    def _show_not_ready(self) -> None:
        self.heading.setText(self.tr("連携の検討"))
        if self._advisor is None:
            self.notice.setText(self.tr("データベースを読み込んでいます…"))
        else:
            self.notice.setText(
                self.tr(
                    "自治体が未設定です（設定 → 自治体と担当課）。自治体を設定すると、連携の枠組みと連携先の候補を表示します。"
                )
            )
        self.notice.show()
        self.splitter.setEnabled(False)

    # --- duties ----------------------------------------------------------------------------------
    def _load_duties(self, duties: list[Duty] | None = None) -> None:
        assert self._services is not None and self._home is not None
        keep = self.duty.currentData()
        self._duties = duties if duties is not None else self._services.catalogue.list_duties(self._home.code)
        self.duty.blockSignals(True)
        self.duty.clear()
        for d in self._duties:
            self.duty.addItem(d.name, d.id)
        index = self.duty.findData(keep) if keep is not None else -1
        self.duty.setCurrentIndex(index if index >= 0 else (0 if self._duties else -1))
        self.duty.blockSignals(False)
        self._show_methods()

    def _show_methods(self) -> None:
        duty = self.current_duty()
        if duty is None:
            self.methods.setText(
                self.tr("事務がありません。事務カタログで事務を登録すると、事務ごとの候補を表示します。")
            )
        elif duty.typical_methods:
            names = self.tr("、").join(texts.method_name(m) for m in duty.typical_methods)
            self.methods.setText(self.tr("主な連携の方法: {0}").format(names))
        else:
            self.methods.setText(self.tr("主な連携の方法: 未設定（方法との適合は点数に入りません）"))

    def _duty_changed(self) -> None:
        self._show_methods()
        if self._ready():
            self._compute_ranking()

    def _distance_changed(self) -> None:
        if self._ready() and self.max_distance_km != self._computed_distance:
            self._compute_advice()
            self._compute_ranking()

    # --- advice (top) ----------------------------------------------------------------------------
    def _compute_advice(self) -> None:
        assert self._advisor is not None and self._home is not None
        advice = self._advisor.advise(self._home.code, max_distance_km=self.max_distance_km)
        self._advice = advice
        self._computed_distance = self.max_distance_km
        for s in advice.settings:
            self.cards[s.setting].show_advice(s, self.setting_entries(advice, s))
        self._fill_nearby(advice)
        self._update_tab_order()

    def setting_entries(self, advice: Advice, setting: SettingAdvice) -> list[ReasonEntry]:
        """The setting's reasons; under a hub or centre, the criteria that decided its status."""
        entries: list[ReasonEntry] = []
        listed = hidden = 0
        for reason in setting.reasons:
            if reason.code in _CANDIDATE_REASONS:
                if listed >= MAX_CANDIDATE_REASONS:
                    hidden += 1
                    continue
                listed += 1
            entries.append(ReasonEntry(advisor_texts.reason_text(reason, self.name_of)))
            found = self._assessment_of(advice, reason)
            if found is not None:
                entries.extend(self.criteria_entries(*found))
        if hidden:
            entries.append(
                ReasonEntry(
                    self.tr(
                        "ほか{0}件の候補は「近くの連携中枢都市・定住自立圏の中心市」の一覧にあります。"
                    ).format(hidden)
                )
            )
        return entries

    def _assessment_of(self, advice: Advice, reason: Reason) -> tuple[Assessment, Role] | None:
        code = reason.params.get("municipality_code")
        if reason.code is ReasonCode.HOME_IS_HUB:
            return advice.home_as_hub, Role.HUB
        if reason.code is ReasonCode.HOME_IS_CENTRE:
            return advice.home_as_centre, Role.CENTRE
        if reason.code in (ReasonCode.HUB_IN_RANGE, ReasonCode.ELIGIBLE_HUB_IN_RANGE):
            partner = reason.params.get("partner_code")
            if partner:
                pool, codes = advice.twin_hubs, (code, partner)
            else:
                pool, codes = advice.hubs, (code,)
        elif reason.code is ReasonCode.CENTRE_IN_RANGE:
            pool, codes = advice.centres, (code,)
        else:
            return None
        candidate = next((c for c in pool if c.codes == codes), None)
        return (candidate.assessment, candidate.role) if candidate is not None else None

    def criteria_entries(self, assessment: Assessment, role: Role, level: int = 1) -> list[ReasonEntry]:
        entries = []
        for r in assessment.reasons:
            text = advisor_texts.outcome_marker(r.outcome) + advisor_texts.reason_text(r, self.name_of, role)
            missing = None
            label = ""
            if r.code is ReasonCode.MISSING_FIGURE:
                missing = (r.params["municipality_code"], r.params["stat"])
                label = self.tr("{0}の{1}を市町村のページで入力").format(
                    self.name_of(missing[0]), texts.stat_name(StatKind(missing[1]))
                )
            entries.append(ReasonEntry(text, level, missing, label))
        return entries

    def _nearby_candidates(self, advice: Advice) -> list[FrameworkCandidate]:
        chosen: list[FrameworkCandidate] = []
        for pool in (advice.hubs, advice.twin_hubs, advice.centres):
            decided = [c for c in pool if c.status in (Status.ELIGIBLE, Status.BORDERLINE)]
            undecided = [c for c in pool if c.status is Status.UNKNOWN]
            chosen.extend(decided[:NEARBY_PER_GROUP])
            chosen.extend(undecided[:NEARBY_PER_GROUP])
        return chosen

    def _fill_nearby(self, advice: Advice) -> None:
        self.nearby.clear()
        for c in self._nearby_candidates(advice):
            names = self.tr("・").join(self.name_of(code) for code in c.codes)
            distance = format_km(c.distance_km) if c.distance_km is not None else "—"
            within = self.tr("○ 範囲内") if c.within_range else self.tr("範囲外")
            item = QTreeWidgetItem(
                [
                    advisor_texts.role_name(c.role),
                    names,
                    distance,
                    advisor_texts.status_text(c.status),
                    within,
                ]
            )
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if c.status in (Status.ELIGIBLE, Status.BORDERLINE):
                font = item.font(3)
                font.setBold(True)
                item.setFont(3, font)
            missing = c.assessment.missing
            if missing:
                item.setData(0, MISSING_ROLE, (missing[0][0], missing[0][1].value))
            self.nearby.addTopLevelItem(item)
            for entry in self.criteria_entries(c.assessment, c.role, level=0):
                child = QTreeWidgetItem([entry.text])
                child.setToolTip(0, entry.text)
                if entry.missing is not None:
                    child.setData(0, MISSING_ROLE, entry.missing)
                item.addChild(child)
                child.setFirstColumnSpanned(True)  # only once the item is in the tree
        for column in range(self.nearby.columnCount()):
            self.nearby.resizeColumnToContents(column)
        self._update_nearby_button()

    def _nearby_missing(self) -> tuple[str, str] | None:
        item = self.nearby.currentItem()
        while item is not None:
            value = item.data(0, MISSING_ROLE)
            if value:
                return tuple(value)  # type: ignore[return-value]
            item = item.parent()
        return None

    def _update_nearby_button(self) -> None:
        self.nearby_enter.setEnabled(self._nearby_missing() is not None)

    def _enter_nearby_figure(self) -> None:
        missing = self._nearby_missing()
        if missing is not None:
            self.open_municipality(*missing)

    # --- partner candidates (below) ---------------------------------------------------------------
    def _compute_ranking(self) -> None:
        assert self._advisor is not None and self._home is not None
        keep = self.selected_codes(include_excluded=True)
        duty = self.current_duty()
        if duty is None:
            self._ranking = None
            self.model.set_ranking(None, self._advisor.municipality)
            self.recommendation.setText("")
            self._show_summary()
            self._show_detail()
            self._update_actions()
            return
        self._ranking = self._advisor.rank(self._home.code, duty, max_distance_km=self.max_distance_km)
        self.model.set_ranking(self._ranking, self._advisor.municipality)
        self._size_columns()
        self._show_recommendation()
        self._show_summary()
        if not self.select_codes(keep) and self.model.rowCount():
            self.select_codes([self.model.row(0).code])
        self._show_detail()
        self._update_actions()

    def _size_columns(self) -> None:
        if not self.model.rowCount():
            return
        self.table.resizeColumnsToContents()  # from the first rows only: far ones have wider numbers
        metrics = self.table.fontMetrics()
        for column, widest in ((RANK, "ピン 8888"), (DISTANCE, "8888.8"), (SCORE, "888")):
            needed = metrics.horizontalAdvance(widest) + 16
            if self.table.columnWidth(column) < needed:
                self.table.setColumnWidth(column, needed)

    def _show_recommendation(self) -> None:
        ranking = self._ranking
        assert ranking is not None and self._home is not None
        limit = format_km(self.max_distance_km)
        if ranking.prefecture_recommended:
            self.recommendation.setText(
                self.tr(
                    "◎ {0} km以内に要件を満たす連携中枢都市がないため、{1}との連携（都道府県による垂直補完: 事務の代替執行・事務の委託・連携協約）を推奨します。"
                ).format(limit, self._home.prefecture)
            )
        else:
            names = self.tr("、").join(self.name_of(c) for c in ranking.eligible_hubs_in_range)
            self.recommendation.setText(
                self.tr("{0} km以内に要件を満たす連携中枢都市があります: {1}").format(limit, names)
            )

    def _show_summary(self) -> None:
        ranking = self._ranking
        if ranking is None:
            self.summary.setText("")
            return
        self.summary.setText(
            self.tr(
                "候補 {0}団体（ピン留め {1}・除外 {2}）。点数は目安です。行を選ぶと右に内訳が表示されます。"
            ).format(
                f"{len(ranking.candidates):,}",
                sum(1 for c in ranking.candidates if c.pinned),
                len(ranking.excluded),
            )
        )

    def selected_rows(self) -> list[PartnerRow]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row(r) for r in rows]

    def selected_codes(self, *, include_excluded: bool = False) -> list[str]:
        return [r.code for r in self.selected_rows() if include_excluded or not r.excluded]

    def select_codes(self, codes: list[str]) -> bool:
        """Select the rows of ``codes``; the first becomes current. False if none is listed."""
        selection = self.table.selectionModel()
        rows = [row for row in (self.model.row_of(c) for c in codes) if row >= 0]
        if not rows:
            selection.clearSelection()
            return False
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        selection.clearSelection()
        first = self.model.index(rows[0], 0)
        selection.setCurrentIndex(first, flags)
        for row in rows[1:]:
            selection.select(self.model.index(row, 0), flags)
        self.table.scrollTo(first)
        return True

    def _show_detail(self) -> None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid():
            self.detail_title.setText(self.tr("団体を選ぶと、点数の内訳が表示されます。"))
            self.detail.set_entries([])
            return
        row = self.model.row(index.row())
        name = f"{prefecture_marker(row.name)}{row.name}" if row.is_prefecture else row.name
        c = row.candidate
        if c is None:
            self.detail_title.setText(self.tr("{0}（除外）").format(name))
            self.detail.set_entries(
                [
                    ReasonEntry(
                        self.tr(
                            "この事務の候補から除外しています。「元に戻す」で点数どおりの順位に戻ります。"
                        )
                    )
                ]
            )
            return
        marks = []
        if c.recommended:
            marks.append(self.tr("推奨"))
        if c.pinned:
            marks.append(self.tr("ピン留め"))
        title = self.tr("{0} — 合計 {1}点").format(name, c.score)
        if marks:
            title += self.tr("（{0}）").format(self.tr("・").join(marks))
        self.detail_title.setText(title)
        entries = []
        for f in c.factors:
            points = self.tr("{0}点").format(f"+{f.points}" if f.points > 0 else f.points)
            text = f"{points}　{advisor_texts.factor_text(f, self.name_of)}"
            missing = None
            label = ""
            if f.code is FactorCode.POPULATION_UNKNOWN:
                missing = (f.params["municipality_code"], f.params["stat"])
                label = self.tr("{0}の{1}を市町村のページで入力").format(
                    self.name_of(missing[0]), texts.stat_name(StatKind(missing[1]))
                )
            entries.append(
                ReasonEntry(text, 0, missing, label, bold=f.code is FactorCode.NO_ELIGIBLE_HUB_IN_RANGE)
            )
        self.detail.set_entries(entries)
        self._update_tab_order()

    def _update_actions(self) -> None:
        rows = self.selected_rows()
        has_duty = self.current_duty() is not None and not self.read_only
        self.pin_button.setEnabled(has_duty and any(not r.excluded and not r.pinned for r in rows))
        self.exclude_button.setEnabled(has_duty and any(not r.excluded for r in rows))
        self.reset_button.setEnabled(has_duty and any(r.excluded or r.pinned for r in rows))
        self.create_button.setEnabled(has_duty and any(not r.excluded for r in rows))

    # --- actions ---------------------------------------------------------------------------------
    def _apply(self, change: str, codes: list[str]) -> None:
        duty = self.current_duty()
        if duty is None or duty.id is None or not codes or self._advisor is None:
            return
        getattr(self._advisor, change)(duty.id, codes)
        self._compute_ranking()
        self.select_codes(codes)
        self._show_detail()
        self._update_actions()
        self.table.setFocus()

    def pin_selected(self) -> None:
        self._apply("pin", self.selected_codes())

    def exclude_selected(self) -> None:
        self._apply("exclude", self.selected_codes())

    def reset_selected(self) -> None:
        self._apply("reset", self.selected_codes(include_excluded=True))

    def create_plan(self) -> None:
        duty = self.current_duty()
        codes = self.selected_codes()
        if duty is None or duty.id is None or not codes:
            return
        self._window.navigate("plans", {"duty_id": duty.id, "partners": codes})

    def open_municipality(self, code: str, stat: str = "") -> None:
        """Show the municipality page on ``code`` with the figure ``stat`` ready to be entered."""
        window = self._window
        page = getattr(window, "municipality_page", None)
        if page is None:
            return
        index = next((i for i in range(window.page_count()) if window.page_widget(i) is page), -1)
        if index < 0:
            return
        window.show_page(index)
        ensure_loaded = getattr(page, "ensure_loaded", None)
        if ensure_loaded is not None:
            ensure_loaded()
        picker = page.picker
        if not picker.select_code(code):  # hidden by a filter: clear the filters and try again
            picker.search.clear()
            picker.prefecture.setCurrentIndex(0)
            picker.kind.setCurrentIndex(0)
            picker.select_code(code)
        kind = getattr(page, "kind", None)
        if stat and kind is not None:
            found = kind.findData(stat)
            if found >= 0:
                kind.setCurrentIndex(found)
        value = getattr(page, "value", None)
        if value is not None:
            value.setFocus()

    # --- keyboard ----------------------------------------------------------------------------------
    def _update_tab_order(self) -> None:
        """Tab goes top to bottom, the buttons made for missing figures included, in reading order."""
        chain: list[QWidget] = [self.distance, self.refresh_button]
        for setting in Setting:
            chain.extend(self.cards[setting].reasons.buttons)
        chain += [self.nearby, self.nearby_enter, self.duty, self.table]
        chain += [self.pin_button, self.exclude_button, self.reset_button]
        chain.extend(self.detail.buttons)
        chain.append(self.create_button)
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
