"""Crash test (issue #8): a writer is killed with SIGKILL at random moments; nothing acknowledged is lost.

A helper process imports the services once, then forks one writer per round. The writer opens the database
through the real services (integrity check, daily backup, engine) and saves in a loop: it adds duties and
edits the previous one, printing each id after its transaction has committed. The controller kills the
writer with SIGKILL after a random delay (during the open, in the middle of a transaction, during the
commit's fsync ...); for every other round the delay starts once the writer says it has opened the
database, so that on a slow or busy machine the kills still fall among the writes and not only in the
open. After every round the next writer opens the same file. At the end:

- ``PRAGMA integrity_check`` is ``ok`` on the database and on every backup,
- every acknowledged duty is present, and every acknowledged edit is there (or a later one),
- a backup the kill interrupted is left only as a ``.partial`` file, which the app never lists as a backup
  and removes when it writes the next one (counted as ``interrupted_backups``).

Usage: python benchmarks/crash_kill.py [--kills 100] [--seed 8] [--max-delay 0.4] [--json]
Linux/macOS only (fork, SIGKILL).
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOME = "204137"  # 天龍村


# --- the helper process (``--helper DB``): preloads, then forks one writer per "go" line ------------------
def _writer(db: Path, round_no: int) -> None:
    """Runs in the forked child; never returns."""
    from renkei_desktop.domain.duties import Duty, DutyCategory
    from renkei_desktop.services.container import Services

    def say(text: str) -> None:
        os.write(1, (text + "\n").encode())  # one write() per line: atomic on a pipe, no stdio buffer

    try:
        services = Services.open(db)
        say(f"ready {os.getpid()}")
        previous = None
        for i in range(1_000_000):
            if previous is not None and i % 3 == 2:
                edited, _ = services.catalogue.update(previous.with_changes(notes=f"rev {i}"))
                say(f"edit {edited.id} {i}")
                previous = edited
            else:
                duty = Duty(
                    owner_code=HOME, name=f"crash {round_no}-{i}", category=DutyCategory.OTHER, notes="rev 0"
                )
                previous, _ = services.catalogue.add(duty)
                say(f"ack {previous.id}")
    except BaseException as exc:  # noqa: BLE001 - report anything but SIGKILL (which never gets here)
        say(f"failed {type(exc).__name__}: {exc}")
    os._exit(3)


def _helper(db: Path) -> None:
    import renkei_desktop.services.container  # noqa: F401 - imported once, inherited by every fork

    round_no = 0
    for line in sys.stdin:
        if line.strip() != "go":
            break
        round_no += 1
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            _writer(db, round_no)
        os.write(1, f"child {pid}\n".encode())
        _, status = os.waitpid(pid, 0)
        killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        os.write(1, f"reaped {pid} {'killed' if killed else status}\n".encode())


# --- the controller ------------------------------------------------------------------------------------
@dataclass
class Report:
    kills: int = 0
    killed_while_opening: int = 0
    acknowledged_adds: int = 0
    acknowledged_edits: int = 0
    missing: list[int] = field(default_factory=list)
    lost_edits: list[int] = field(default_factory=list)
    integrity: str = ""
    backups_checked: int = 0
    interrupted_backups: int = 0
    bad_backups: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return (
            self.integrity == "ok"
            and not self.missing
            and not self.lost_edits
            and not self.bad_backups
            and not self.failures
        )


def prepare_database(folder: Path) -> Path:
    """A new database with the master loaded (the writers only add to it)."""
    sys.path.insert(0, str(ROOT))
    from renkei_desktop.services.container import Services

    db = folder / "crash.sqlite3"
    Services.open(db).close()
    return db


def run(db: Path, kills: int, *, seed: int = 8, max_delay: float = 0.4) -> Report:
    rng = random.Random(seed)
    report = Report()
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    helper = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), "--helper", str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
        bufsize=1,
    )
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(x.rstrip("\n")) for x in helper.stdout], daemon=True).start()
    acked: set[int] = set()
    edits: dict[int, int] = {}  # duty id -> the last acknowledged revision
    started = time.perf_counter()

    def next_line(timeout: float = 60.0) -> str:
        try:
            return lines.get(timeout=timeout)
        except queue.Empty as exc:
            raise RuntimeError(
                "the helper stopped answering: " + (helper.stderr.read() if helper.poll() else "")
            ) from exc

    def consume(line: str) -> None:
        word, _, rest = line.partition(" ")
        if word == "ack":
            acked.add(int(rest))
            report.acknowledged_adds += 1
        elif word == "edit":
            duty_id, revision = map(int, rest.split())
            edits[duty_id] = max(edits.get(duty_id, 0), revision)
            report.acknowledged_edits += 1
        elif word == "failed":
            report.failures.append(rest)

    try:
        for _ in range(kills):
            helper.stdin.write("go\n")
            helper.stdin.flush()
            line = next_line()
            while not line.startswith("child "):
                consume(line)
                line = next_line()
            pid = int(line.split()[1])
            ready = False
            if rng.random() < 0.5:  # this round's kill comes after the open
                line = next_line()
                while not line.startswith(("ready", f"reaped {pid}")):
                    consume(line)
                    line = next_line()
                if line.startswith("reaped"):
                    report.failures.append(f"writer {pid} ended before it opened the database: {line}")
                    continue
                ready = True
            time.sleep(rng.uniform(0.0, max_delay))
            while not lines.empty():  # what the writer said before the kill
                early = lines.get_nowait()
                ready |= early.startswith("ready")
                consume(early)
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            line = next_line()
            while not line.startswith(f"reaped {pid}"):
                ready |= line.startswith("ready")
                consume(line)
                line = next_line()
            if line.endswith("killed"):
                report.kills += 1
                report.killed_while_opening += not ready
            else:
                report.failures.append(f"writer {pid} ended by itself: {line}")
    finally:
        helper.stdin.close()
        helper.wait(timeout=60)
    while not lines.empty():
        consume(lines.get_nowait())
    report.seconds = round(time.perf_counter() - started, 1)
    _verify(db, acked, edits, report)
    return report


def _verify(db: Path, acked: set[int], edits: dict[int, int], report: Report) -> None:
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        report.integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        stored = {row[0]: row[1] for row in conn.execute("SELECT id, notes FROM duty")}
    finally:
        conn.close()
    report.missing = sorted(acked - stored.keys())
    for duty_id, revision in edits.items():
        notes = stored.get(duty_id, "")
        if not notes.startswith("rev ") or int(notes[4:]) < revision:
            report.lost_edits.append(duty_id)
    for backup in sorted((db.parent / "backups").glob("*")):
        if ".partial" in backup.suffixes:  # a backup the kill interrupted (the last round's: see above)
            report.interrupted_backups += 1
            continue
        report.backups_checked += 1
        try:
            with sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True) as copy:
                result = copy.execute("PRAGMA integrity_check").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            result = str(exc)
        if result != "ok" or backup.suffix != ".sqlite":
            report.bad_backups.append(f"{backup.name}: {result}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument(
        "--max-delay", type=float, default=0.4, help="seconds; each kill comes at a random moment before"
    )
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--keep", action="store_true", help="keep the database folder")
    parser.add_argument("--helper", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.helper:
        _helper(args.helper)
        return 0
    folder = Path(tempfile.mkdtemp(prefix="renkei-crash-"))
    try:
        report = run(prepare_database(folder), args.kills, seed=args.seed, max_delay=args.max_delay)
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    if args.json:
        print(json.dumps({**asdict(report), "ok": report.ok}, ensure_ascii=False, indent=1))
    else:
        print(
            f"kills: {report.kills} (during the open: {report.killed_while_opening}), acknowledged: "
            f"{report.acknowledged_adds} adds + {report.acknowledged_edits} edits, missing: {len(report.missing)}, "
            f"lost edits: {len(report.lost_edits)}, integrity_check: {report.integrity}, backups checked: "
            f"{report.backups_checked} (bad: {len(report.bad_backups)}), writer failures: {len(report.failures)}, "
            f"{report.seconds} s — {'OK' if report.ok else 'FAILED'}"
        )
        for failure in report.failures[:5]:
            print("  failure:", failure)
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
