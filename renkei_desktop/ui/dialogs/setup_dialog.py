"""First-run setup (and later changes): the home municipality, 担当課 and the user's name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import StorageError, ValidationFailed
from ...domain.municipalities import Municipality
from ...domain.profile import Profile
from .. import texts
from ..widgets.municipality_picker import MunicipalityPicker
from .duty_editor import ERROR_STYLE

if TYPE_CHECKING:
    from ...services.profile import ProfileService


class SetupDialog(QDialog):
    def __init__(
        self,
        profiles: ProfileService,
        municipalities: list[Municipality],
        current: Profile | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("SetupDialog")
        self.setWindowTitle(self.tr("初期設定 — 自治体の選択") if current is None else self.tr("自治体と担当課の設定"))
        self._profiles = profiles
        self.saved: Profile | None = None

        intro = QLabel(
            self.tr(
                "この台帳を使う自治体を選んでください。漢字・かな・コードで検索でき、都道府県で絞り込めます。"
                "都道府県の市町村課の方は都道府県を選ぶこともできます。設定はあとから「設定 → 自治体と担当課」で変更できます。"
            )
        )
        intro.setWordWrap(True)
        self.picker = MunicipalityPicker(self, show_stats=False)
        self.picker.set_municipalities(municipalities)
        self.chosen = QLabel()
        self.chosen.setObjectName("chosen_municipality")
        self.department = QLineEdit(current.department if current else "")
        self.department.setObjectName("department")
        self.department.setPlaceholderText(self.tr("例: 企画課"))
        self.user_name = QLineEdit(current.user_name if current else "")
        self.user_name.setObjectName("user_name")
        self.error = QLabel()
        self.error.setObjectName("setup_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("選択中の自治体:"), self.chosen)
        dept_label = QLabel(self.tr("担当課(&D):"))
        dept_label.setBuddy(self.department)
        form.addRow(dept_label, self.department)
        name_label = QLabel(self.tr("氏名(&N):"))
        name_label.setBuddy(self.user_name)
        form.addRow(name_label, self.user_name)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("この自治体で始める"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("キャンセル"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.picker, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.picker.current_changed.connect(self._chosen_changed)
        if current is not None:
            self.picker.select_code(current.home_code)
        self._chosen_changed(self.picker.current())
        self.picker.search.setFocus()
        self.resize(self.fontMetrics().horizontalAdvance("あ") * 56, self.fontMetrics().height() * 34)

    def _chosen_changed(self, m: Municipality | None) -> None:
        if m is None:
            self.chosen.setText(self.tr("（一覧から選んでください）"))
        else:
            self.chosen.setText(self.tr("{0}　（{1}・{2}）").format(m.display_name, texts.kind_name(m.kind), m.code))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(m is not None)

    def accept(self) -> None:  # noqa: D102
        m = self.picker.current()
        if m is None:
            self.error.setText(self.tr("⚠ 自治体を一覧から選んでください。"))
            self.error.show()
            return
        try:
            self.saved, _ = self._profiles.save(Profile(m.code, self.department.text(), self.user_name.text()))
        except ValidationFailed as failure:
            self.error.setText("⚠ " + " ".join(texts.issue_text(i) for i in failure.issues))
            self.error.show()
            return
        except StorageError as error:  # environment tier (disk full, read-only …): the dialog stays open
            self.error.setText("⚠ " + texts.storage_error_text(error))
            self.error.show()
            return
        super().accept()
