"""kg's training workbench: building, scoring and benchmarking the extraction pipeline.

Lives beside the runtime package ``kg/``, not in it: users run ``kg``; this folder is for
people who re-train the model shipped in ``kg/extract/model/``. Run its scripts from the
repository root as modules (``python -m training.train_extract``); paths to the gold files,
corpus and scorer come from ``training/config.toml`` (see :mod:`training.paths`).
"""
