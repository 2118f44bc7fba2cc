"""Polite fetching of feeds and the pages they link to, for ``crisislens watch``.

Polite means: an identifying user agent, a timeout, a size limit, robots.txt obeyed (read once
per host and cached for the fetcher's life), and only http(s) URLs. Every refusal or error is a
``FetchError`` with a reason that goes into the run summary.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from urllib.parse import urlparse
from urllib.robotparser import RobotFileParser

import httpx

from crisislens import __version__

log = logging.getLogger(__name__)

USER_AGENT = f"crisislens/{__version__} (news event coder; respects robots.txt)"


class FetchError(Exception):
    """A page or feed that could not (or may not) be fetched; the message is the reason."""


@dataclass
class Fetcher:
    timeout: float = 10.0
    max_bytes: int = 5 * 1024 * 1024
    user_agent: str = USER_AGENT
    client: httpx.Client | None = None
    _robots: dict[str, RobotFileParser | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.client is None:
            self.client = httpx.Client(
                timeout=self.timeout, follow_redirects=True, headers={"User-Agent": self.user_agent}
            )

    def close(self) -> None:
        if self.client is not None:
            self.client.close()

    def allowed(self, url: str) -> bool:
        parts = urlparse(url)
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self._robots:
            parser: RobotFileParser | None = RobotFileParser()
            try:
                response = self.client.get(root + "/robots.txt")
                if response.status_code >= 400:
                    parser = None  # no robots.txt: everything is allowed
                else:
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
            raise FetchError("disallowed by robots.txt")
        try:
            with self.client.stream("GET", url) as response:
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
