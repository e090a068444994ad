"""The running daemon's state record, kept in the store's ``meta`` table.

``minewatch status`` runs in another process, possibly on another host when the
store is a server database, so the record lives in the database itself rather
than in a pid file: that works the same for SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select

from store.db import Store, shown_url
from store.schema import Meta

STATE_KEY = "daemon_state"


@dataclass(frozen=True, slots=True)
class DaemonState:
    """Who runs the daemon and when it runs next. Datetimes are timezone-aware."""

    pid: int
    host: str
    started: datetime
    schedule: str
    next_run: datetime | None


def save_state(store: Store, state: DaemonState) -> None:
    value = json.dumps(
        {
            "pid": state.pid,
            "host": state.host,
            "started": state.started.isoformat(),
            "schedule": state.schedule,
            "next_run": state.next_run.isoformat() if state.next_run else None,
        }
    )
    with store.sessions() as session, session.begin():
        row = session.get(Meta, STATE_KEY)
        if row is None:
            session.add(Meta(key=STATE_KEY, value=value))
        else:
            row.value = value


def load_state(store: Store) -> DaemonState | None:
    with store.sessions() as session:
        value = session.scalar(select(Meta.value).where(Meta.key == STATE_KEY))
    if value is None:
        return None
    try:
        data = json.loads(value)
        return DaemonState(
            pid=int(data["pid"]),
            host=str(data["host"]),
            started=datetime.fromisoformat(data["started"]),
            schedule=str(data["schedule"]),
            next_run=datetime.fromisoformat(data["next_run"]) if data["next_run"] else None,
        )
    except (ValueError, KeyError, TypeError) as error:
        raise ValueError(
            f"store {shown_url(store.url)}: meta {STATE_KEY!r} is not readable: {error}"
        ) from None


def clear_state(store: Store, pid: int, host: str) -> None:
    """Forget the record, but only if it is still ours: a newer daemon may have replaced it."""
    current = load_state(store)
    if current is None or (current.pid, current.host) != (pid, host):
        return
    with store.sessions() as session, session.begin():
        session.execute(delete(Meta).where(Meta.key == STATE_KEY))
