"""ヘルプ → 使い方 (F1): the offline manual in a window of its own.

The manual is one HTML file per language, resources/help/<language>/index.html (Japanese is the source,
English its translation), chosen by the language the UI is shown in (reports.language.ui_language).
Its h2 and h3 headings carry ids: they make the table of contents on the left, and the h2 ids of the
pages are the keys MainWindow.navigate uses ("catalogue", "advisor", "plans", "agreements", "charts",
"municipalities"), so that F1 opens the section of the page shown (``open_section``).

Links are followed only inside resources/help: a link to a web page (or anywhere else) is not opened,
neither here nor in another program, and the window says so. The app never uses the network.

A non-modal window, one per main window (MainWindow.show_help keeps it and raises it again). Back and
forward (Alt+←/→), and a find-in-page field (Ctrl+F; Enter or F3 for the next match, Shift+Enter or
Shift+F3 for the previous one, every match highlighted).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTextEdit,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...paths import resource
from ...reports.language import SOURCE_LANGUAGE, ui_language

HELP_FOLDER = "help"
MANUAL_FILE = "index.html"
TOC_LEVELS = (2, 3)  # heading levels listed in the table of contents
ANCHOR_ROLE = Qt.ItemDataRole.UserRole
MATCH_BACKGROUND = QColor("#fff59d")  # every match of the search, behind the text (the current one is selected)
MATCH_TEXT = QColor("#000000")
DOCUMENT_MARGIN = 12  # px around the text (Qt's default of 4 sets it against the frame)


def help_root() -> Path:
    return resource(HELP_FOLDER)


def manual_path(language: str | None = None) -> Path:
    """The manual in ``language`` (default: the UI's), or the Japanese source when there is none."""
    path = help_root() / (language or ui_language()) / MANUAL_FILE
    return path if path.is_file() else help_root() / SOURCE_LANGUAGE / MANUAL_FILE


def headings(document: QTextDocument) -> list[tuple[int, str, str]]:
    """(level, anchor, title) of the document's h2/h3 headings that carry an id, in order."""
    found = []
    block = document.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level in TOC_LEVELS:
            it = block.begin()
            while not it.atEnd():
                names = it.fragment().charFormat().anchorNames()
                if names:
                    found.append((level, names[0], block.text().strip()))
                    break
                it += 1
        block = block.next()
    return found


class HelpWindow(QDialog):
    """The manual of ``window`` (a MainWindow), opened with ``open_section(key)``."""

    def __init__(self, window: QWidget | None = None, language: str | None = None):
        super().__init__(window)
        self.setObjectName("HelpWindow")
        self.setWindowTitle(self.tr("使い方 — 広域連携デスク"))
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowMinMaxButtonsHint, True)
        self.manual = manual_path(language)
        self.anchors: list[str] = []

        self.browser = QTextBrowser()
        self.browser.setObjectName("help_browser")
        # Links are ours to follow: only those inside the manual (see _link_clicked), never a web page.
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._link_clicked)
        self.browser.sourceChanged.connect(self._source_changed)

        self.toc = QTreeWidget()
        self.toc.setObjectName("help_toc")
        self.toc.setHeaderHidden(True)
        self.toc.setColumnCount(1)
        self.toc.setRootIsDecorated(True)
        toc_label = QLabel(self.tr("目次(&C):"))
        toc_label.setBuddy(self.toc)
        # Arrow keys and clicks show the section at once; a click on the current entry shows it again.
        self.toc.currentItemChanged.connect(lambda item, _previous: item is not None and self._toc_chosen(item))
        self.toc.itemClicked.connect(self._toc_chosen)

        self.back_button = self._tool_button(
            self.tr("← 戻る"), self.browser.backward, "help_back", self.tr("前に見ていた箇所へ戻ります（Alt+←）")
        )
        self.forward_button = self._tool_button(
            self.tr("進む →"), self.browser.forward, "help_forward", self.tr("戻る前の箇所へ進みます（Alt+→）")
        )
        self.top_button = self._tool_button(
            self.tr("最初へ"), lambda: self.show_section(None), "help_top", self.tr("使い方の最初を表示します（Alt+Home）")
        )
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)

        self.search = QLineEdit()
        self.search.setObjectName("help_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("このページ内を検索（Ctrl+F）"))
        self.search.textChanged.connect(lambda _text: self.find(incremental=True))
        self.search.installEventFilter(self)
        search_label = QLabel(self.tr("検索(&S):"))
        search_label.setBuddy(self.search)
        self.previous_button = self._tool_button(
            self.tr("前へ"), lambda: self.find(backward=True), "help_find_previous", self.tr("前の一致（Shift+F3）")
        )
        self.next_button = self._tool_button(
            self.tr("次へ"), self.find, "help_find_next", self.tr("次の一致（F3、Enter）")
        )

        self.status = QLabel()
        self.status.setObjectName("help_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QPushButton(self.tr("閉じる"))
        close.setObjectName("help_close")
        close.setAutoDefault(False)  # Enter in the search field finds; it must not close the window
        close.clicked.connect(self.close)

        bar = QHBoxLayout()
        for button in (self.back_button, self.forward_button, self.top_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(search_label)
        bar.addWidget(self.search, 2)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.next_button)

        contents = QWidget()
        contents_layout = QVBoxLayout(contents)
        contents_layout.setContentsMargins(0, 0, 0, 0)
        contents_layout.addWidget(toc_label)
        contents_layout.addWidget(self.toc, 1)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(contents)
        self.split.addWidget(self.browser)
        self.split.setStretchFactor(0, 1)
        self.split.setStretchFactor(1, 3)
        self.split.setChildrenCollapsible(False)

        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.split, 1)
        layout.addLayout(bottom)

        for keys, slot in (
            (QKeySequence.StandardKey.Find, lambda: (self.search.setFocus(), self.search.selectAll())),
            (QKeySequence.StandardKey.FindNext, self.find),
            (QKeySequence.StandardKey.FindPrevious, lambda: self.find(backward=True)),
            (QKeySequence("Alt+Left"), self.browser.backward),
            (QKeySequence("Alt+Right"), self.browser.forward),
            (QKeySequence("Alt+Home"), lambda: self.show_section(None)),
        ):
            QShortcut(QKeySequence(keys), self, slot)

        self._load()
        em = self.fontMetrics().horizontalAdvance("あ")
        self.resize(em * 74, self.fontMetrics().height() * 40)
        toc_width = min(self._toc_width(), em * 24)  # the longest title, within a third of the window
        self.split.setSizes([toc_width, em * 74 - toc_width])

    def _tool_button(self, text: str, slot, name: str, tip: str) -> QToolButton:  # noqa: ANN001
        button = QToolButton()
        button.setText(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setAutoRaise(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # --- the manual and its table of contents ------------------------------------------------------
    def _load(self) -> None:
        self.browser.setSearchPaths([str(self.manual.parent)])
        self.browser.setSource(QUrl.fromLocalFile(str(self.manual)))
        self.browser.document().setDocumentMargin(DOCUMENT_MARGIN)
        self.browser.clearHistory()  # the first page is the start, not a step to go back to
        self.toc.clear()
        parent: QTreeWidgetItem | None = None
        for level, anchor, title in headings(self.browser.document()):
            if level == TOC_LEVELS[0] or parent is None:
                item = QTreeWidgetItem(self.toc, [title])
                parent = item
            else:
                item = QTreeWidgetItem(parent, [title])
            item.setData(0, ANCHOR_ROLE, anchor)
            item.setToolTip(0, title)
            self.anchors.append(anchor)
        self.toc.expandAll()

    def _toc_width(self) -> int:
        """Wide enough for the longest entry of the contents (with its indentation and the frame)."""
        metrics = self.toc.fontMetrics()
        widest = 0
        for item in self._toc_items():
            depth = 2 if item.parent() is not None else 1
            widest = max(widest, metrics.horizontalAdvance(item.text(0)) + depth * self.toc.indentation())
        return widest + metrics.horizontalAdvance("あ") * 2

    def manual_url(self, anchor: str | None = None) -> QUrl:
        url = QUrl.fromLocalFile(str(self.manual))
        if anchor:
            url.setFragment(anchor)
        return url

    def current_anchor(self) -> str:
        return self.browser.source().fragment()

    def show_section(self, anchor: str | None) -> None:
        """Show the section ``anchor`` (an id of the manual), or the start for None or an unknown id."""
        known = anchor if anchor in self.anchors else None
        url = self.manual_url(known)
        if url == self.browser.source():
            if known:
                self.browser.scrollToAnchor(known)
            else:
                self.browser.verticalScrollBar().setValue(0)
            self._source_changed(url)
            return
        self.browser.setSource(url)
        if known is None:
            self.browser.verticalScrollBar().setValue(0)

    def open_section(self, key: str | None = None) -> None:
        """Show the window (in front, restored if minimised) at the section of page ``key``."""
        self.show_section(key)
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.activateWindow()  # brings it to the front (it is owned by the main window: always above it)
        self.browser.setFocus()

    def _toc_chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.show_section(str(item.data(0, ANCHOR_ROLE)))

    def _source_changed(self, url: QUrl) -> None:
        """Keep the table of contents on the section shown (back, forward, links, F1)."""
        anchor = url.fragment()
        self.toc.blockSignals(True)
        try:
            found = None
            for item in self._toc_items():
                if item.data(0, ANCHOR_ROLE) == anchor:
                    found = item
                    break
            if found is not None:
                self.toc.setCurrentItem(found)
                self.toc.scrollToItem(found)
            else:
                self.toc.clearSelection()
        finally:
            self.toc.blockSignals(False)

    def _toc_items(self) -> list[QTreeWidgetItem]:
        items = []
        for i in range(self.toc.topLevelItemCount()):
            top = self.toc.topLevelItem(i)
            items.append(top)
            items.extend(top.child(j) for j in range(top.childCount()))
        return items

    # --- links: inside the manual only ---------------------------------------------------------------
    def is_inside_manual(self, url: QUrl) -> bool:
        """A file of resources/help (the manual itself, another page of it), nothing else."""
        if not url.isLocalFile():
            return False
        path = Path(url.toLocalFile()).resolve()
        return path.is_file() and path.is_relative_to(help_root().resolve())

    def _link_clicked(self, url: QUrl) -> None:
        target = self.browser.source().resolved(url)
        if self.is_inside_manual(target):
            self.status.clear()
            if Path(target.toLocalFile()).resolve() == self.manual.resolve():  # a section of this page
                self.show_section(target.fragment() or None)
            else:
                self.browser.setSource(target)
            return
        self.status.setText(
            self.tr("このリンクは開きません（使い方の外を指しています。このアプリはネットワークを使いません）: {0}").format(
                url.toDisplayString()
            )
        )

    # --- find in page ------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # type: ignore[attr-defined]
                self.find(backward=bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))  # type: ignore[attr-defined]
                return True
        return super().eventFilter(watched, event)

    def find(self, backward: bool = False, incremental: bool = False) -> bool:
        """Select the next (previous) match of the search text, from the start again at the end, and
        highlight every match. ``incremental`` (while typing) looks again from the current match."""
        text = self.search.text()
        if not text:
            self.browser.setExtraSelections([])
            self.status.clear()
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        cursor = self.browser.textCursor()
        if incremental:
            cursor.setPosition(cursor.selectionStart())
            self.browser.setTextCursor(cursor)
        found = self.browser.find(text, flags)
        if not found:  # go round: from the top (or the end, backwards)
            cursor.movePosition(QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start)
            self.browser.setTextCursor(cursor)
            found = self.browser.find(text, flags)
        count = self._highlight(text)
        if found:
            self.status.setText(self.tr("「{0}」: {1}件").format(text, count))
        else:
            self.status.setText(self.tr("「{0}」は見つかりません。").format(text))
        return found

    def _highlight(self, text: str) -> int:
        selections = []
        match_format = QTextCharFormat()
        match_format.setBackground(MATCH_BACKGROUND)
        match_format.setForeground(MATCH_TEXT)  # readable on the light background also in a dark theme
        document = self.browser.document()
        cursor = document.find(text, 0)
        while not cursor.isNull():
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = match_format
            selections.append(selection)
            cursor = document.find(text, cursor)
        self.browser.setExtraSelections(selections)
        return len(selections)
