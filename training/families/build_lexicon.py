#!/usr/bin/env python
"""Learns the type of today's one-word names (WebArena, LPIPS, OpenVLA, FlashAttention) from
how the 2025 arXiv corpus writes about them; writes ``kg/extract/data/name_lexicon.tsv``.

Distant supervision, not a list: for every name-shaped word (an inner capital, all capitals,
letters with digits, or a capitalised word whose lower-case form is rarer than it: "Mamba",
"Whisper"), the word right after each occurrence is a vote: "benchmark"/"dataset"/"suite" for
Dataset, "score"/"metric" for Metric, "model"/"backbone"/"checkpoint" for Model,
"framework"/"method"/"algorithm"/"prompting" for Method, "task" for Task; "via", "leveraging",
"employing" before it for a model or method without saying which. A name is typed when
it has at least MIN_VOTES votes from at least MIN_PAPERS papers and one type holds
DOMINANCE of them. A score reported on a name ("85.2% on VideoMME", "accuracy across
MathVerse") is a Dataset vote too, for names the cue words leave untyped only: a score is
also reported on a model ("on SD3") or a language ("on English"), so such a name must have
been scored on itself at least once (not only listed beside one), and languages and model
families never take it. The NER learned types from papers of 2017-19; this says what each name is
in the text people write now, and it changes when the corpus is rebuilt, not by hand.

    python -m training.families.build_lexicon [-o kg/extract/data/name_lexicon.tsv]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from kg.corpus_names import NONE_HEADS
from kg.extract.boundaries import GENERIC_NAMES
from kg.extract.name_lexicon import LEXICON_FILE, fills_free_text, name_shaped
from kg.extract.versioned_names import family_type
from kg.family_names import naming_type
from kg.resolve.specificity import of_no_type
from training.families.build_table import LIST_JOIN, corpus_texts

# Singular cue words only: "X benchmarks", "X models", "X methods" are things *for* or *of* X
# ("MRC datasets", "ASR models", "SISR methods" are said of tasks), "X benchmark" names X.
CUES = {
    "Dataset": {"dataset", "benchmark", "corpus", "suite", "leaderboard", "testbed"},
    "Metric": {"score", "scores", "metric"},
    "Model": {"model", "backbone", "checkpoint"},
    "Method": {"framework", "method", "approach", "algorithm", "technique", "prompting", "paradigm", "strategy",
               "mechanism", "optimizer"},
    "Task": {"task", "tasks"},
    "none": set(NONE_HEADS),  # hardware, modalities, languages, software (kg.corpus_names)
}
CUE_TYPE = {word: label for label, words in CUES.items() for word in words}
# a tool is used *via*, *through*, *leveraging* ... it: a vote for Model-or-Method that does not take a
# side between the two ("using GPT-4o" is still a model)
TOOL_CUES = {"via", "through", "employing", "leveraging", "applying", "adopting"}  # not "using", "with": "using BLEU"
PREVIOUS_WORD = re.compile(r"([A-Za-z]+)[ ]$")
MIN_VOTES = 3
MIN_PAPERS = 2
DOMINANCE = 0.75
MAX_DF = 0.03  # in more abstracts than this, a word is the field's vocabulary ("AI", "LLM"), not a name
MIN_ALONE = 0.25
MIN_FILL_VOTES = 10  # a capitalised model name (Whisper) is added where untagged only on this much evidence
# a name ends its phrase: punctuation, the text's end or a function word comes next ("on
# nuScenes and Waymo", "WebArena."); a modifier is followed by its noun ("T2I model", "CT scans")
ALONE = re.compile(r"\s*(?:$|[,.;:)\]]|\s(?:and|or|on|in|with|to|of|for|is|are|was|were|as|by|from|at|that|which|"
                   r"achieves|reaches|shows|outperforms|improves)\b)")
TOKEN = re.compile(r"(?<![\w.+-])[A-Za-z][\w+]*(?:[-.][\w+]+)*")
NEXT_WORD = re.compile(r"[ ]([A-Za-z]+)")
# a score reported on the name that follows: "85.2% on", "accuracy across the"
SCORED_ON = re.compile(r"(?:\d(?:\.\d+)?\s?(?:%|\\%|points?|pp)?|accuracy|score|F1|mIoU|mAP|AUC|BLEU|pass@\d+|"
                       r"success rate)\s+(?:on|across)\s+(?:the\s+)?$", re.IGNORECASE)


@dataclass
class Counts:
    votes: dict = field(default_factory=lambda: defaultdict(Counter))       # name -> type -> cue votes
    neighbours: dict = field(default_factory=lambda: defaultdict(Counter))  # name -> listed beside it
    words: Counter = field(default_factory=Counter)                         # occurrences
    alone: Counter = field(default_factory=Counter)                         # occurrences ending a phrase
    df: Counter = field(default_factory=Counter)                            # abstracts with the word
    scored: Counter = field(default_factory=Counter)                        # after a score "on"
    papers: int = 0


_SENTENCE_END = re.compile(r"[.!?]\s+$")


def _opens_sentence(text: str, start: int) -> bool:
    return start == 0 or _SENTENCE_END.search(text, max(0, start - 4), start) is not None


def count(texts) -> Counts:
    """Cue votes, list neighbours and word statistics over the corpus."""
    c = Counts()
    for text in texts:
        c.papers += 1
        matches = list(TOKEN.finditer(text))
        c.df.update({m.group(0) for m in matches})
        previous = None  # the last word with a capital: lists join names, not their "and"
        for match in matches:
            word = match.group(0)
            if word[0].isupper() and word[1:].islower() and _opens_sentence(text, match.start()):
                previous = None  # "Notably, ...": a capital a sentence gives says nothing of the word
                continue
            c.words[word] += 1
            c.alone[word] += bool(ALONE.match(text, match.end()))
            nxt = NEXT_WORD.match(text, match.end())
            label = CUE_TYPE.get(nxt.group(1).lower()) if nxt else None
            if label == "Metric" and naming_type(word) == "Dataset":
                label = "Dataset"  # "VBench score" is a score on the benchmark VBench
            if label:
                c.votes[word][label] += 1
            before = PREVIOUS_WORD.search(text, max(0, match.start() - 20), match.start())
            if before and before.group(1).lower() in TOOL_CUES:
                c.votes[word]["tool"] += 1
            if not word[0].isupper():
                continue
            c.scored[word] += SCORED_ON.search(text, max(0, match.start() - 40), match.start()) is not None
            if previous is not None and LIST_JOIN.fullmatch(text, previous.end(), match.start()):
                c.neighbours[word][previous.group(0)] += 1
                c.neighbours[previous.group(0)][word] += 1
            previous = match
    return c


def _eligible(c: Counts, name: str, max_df: float = MAX_DF) -> bool:
    """A name the lexicon may type. A name of none of the five types counts its uses before
    a "none" noun as whole ("LiDAR point clouds", "A100 GPUs"): that noun is what shows it."""
    alone = c.alone[name] + c.votes.get(name, {}).get("none", 0)
    return (name.lower() not in GENERIC_NAMES and c.df[name] >= MIN_PAPERS and c.df[name] <= max_df * c.papers
            and alone >= MIN_ALONE * c.words[name]
            and all(name_shaped(piece, c.words[piece.lower()], c.words[piece]) or len(piece) == 1
                    for piece in name.split("-")))


def dominant_type(tally: Counter) -> str | None:
    """The dominant type; Model and Method vote together against the others (the corpus
    says "Mamba model" and "Mamba framework" of one thing), then the larger of the two."""
    total = sum(tally.values())
    if total < MIN_VOTES:
        return None
    groups = Counter({k: v for k, v in tally.items() if k not in ("Model", "Method", "tool")})
    groups["method-like"] = tally["Model"] + tally["Method"] + tally["tool"]
    label, top = groups.most_common(1)[0]
    if top < DOMINANCE * total:
        return None
    if label == "method-like":
        return "Model" if tally["Model"] > tally["Method"] else "Method"  # "tool" votes take no side
    return label


def type_names(c: Counts, max_df: float = MAX_DF) -> dict[str, tuple[str, int, bool]]:
    """name -> (type, votes, fills free text). Cue votes first; then each name listed beside
    typed names ("PSNR, SSIM and LPIPS") gets their types as votes too."""
    first = {name: label for name, tally in c.votes.items()
             if _eligible(c, name, max_df) and (label := dominant_type(tally))}
    out = {}
    for name in set(c.votes) | set(c.neighbours):
        if not _eligible(c, name, max_df):
            continue
        tally = Counter(c.votes.get(name, {}))
        for other, n in c.neighbours.get(name, {}).items():
            if other in first and other != name:
                tally[first[other]] += n
        if label := dominant_type(tally):
            total = sum(tally.values())
            capitalised_model = label == "Model" and name[1:].islower() and total >= MIN_FILL_VOTES
            out[name] = (label, total, fills_free_text(name) or capitalised_model)
    return out


def scored_datasets(c: Counts, typed: dict[str, tuple[str, int, bool]], max_df: float = MAX_DF
                    ) -> dict[str, tuple[str, int, bool]]:
    """Names the cue words leave untyped that are Datasets once each score reported on them
    counts as a Dataset vote (module doc)."""
    votes = defaultdict(Counter, {name: Counter(tally) for name, tally in c.votes.items()})
    for name, n in c.scored.items():
        votes[name]["Dataset"] += n
    with_scores = type_names(Counts(votes, c.neighbours, c.words, c.alone, c.df, c.scored, c.papers), max_df)
    return {name: found for name, found in with_scores.items()
            if name not in typed and found[0] == "Dataset" and c.scored[name]
            and not of_no_type(name) and family_type(name) is None}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=LEXICON_FILE)
    args = parser.parse_args()
    counts = count(corpus_texts())
    names = type_names(counts)
    names.update(scored_datasets(counts, names))
    lines = ["# Types of one-word names from the words that follow them in the 2025 arXiv corpus, by",
             "# training/families/build_lexicon.py (do not edit by hand; rebuild). votes: cue words counted.",
             "# fill: 1 when an untagged occurrence becomes an entity (kg.extract.name_lexicon).",
             "name\ttype\tvotes\tfill"]
    lines += [f"{name}\t{label}\t{n}\t{int(fill)}"
              for name, (label, n, fill) in sorted(names.items(), key=lambda kv: (-kv[1][1], kv[0]))]
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(names)} names ({dict(Counter(label for label, _, _ in names.values()))}) -> {args.output}")


if __name__ == "__main__":
    main()
