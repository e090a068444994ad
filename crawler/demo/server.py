"""Local copies of the kind of sites minewatch watches, served on 127.0.0.1.

Every subdirectory of the root is one "site" and gets its own threaded HTTP
server on its own port. Scrapy's ``allowed_domains`` compare host names only,
so all sites share the host ``127.0.0.1``; the same servers answer as
``localhost``, which a crawl restricted to ``127.0.0.1`` treats as another
domain (the fixtures use ``{{localbase}}`` links to test that).

What a served file may contain and how requests map to files:
- ``{{base}}`` becomes the site's own base URL, ``{{base:NAME}}`` another
  site's, ``{{localbase}}`` the site's URL under the name ``localhost``:
  feeds and sitemaps need absolute links and the ports are only known at start.
- ``/news`` serves ``news/index.html`` (a directory) or ``news`` (a file);
  a query string selects a sibling file: ``/news?page=2`` serves
  ``news/index@page=2.html``.
- a file without a suffix is served as HTML, as pretty URLs are.
- ``site.toml`` in a site directory may say ``validators = false``: that site
  then sends neither ETag nor Last-Modified (some real feeds do not).

Every response to a GET carries a strong ETag of its bytes and a Last-Modified
date, and a matching If-None-Match (or, without one, If-Modified-Since) gets a
304. Tests change a site between passes with ``set_page``, make a path fail
with ``set_status`` and redirect it with ``set_redirect``; ``/_fail/500`` always
answers 500 and ``/_slow?seconds=N`` answers after N seconds.
"""

from __future__ import annotations

import hashlib
import mimetypes
import threading
import time
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from email.utils import formatdate, parsedate_to_datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

TEXT_SUFFIXES = {"", ".html", ".htm", ".xml", ".rss", ".atom", ".txt", ".json", ".toml"}
# A file without a suffix is a page at a "pretty" URL such as /en/news/1204-statement.
CONTENT_TYPES = {
    "": "text/html; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".rss": "application/rss+xml; charset=utf-8",
    ".atom": "application/atom+xml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
}
MAX_SLOW_SECONDS = 60.0


@dataclass(frozen=True, slots=True)
class ServedRequest:
    """One request a fixture site answered: what tests assert crawls on."""

    site: str
    path: str  # path and query, as requested
    status: int
    user_agent: str | None


@dataclass(slots=True)
class _Page:
    body: bytes
    content_type: str
    last_modified: float  # seconds since the epoch, whole seconds


class FixtureSite:
    """One site: its directory, its server and the pages tests replaced."""

    def __init__(self, name: str, directory: Path, sites: FixtureSites, host: str, port: int):
        self.name = name
        self.directory = directory
        self.sites = sites
        self.validators = _site_options(directory).get("validators", True)
        self.overrides: dict[str, _Page] = {}
        self.statuses: dict[str, int] = {}
        self.redirects: dict[str, str] = {}
        self.server = ThreadingHTTPServer((host, port), _Handler)
        self.server.daemon_threads = True
        self.server.site = self  # type: ignore[attr-defined]
        # A short poll makes stop() quick: tests start and stop sites many times.
        self.thread = threading.Thread(
            target=self.server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"fixture-{name}",
            daemon=True,
        )

    @property
    def port(self) -> int:
        return int(self.server.server_address[1])

    def page(self, target: str) -> _Page | None:
        """The page served for a request target (path and query), or None."""
        key = _normalise_target(target)
        if key in self.overrides:
            return self.overrides[key]
        file = self._file_for(key)
        if file is None:
            return None
        body = file.read_bytes()
        if file.suffix in TEXT_SUFFIXES:
            body = self.sites.substitute(body.decode("utf-8"), self.name).encode("utf-8")
        return _Page(body, _content_type(file), self.sites.started)

    def _file_for(self, target: str) -> Path | None:
        parts = urlsplit(target)
        relative = unquote(parts.path).lstrip("/")
        candidate = (self.directory / relative).resolve()
        if not candidate.is_relative_to(self.directory.resolve()):
            return None  # "../" in a path: never serve outside the site
        if candidate.is_dir():
            candidate = candidate / "index.html"
        if parts.query:
            candidate = candidate.with_name(f"{candidate.stem}@{parts.query}{candidate.suffix}")
        if candidate.name == "site.toml" or not candidate.is_file():
            return None
        return candidate


