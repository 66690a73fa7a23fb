"""Load the municipality master (japancode) into a new database."""

from __future__ import annotations

import json
import logging
from importlib import resources

from ..domain.master import build_master
from ..domain.municipalities import Municipality
from ..storage import municipality_repository as repo
from ..storage.database import Database

log = logging.getLogger(__name__)


def read_japancode() -> list[Municipality]:
    data = resources.files("japancode") / "data"
    prefectures = json.loads((data / "prefectures.json").read_text(encoding="utf-8"))
    municipalities = json.loads((data / "municipalities.json").read_text(encoding="utf-8"))
    return build_master(prefectures, municipalities)


def ensure_master_data(db: Database) -> int:
    """Insert the master when the table is empty; returns how many records were added."""
    with db.transaction() as session:
        if repo.count(session):
            return 0
        master = read_japancode()
        repo.add_all(session, master)
    log.info("municipality master loaded: %d records", len(master))
    return len(master)
