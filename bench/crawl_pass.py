"""How long whole passes over the fixture sites take, first and repeated; prints its figures.

.venv/bin/python bench/crawl_pass.py [PASSES]

Each pass is ``minewatch run`` in a child process, as cron and the daemon run it,
so the figures include interpreter start and imports.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from crawler.demo import fixture_sites_root, write_demo_sources
from crawler.demo.server import serve


def main(passes: int) -> None:
    with tempfile.TemporaryDirectory() as temp, serve(fixture_sites_root()) as sites:
        sources = write_demo_sources(sites, Path(temp) / "sources.toml")
        for number in range(1, passes + 1):
            report = Path(temp) / f"report-{number}.json"
            argv = [sys.executable, "-m", "crawler", "run", "--config", str(sources)]
            argv += ["--db", str(Path(temp) / "bench.db"), "--json", str(report)]
            started = time.perf_counter()
            done = subprocess.run(argv, capture_output=True, text=True)
            seconds = time.perf_counter() - started
            if done.returncode != 0:
                sys.exit(f"pass {number} exited {done.returncode}:\n{done.stderr[-2000:]}")
            run = json.loads(report.read_text(encoding="utf-8"))["run"]
            print(
                f"pass {number}: {seconds:5.2f} s  fetched {run['pages_fetched']:3d}  "
                f"parsed {run['pages_parsed']:3d}"
            )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
