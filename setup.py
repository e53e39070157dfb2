"""Packaging that pyproject.toml cannot say: the top-level ``schemas/`` folder (the single
source of the graph schema and the record JSON Schema, read by both stores and the docs)
travels in the wheel as the package ``kg._schemas``, mapped from ``schemas/`` at build time, so
the repository keeps one copy and an installed kg finds it (``kg.schema.SCHEMA_DIR``).
Everything else is in pyproject.toml.
"""

from setuptools import find_namespace_packages, setup

setup(
    packages=[*find_namespace_packages(include=["kg", "kg.*"], exclude=["*.__pycache__"]), "kg._schemas"],
    package_dir={"kg._schemas": "schemas"},
)
