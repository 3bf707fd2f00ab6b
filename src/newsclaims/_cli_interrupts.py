"""Ctrl-C for the ``newsclaims`` command: remembered, never lost, held back while a
page is written."""

from __future__ import annotations

import contextlib
import signal
import sys
import threading
from collections.abc import Iterator
from typing import Any, Self


class _Interrupts:
    """Remembers Ctrl-C, so that it is never lost.

    Python raises ``KeyboardInterrupt`` wherever the main thread happens to be; when
    that is a finalizer run by the garbage collector (frequent while the patterns
    compile), the exception is printed as "ignored" and the command would go on and
    exit 0. The handler installed here also sets a flag, which :meth:`check` turns
    back into ``KeyboardInterrupt`` after each record and at the end (and the
    "ignored" report of that exception is left out). It is installed only over
    Python's default handler, in the main thread, and put back on exit.
    """

    def __init__(self) -> None:
        self.seen = False
        self.held = 0  # > 0: a Ctrl-C only sets ``seen`` (see _interrupts_held)
        self.previous: Any = None
        self.unraisable = sys.unraisablehook

    def _unraisable(self, info: Any) -> None:
        if not (self.seen and info.exc_type is KeyboardInterrupt):
            self.unraisable(info)

    def __enter__(self) -> Self:
        global _CURRENT  # noqa: PLW0603 - one command runs at a time per process
        if (
            threading.current_thread() is threading.main_thread()
            and signal.getsignal(signal.SIGINT) is signal.default_int_handler
        ):
            self.previous = signal.signal(signal.SIGINT, self._handle)
            sys.unraisablehook = self._unraisable
        _CURRENT = self
        return self

    def __exit__(self, *_: object) -> None:
        global _CURRENT  # noqa: PLW0603
        _CURRENT = None
        if self.previous is not None:
            signal.signal(signal.SIGINT, self.previous)
            sys.unraisablehook = self.unraisable

    def _handle(self, *_: object) -> None:
        self.seen = True
        if not self.held:
            raise KeyboardInterrupt

    def check(self) -> None:
        if self.seen:
            raise KeyboardInterrupt


_CURRENT: _Interrupts | None = None


def _check_interrupt() -> None:
    if _CURRENT is not None:
        _CURRENT.check()


@contextlib.contextmanager
def _interrupts_held() -> Iterator[None]:
    """Hold a Ctrl-C back for the duration (it is remembered, and raised after)."""
    current = _CURRENT
    if current is None:
        yield
        return
    current.held += 1
    try:
        yield
    finally:
        current.held -= 1
    current.check()
