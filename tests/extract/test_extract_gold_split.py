"""The hash-bucket split of the gold files: bucket 0 is the shipped model's held-aside part,
and the four buckets (cross-validation, training/cv_extract.py) cover every paper once."""

from __future__ import annotations

import pytest

from training.gold import GOLD_FILES, VALIDATION_BUCKETS, is_validation, read_gold, split_gold


@pytest.mark.parametrize("name", GOLD_FILES)
def test_buckets_partition_each_gold_file(gold_dir, name):
    ids = [r["id"] for r in read_gold(gold_dir / name)]
    held = [[r["id"] for r in split_gold(gold_dir / name, b)[1]] for b in range(VALIDATION_BUCKETS)]
    assert sorted(i for part in held for i in part) == sorted(ids)
    assert all(len(part) > 0.15 * len(ids) for part in held)  # no bucket close to empty
    for b, part in enumerate(held):
        train, _ = split_gold(gold_dir / name, b)
        assert not {r["id"] for r in train} & set(part)


def test_default_bucket_is_the_shipped_split(gold_dir):
    train, val = split_gold(gold_dir / "scirex-dev.jsonl")
    assert (train, val) == split_gold(gold_dir / "scirex-dev.jsonl", 0)
    assert all(is_validation(r["id"]) for r in val) and not any(is_validation(r["id"]) for r in train)


@pytest.mark.parametrize("bucket", [-1, VALIDATION_BUCKETS])
def test_a_bucket_outside_the_four_is_refused(bucket):
    with pytest.raises(ValueError, match="validation bucket"):
        is_validation("some-id", bucket)
