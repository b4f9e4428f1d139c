"""`--listen HOST:PORT --webhook-secret-env VAR`: a minimal webhook receiver for the length of a wait.

    evalclient extend runs wait bpr_... --listen 0.0.0.0:8080 --webhook-secret-env EXTEND_WEBHOOK_SECRET

Useful where a CI runner can expose a port to Extend: the command serves POSTs on HOST:PORT (any
path), verifies each with `evalclient.webhooks.verify` against the secret(s) in $VAR (comma-separated
during a rotation), and publishes it to the wait's `RunEvents` hub, so the wait ends within moments
of the run. It answers 204, 401 for a delivery that fails verification, 400 for one that is not an
event, 405 for anything but POST. Polling goes on meanwhile (every 30 s), so a webhook that never
arrives only makes the wait slower. Nothing is logged per delivery; refusals are counted and
summed up when the wait ends, so a wrong secret does not go unnoticed.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import socket
import threading
from collections import Counter
from collections.abc import Iterator, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import cast

from evalclient._run_events import RunEvents
from evalclient.cli._arguments import DEFAULT_SECRET_ENV
from evalclient.cli._context import CliExit, Context, ExitCode, usage_error
from evalclient.errors import WebhookVerificationError
from evalclient.webhooks import verify

_MAX_BODY = 1024 * 1024  # Extend's batch run events are a few hundred bytes; large payloads come as signed URLs
_NOT_AN_EVENT = ("body_not_json", "not_an_event")


def listen_args(args: argparse.Namespace) -> list[str]:
    """The options a resumed wait repeats to listen again."""
    if args.listen is None:
        return []
    host, port = args.listen
    words = ["--listen", f"[{host}]:{port}" if ":" in host else f"{host}:{port}"]
    if args.webhook_secret_env != DEFAULT_SECRET_ENV:
        words += ["--webhook-secret-env", args.webhook_secret_env]
    return words


@contextlib.contextmanager
def listening(ctx: Context) -> Iterator[RunEvents | None]:
    """The hub a wait should take (None without --listen), fed by a receiver serving until the block ends."""
    if ctx.args.listen is None:
        yield None
        return
    variable = ctx.args.webhook_secret_env
    secrets = [part.strip() for part in os.environ.get(variable, "").split(",") if part.strip()]
    if not secrets:
        raise usage_error(
            f"--listen needs the webhook signing secret in ${variable} (set it, or name another variable)"
        )
    hub = RunEvents()
    try:
        server = _Receiver(ctx.args.listen, secrets, hub)
    except OSError as exc:
        host, port = ctx.args.listen
        raise CliExit(ExitCode.USAGE, f"--listen: cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    host, port = ctx.args.listen[0], server.server_address[1]  # the port actually bound, if 0 was asked
    where = f"[{host}]" if ":" in host else host
    polling = f"polling every {hub.fallback_interval:g} s meanwhile"
    ctx.out.note(f"listening for Extend webhooks on http://{where}:{port}/ ({polling})")
    try:
        yield hub
    finally:
        server.shutdown()
        thread.join()
        server.server_close()
        if server.refused:
            checks = ", ".join(f"{check}: {count}" for check, count in sorted(server.refused.items()))
            ctx.out.note(f"refused {sum(server.refused.values())} webhook deliveries ({checks}); check ${variable}")


class _Receiver(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], secrets: list[str], hub: RunEvents) -> None:
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, _Handler)
        self.secrets = secrets
        self.hub = hub
        self.refused: Counter[str] = Counter()
        self._count_lock = threading.Lock()

    def refuse(self, check: str) -> None:
        with self._count_lock:
            self.refused[check] += 1


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # else each keep-alive delivery stalls ~40 ms on a delayed ACK
    server: _Receiver

    def do_POST(self) -> None:
        length = self.headers.get("content-length", "")
        if not length.isdecimal() or int(length) > _MAX_BODY:
            self._answer(411 if not length else 413)
            return
        body = self.rfile.read(int(length))
        try:
            # http.server's headers are an email Message: read through items() like any mapping,
            # repeated headers included (verify refuses those).
            event = verify(body, cast("Mapping[str, str]", self.headers), self.server.secrets)
        except WebhookVerificationError as refused:
            self.server.refuse(refused.check)
            self._answer(400 if refused.check in _NOT_AN_EVENT else 401)
            return
        self.server.hub.publish(event)
        self._answer(204)

    def do_GET(self) -> None:
        self._answer(405)

    do_PUT = do_DELETE = do_PATCH = do_HEAD = do_GET

    def _answer(self, status: int) -> None:
        self.send_response(status)
        if status == 405:
            self.send_header("allow", "POST")
        self.send_header("content-length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:  # the stdlib's signature
        pass  # no line per request: the wait's progress owns stderr
