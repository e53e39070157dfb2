"""Building the shipped pipeline from the gold files, deterministically.

``train(output_dir)`` reads the gold files, keeps the validation part aside (``gold.py``) and
trains ``members`` NER members (seeds seed, seed+1, ...) in worker processes with one BLAS
thread each: tok2vec pretraining on unlabelled abstracts, then the NER from
``training/configs/extract.cfg`` (fixed number of steps, last weight-averaged model). The first
member's pipeline gets the others' NERs and a majority vote (``ensemble.py``), the
head-word table of the training names and kg's tokenizer changes (``tokenization.py``), and
is written with a ``training-meta.json`` naming
the data (sha256), the split, the seeds, the settings and the scores on the held-aside part.
Same inputs, same seeds, same spaCy: same weights, on any core count.
"""

from __future__ import annotations

import io
import multiprocessing
import os
import shutil
import tempfile
import time
import warnings
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

import spacy
import srsly
from spacy.util import load_config, load_model_from_config

from kg.extract.parallel import one_blas_thread_each
from kg.extract.tokenization import adapt_tokenizer
from kg.model import stamp_model
from training.gazetteer import gazetteer_patterns
from training.gold import GOLD_DIR, GOLD_FILES, file_sha256, split_gold
from training.head_table import head_type_table
from training.paths import CONFIG_DIR, MODEL_NAME, MODEL_VERSION

__all__ = ["CONFIG_DIR", "NER_CONFIG", "RULES_CONFIG", "TrainOptions", "build_rules_pipeline",
           "load_pipeline_dir", "train", "train_rules", "validation_scores"]

NER_CONFIG = CONFIG_DIR / "extract.cfg"
BODY_FILE = "scirex-dev-body.jsonl"
TDMSCI_FILE = "tdmsci.jsonl"
RULES_CONFIG = CONFIG_DIR / "extract-rules.cfg"


@dataclass
class TrainOptions:
    """What a training run may vary; the defaults build the shipped model.

    ``overrides``: spaCy config overrides (e.g. ``{"training.max_steps": 3000}``);
    ``pretrain_epochs``: None = the config's ``[pretraining] max_epochs``, 0 = no pretraining;
    ``scirex_copies``: how often each SciREX training paper is repeated;
    ``exclude(id) -> bool``: papers left out besides the validation part (experiments);
    ``dev_records``: only printed as progress, never used to choose a checkpoint;
    ``members``: NER models trained with seeds seed, seed+1, ... that vote (kg.extract.vote);
    ``decode_beam_width``: the beam the trained NERs decode with (kg.extract.ensemble);
    ``vote_backed_labels``: labels whose spans one member found stay when the head-word table
    backs them (kg.extract.vote);
    ``body_copies``: how often each SciREX body passage (``scirex-dev-body.jsonl``) of a
    training paper is used (0 = abstracts only); passages of held-aside papers never are;
    ``include_tdmsci``: TDMSci sentences too (methods unannotated there: other tokens missing);
    ``modern_copies``: how often each annotated 2025 abstract of ``training/ner-2025``'s training
    part is used (0 = none; its validation part never is);
    ``results_copies``: how often each developed results-set paper (``training.results_mentions``)
    is used, the gold names of its results' ``results_fields`` marked (0 = none, as shipped:
    docs/experiments.md, forty-second session; held-aside parts never are);
    ``results_silver``: what labels the rest of those texts: "ner" (the installed model's NER
    alone), "pipeline" (its whole pipeline, models as methods) or "none" (the rest unknown);
    ``pretrain_2025``: this many 2025 arXiv abstracts join the pretraining text (domain);
    ``jobs``: members trained at once (default: one per core).
    """

    config_path: Path = NER_CONFIG
    overrides: dict = field(default_factory=dict)
    include_scierc: bool = True
    source_settings: dict | None = None
    scirex_copies: int = 1
    pretrain_epochs: int | None = None
    pretrain_cache: Path | None = None
    min_precision: float = 0.5
    min_count: int = 1
    head_min_count: int = 5
    head_min_purity: float = 0.85
    members: int = 1
    decode_beam_width: int = 2
    vote_backed_labels: tuple[str, ...] = ("Method", "Metric")
    body_copies: int = 1
    include_tdmsci: bool = False
    modern_copies: int = 0
    results_copies: int = 0
    results_silver: str = "pipeline"
    results_fields: tuple[str, ...] = ("dataset", "method", "metric")
    pretrain_2025: int = 5000
    jobs: int | None = None
    exclude: object = None
    dev_records: list | None = None

    def describe(self) -> dict:
        out = asdict(self)
        for key in ("exclude", "dev_records", "pretrain_cache", "jobs"):
            out.pop(key)
        out["config_path"] = Path(self.config_path).name
        return out


