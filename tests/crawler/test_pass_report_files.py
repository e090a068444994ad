"""The report files of ``minewatch run``: a path that cannot be written fails before the crawl."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.demo.server import FixtureSites
from crawler.report_files import ReportWriteError, write_whole
from tests.conftest import CHILD_TIMEOUT, REPO, minewatch, write_sources

pytestmark = pytest.mark.slow  # child processes against local servers


@pytest.mark.parametrize("option", ["--json", "--html"])
def test_a_report_path_under_a_file_exits_2_before_fetching(
    option: str, sites: FixtureSites, tmp_path: Path
) -> None:
    config = write_sources(sites, tmp_path / "sources.toml", only=("ministry",))
    (tmp_path / "plain").write_text("", encoding="utf-8")
    report = tmp_path / "plain" / "report"
    finished = minewatch("run", "--config", config, "--db", tmp_path / "m.db", option, report)
    assert finished.returncode == 2
    assert finished.stderr.startswith(
        f"minewatch: {option} {report}: cannot write in {report.parent}: "
    )
    assert "Traceback" not in finished.stderr
    assert not sites.requests
    assert not (tmp_path / "m.db").exists()


def test_a_report_path_that_is_a_directory_exits_2_naming_it(
    sites: FixtureSites, tmp_path: Path
) -> None:
    config = write_sources(sites, tmp_path / "sources.toml", only=("ministry",))
    finished = minewatch("run", "--config", config, "--db", tmp_path / "m.db", "--json", tmp_path)
    assert finished.returncode == 2
    assert f"--json {tmp_path}: is a directory, not a file" in finished.stderr
    assert not sites.requests


def test_a_closed_stdout_still_gets_the_json_report_written(
    sites: FixtureSites, tmp_path: Path
) -> None:
    config = write_sources(sites, tmp_path / "sources.toml", only=("ministry",))
    report = tmp_path / "report.json"
    argv = ["run", "--config", str(config), "--db", str(tmp_path / "m.db"), "--json", str(report)]
    # the reader is gone before the first byte, as with `minewatch run --json r.json | head -0`
    with subprocess.Popen(
        [sys.executable, "-m", "crawler", *argv],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as child:
        assert child.stdout is not None
        child.stdout.close()
        _, stderr = child.communicate(timeout=CHILD_TIMEOUT)
    assert child.returncode == 0, stderr.decode()[-2000:]
    assert json.loads(report.read_text(encoding="utf-8"))["run"]["status"] == "ok"


def test_a_report_that_cannot_replace_its_target_names_it_and_leaves_no_partial_file(
    tmp_path: Path,
) -> None:
    target = tmp_path / "report.json"
    target.mkdir()
    with pytest.raises(ReportWriteError, match=f"cannot write report {target}: "):
        write_whole(target, "{}")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["report.json"]
