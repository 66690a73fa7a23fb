"""Choose the legal method of a plan: the eight methods of 地方自治法 explained in plain Japanese.

For each method the dialog shows its article, what it is for, whether a separate legal entity is
created, what happens to the authority (moves with 委託, stays with 代替執行), whether each party's
council must resolve (not for a 連絡調整 協議会), and whether it is notified (届出) or permitted (許可),
and by whom — in general and for the parties of the plan at hand.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.methods import (
    ApprovalKind,
    Authority,
    CooperationMethod,
    CouncilType,
    approval_authority,
    method_profile,
)
from ...domain.procedures import prefecture_is_party, spans_prefectures
from .. import plan_texts as pt
from .. import texts

translate = QCoreApplication.translate


def method_summary(
    method: CooperationMethod,
    council_type: CouncilType | None,
    party_codes: Sequence[str],
    prefecture_of: Callable[[str], str],
) -> dict[str, str]:
    """The properties shown for ``method`` (keys: article, entity, authority, resolution, approval,
    recipient), worded for the parties ``party_codes`` where that matters."""
    profile = method_profile(method, council_type)
    codes = list(party_codes)
    approval = profile.approval
    if profile.council_resolution_required:
        resolution = translate("MethodPicker", "必要（参加する各団体の議会で、{0}件）").format(len(codes)) if codes else translate("MethodPicker", "必要（参加する各団体の議会）")
    elif method is CooperationMethod.COUNCIL:
        resolution = translate("MethodPicker", "不要（連絡調整の協議会: 地方自治法第252条の2の2第3項ただし書）")
    else:
        resolution = translate("MethodPicker", "不要（法律に基づく手続はありません）")
    if approval is ApprovalKind.NONE:
        recipient = translate("MethodPicker", "なし")
    else:
        general = (
            translate("MethodPicker", "都道府県が加わるときは総務大臣、それ以外は都道府県知事（複数の都道府県にまたがる組合は総務大臣）")
            if approval is ApprovalKind.PERMISSION
            else translate("MethodPicker", "都道府県が加わるときは総務大臣、それ以外は都道府県知事")
        )
        if codes:
            authority = approval_authority(
                method, prefecture_is_party(codes), spans_prefectures=spans_prefectures(codes)
            )
            here = pt.authority_text(authority, [prefecture_of(c) for c in codes])
            recipient = translate("MethodPicker", "{0}（この案では: {1}）").format(general, here)
        else:
            recipient = general
    return {
        "article": profile.article or translate("MethodPicker", "（法律の定めはありません）"),
        "entity": translate("MethodPicker", "つくる（特別地方公共団体）") if profile.separate_entity else translate("MethodPicker", "つくらない"),
        "authority": pt.authority_effect_long(profile.authority_effect),
        "resolution": resolution,
        "approval": pt.approval_kind_name(approval),
        "recipient": recipient,
    }


def method_one_line(
    method: CooperationMethod,
    council_type: CouncilType | None,
    party_codes: Sequence[str],
    prefecture_of: Callable[[str], str],
) -> str:
    """地方自治法第252条の14 ／ 別の法人: つくらない ／ 権限: … ／ 議決: … ／ 届出（長野県知事）."""
    profile = method_profile(method, council_type)
    summary = method_summary(method, council_type, party_codes, prefecture_of)
    codes = list(party_codes)
    if profile.approval is ApprovalKind.NONE:
        approval = translate("MethodPicker", "届出・許可: 不要")
    elif codes:
        authority = approval_authority(method, prefecture_is_party(codes), spans_prefectures=spans_prefectures(codes))
        approval = translate("MethodPicker", "{0}: {1}").format(
            pt.approval_kind_name(profile.approval),
            pt.authority_text(authority, [prefecture_of(c) for c in codes]) if authority is not Authority.NONE else "",
        )
    else:
        approval = pt.approval_kind_name(profile.approval)
    resolution = (
        translate("MethodPicker", "議会の議決: 必要") if profile.council_resolution_required else translate("MethodPicker", "議会の議決: 不要")
    )
    return " ／ ".join(
        [
            summary["article"],
            translate("MethodPicker", "別の法人: {0}").format(summary["entity"]),
            translate("MethodPicker", "権限: {0}").format(pt.authority_effect_name(profile.authority_effect)),
            resolution,
            approval,
        ]
    )


class MethodPickerDialog(QDialog):
    """``chosen_method`` / ``chosen_council_type`` hold the choice when accepted."""

    def __init__(
        self,
        method: CooperationMethod,
        council_type: CouncilType | None = None,
        party_codes: Sequence[str] = (),
        prefecture_of: Callable[[str], str] = lambda code: "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("MethodPickerDialog")
        self.setWindowTitle(self.tr("連携の方法を選ぶ"))
        self._codes = list(party_codes)
        self._prefecture_of = prefecture_of
        self.chosen_method: CooperationMethod | None = None
        self.chosen_council_type: CouncilType | None = None

        self.methods = QListWidget()
        self.methods.setObjectName("method_list")
        for m in CooperationMethod:
            article = method_profile(m).article or self.tr("法律に基づかない")
            item = QListWidgetItem(self.tr("{0}\n　{1}").format(texts.method_name(m), article))
            item.setData(Qt.ItemDataRole.UserRole, m.value)
            self.methods.addItem(item)
        self.methods.setMinimumWidth(self.fontMetrics().horizontalAdvance("機関等の共同設置（地方自治") + 24)
        list_label = QLabel(self.tr("連携の方法(&M):"))
        list_label.setBuddy(self.methods)

        self.title = QLabel()
        self.title.setObjectName("method_title")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.help = QLabel()
        self.help.setObjectName("method_help")
        self.help.setWordWrap(True)
        self.help.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.council_type = QComboBox()
        self.council_type.setObjectName("council_type")
        for ct in CouncilType:
            self.council_type.addItem(pt.council_type_name(ct), ct.value)
        self.council_type.setCurrentIndex(max(0, self.council_type.findData((council_type or CouncilType.MANAGEMENT_EXECUTION).value)))
        self.council_help = QLabel()
        self.council_help.setObjectName("council_help")
        self.council_help.setWordWrap(True)
        council_label = QLabel(self.tr("協議会の種類(&T):"))
        council_label.setBuddy(self.council_type)

        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        form.addRow(council_label, self.council_type)
        form.addRow("", self.council_help)
        for key, caption in (
            ("article", self.tr("根拠条文：")),
            ("entity", self.tr("別の法人：")),
            ("authority", self.tr("権限：")),
            ("resolution", self.tr("議会の議決：")),
            ("approval", self.tr("届出・許可：")),
            ("recipient", self.tr("届出先・許可権者：")),
        ):
            value = QLabel()
            value.setObjectName(f"method_{key}")
            value.setWordWrap(True)
            self.values[key] = value
            form.addRow(caption, value)
        self._council_widgets = (council_label, self.council_type, self.council_help)

        right = QVBoxLayout()
        right.addWidget(self.title)
        right.addWidget(self.help)
        right.addLayout(form)
        right.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(list_label)
        left.addWidget(self.methods, 1)
        body = QHBoxLayout()
        body.addLayout(left)
        body.addLayout(right, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("この方法にする"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("キャンセル"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)

        self.methods.currentRowChanged.connect(self._show)
        self.council_type.currentIndexChanged.connect(self._show)
        self.methods.itemActivated.connect(lambda _item: self.accept())
        self.methods.setCurrentRow(list(CooperationMethod).index(method))
        self.methods.setFocus()
        self.resize(self.fontMetrics().horizontalAdvance("あ") * 60, self.fontMetrics().height() * 30)

    def current_method(self) -> CooperationMethod:
        item = self.methods.currentItem()
        return CooperationMethod(item.data(Qt.ItemDataRole.UserRole)) if item else CooperationMethod.AGREEMENT

    def current_council_type(self) -> CouncilType | None:
        if self.current_method() is not CooperationMethod.COUNCIL:
            return None
        return CouncilType(self.council_type.currentData())

    def select(self, method: CooperationMethod, council_type: CouncilType | None = None) -> None:
        self.methods.setCurrentRow(list(CooperationMethod).index(method))
        if council_type is not None:
            self.council_type.setCurrentIndex(self.council_type.findData(council_type.value))

    def _show(self, *_args: object) -> None:
        method = self.current_method()
        council = self.current_council_type()
        self.title.setText(texts.method_name(method))
        self.help.setText(pt.method_help(method))
        for widget in self._council_widgets:
            widget.setVisible(method is CooperationMethod.COUNCIL)
        if council is not None:
            self.council_help.setText(pt.council_type_help(council))
        for key, text in method_summary(method, council, self._codes, self._prefecture_of).items():
            self.values[key].setText(text)

    def accept(self) -> None:  # noqa: D102
        self.chosen_method = self.current_method()
        self.chosen_council_type = self.current_council_type()
        super().accept()
