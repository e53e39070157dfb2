"""Decoding and small text helpers shared by the readers."""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from kg.errors import InputError

__all__ = ["read_lines", "read_json_objects", "clean_text", "find_code_urls", "MAX_ABSTRACT_CHARS", "OnInvalid",
           "report_or_raise"]

MAX_ABSTRACT_CHARS = 100_000

OnInvalid = Callable[[InputError], None] | None
"""Called with each record-level error instead of raising it (``kg build --skip-invalid``)."""

_URL_RE = re.compile(r"https?://[^\s<>\"'`\]\)}]+", re.I)
_CODE_HOSTS = ("github.com/", "gitlab.com/", "bitbucket.org/", "codeberg.org/", "huggingface.co/")
_CODE_CUES = re.compile(r"\b(code|implementation|repository|repo|github|source)\b", re.I)


def _raw(path: Path) -> bytes:
    """The file's bytes, gunzipped when it ends in ``.gz`` (the arXiv snapshot ships so)."""
    if path.suffix.lower() != ".gz":
        return path.read_bytes()
    try:
        with gzip.open(path) as handle:
            return handle.read()
    except (OSError, EOFError) as exc:
        raise InputError(f"not a readable gzip file ({exc})", str(path)) from None


def read_lines(path: Path) -> list[str]:
    """Lines of a UTF-8 file (BOM tolerated; ``.gz`` files unpacked); a bad byte is reported
    with its line number."""
    raw = _raw(path)
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    lines = raw.split(b"\n")
    out = []
    for number, line in enumerate(lines, 1):
        try:
            out.append(line.decode("utf-8").rstrip("\r"))
        except UnicodeDecodeError as exc:
            raise InputError(f"not valid UTF-8 ({exc.reason} at byte {exc.start}); "
                             "re-encode the file as UTF-8", str(path), number) from None
    if out and out[-1] == "":
        out.pop()
    return out


def report_or_raise(error: InputError, on_invalid: OnInvalid) -> None:
    """One bad record stops the read, unless the caller asked to hear about it and go on."""
    if on_invalid is None:
        raise error
    on_invalid(error)


def _json_object(line: str, path: Path, number: int) -> dict:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"malformed JSON: {exc.msg} (column {exc.colno})", str(path), number) from None
    if not isinstance(row, dict):
        raise InputError(f"expected a JSON object, got {type(row).__name__}", str(path), number)
    return row


def read_json_objects(path: Path, on_invalid: OnInvalid = None) -> Iterator[tuple[int, dict]]:
    """(line number, object) for each non-blank line of a JSON-lines file; a line that is
    not a JSON object stops the read with its file and line (or goes to ``on_invalid``)."""
    for number, line in enumerate(read_lines(Path(path)), 1):
        if not line.strip():
            continue
        try:
            yield number, _json_object(line, path, number)
        except InputError as error:
            report_or_raise(error, on_invalid)


def clean_text(text: str) -> str:
    """Collapse whitespace runs; abstracts arrive with stray newlines and double spaces."""
    return re.sub(r"\s+", " ", text or "").strip()


def find_code_urls(text: str) -> list[str]:
    """URLs of code repositories: known code hosts, or any URL in a sentence about code."""
    urls = []
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        cue = _CODE_CUES.search(sentence)
        for match in _URL_RE.finditer(sentence):
            url = match.group(0).rstrip(".,;:!?")
            if url.lower().startswith(("http://", "https://")) and (
                    any(host in url.lower() for host in _CODE_HOSTS) or cue):
                if url not in urls:
                    urls.append(url)
    return urls
