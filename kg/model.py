"""The shipped extraction model as files: where it is, its version and checksum, and the
training workbench that rebuilds it.

No spaCy here: ``kg --version`` reads the model's ``meta.json`` and hashes its files without
loading the pipeline. ``kg train`` (``training/`` in a source checkout) writes the version and
the checksum into ``meta.json`` with :func:`stamp_model`, so a copied, edited or half-written
model folder shows up as a checksum that does not match.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path

from kg.errors import KgError

__all__ = ["MODEL_DIR", "ModelInfo", "model_checksum", "model_info", "stamp_model", "describe_model",
           "training_workbench", "training_output", "REPO_ROOT"]

MODEL_DIR = Path(__file__).resolve().parent / "extract" / "model"
REPO_ROOT = Path(__file__).resolve().parent.parent  # the checkout, when kg runs from one
META = "meta.json"
KEY = "kg_model"  # kg's block in spaCy's meta.json


@dataclass(frozen=True)
class ModelInfo:
    """What ``meta.json`` says about a model folder, and whether its files still match."""

    name: str | None
    version: str | None
    sha256: str | None  # recorded at training time (None: an unstamped model)
    actual_sha256: str | None  # of the files now (None when not computed)

    @property
    def verified(self) -> bool | None:
        """True/False when both checksums are known, None otherwise."""
        if self.sha256 is None or self.actual_sha256 is None:
            return None
        return self.sha256 == self.actual_sha256


def model_checksum(model_dir: str | Path = MODEL_DIR) -> str:
    """sha256 over every file of the folder but ``meta.json`` (which holds the result): each
    file's relative path and content digest, in path order, so it is the same on any machine."""
    root = Path(model_dir)
    total = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and p.relative_to(root).as_posix() != META):
        total.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
        total.update(hashlib.sha256(path.read_bytes()).digest())
    return total.hexdigest()


def model_info(model_dir: str | Path = MODEL_DIR, verify: bool = True) -> ModelInfo:
    """The model's name, version and recorded checksum (and the files' checksum with ``verify``)."""
    meta_path = Path(model_dir) / META
    if not meta_path.is_file():
        return ModelInfo(None, None, None, None)
    stamp = json.loads(meta_path.read_text(encoding="utf-8")).get(KEY) or {}
    actual = model_checksum(model_dir) if verify else None
    return ModelInfo(stamp.get("name"), stamp.get("version"), stamp.get("sha256"), actual)


def stamp_model(model_dir: str | Path, name: str, version: str) -> ModelInfo:
    """Write name, version and the files' checksum into the folder's ``meta.json`` (run after
    training, once every other file is final)."""
    meta_path = Path(model_dir) / META
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    checksum = model_checksum(model_dir)
    meta["version"] = version  # spaCy's own field, so spaCy tools show the same version
    meta[KEY] = {"name": name, "version": version, "sha256": checksum}
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return ModelInfo(name, version, checksum, checksum)


def describe_model(info: ModelInfo) -> str:
    """One phrase for ``kg --version``: "model kg-extract 1.0.0, sha256 1a2b3c4d5e6f" plus a
    warning when the files no longer match the recorded checksum."""
    if info.name is None and info.version is None:
        return "no model stamp: retrain with `kg train`" if info.actual_sha256 is None \
            else f"unstamped model, sha256 {info.actual_sha256[:12]}"
    text = f"model {info.name} {info.version}, sha256 {(info.sha256 or '?')[:12]}"
    if info.verified is False:
        text += f"; MODEL FILES CHANGED since training (sha256 now {info.actual_sha256[:12]})"
    return text


def training_workbench():
    """The ``training.train`` module of a source checkout: kg's runtime does not ship the
    workbench, so an installed kg says so in one line instead of failing on an import."""
    if not (REPO_ROOT / "training" / "train.py").is_file():
        raise KgError("kg train needs a source checkout of kg (the training/ folder beside kg/); "
                      "an installed kg ships the trained model, not the workbench")
    if str(REPO_ROOT) not in sys.path:
        sys.path.insert(0, str(REPO_ROOT))
    module = importlib.import_module("training.train")
    if Path(module.__file__).resolve().parent != REPO_ROOT / "training":
        raise KgError(f"`training` resolves to {module.__file__}, not to {REPO_ROOT / 'training'}")
    return module


def training_output(output: str | Path | None, overwrite_installed: bool = False) -> Path:
    """Where ``kg train`` may write: a folder of the user's choice, or the installed model
    only when asked by name (hours of work and the shipped figures hang on it). Training
    replaces its output folder, so an existing folder must be empty or a model already."""
    installed = MODEL_DIR.resolve()
    if output is None:
        if not overwrite_installed:
            raise KgError("give -o DIR for the new model (or --overwrite-installed to replace the installed one "
                          f"at {MODEL_DIR})")
        return MODEL_DIR
    path = Path(output)
    if path.resolve() == installed and not overwrite_installed:
        raise KgError(f"{path} is the installed model; pass --overwrite-installed to replace it")
    if path.resolve() != installed and overwrite_installed:
        raise KgError("--overwrite-installed replaces the installed model; drop it or drop -o")
    if path.is_file() or (path.is_dir() and any(path.iterdir()) and not (path / META).is_file()):
        raise KgError(f"{path} exists and is not a model folder; training replaces its output, choose another -o")
    return path