class FixtureSites:
    """The running fixture sites; returned by ``serve``."""

    def __init__(self, root: Path, host: str, port: int):
        self.root = root
        self.host = host
        # Last-Modified has whole-second resolution: start one second in the past
        # so that a page replaced in the first second still gets a later date.
        self.started = float(int(time.time()) - 1)
        self.requests: list[ServedRequest] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        names = sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))
        if not names:
            raise FileNotFoundError(f"no fixture sites (subdirectories) in {root}")
        self.sites: dict[str, FixtureSite] = {}
        try:
            for offset, name in enumerate(names):
                site_port = port + offset if port else 0
                self.sites[name] = FixtureSite(name, root / name, self, host, site_port)
        except OSError:
            self.stop()
            raise

    def start(self) -> FixtureSites:
        for site in self.sites.values():
            site.thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        for site in self.sites.values():
            if site.thread.is_alive():
                site.server.shutdown()
            site.server.server_close()

    def names(self) -> list[str]:
        return list(self.sites)

    def base_url(self, site: str) -> str:
        return f"http://{self.host}:{self._site(site).port}"

    def local_base_url(self, site: str) -> str:
        """The same site under the host name ``localhost``: another domain to a crawler."""
        return f"http://localhost:{self._site(site).port}"

    def set_page(
        self, site: str, target: str, content: str | bytes, content_type: str = ""
    ) -> None:
        """Serve ``content`` at ``target`` from now on, with new validators.

        ``{{base}}`` placeholders in text content are substituted as in files.
        """
        if isinstance(content, str):
            content = self.substitute(content, site).encode("utf-8")
        key = _normalise_target(target)
        holder = self._site(site)
        previous = holder.page(key)
        modified = float(int(time.time()))
        if previous is not None and modified <= previous.last_modified:
            modified = previous.last_modified + 1
        kind = content_type or _content_type(Path(urlsplit(key).path or "index.html"))
        holder.overrides[key] = _Page(content, kind, modified)

    def set_status(self, site: str, target: str, status: int) -> None:
        """Answer ``target`` with a bare ``status`` from now on (0 restores the page)."""
        key = _normalise_target(target)
        if status:
            self._site(site).statuses[key] = status
        else:
            self._site(site).statuses.pop(key, None)

    def set_redirect(self, site: str, target: str, location: str) -> None:
        """Answer ``target`` with a 302 to ``location`` (placeholders substituted) from now on."""
        self._site(site).redirects[_normalise_target(target)] = self.substitute(location, site)

    def requests_to(self, site: str) -> list[ServedRequest]:
        with self._lock:
            return [request for request in self.requests if request.site == site]

    def substitute(self, text: str, site: str) -> str:
        """``text`` as ``site`` serves it: every placeholder replaced."""
        text = self.substitute_sites(text)
        text = text.replace("{{localbase}}", self.local_base_url(site))
        return text.replace("{{base}}", self.base_url(site))

    def substitute_sites(self, text: str) -> str:
        """Replace ``{{base:NAME}}`` placeholders, as in a sources file template."""
        for name in self.sites:
            text = text.replace("{{base:" + name + "}}", self.base_url(name))
        return text

    def _record(self, request: ServedRequest) -> None:
        with self._lock:
            self.requests.append(request)

    def _site(self, name: str) -> FixtureSite:
        try:
            return self.sites[name]
        except KeyError:
            known = ", ".join(self.sites)
            raise KeyError(f"no fixture site {name!r} (sites: {known})") from None


