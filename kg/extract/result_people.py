"""People whose scores a paper reports beside its models' ("human participants achieved
near-perfect scores (100%)", "outperforming trainees (45%)", "the error rate of professional
transcribers is 5.9%"): each group is a leaderboard row, kept as written (no node).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.result_values import in_entity

__all__ = ["HUMANS", "human_groups"]

HUMANS = "Humans"
_PEOPLE = frozenset("""humans participants experts radiologists clinicians physicians doctors annotators trainees
pathologists dermatologists ophthalmologists crowdworkers students novices raters specialists residents
transcribers translators professionals nurses surgeons lawyers programmers poets writers
""".split())


def human_groups(sent: Span, ents: list[Span]) -> list[Span]:
    """Spans naming groups of people, with up to two words before the noun ("human
    participants", "senior radiologists"); none inside an entity."""
    out = []
    for tok in sent:
        end = _human_level(tok, sent)
        if end:  # "lags behind human performance (78.61%)"
            out.append(Span(sent.doc, tok.i, end, label=HUMANS))
            continue
        if tok.lower_ not in _PEOPLE or in_entity(tok, ents):
            continue
        start = tok.i
        while start > max(sent.start, tok.i - 2) and _describes_people(sent.doc[start - 1]) \
                and not in_entity(sent.doc[start - 1], ents):
            start -= 1
        if start > 0 and sent.doc[start - 1].lower_ == "by":
            continue  # "validated by human annotators with 83% ratings": who judged, not who scored
        out.append(Span(sent.doc, start, tok.i + 1, label=HUMANS))
    return out


def _human_level(tok: Token, sent: Span) -> int:
    """ "human performance (78.61%)", "far below human performance of 84.87%", "human-level
    performance, 93.3%", "the human score of 82.3%": people's score, right after the words naming
    it (the end of those words, else 0)."""
    doc, j = sent.doc, tok.i + 1
    if tok.lower_ != "human":
        return 0
    if j + 1 < sent.end and doc[j].text == "-" and doc[j + 1].lower_ == "level":
        j += 2
    if j + 2 >= sent.end or doc[j].lower_ not in ("performance", "accuracy", "score", "scores"):
        return 0
    if tok.i > sent.start and doc[tok.i - 1].lower_ in _REACHED:
        # "MIKU-PAL can achieve human-level accuracy (68.5% on MELD)": the subject's; "approaching
        # human-level performance at 72%": the level approached, the people's
        return j + 1 if doc[j + 1].lower_ == "at" and doc[j + 2].like_num else 0
    return j + 1 if doc[j + 1].lower_ in ("(", "of", ",", ":") and doc[j + 2].like_num else 0


_REACHED = frozenset({"achieve", "achieves", "achieved", "achieving", "reach", "reaches", "reached", "reaching",
                      "attain", "attains", "attaining", "match", "matches", "matching", "approach", "approaches",
                      "approaching", "rival", "rivals", "rivaling"})
_PEOPLE_WORDS = frozenset({"human", "expert", "domain", "senior", "junior", "medical", "clinical", "professional"})


def _describes_people(tok: Token) -> bool:
    return tok.lower_ in _PEOPLE_WORDS
