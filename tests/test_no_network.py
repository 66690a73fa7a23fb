"""The app runs on LGWAN PCs without internet: the suite proves no code path reaches the network.

The guard itself is the session-wide autouse fixture ``no_network`` in ``tests/conftest.py``; these
tests prove it is active and that local IPC still works.
"""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import pytest


def test_tcp_connect_is_refused_by_the_guard(no_network: type[Exception]) -> None:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        # Port 9 (discard) is closed on a normal machine: the OS would raise ConnectionRefusedError,
        # which is an OSError. The guard raises its own error before the OS is asked.
        with pytest.raises(no_network, match="network access blocked"):
            sock.connect(("127.0.0.1", 9))
    finally:
        sock.close()


def test_connect_ex_is_refused_by_the_guard(no_network: type[Exception]) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock, pytest.raises(no_network):
        sock.connect_ex(("127.0.0.1", 9))


def test_create_connection_is_refused_by_the_guard(no_network: type[Exception]) -> None:
    with pytest.raises(no_network):
        socket.create_connection(("example.com", 443), timeout=1)


def test_ipv6_connect_is_refused_by_the_guard(no_network: type[Exception]) -> None:
    if not socket.has_ipv6:
        pytest.skip("no IPv6 on this machine")
    with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as sock, pytest.raises(no_network):
        sock.connect(("::1", 9))


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX") or sys.platform == "win32", reason="needs AF_UNIX")
def test_local_unix_socket_still_works(tmp_path: Path) -> None:
    address = str(tmp_path / "ipc.sock")
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(address)
        server.listen(1)
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.connect(address)
            connection, _ = server.accept()
            with connection:
                client.sendall(b"ok")
                assert connection.recv(2) == b"ok"
