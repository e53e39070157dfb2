#!/usr/bin/env python
"""Types the terms of the field ("test-time scaling", "text-to-speech", "Stable Diffusion")
from the 2025 arXiv corpus; writes ``kg/extract/data/term_types.tsv``.

The terms are the phrases the corpus abbreviates paper after paper
(``kg.corpus_names.field_terms``). The NER, trained on papers of 2017-19, tags many of them
some of the time and leaves the rest untagged; the pipeline's ``term_types`` step fills the
untagged occurrences with the type written here. Two kinds of evidence, in this order:

1. the pipeline's own tags of the term's exact span, when a Task holds ``DOMINANCE`` of them:
   the words after a task's name say what is built *for* it ("TTS model", "ASR system"),
   not what it is (the name lexicon keeps Task for the same reason);
2. the words the corpus writes right after it, as the one-word name lexicon counts them
   ("test-time scaling method", "Stable Diffusion model", "via in-context learning");
3. failing both, the pipeline's tags of its exact span, any type.

Each decision needs ``MIN_VOTES`` votes with one type holding ``DOMINANCE`` of them (Model and
Method counted together, as in build_lexicon). A term is left untyped when the NER tags its
exact span in fewer than ``MIN_TAGGED`` of its occurrences (to the NER it is mostly not a
name: "quality control", "autonomous vehicles") or when it stands as a phrase of its own in
fewer than ``MIN_ALONE`` of them (a modifier: "plug-and-play module"). The tags are read from a sample of the corpus
extracted *without* the term step (every third paper, about 20 minutes with ``-j 2``), so
the table does not learn from its own fills.

    python -m training.families.build_term_types [--records SAMPLE.jsonl] [-j 2] [-o FILE]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

from kg.corpus_names import TERM_TYPES_FILE
from kg.extract.field_terms import ends_phrase, term_matches
from training.families.build_lexicon import CUE_TYPE, NEXT_WORD, PREVIOUS_WORD, TOOL_CUES, dominant_type
from training.families.build_table import corpus_texts

DOMINANCE = 0.75
MIN_VOTES = 3
# the fill extends to every occurrence what the NER does for many: a term it tags in fewer than
# this share of its occurrences is mostly not a name to it ("quality control", "mutual
# information", "autonomous vehicles": 2%, 0%, 23% tagged; "test-time scaling" 34%)
MIN_TAGGED = 0.3
MIN_ALONE = 0.25  # a term followed by a noun three times in four is a modifier ("plug-and-play", "auto-regressive")
SAMPLE_EVERY = 3
TERM_STEP = "term_types"


def cue_votes(texts) -> dict[str, Counter]:
    """term -> type -> the cue words that follow (or, for "tool", precede) its occurrences;
    also "alone" (occurrences that end their phrase) and "all" (occurrences)."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for text in texts:
        for start, end, term in term_matches(text):
            votes[term]["all"] += 1
            votes[term]["alone"] += ends_phrase(text, end)
            following = NEXT_WORD.match(text, end)
            label = CUE_TYPE.get(following.group(1).lower()) if following else None
            if label:
                votes[term][label] += 1
            before = PREVIOUS_WORD.search(text, max(0, start - 20), start)
            if before and before.group(1).lower() in TOOL_CUES:
                votes[term]["tool"] += 1
    return votes


def tag_votes(records) -> dict[str, Counter]:
    """term -> type -> occurrences whose exact span the pipeline tagged with that type;
    also "all" (occurrences)."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for record in records:
        tagged = {(m["field"], m["start"], m["end"]): m["type"] for m in record["entities"]}
        for field in ("title", "abstract"):
            for start, end, term in term_matches(record.get(field) or ""):
                votes[term]["all"] += 1
                label = tagged.get((field, start, end))
                if label:
                    votes[term][label] += 1
    return votes


def decide(tags: Counter, cues: Counter) -> str | None:
    """The term's type (module doc: a tagged Task first, then the cue words, then the tags);
    None for a term that mostly modifies the noun after it, or that the NER rarely tags."""
    cues, tags = Counter(cues), Counter(tags)
    seen, alone, occurrences = cues.pop("all", 0), cues.pop("alone", 0), tags.pop("all", 0)
    if seen and alone < MIN_ALONE * seen:
        return None
    if occurrences and sum(tags.values()) < MIN_TAGGED * occurrences:
        return None
    total = sum(tags.values())
    if total >= MIN_VOTES and tags["Task"] >= DOMINANCE * total:
        return "Task"
    label = dominant_type(cues) or dominant_type(tags)
    return label if label not in (None, "none") else None


def _count(votes: Counter) -> int:
    return sum(n for label, n in votes.items() if label not in ("all", "alone"))


def _sample_records(every: int, jobs: int):
    """The corpus's every ``every``-th paper extracted by the shipped pipeline minus the term step."""
    from kg.extract.parallel import extract_in_processes
    from kg.ingest import Paper
    from training.sample_corpus import sample
    papers = [Paper(id=row["id"], title=row["title"], abstract=row["abstract"]) for row in sample(every, 1)]
    for record in extract_in_processes(papers, jobs, exclude=(TERM_STEP,)):
        yield record.to_dict()


def _read_records(path: Path):
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=Path, help="a `kg extract` output of a 2025 sample made without the term step")
    parser.add_argument("-j", "--jobs", type=int, default=2)
    parser.add_argument("-o", "--output", type=Path, default=TERM_TYPES_FILE)
    args = parser.parse_args()
    records = _read_records(args.records) if args.records else _sample_records(SAMPLE_EVERY, args.jobs)
    tags, cues = tag_votes(records), cue_votes(corpus_texts())
    rows = sorted(((term, label, _count(tags[term]), _count(cues[term]))
                   for term in set(tags) | set(cues) if (label := decide(tags[term], cues[term]))),
                  key=lambda row: (-(row[2] + row[3]), row[0]))
    lines = ["# Types of the field's terms (kg.corpus_names.field_terms) from the 2025 arXiv corpus, by",
             "# training/families/build_term_types.py (do not edit by hand; rebuild). tags: exact spans the",
             "# pipeline tagged in a third of the corpus; cues: cue words after the term in all of it.",
             "term\ttype\ttags\tcues", *(f"{term}\t{label}\t{n_tags}\t{n_cues}" for term, label, n_tags, n_cues in rows)]
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} terms typed ({dict(Counter(row[1] for row in rows))}) -> {args.output}")


if __name__ == "__main__":
    main()
