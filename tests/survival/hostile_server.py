"""A local HTTP(S) server whose pages misbehave on purpose, one kind per path.

- ``/bomb/...``: a gzip body of a few kilobytes that inflates to 200 MB;
- ``/reset/...``: announces 100 kB, sends 100 bytes, then resets the connection;
- ``/slow/...``: a page about mines, after ``SLOW_SECONDS``;
- ``/heavy/...``: 2 MB of short sentences about mines, seconds of parsing and extraction;
- ``/list/...``: a listing whose links lead to the paths above;
- anything else: a small page about mines.

``tls=True`` serves HTTPS with a freshly made self-signed certificate, which a client
that verifies certificates must refuse.
"""

from __future__ import annotations

import datetime
import gzip
import http.server
import io
import socket
import ssl
import struct
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

BOMB_BYTES = 200 * 1024 * 1024
SLOW_SECONDS = 4


def _bomb() -> bytes:
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", compresslevel=9) as out:
        chunk = b"\0" * (1024 * 1024)
        for _ in range(BOMB_BYTES // len(chunk)):
            out.write(chunk)
    return buffer.getvalue()


BOMB = _bomb()
HEAVY = (
    b"<html><head><title>Mines</title></head><body><article>"
    + b"<p>Teams found 12 mines near the village and 3 residents were hurt by a mine.</p>" * 25_000
    + b"</article></body></html>"
)
PAGE = (
    b"<html><head><title>Mines found</title></head><body><h1>Mines found</h1>"
    b"<p>Deminers found 45 anti-personnel mines in Fuzuli district last week, the agency "
    b"said on Monday.</p></body></html>"
)


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/robots.txt":
            self._send(b"User-agent: *\nAllow: /\n", "text/plain")
        elif self.path.startswith("/bomb/"):
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(BOMB)))
            self.end_headers()
            self.wfile.write(BOMB)
        elif self.path.startswith("/reset/"):
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            self.wfile.write(b"<html>" + b"x" * 100)
            self.wfile.flush()
            # SO_LINGER 0: close with a TCP reset, not a clean end of stream
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
        elif self.path.startswith("/heavy/"):
            self.server.heavy_asked.set()  # type: ignore[attr-defined]
            self._send(HEAVY, "text/html; charset=utf-8")
        elif self.path.startswith("/slow/"):
            time.sleep(SLOW_SECONDS)
            self._send(PAGE, "text/html; charset=utf-8")
        elif self.path.startswith("/list/"):
            links = "".join(f'<a href="{target}">x</a>' for target in self.server.links)  # type: ignore[attr-defined]
            self._send(f"<html><body>{links}</body></html>".encode(), "text/html")
        else:
            self._send(PAGE, "text/html; charset=utf-8")

    def _send(self, body: bytes, content_type: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args: object) -> None:
        pass


def _self_signed(folder: Path) -> tuple[Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    cert, private = folder / "cert.pem", folder / "key.pem"
    cert.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    private.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert, private


@contextmanager
def hostile_server(
    *, links: tuple[str, ...] = (), tls: bool = False, asked: list | None = None
) -> Iterator[str]:
    """Serve on a free port of 127.0.0.1; yields the base URL."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.links = links  # type: ignore[attr-defined]
    server.heavy_asked = threading.Event()  # type: ignore[attr-defined]
    scheme = "http"
    with tempfile.TemporaryDirectory() as folder:
        if tls:
            cert, key = _self_signed(Path(folder))
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(cert, key)
            server.socket = context.wrap_socket(server.socket, server_side=True)
            scheme = "https"
        if asked is not None:
            asked.append(server.heavy_asked)  # type: ignore[attr-defined]
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield f"{scheme}://127.0.0.1:{server.server_address[1]}"
        finally:
            server.shutdown()
            server.server_close()
