"""The workbench's paths, read once from ``training/config.toml``.

Kept in one file so no module guesses where the shared folder is (``parents[3]``): the
repository and ``shared/`` sit side by side by default, ``$KG_SHARED`` points elsewhere
(as in ``tests/conftest.py``).
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

__all__ = ["REPO", "CONFIG_FILE", "load_config", "SHARED", "GOLD_DIR", "CORPUS_DIR", "MODERN_CORPUS", "SCORER", "CONFIG_DIR",
           "MODEL_NAME", "MODEL_VERSION"]

REPO = Path(__file__).resolve().parent.parent
CONFIG_FILE = Path(__file__).resolve().parent / "config.toml"


def load_config(path: Path = CONFIG_FILE, environ: dict | None = None) -> dict:
    """``{"paths": {name: absolute Path}, "model": {...}}``; ``$KG_SHARED`` overrides ``shared``."""
    environ = os.environ if environ is None else environ
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    raw = dict(data["paths"])
    shared = _absolute(environ.get("KG_SHARED") or raw.pop("shared"))
    raw.pop("shared", None)
    paths = {"shared": shared, **{name: _absolute(value.format(shared=shared)) for name, value in raw.items()}}
    return {"paths": paths, "model": dict(data.get("model", {}))}


def _absolute(value: str | Path) -> Path:
    path = Path(value).expanduser()
    return (path if path.is_absolute() else REPO / path).resolve()


_CONFIG = load_config()
SHARED: Path = _CONFIG["paths"]["shared"]
GOLD_DIR: Path = _CONFIG["paths"]["gold"]
CORPUS_DIR: Path = _CONFIG["paths"]["corpus"]
MODERN_CORPUS: Path = _CONFIG["paths"]["modern_corpus"]
SCORER: Path = _CONFIG["paths"]["scorer"]
CONFIG_DIR: Path = _CONFIG["paths"]["configs"]
MODEL_NAME: str = _CONFIG["model"].get("name", "kg-extract")
MODEL_VERSION: str = _CONFIG["model"].get("version", "0.0.0")
