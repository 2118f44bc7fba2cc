"""Polite fetching of feeds and the pages they link to, for ``crisislens watch``.

Polite means: an identifying user agent, a timeout, a size limit, robots.txt obeyed (read once
per host and cached for the fetcher's life), and only http(s) URLs. Every refusal or error is a
``FetchError`` (an :class:`~crisislens.errors.InputError`) with a reason that goes into the run
summary; a page robots.txt refuses is ``RobotsDisallowedError``, whose status is "skipped".
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import ClassVar
from urllib.parse import urlparse
from urllib.robotparser import RobotFileParser

import httpx

from crisislens import __version__
from crisislens.errors import FailureStatus, InputError

log = logging.getLogger(__name__)

USER_AGENT = f"crisislens/{__version__} (news event coder; respects robots.txt)"


class FetchError(InputError):
    """A page or feed that could not be fetched; the message is the reason."""


class RobotsDisallowedError(FetchError):
    """A page the site's robots.txt asks us not to fetch: skipped, not failed."""

    status: ClassVar[FailureStatus] = "skipped"


@dataclass
class Fetcher:
    timeout: float = 10.0
    max_bytes: int = 5 * 1024 * 1024
    user_agent: str = USER_AGENT
    client: httpx.Client | None = None
    _robots: dict[str, RobotFileParser | None] = field(default_factory=dict)
    _http: httpx.Client = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._http = self.client or httpx.Client(
            timeout=self.timeout, follow_redirects=True, headers={"User-Agent": self.user_agent}
        )

    def close(self) -> None:
        self._http.close()

    def allowed(self, url: str) -> bool:
        parts = urlparse(url)
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self._robots:
            parser: RobotFileParser | None = None  # no robots.txt: everything is allowed
            try:
                response = self._http.get(root + "/robots.txt")
                if response.status_code < 400:
                    parser = RobotFileParser()
                    parser.parse(response.text.splitlines())
            except httpx.HTTPError:
                parser = None
            self._robots[root] = parser
        parser = self._robots[root]
        return parser is None or parser.can_fetch(self.user_agent, url)

    def get(self, url: str) -> tuple[bytes, str]:
        """The body and content type of ``url``; raises FetchError with the reason."""
        if urlparse(url).scheme not in ("http", "https"):
            raise FetchError(f"not an http(s) URL: {url}")
        if not self.allowed(url):
            raise RobotsDisallowedError("disallowed by robots.txt")
        try:
            with self._http.stream("GET", url) as response:
                if response.status_code >= 400:
                    raise FetchError(f"HTTP {response.status_code}")
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > self.max_bytes:
                    raise FetchError(f"larger than {self.max_bytes:,} bytes")
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise FetchError(f"larger than {self.max_bytes:,} bytes")
                    chunks.append(chunk)
                return b"".join(chunks), response.headers.get("content-type", "")
        except httpx.TimeoutException as err:
            raise FetchError(f"timed out after {self.timeout:.0f} s") from err
        except httpx.HTTPError as err:
            raise FetchError(f"{type(err).__name__}: {err}") from err