def _load_splits(gold_dir: Path, bucket: int = 0) -> dict[str, tuple[list[dict], list[dict]]]:
    return {name: split_gold(gold_dir / name, bucket) for name in GOLD_FILES}


def load_pipeline_dir(path: Path):
    """``spacy.load`` with kg's factories registered."""
    import kg.extract.components  # noqa: F401

    return spacy.load(path)


def build_rules_pipeline(patterns: list[dict], config_path: Path = RULES_CONFIG, seed: int = 0):
    """The rules-only pipeline of ``config_path`` with the given ruler patterns."""
    import kg.extract.components  # noqa: F401

    config = load_config(config_path, overrides={"system.seed": seed})
    nlp = load_model_from_config(config, auto_fill=True, validate=True)
    nlp.initialize()
    nlp.get_pipe("entity_ruler").add_patterns(patterns)
    return nlp


def _meta(gold_dir: Path, splits, seed: int, extra: dict, bucket: int = 0) -> dict:
    return {
        "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "seed": seed,
        "spacy_version": spacy.__version__,
        "gold_files": {name: file_sha256(gold_dir / name)
                       for name in (*GOLD_FILES, BODY_FILE, TDMSCI_FILE) if (gold_dir / name).is_file()},
        "split": {
            "rule": f"validation iff int(sha256(id)[:8], 16) % 4 == {bucket}",
            **{name: {"train": len(tr), "validation": len(va),
                      "validation_ids": sorted(r["id"] for r in va)} for name, (tr, va) in splits.items()},
        },
        **extra,
    }


def train_rules(output_dir: str | Path, seed: int = 0, gold_dir: Path = GOLD_DIR,
                min_precision: float = 0.5) -> dict:
    """Rules-only pipeline (gazetteer + rules, no NER), written to ``output_dir``."""
    splits = _load_splits(gold_dir)
    train_recs = [r for tr, _ in splits.values() for r in tr]
    patterns = gazetteer_patterns(train_recs, min_precision=min_precision)
    nlp = build_rules_pipeline(patterns, seed=seed)
    output_dir = Path(output_dir)
    nlp.to_disk(output_dir)
    meta = _meta(gold_dir, splits, seed, {"kind": "rules", "patterns": len(patterns)})
    srsly.write_json(output_dir / "training-meta.json", meta)
    stamp_model(output_dir, MODEL_NAME + "-rules", MODEL_VERSION)
    return meta


def _training_records(splits, opts: TrainOptions) -> list[dict]:
    recs = list(splits["scirex-dev.jsonl"][0])
    if opts.include_scierc:
        recs += splits["scierc-dev.jsonl"][0]
    if opts.exclude is not None:
        recs = [r for r in recs if not opts.exclude(r["id"])]
    return recs


def _extra_records(gold_dir: Path, bucket: int, opts: TrainOptions) -> list[dict]:
    """Body passages of the training papers and TDMSci sentences: NER training data only
    (the head-word table and the pretraining text stay with the abstracts)."""
    from training.gold import is_validation, read_gold

    recs = []
    if opts.body_copies:
        body = [r for r in read_gold(gold_dir / BODY_FILE) if not is_validation(r["paper"], bucket)]
        if opts.exclude is not None:
            body = [r for r in body if not opts.exclude(r["paper"])]
        recs += [r for r in body for _ in range(opts.body_copies)]
    if opts.include_tdmsci:
        recs += list(read_gold(gold_dir / TDMSCI_FILE))
    if opts.modern_copies:
        from training.modern_gold import modern_gold

        recs += [r for r in modern_gold("train") for _ in range(opts.modern_copies)]
    if opts.results_copies:
        recs += [r for r in _results_records(opts.results_silver, opts.results_fields)
                 for _ in range(opts.results_copies)]
    return recs


