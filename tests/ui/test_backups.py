"""Backups from the File menu, and restoring one while the app is open."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from renkei_desktop.services.backups import list_backups


def test_backup_now_writes_a_copy_with_the_current_data(window):
    path = window.services.path
    target = window.create_backup()
    assert target is not None and target.exists()
    assert any(b.path == target and b.reason == "manual" for b in list_backups(path))


def test_restoring_while_open_brings_back_the_old_catalogue_and_keeps_the_current_one(window, monkeypatch):
    page = window.catalogue_page
    before = page.model.rowCount()
    backup = window.create_backup()
    crematorium = next(d for d in page.model.duties() if d.name == "火葬場")  # a duty without plans
    page.select_duty(crematorium.id)
    monkeypatch.setattr(page, "confirm", lambda title, text: True)
    page.delete_selected()
    assert page.model.rowCount() == before - 1

    monkeypatch.setattr(window, "choose_backup", lambda backups: backup)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert window.restore_backup()
    assert window.catalogue_page.model.rowCount() == before
    assert window.services.catalogue.list_duties(window.profile.home_code)
    # the state just before the restore (one duty fewer) was kept as a backup of its own
    assert any(b.reason == "pre-restore" for b in list_backups(window.services.path))
