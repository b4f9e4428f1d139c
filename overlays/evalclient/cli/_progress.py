"""Live progress on stderr while a run (or a batch upload) advances.

On a terminal one line is rewritten in place with `\\r` - status, elapsed time, a bar and
the count - and refreshed every second so the clock keeps moving between polls; it is
erased when done. Anywhere else (CI logs, pipes) a plain line is printed per status change,
so logs stay short and readable.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Sequence
from typing import TextIO, TypeVar

from evalclient.cli._context import CliExit, Context, ExitCode
from evalclient.cli._output import format_ratio
from evalclient.errors import WaitTimeout
from evalclient.waiting import Run, run_progress

RunT = TypeVar("RunT")

BAR_WIDTH = 20
REFRESH_SECONDS = 1.0


def is_interactive(stream: TextIO) -> bool:
    """Whether `stream` is a terminal that understands `\\r` (not TERM=dumb)."""
    try:
        return stream.isatty() and os.environ.get("TERM") != "dumb"
    except ValueError:  # a closed stream
        return False


def format_elapsed(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02}:{secs:02}" if hours else f"{minutes:02}:{secs:02}"


def _bar(done: float, total: float) -> str:
    filled = round(BAR_WIDTH * min(done / total, 1.0)) if total > 0 else 0
    return "[" + "#" * filled + "-" * (BAR_WIDTH - filled) + "]"


class ProgressLine:
    """The progress of one thing on stderr. Call `update()` as news arrives and `close()` at the end.

    `unit` names what is counted ("files", "evaluations", "items"). Plain output prints a line
    per status change, or per update with `log_each_update` (for a few large steps, like batches).
    """

    def __init__(self, stream: TextIO, unit: str, *, log_each_update: bool = False) -> None:
        self._stream = stream
        self._unit = unit
        self._interactive = is_interactive(stream)
        self._log_each_update = log_each_update
        self._started = time.monotonic()
        self._state: tuple[str, float | None, float | None] | None = None
        self._last_status: str | None = None
        self._drawn_width = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._ticker: threading.Thread | None = None

    def update(self, status: str, done: float | None, total: float | None) -> None:
        with self._lock:
            self._state = (status, done, total)
            if self._interactive:
                self._draw()
                self._start_ticker()
            elif self._log_each_update or status != self._last_status:
                self._stream.write(f"[{format_elapsed(time.monotonic() - self._started)}] {self._describe()}\n")
                self._stream.flush()
            self._last_status = status

    def close(self) -> None:
        """Stop refreshing and erase the in-place line (a no-op for plain output); safe to call twice."""
        self._stop.set()
        if self._ticker is not None and self._ticker is not threading.current_thread():
            self._ticker.join()
        with self._lock:
            if self._drawn_width:
                self._stream.write("\r" + " " * self._drawn_width + "\r")
                self._stream.flush()
                self._drawn_width = 0

    def _describe(self) -> str:
        status, done, total = self._state or ("", None, None)
        if done is None:
            return status
        counted = format_ratio(done, total, self._unit) if total is not None else f"{done} {self._unit}"
        if self._interactive and total:
            return f"{status:<10} {_bar(done, total)} {counted}"
        return f"{status:<10} {counted}"

    def _draw(self) -> None:
        text = f"{format_elapsed(time.monotonic() - self._started)}  {self._describe()}"
        # A line wider than the terminal wraps, and `\r` would then redraw only its last row.
        width = _terminal_width(self._stream) - 1
        text = text[:width]
        padding = " " * max(self._drawn_width - len(text), 0)
        self._stream.write("\r" + text + padding)
        self._stream.flush()
        self._drawn_width = len(text)

    def _start_ticker(self) -> None:
        if self._ticker is None:
            self._ticker = threading.Thread(target=self._tick, name="evalclient-progress", daemon=True)
            self._ticker.start()

    def _tick(self) -> None:
        while not self._stop.wait(REFRESH_SECONDS):
            with self._lock:
                if not self._stop.is_set():
                    self._draw()


def _terminal_width(stream: TextIO) -> int:
    try:
        return os.get_terminal_size(stream.fileno()).columns or 80
    except (OSError, ValueError):
        return 80


def resume_args(wait_timeout: float | None, gate_option: str, gate_value: float | None) -> list[str]:
    """The options a resumed wait repeats: its deadline and its quality gate, when they were given."""
    words = [] if wait_timeout is None else ["--timeout", f"{wait_timeout:g}"]
    if gate_value is not None:
        words += [gate_option, f"{gate_value:g}"]
    return words


def watch_run(
    ctx: Context,
    run_id: str,
    unit: str,
    resume_args: Sequence[str],
    wait: Callable[[Callable[[Run], None]], RunT],
) -> RunT:
    """Run `wait(on_update)` with a live progress line; Ctrl-C and timeouts end with a resume hint.

    Ctrl-C only stops this process from waiting: the run keeps going on the server, so the
    hint is the exact command that picks the wait (and the gate) up again.
    """
    line = ProgressLine(ctx.out.stderr, unit)
    resume = ctx.resume_command(run_id, resume_args)
    try:
        # Inside the try, so a Ctrl-C from someone who just read this line still gets the hint.
        ctx.out.note(f"waiting for run {run_id} (Ctrl-C stops waiting; the run keeps going)")
        return wait(lambda run: line.update(*run_progress(run)))
    except KeyboardInterrupt:
        line.close()
        raise CliExit(
            ExitCode.INTERRUPTED,
            f"stopped waiting; run {run_id} was not cancelled and keeps going.\nresume with: {resume}",
        ) from None
    except WaitTimeout as exc:
        line.close()
        status = run_progress(exc.run).status if exc.run is not None else "unknown"
        raise CliExit(
            ExitCode.WAIT_TIMEOUT,
            f"timed out after {ctx.args.wait_timeout:g} s: run {run_id} is still {status} and keeps going.\n"
            f"resume with: {resume}",
        ) from None
    finally:
        line.close()
