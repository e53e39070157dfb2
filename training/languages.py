#!/usr/bin/env python
"""Writes ``kg/resolve/data/languages.txt``: the names of the 184 languages of ISO 639-1, from
pycountry's copy of the standard (parenthesised qualifiers dropped: "Malay (macrolanguage)" ->
"Malay"). A language is a closed set and a thing of none of kg's five types: "Portuguese" or
"Hebrew" tagged as a Dataset (the 2025 corpus writes "German dataset" more than "German
speakers") gets no node (``kg.resolve.specificity``).

    pip install 'pycountry>=24.6' && python training/languages.py
"""

from __future__ import annotations

import re
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "kg" / "resolve" / "data" / "languages.txt"


def language_names() -> list[str]:
    import pycountry

    names = {re.sub(r"\s*\(.*\)$", "", lang.name) for lang in pycountry.languages if hasattr(lang, "alpha_2")}
    return sorted(names)


def main() -> None:
    names = language_names()
    OUT.write_text("# ISO 639-1 language names (training/languages.py, from pycountry)\n" + "\n".join(names) + "\n",
                   encoding="utf-8")
    print(f"wrote {len(names)} names to {OUT}")


if __name__ == "__main__":
    main()
