"""Reading records back: the fast schema check must reject exactly what jsonschema rejects."""

from __future__ import annotations

import copy
import json

import jsonschema
import pytest

from kg.records_io import _validator, read_records, validate_record
from kg.errors import InputError


def _valid() -> dict:
    abstract = "BERT reaches 93.2 F1 on SQuAD."
    return {"id": "p1", "title": "A paper", "abstract": abstract,
            "entities": [{"text": "BERT", "type": "Model", "field": "abstract", "start": 0, "end": 4,
                          "canonical": "BERT", "sentence": [0, len(abstract)], "entity": "Model:bert"}],
            "results": [{"method": "BERT", "dataset": "SQuAD", "metric": "F1", "value": 93.2, "unit": "",
                         "evidence": abstract, "kind": "absolute"}],
            "relations": [], "year": 2025, "url": None, "source": None, "code_urls": [], "properties": {}}


def _broken() -> list[dict]:
    """One mutation per rule of the schema a hand-edited or foreign file could break."""
    edits = [
        lambda r: r.pop("id"), lambda r: r.update(id=""), lambda r: r.update(title=None),
        lambda r: r["entities"][0].update(type="Gadget"), lambda r: r["entities"][0].update(start=-1),
        lambda r: r["entities"][0].update(field="body"), lambda r: r["entities"][0].pop("canonical"),
        lambda r: r["entities"][0].update(sentence=[0]), lambda r: r["entities"][0].update(sentence=[0, 1, 2]),
        lambda r: r["results"][0].update(kind="relative"), lambda r: r["results"][0].pop("dataset"),
        lambda r: r["results"][0].update(value=[1]), lambda r: r.update(year="2025"),
        lambda r: r.update(code_urls="https://x"), lambda r: r.update(entities={}),
        lambda r: r.update(relations=[{"type": "USES"}]),
    ]
    rows = []
    for edit in edits:
        row = copy.deepcopy(_valid())
        edit(row)
        rows.append(row)
    return rows


def test_the_valid_record_passes():
    assert validate_record(_valid()) is None


@pytest.mark.parametrize("row", _broken())
def test_the_fast_check_rejects_what_jsonschema_rejects(row):
    reference = next(iter(_validator().iter_errors(row)), None)
    problem = validate_record(row)
    assert (problem is None) == (reference is None)
    if reference is not None:
        assert reference.message in problem


def test_a_broken_line_is_named(tmp_path):
    path = tmp_path / "rec.jsonl"
    path.write_text(json.dumps(_valid()) + "\n" + json.dumps(_broken()[3]) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="not a kg record: entities/0/type"):
        read_records(path)
    assert isinstance(_validator(), jsonschema.Draft202012Validator)
