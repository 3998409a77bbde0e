"""The connection under :func:`sayso.ingest.url.fetch`: every socket step bounded by a deadline.

httpx bounds each step of a request on its own (connect, each read, each write), so a server
that sends one header byte a second keeps a request alive for ever. Here every connect, TLS
handshake, read and write is given at most the time left until the request's :class:`Deadline`,
and fails as a timeout once it has passed; the fetcher moves the deadline for each phase of a
request (the answer's headers, then the body).

httpx and httpcore are optional (the feeds extra): this module is imported where a page is
fetched, never on ``import sayso``.
"""

from __future__ import annotations

import math
import ssl
import time
from collections.abc import Iterable

import httpcore
import httpx

__all__ = ["Deadline", "deadline_transport"]


class Deadline:
    """A wall-clock limit (``time.monotonic()``) that the fetcher moves for each phase."""

    def __init__(self) -> None:
        self.until = math.inf

    def set(self, seconds: float) -> None:
        """The limit, ``seconds`` from now."""
        self.until = time.monotonic() + seconds

    def clear(self) -> None:
        self.until = math.inf

    @property
    def passed(self) -> bool:
        return time.monotonic() >= self.until

    def left(self, step: float | None, timeout: type[httpcore.TimeoutException]) -> float:
        """The time one step may take: ``step``, cut to what is left; raises ``timeout`` when
        nothing is left."""
        remaining = self.until - time.monotonic()
        if remaining <= 0:
            raise timeout("the deadline of the request has passed")
        return remaining if step is None else min(step, remaining)


class _Stream(httpcore.NetworkStream):
    """A network stream whose every step ends by the deadline."""

    def __init__(self, inner: httpcore.NetworkStream, deadline: Deadline) -> None:
        self._inner = inner
        self._deadline = deadline

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, self._deadline.left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, self._deadline.left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        left = self._deadline.left(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.start_tls(ssl_context, server_hostname, left), self._deadline)

    def get_extra_info(self, info: str) -> object:
        return self._inner.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    """TCP connections (httpcore's own) whose every step ends by the deadline."""

    def __init__(self, deadline: Deadline) -> None:
        self._inner = httpcore.SyncBackend()
        self._deadline = deadline

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        left = self._deadline.left(timeout, httpcore.ConnectTimeout)
        stream = self._inner.connect_tcp(host, port, left, local_address, socket_options)
        return _Stream(stream, self._deadline)

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def deadline_transport(deadline: Deadline) -> httpx.HTTPTransport:
    """An httpx transport (no proxies from the environment, TLS verified) whose connections end
    every step by ``deadline``."""
    transport = httpx.HTTPTransport(trust_env=False)
    # httpx has no parameter for httpcore's network backend: its pool is replaced by one that
    # has it, built with the same TLS context httpx would use.
    transport._pool = httpcore.ConnectionPool(
        ssl_context=httpx.create_ssl_context(trust_env=False),
        network_backend=_Backend(deadline),
    )
    return transport
