"""The shipped model's version and checksum (kg.model), `kg --version`, and `kg train`'s
refusal to write over the installed model."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner

from kg import __version__
from kg.cli import main
from kg.errors import KgError
from kg.model import MODEL_DIR, describe_model, model_checksum, model_info, stamp_model, training_output


def test_shipped_model_is_stamped_and_its_files_match():
    info = model_info()
    assert info.name == "kg-extract" and info.version
    assert info.verified is True, "the model's files changed after training: retrain or re-stamp (kg.model.stamp_model)"


def test_version_names_kg_the_model_and_its_checksum_without_spacy():
    code = ("import sys\nfrom kg.cli import main\ntry:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
            "print('spacy loaded' if 'spacy' in sys.modules else 'no spacy')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    info = model_info()
    assert out.splitlines()[0] == f"kg, version {__version__} (model kg-extract {info.version}, sha256 {info.sha256[:12]})"
    assert out.splitlines()[1] == "no spacy"


def test_a_changed_model_file_shows_in_the_checksum(tmp_path):
    model = tmp_path / "model"
    shutil.copytree(MODEL_DIR, model)
    assert model_info(model).verified is True
    stamp_model(model, "kg-extract", "9.9.9")
    assert model_info(model).version == "9.9.9" and model_info(model).verified is True
    (model / "head_types" / "table.json").write_text("{}", encoding="utf-8")
    info = model_info(model)
    assert info.verified is False and info.actual_sha256 == model_checksum(model)
    assert "MODEL FILES CHANGED" in describe_model(info)


def test_train_needs_an_output_or_the_overwrite_flag(tmp_path):
    runner = CliRunner()
    result = runner.invoke(main, ["train"])
    assert result.exit_code == 1 and "give -o DIR" in result.output
    result = runner.invoke(main, ["train", "-o", str(MODEL_DIR)])
    assert result.exit_code == 1 and "--overwrite-installed" in result.output
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    result = runner.invoke(main, ["train", "-o", str(tmp_path)])
    assert result.exit_code == 1 and "not a model folder" in result.output
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_training_output_accepts_new_folders_and_the_installed_one_when_asked(tmp_path):
    assert training_output(tmp_path / "new") == tmp_path / "new"
    assert training_output(None, overwrite_installed=True) == MODEL_DIR
    assert training_output(MODEL_DIR, overwrite_installed=True) == MODEL_DIR
    with pytest.raises(KgError, match="drop it or drop -o"):
        training_output(tmp_path / "new", overwrite_installed=True)


def test_train_without_a_checkout_says_so(monkeypatch, tmp_path):
    import kg.model

    monkeypatch.setattr(kg.model, "REPO_ROOT", tmp_path)  # an installed kg: no training/ beside it
    with pytest.raises(KgError, match="needs a source checkout"):
        kg.model.training_workbench()
    monkeypatch.undo()
    assert kg.model.training_workbench().__name__ == "training.train"


def test_training_paths_come_from_config_and_kg_shared(tmp_path):
    from training.paths import REPO, load_config

    default = load_config(environ={})["paths"]
    assert default["gold"] == (REPO.parent / "shared" / "data" / "gold").resolve()
    assert default["configs"] == REPO / "training" / "configs"
    moved = load_config(environ={"KG_SHARED": str(tmp_path)})["paths"]
    assert moved["gold"] == tmp_path / "data" / "gold" and moved["scorer"] == tmp_path / "eval" / "score.py"
