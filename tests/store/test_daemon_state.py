"""The daemon's state record in the store's meta table."""

from __future__ import annotations

from datetime import UTC, datetime

from store.daemon_state import DaemonState, clear_state, load_state, save_state
from store.db import Store

STATE = DaemonState(
    pid=4321,
    host="watcher",
    started=datetime(2026, 11, 27, 5, 0, tzinfo=UTC),
    schedule='"0 6 * * *" (UTC)',
    next_run=datetime(2026, 11, 27, 6, 0, tzinfo=UTC),
)


def test_a_store_without_a_daemon_has_no_state(store: Store) -> None:
    assert load_state(store) is None


def test_a_saved_state_reads_back_unchanged(store: Store) -> None:
    save_state(store, STATE)
    assert load_state(store) == STATE


def test_saving_again_replaces_the_next_run(store: Store) -> None:
    save_state(store, STATE)
    later = DaemonState(STATE.pid, STATE.host, STATE.started, STATE.schedule, None)
    save_state(store, later)
    assert load_state(store) == later


def test_a_daemon_clears_its_own_state(store: Store) -> None:
    save_state(store, STATE)
    clear_state(store, STATE.pid, STATE.host)
    assert load_state(store) is None


def test_a_daemon_leaves_a_newer_daemons_state_alone(store: Store) -> None:
    save_state(store, STATE)
    clear_state(store, 999, STATE.host)
    assert load_state(store) == STATE