def _results_records(silver: str, fields: tuple[str, ...]) -> list[dict]:
    from kg.extract import MODEL_DIR
    from training.results_mentions import results_mention_records

    if silver not in ("pipeline", "ner", "none"):
        raise ValueError(f"results_silver is 'pipeline', 'ner' or 'none', not {silver!r}")
    nlp = None
    if silver != "none":
        nlp = load_pipeline_dir(MODEL_DIR)
        if silver == "ner":
            nlp.select_pipes(enable=["sentencizer", "tok2vec", "ner"])
    return results_mention_records(silver=nlp, fields=tuple(fields))


def _write_docbins(work: Path, train_recs: list[dict], dev_recs: list[dict], opts: TrainOptions,
                   extra: list[dict] = ()):
    from training.convert import gold_docs, to_docbin

    blank = spacy.blank("en")
    weighted = [r for r in train_recs for _ in range(opts.scirex_copies if r.get("source") == "scirex" else 1)]
    weighted += list(extra)
    paths = []
    for name, recs in (("train", weighted), ("dev", dev_recs)):
        path = work / f"{name}.spacy"
        to_docbin(gold_docs(blank, recs, opts.source_settings)).to_disk(path)
        paths.append(path)
    return paths


def _pretrain_epochs(opts: TrainOptions) -> int:
    """None in the options means the config's ``[pretraining] max_epochs``; 0 means none."""
    if opts.pretrain_epochs is not None:
        return opts.pretrain_epochs
    return int(load_config(opts.config_path)["pretraining"]["max_epochs"])


def _pretrain(work: Path, texts: list[str], seed: int, opts: TrainOptions) -> tuple[dict, dict | None]:
    """Config overrides pointing at pretrained tok2vec weights (if pretraining is on)."""
    from training.pretrain import pretrain_tok2vec

    epochs = _pretrain_epochs(opts)
    if epochs <= 0:
        return {}, None
    weights, digest = pretrain_tok2vec(Path(opts.config_path), texts, work, seed, opts.overrides,
                                       epochs, opts.pretrain_cache)
    return {"paths.init_tok2vec": str(weights)}, {"epochs": epochs, "texts": len(texts), "raw_text_sha256": digest}


def _train_ner(work: Path, paths, seed: int, overrides: dict, opts: TrainOptions, log) -> Path:
    """Runs spaCy's training loop; returns the directory of the last (averaged) model."""
    from spacy.training.initialize import init_nlp
    from spacy.training.loop import train as train_loop

    import kg.extract.components  # noqa: F401

    config = load_config(opts.config_path, overrides={
        "paths.train": str(paths[0]), "paths.dev": str(paths[1]), "system.seed": seed,
        **opts.overrides, **overrides})
    warnings.filterwarnings("ignore", message=r".*\[W036\]")  # a gazetteer ruler is filled after training
    nlp = init_nlp(config, use_gpu=-1)
    out = io.StringIO() if log is None else log
    (work / "run").mkdir()
    train_loop(nlp, work / "run", use_gpu=-1, stdout=out, stderr=out)
    return work / "run" / "model-last"


def _member_job(work: str, paths: list[str], seed: int, opts: TrainOptions, texts: list[str]) -> tuple[str, dict | None]:
    """Pretrains and trains one member in ``work`` (runs in a worker process)."""
    work_path = Path(work)
    work_path.mkdir(parents=True, exist_ok=True)
    overrides, pretrain_info = _pretrain(work_path, texts, seed, opts)
    return str(_train_ner(work_path, [Path(p) for p in paths], seed, overrides, opts, None)), pretrain_info


def _train_members(work: Path, paths, train_recs: list[dict], seed: int, opts: TrainOptions, log) -> list:
    """(member directory, pretraining info) per member, seeds ``seed``, ``seed + 1``, ...;
    members are independent, so they are trained ``opts.jobs`` at a time."""
    from concurrent.futures import ProcessPoolExecutor

    from training.pretrain import modern_texts, raw_texts

    texts = raw_texts(train_recs)
    if _pretrain_epochs(opts) > 0:  # the 2025 corpus is read only when it is pretrained on
        texts += modern_texts(opts.pretrain_2025)
    job_opts = replace(opts, exclude=None, dev_records=None)
    args = [(str(work / f"member-{i}"), [str(p) for p in paths], seed + i, job_opts, texts)
            for i in range(opts.members)]
    jobs = max(1, min(opts.jobs or os.cpu_count() or 1, opts.members))
    say = (lambda msg: print(msg, file=log, flush=True)) if log is not None else (lambda msg: None)
    say(f"training {opts.members} NER member(s), seeds {seed}..{seed + opts.members - 1}, {jobs} at a time")
    started = time.time()
    with one_blas_thread_each(), ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
        futures = [pool.submit(_member_job, *a) for a in args]
        for i, future in enumerate(futures):
            future.result()
            say(f"member {i} done after {time.time() - started:.0f} s")
        return [f.result() for f in futures]