class _Handler(BaseHTTPRequestHandler):
    server_version = "minewatch-fixtures/1"
    protocol_version = "HTTP/1.1"

    @property
    def site(self) -> FixtureSite:
        return self.server.site  # type: ignore[attr-defined,no-any-return]

    def do_GET(self) -> None:
        self._answer(send_body=True)

    def do_HEAD(self) -> None:
        self._answer(send_body=False)

    def _answer(self, send_body: bool) -> None:
        target = _normalise_target(self.path)
        parts = urlsplit(target)
        if parts.path == "/_slow":
            seconds = float(parse_qs(parts.query).get("seconds", ["5"])[0])
            self.site.sites._stopping.wait(min(seconds, MAX_SLOW_SECONDS))
            self._send_bare(HTTPStatus.OK, target)
            return
        if parts.path.startswith("/_fail/"):
            self._send_bare(int(parts.path.rsplit("/", 1)[1]), target)
            return
        if target in self.site.statuses:
            self._send_bare(self.site.statuses[target], target)
            return
        if target in self.site.redirects:
            self._send_bare(HTTPStatus.FOUND, target, location=self.site.redirects[target])
            return
        page = self.site.page(target)
        if page is None:
            self._send_bare(HTTPStatus.NOT_FOUND, target)
            return
        etag = '"' + hashlib.sha256(page.body).hexdigest()[:32] + '"'
        if self.site.validators and self._not_modified(etag, page.last_modified):
            self._record(target, HTTPStatus.NOT_MODIFIED)
            self.send_response(HTTPStatus.NOT_MODIFIED)
            self._send_validators(etag, page.last_modified)
            self.end_headers()
            return
        self._record(target, HTTPStatus.OK)
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", page.content_type)
        self.send_header("Content-Length", str(len(page.body)))
        if self.site.validators:
            self._send_validators(etag, page.last_modified)
        self.end_headers()
        if send_body:
            # a client that stops reading (a page over its size limit) is not a server error
            with suppress(ConnectionError):
                self.wfile.write(page.body)

    def _not_modified(self, etag: str, last_modified: float) -> bool:
        # RFC 9110 13.2.2: If-None-Match, when present, decides alone.
        if_none_match = self.headers.get("If-None-Match")
        if if_none_match is not None:
            tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
            return etag in tags or "*" in tags
        if_modified_since = self.headers.get("If-Modified-Since")
        if if_modified_since is None:
            return False
        try:
            since = parsedate_to_datetime(if_modified_since).timestamp()
        except (TypeError, ValueError):
            return False
        return last_modified <= since

    def _send_validators(self, etag: str, last_modified: float) -> None:
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", formatdate(last_modified, usegmt=True))

    def _send_bare(self, status: int, target: str, location: str | None = None) -> None:
        self._record(target, status)
        body = f"{int(status)} {HTTPStatus(status).phrase}\n".encode()
        self.send_response(status)
        if location is not None:
            self.send_header("Location", location)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _record(self, target: str, status: int) -> None:
        agent = self.headers.get("User-Agent")
        self.site.sites._record(ServedRequest(self.site.name, target, int(status), agent))

    def log_message(self, format: str, *args: object) -> None:
        pass  # the request log is ``FixtureSites.requests``; stderr stays quiet


def _normalise_target(target: str) -> str:
    parts = urlsplit(target)
    path = parts.path or "/"
    return f"{path}?{parts.query}" if parts.query else path


def _content_type(file: Path) -> str:
    if file.suffix in CONTENT_TYPES:
        return CONTENT_TYPES[file.suffix]
    guessed, _ = mimetypes.guess_type(file.name)
    return guessed or "application/octet-stream"


def _site_options(directory: Path) -> dict[str, object]:
    options_file = directory / "site.toml"
    if not options_file.is_file():
        return {}
    with options_file.open("rb") as stream:
        return tomllib.load(stream)


@contextmanager
def serve(root: str | Path, host: str = "127.0.0.1", port: int = 0) -> Iterator[FixtureSites]:
    """Serve every site under ``root`` until the block ends.

    ``port=0`` gives each site a free port; ``port=N`` gives the sites, in name
    order, the ports N, N+1, ...
    """
    root = Path(root)
    if not root.is_dir():
        raise FileNotFoundError(f"fixture sites directory not found: {root}")
    sites = FixtureSites(root, host, port).start()
    try:
        yield sites
    finally:
        sites.stop()
