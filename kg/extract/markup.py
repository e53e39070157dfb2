"""TeX's text markup read as the words it wraps, offsets kept in the text as written.

arXiv abstracts keep their authors' TeX: "This paper presents \\textbf{Morpheus}, a neural
...", "On the \\textsc{Text2Chart31} benchmark, ...", "We propose $\\textbf{UniMaia}$, a
framework ...". The NER never saw such commands in training, and a name between them is
mostly lost: of 150 such names drawn from every 6th abstract of 2025, the shipped pipeline
found 67 as written and 104 with the markup taken away (quotes in its place found 67 too).

So the pipeline reads each field's *plain* text ("This paper presents Morpheus, ..."), and
the record keeps the text as written: ``restore_written`` maps every offset back, a mention inside
the markup is the wrapped words ("Morpheus"), one that spans a command takes it whole, and
evidence is the sentence as written. Only text commands are taken away (``\\textbf{..}``,
``\\emph{..}``, ...) and dollars around a bare word ("$SLICE$"); math, values ("4.5\\%")
and every other command stay as they are.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace

from kg.records import Mention, PaperRecord

__all__ = ["PlainText", "plain_text", "restore_written"]

_COMMAND = re.compile(r"\\(?:textbf|texttt|textit|textsc|textsf|textrm|textup|textmd|emph|underline|mathrm|mathbf"
                      r"|mathsf|mathit|mathtt|text|boldsymbol|bm)\{([^{}]*)\}")
# "0.41\\,mm", "15\\,\\%": TeX's thin and medium spaces after a number read as a space
_TEX_SPACE = re.compile(r"(?<=\d)\\[,;:]")
# "$SLICE$", "$\textbf{UniMaia}$" once its command is gone: a name set as math; not "$N$", "$F_1$"
_DOLLAR_WORD = re.compile(r"(?<![\\$])\$([A-Za-z][A-Za-z0-9-]*[A-Za-z0-9])\$(?!\$)")


@dataclass
class PlainText:
    """A field's text without its markup; ``at[i]`` is where plain character ``i`` stands in
    the text as written (empty for a text with nothing to take away), ``groups`` the (opening,
    content start, content end, closing end) of each markup taken away, in the written text's
    offsets."""

    written: str
    text: str
    at: list[int]
    groups: list[tuple[int, int, int, int]] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return self.text != self.written

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The written text's offsets of plain ``[start, end)``: inside one markup, its words;
        a span reaching over a command's brace takes the command whole."""
        if not self.changed:
            return start, end
        if end <= start:
            return self.at[start], self.at[start]
        a, b = self.at[start], self.at[end - 1] + 1
        for opening, inner, inner_end, closing in self.groups:
            if a <= opening < b < closing and b > inner:
                b = closing  # "\textbf{H}andwritten \textbf{T" -> "... \textbf{T}ext"
            if opening < a < closing <= b and a < inner_end:
                a = opening
        return a, b

    def marked(self) -> list[tuple[int, int]]:
        """The plain offsets of the words each markup wrapped: a name the author set apart
        ("named \\textbf{uproof}"), which the rules read as the markup said."""
        return [(bisect.bisect_left(self.at, inner), bisect.bisect_left(self.at, inner_end))
                for _, inner, inner_end, _ in self.groups if inner_end > inner]

    def find(self, plain_piece: str) -> str:
        """The written form of a piece of the plain text (an evidence sentence); the piece
        itself where it is not in the text."""
        i = self.text.find(plain_piece) if self.changed else -1
        if i < 0:
            return plain_piece
        a, b = self.span(i, i + len(plain_piece))
        return self.written[a:b]


def plain_text(written: str) -> PlainText:
    """``written`` read without its TeX text markup (nested markup too: "\\textbf{\\underline{M}}odal")."""
    if "\\" not in written and "$" not in written:
        return PlainText(written, written, [])  # most fields: nothing to map
    plain = PlainText(written, written, list(range(len(written) + 1)))
    for pattern in (_COMMAND, _COMMAND, _COMMAND, _DOLLAR_WORD):
        _strip(plain, pattern)
    _space(plain)
    return plain


def _space(plain: PlainText) -> None:
    """Each TeX space after a number in ``plain.text`` made one plain space, mapped to its backslash."""
    text = plain.text
    pieces, keep, last = [], [], 0
    for m in _TEX_SPACE.finditer(text):
        pieces.append(text[last:m.start()] + " ")
        keep.extend(range(last, m.start() + 1))
        last = m.end()
    _close_pass(plain, pieces, keep, last)


def _strip(plain: PlainText, pattern: re.Pattern) -> None:
    """One pass of ``pattern`` over ``plain.text``, composed into its map and groups."""
    text, at = plain.text, plain.at
    pieces, keep = [], []
    last = 0
    for m in pattern.finditer(text):
        pieces.append(text[last:m.start()] + m.group(1))
        keep.extend(range(last, m.start()))
        keep.extend(range(m.start(1), m.end(1)))
        plain.groups.append((at[m.start()], at[m.start(1)], at[m.end(1) - 1] + 1 if m.end(1) > m.start(1)
                             else at[m.start(1)], at[m.end() - 1] + 1))
        last = m.end()
    _close_pass(plain, pieces, keep, last)


def _close_pass(plain: PlainText, pieces: list[str], keep: list[int], last: int) -> None:
    """A pass's text after its last match, then the new text and its map (nothing when nothing matched)."""
    if not pieces:
        return
    text = plain.text
    pieces.append(text[last:])
    keep.extend(range(last, len(text) + 1))
    plain.text = "".join(pieces)
    plain.at = [plain.at[i] for i in keep]


def restore_written(record: PaperRecord, title: PlainText, abstract: PlainText) -> PaperRecord:
    """``record``, read from the plain texts, with its offsets, mention texts and evidence in
    the text as written (the record keeps the written fields)."""
    if not (title.changed or abstract.changed):
        return record
    fields = {"title": title, "abstract": abstract}
    record.entities = [_written_mention(m, fields[m.field]) for m in record.entities]
    for item in [*record.results, *record.relations]:
        item.evidence = _written_evidence(item.evidence, title, abstract)
    return record


def _written_mention(mention: Mention, plain: PlainText) -> Mention:
    if not plain.changed:
        return mention
    start, end = plain.span(mention.start, mention.end)
    sentence = plain.span(*mention.sentence) if mention.sentence else None
    return replace(mention, text=plain.written[start:end], start=start, end=end, sentence=sentence)


def _written_evidence(evidence: str, title: PlainText, abstract: PlainText) -> str:
    for plain in (abstract, title):
        if plain.changed and evidence in plain.text:
            return plain.find(evidence)
    return evidence
