"""An installed wheel works on its own: built from a copy of the sources, installed into a
fresh virtual environment (no system site-packages), run from a folder outside the
repository. Catches data files the wheel lacks (schemas/, the model, the .cypher files).

kg's dependencies are not downloaded again: the fresh environment reuses the project
environment's site-packages through a .pth file written after kg is installed, so the
``kg`` it imports is the wheel's (checked) and the third-party packages are the ones the
tests use anyway. Building the wheel needs setuptools from PyPI (pip's build isolation),
as any `pip install .` does.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent
SOURCES = ("pyproject.toml", "setup.py", "README.md", "kg", "schemas")


def _run(cmd, cwd, **kwargs) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "KG_STORE", "NEO4J_URI")}
    proc = subprocess.run([str(c) for c in cmd], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=300, **kwargs)
    assert proc.returncode == 0, f"{cmd} failed ({proc.returncode}):\n{proc.stdout[-2000:]}\n{proc.stderr[-4000:]}"
    return proc


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The bin/ folder of a fresh venv holding kg installed from a freshly built wheel."""
    root = tmp_path_factory.mktemp("wheel")
    src = root / "src"
    for name in SOURCES:  # a copy: no stale build/ of the checkout can leak into the wheel
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            src.mkdir(exist_ok=True)
            shutil.copy2(source, src / name)
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", root / "dist", src], cwd=root)
    wheel = next((root / "dist").glob("kg-*.whl"))
    venv = root / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", venv], cwd=root)
    python = venv / "bin" / "python"
    _run([sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-deps", "--no-index", wheel], cwd=root)
    purelib = _run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], cwd=root).stdout.strip()
    (Path(purelib) / "_kg_test_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    return venv / "bin"


def test_the_wheel_carries_the_schemas_and_the_model(installed, tmp_path):
    code = ("import kg, kg.schema, kg.model; print(kg.__file__); print(kg.schema.SCHEMA_DIR); "
            "print(kg.model.MODEL_DIR)")
    kg_file, schema_dir, model_dir = _run([installed / "python", "-c", code], cwd=tmp_path).stdout.split()
    venv = installed.parent
    assert Path(kg_file).is_relative_to(venv), f"imported kg from {kg_file}, not from the wheel"
    assert Path(schema_dir) == Path(kg_file).parent / "_schemas"
    assert {p.name for p in Path(schema_dir).iterdir()} >= {"graph.json", "record.schema.json"}
    assert Path(model_dir).is_relative_to(venv)
    version = _run([installed / "kg", "--version"], cwd=tmp_path).stdout
    assert "model kg-extract" in version and "CHANGED" not in version


def test_installed_kg_builds_the_samples_from_outside_the_repo(installed, tmp_path):
    store = tmp_path / "store"
    _run([installed / "kg", "-q", "build", REPO / "samples" / "papers.jsonl", "--store", store], cwd=tmp_path)
    stats = json.loads(_run([installed / "kg", "stats", "--json", "--store", store], cwd=tmp_path).stdout)
    assert stats["papers"] == 45
    assert stats["nodes"]["Dataset"] > 0


def test_installed_kg_train_says_it_needs_a_checkout(installed, tmp_path):
    proc = subprocess.run([str(installed / "kg"), "train", "-o", str(tmp_path / "model")], cwd=tmp_path,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    assert "needs a source checkout" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
