"""`python -m evalclient.testing serve`: the fake API as a process, for tests in other languages or CI.

    python -m evalclient.testing serve --host 127.0.0.1 --port 0 --token test-token [--run-seconds S]
                                       [--seed N] [--manifest FILE]
                                       [--webhook-url URL --webhook-secret SECRET]

The first line on stdout is the base URL (`http://127.0.0.1:PORT`); the second is the manifest, one
JSON object naming every seeded resource by kind (`FakeAPI.manifest()`: processors and their
versions, files, calls, eval agents and their versions, templates, workbench setups), which
`--manifest FILE` also writes to FILE before the URL is printed. The server then runs until SIGINT
or SIGTERM, and exits 0 on either.

With `--webhook-url` and `--webhook-secret` it POSTs signed Extend run events to URL when runs end
(retried with backoff), and logs every delivery attempt on stderr.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import pathlib
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType

from evalclient.testing._core import FakeAPI
from evalclient.testing._server import FakeServer


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m evalclient.testing", description="The fake Extend and Bland evaluation APIs, for tests."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve the fake Extend and Bland APIs over HTTP until interrupted")
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=0, help="port to bind; 0 picks a free one (default)")
    serve.add_argument("--token", default="test-token", help="the API key both APIs accept (default test-token)")
    serve.add_argument("--run-seconds", type=float, default=2.0, help="how long a run takes (default 2.0)")
    serve.add_argument("--seed", type=int, default=0, help="fixes every generated id and metric (default 0)")
    serve.add_argument(
        "--manifest", type=pathlib.Path, metavar="FILE", help="also write the seeded resources (JSON) to FILE"
    )
    serve.add_argument("--webhook-url", metavar="URL", help="POST signed Extend run events here when runs end")
    serve.add_argument("--webhook-secret", metavar="SECRET", help="the signing secret for --webhook-url")
    args = parser.parse_args(argv)
    if (args.webhook_url is None) != (args.webhook_secret is None):
        parser.error("--webhook-url and --webhook-secret go together")

    stop = threading.Event()

    def request_stop(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGINT, request_stop)
    signal.signal(signal.SIGTERM, request_stop)
    try:
        fake = FakeAPI(
            token=args.token,
            run_seconds=args.run_seconds,
            seed=args.seed,
            webhook_url=args.webhook_url,
            webhook_secret=args.webhook_secret,
        )
    except ValueError as exc:
        parser.error(str(exc))
    if args.webhook_url is not None:  # deliveries are the fake's log line per attempt, on stderr
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(message)s"))
        logger = logging.getLogger("evalclient.testing")
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    manifest = json.dumps(fake.manifest(), separators=(",", ":"))
    if args.manifest is not None:
        try:
            _write_whole(args.manifest, manifest + "\n")
        except OSError as exc:
            parser.error(f"cannot write the manifest to {args.manifest}: {exc.strerror or exc}")
    with FakeServer(fake, host=args.host, port=args.port) as server:
        # The file is complete before the URL appears, so a reader that waits for the URL may read it.
        print(server.url, manifest, sep="\n", flush=True)
        # A timed wait, so the signal handler gets to run promptly on every platform.
        while not stop.wait(0.5):
            pass
    return 0


def _write_whole(path: pathlib.Path, text: str) -> None:
    """Write through a temporary file and a rename, so a reader polling for FILE never sees half of it."""
    partial = path.with_name(f".{path.name}.partial")
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, path)


if __name__ == "__main__":
    sys.exit(main())