def train(output_dir: str | Path, seed: int = 0, *, gold_dir: Path = GOLD_DIR, evaluate: bool = True,
          work_dir: str | Path | None = None, log=None, validation_bucket: int = 0,
          version: str = MODEL_VERSION, **options) -> dict:
    """Train the shipped pipeline into ``output_dir``; returns the training metadata.

    The folder's ``meta.json`` gets the model's name and ``version`` (``training/config.toml``)
    and a sha256 of its files (``kg.model.stamp_model``), which ``kg --version`` reports.

    ``options`` are ``TrainOptions`` fields; only the training part of each gold file is
    used; with ``evaluate`` the scores on the validation part go into the metadata.
    ``validation_bucket`` picks the hash bucket held aside (cross-validation; the shipped
    model holds 0 aside).
    """
    from kg.extract.ensemble import add_members, set_beam_width

    opts = TrainOptions(**options)
    Path(output_dir).parent.mkdir(parents=True, exist_ok=True)  # before the minutes of training, not after
    splits = _load_splits(Path(gold_dir), validation_bucket)
    train_recs = _training_records(splits, opts)
    dev_recs = opts.dev_records if opts.dev_records is not None else splits["scirex-dev.jsonl"][0][:10]
    started = time.time()
    with tempfile.TemporaryDirectory(dir=work_dir) as tmp:
        work = Path(tmp)
        extra = _extra_records(Path(gold_dir), validation_bucket, opts)
        paths = _write_docbins(work, train_recs, dev_recs, opts, extra)
        members = _train_members(work, paths, train_recs, seed, opts, log)
        nlp = load_pipeline_dir(Path(members[0][0]))
        if len(members) > 1:
            add_members(nlp, [Path(m[0]) for m in members[1:]], backed_labels=opts.vote_backed_labels)
        set_beam_width(nlp, opts.decode_beam_width)
        patterns = []
        if "entity_ruler" in nlp.pipe_names:  # configs may leave the gazetteer ruler out
            patterns = gazetteer_patterns(train_recs, min_precision=opts.min_precision, min_count=opts.min_count)
            nlp.get_pipe("entity_ruler").add_patterns(patterns)
        adapt_tokenizer(nlp)
        heads = nlp.get_pipe("head_types")
        heads.table = head_type_table(train_recs, spacy.blank("en"), opts.head_min_count, opts.head_min_purity)
        output_dir = Path(output_dir)
        if output_dir.exists():
            shutil.rmtree(output_dir)
        nlp.to_disk(output_dir)
    meta = _meta(Path(gold_dir), splits, seed, {
        "kind": "ner", "options": opts.describe(), "member_seeds": [seed + i for i in range(opts.members)],
        "pretraining": members[0][1], "patterns": len(patterns), "head_types": len(heads.table),
        "train_papers": len(train_recs), "extra_training_records": len(extra), "train_seconds": round(time.time() - started, 1)},
        validation_bucket)
    if evaluate:
        meta["validation_scores"] = validation_scores(output_dir, splits)
    srsly.write_json(output_dir / "training-meta.json", meta)
    meta["model"] = stamp_model(output_dir, MODEL_NAME, version).__dict__
    return meta


def validation_scores(model_dir: Path, splits) -> dict:
    """Scorer figures of the pipeline at ``model_dir`` on each file's validation part."""
    from training.evaluate import score_pipeline

    nlp = load_pipeline_dir(model_dir)
    out = {}
    for name, (_, val) in splits.items():
        scores = score_pipeline(nlp, val)
        out[name] = {kind: {lab: scores[kind][lab] for lab in ("Method", "Dataset", "Metric", "Task", "micro")}
                     for kind in ("strict", "partial", "paper_set")}
        if scores.get("results"):
            out[name]["results"] = scores["results"]
    return out
