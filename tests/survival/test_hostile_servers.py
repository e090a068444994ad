"""Servers that answer with a decompression bomb, a reset connection or a certificate no
one vouches for: each is one line naming the page and the cause, and the pass goes on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import minewatch
from tests.survival.hostile_server import hostile_server

pytestmark = pytest.mark.slow


def sources(path: Path, start_url: str, *, max_page_bytes: int = 1_000_000) -> Path:
    path.write_text(
        f"""[settings]
download_delay = 0
request_timeout = 20
max_page_bytes = {max_page_bytes}

[[sources]]
name = "hostile"
start_urls = ["{start_url}"]
article_pattern = "/(?:bomb|reset|ok|slow|heavy)/"
""",
        encoding="utf-8",
    )
    return path


def errors_of(report: Path) -> str:
    [source] = json.loads(report.read_text(encoding="utf-8"))["sources"]
    return source["error"] or ""


def test_a_gzip_bomb_article_is_named_with_its_cause_and_the_others_are_stored(
    tmp_path: Path,
) -> None:
    with hostile_server(links=("/bomb/1", "/ok/2")) as base:
        config = sources(tmp_path / "sources.toml", f"{base}/list/")
        done = minewatch(
            "run", "--config", config, "--db", tmp_path / "m.db", "--json", tmp_path / "r.json"
        )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    error = errors_of(tmp_path / "r.json")
    assert f"{base}/bomb/1: " in error and "decompression bomb" in error


def test_a_gzip_bomb_start_page_is_named_not_called_unanswered(tmp_path: Path) -> None:
    with hostile_server() as base:
        config = sources(tmp_path / "sources.toml", f"{base}/bomb/start")
        done = minewatch(
            "run", "--config", config, "--db", tmp_path / "m.db", "--json", tmp_path / "r.json"
        )
    assert done.returncode == 3  # no source reached
    assert "Traceback" not in done.stderr
    assert "decompression bomb" in errors_of(tmp_path / "r.json")


def test_a_connection_reset_mid_page_is_said_in_words(tmp_path: Path) -> None:
    with hostile_server() as base:
        config = sources(tmp_path / "sources.toml", f"{base}/reset/start")
        done = minewatch(
            "run", "--config", config, "--db", tmp_path / "m.db", "--json", tmp_path / "r.json"
        )
    assert done.returncode == 3
    assert "the connection closed before the whole page arrived" in errors_of(tmp_path / "r.json")


def test_an_untrusted_certificate_is_refused_in_one_line(tmp_path: Path) -> None:
    with hostile_server(tls=True) as base:
        config = sources(tmp_path / "sources.toml", f"{base}/list/")
        done = minewatch(
            "run", "--config", config, "--db", tmp_path / "m.db", "--json", tmp_path / "r.json"
        )
    assert done.returncode == 3
    assert "TLS certificate not trusted" in errors_of(tmp_path / "r.json")
    assert "Traceback" not in done.stderr
