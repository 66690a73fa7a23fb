"""The smoke test's guards and runner (renkei_desktop/app/smoke.py), without a built app."""

from __future__ import annotations

import logging
import socket
import warnings
from pathlib import Path

import pytest

from renkei_desktop.app import smoke


@pytest.fixture
def ctx(tmp_path: Path) -> smoke.SmokeContext:
    return smoke.SmokeContext(tmp_path)


@pytest.mark.parametrize("host", ["192.0.2.1", "example.com", "2001:db8::1"])
def test_non_local_connections_are_refused_and_recorded(ctx: smoke.SmokeContext, host: str) -> None:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with smoke.network_guard(ctx), socket.socket(family, socket.SOCK_STREAM) as sock:
        with pytest.raises(OSError, match="network access refused"):
            sock.connect((host, 443))
    assert len(ctx.problems) == 1 and host in ctx.problems[0]


def test_name_lookups_and_create_connection_are_refused(ctx: smoke.SmokeContext) -> None:
    with smoke.network_guard(ctx):
        with pytest.raises(OSError, match="getaddrinfo"):
            socket.getaddrinfo("update.example.com", 443)
        with pytest.raises(OSError, match="create_connection"):
            socket.create_connection(("192.0.2.7", 80), timeout=0.1)
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock, pytest.raises(OSError, match="sendto"):
            sock.sendto(b"x", ("192.0.2.8", 53))
    assert len(ctx.problems) == 3


def test_loopback_is_passed_through_unrecorded(ctx: smoke.SmokeContext, no_network: type[Exception]) -> None:
    # The suite-wide guard (tests/conftest.py) still blocks it; ours lets it through and records nothing.
    with smoke.network_guard(ctx), socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        with pytest.raises(no_network):
            sock.connect(("127.0.0.1", 9))
    assert ctx.problems == []


def test_the_guard_restores_the_socket_functions(ctx: smoke.SmokeContext) -> None:
    before = (socket.socket.connect, socket.create_connection, socket.getaddrinfo)
    with smoke.network_guard(ctx):
        assert socket.getaddrinfo is not before[2]
    assert (socket.socket.connect, socket.create_connection, socket.getaddrinfo) == before


def test_qt_warnings_are_problems_and_debug_messages_are_not(ctx: smoke.SmokeContext) -> None:
    from PySide6.QtCore import qDebug, qWarning

    with smoke.qt_message_guard(ctx):
        qDebug("just chatter")
        qWarning("QFont::setPointSizeF: Point size <= 0 (0.000000), must be greater than 0")
    assert ctx.problems == [
        "Qt QtWarningMsg: QFont::setPointSizeF: Point size <= 0 (0.000000), must be greater than 0"
    ]


def test_python_warnings_and_logged_errors_are_problems(ctx: smoke.SmokeContext) -> None:
    with smoke.python_error_guard(ctx):
        warnings.warn("lost precision", RuntimeWarning, stacklevel=1)
        warnings.warn("old API", DeprecationWarning, stacklevel=1)
        logging.getLogger("renkei_desktop.test").error("could not save")
    assert any("RuntimeWarning: lost precision" in p for p in ctx.problems)
    assert any("could not save" in p for p in ctx.problems)
    assert any("DeprecationWarning" in n for n in ctx.notes)
    assert not any("DeprecationWarning" in p for p in ctx.problems)


def test_a_failing_step_stops_the_run(ctx: smoke.SmokeContext) -> None:
    ran = []

    def broken(_ctx: smoke.SmokeContext) -> None:
        raise ValueError("boom")

    lines = smoke.run_steps(ctx, [("一", broken), ("二", lambda c: ran.append(c))])
    assert ran == [] and "[NG] 一" in lines[0] and "以降" in lines[1]
    assert "ValueError: boom" in ctx.problems[0]


def test_run_smoke_test_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert smoke.run_smoke_test([("成功する手順", lambda c: None)]) == 0
    assert "結果: 成功" in capsys.readouterr().out
    assert smoke.run_smoke_test([("問題を見つける手順", lambda c: c.problem("表が空です"))]) == 1
    out = capsys.readouterr().out
    assert "問題: 表が空です" in out and "結果: 失敗" in out


def test_steps_cover_the_database_demo_bundle_and_every_page() -> None:
    titles = [title for title, _ in smoke.STEPS]
    assert titles[:2] == ["データベースの作成と移行", "デモデータの読み込み"]
    assert any("全ページ" in t for t in titles)
