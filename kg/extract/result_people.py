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
        if _human_level(tok, sent):  # "lags behind human performance (78.61%)"
            out.append(Span(sent.doc, tok.i, tok.i + 2, label=HUMANS))
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


def _human_level(tok: Token, sent: Span) -> bool:
    """ "human performance (78.61%)", "far below human performance of 84.87%": people's score,
    right after the words naming it."""
    doc, i = sent.doc, tok.i
    return (tok.lower_ == "human" and i + 3 < sent.end and doc[i + 1].lower_ in ("performance", "accuracy")
            and doc[i + 2].lower_ in ("(", "of", ",", ":") and doc[i + 3].like_num)


_PEOPLE_WORDS = frozenset({"human", "expert", "domain", "senior", "junior", "medical", "clinical", "professional"})


def _describes_people(tok: Token) -> bool:
    return tok.lower_ in _PEOPLE_WORDS
