"""TeX text markup: the pipeline reads the plain words, the record keeps the written text."""

from __future__ import annotations

import pytest

from kg.extract import extract_records
from kg.extract.markup import plain_text
from kg.ingest.paper import Paper


def _written_of(written: str, plain_piece: str) -> str:
    plain = plain_text(written)
    start = plain.text.index(plain_piece)
    a, b = plain.span(start, start + len(plain_piece))
    return written[a:b]


def test_text_commands_are_read_as_their_words():
    plain = plain_text(r"This paper presents \textbf{Morpheus}, a model; on \textsc{Text2Chart31} and \emph{X-Bench}.")
    assert plain.text == "This paper presents Morpheus, a model; on Text2Chart31 and X-Bench."
    assert plain.changed


@pytest.mark.parametrize("written", [
    "No markup at all, 4.5% on GSM8K.",
    r"Values and math stay: 4.5\% with $N$ samples, $F_1$ of $0.91$ and $\times$ 3.",
])
def test_text_without_text_markup_is_left_as_written(written):
    plain = plain_text(written)
    assert plain.text == written and not plain.changed
    assert plain.span(3, 9) == (3, 9)


def test_nested_markup_and_a_name_set_as_math():
    assert plain_text(r"\textbf{\underline{M}}odal and $\textbf{UniMaia}$, a framework").text == \
        "Modal and UniMaia, a framework"


def test_a_tex_space_after_a_number_is_read_as_a_space():
    written = r"a point-wise error of 0.41\,mm, 15\;\% fewer steps and Fig.\,2"
    assert plain_text(written).text == r"a point-wise error of 0.41 mm, 15 \% fewer steps and Fig.\,2"
    assert _written_of(written, "0.41 mm") == r"0.41\,mm"


def test_a_name_inside_markup_maps_to_its_words():
    assert _written_of(r"presents \textbf{Morpheus}, a model", "Morpheus") == "Morpheus"


def test_a_span_over_a_brace_takes_the_command_whole():
    written = r"\textbf{H}andwritten \textbf{T}ext \textbf{R}ecognition (\textbf{HTR}) is hard"
    assert _written_of(written, "Handwritten Text Recognition") == \
        r"\textbf{H}andwritten \textbf{T}ext \textbf{R}ecognition"
    assert _written_of(written, "Handwritten Text Recognition (HTR)") == \
        r"\textbf{H}andwritten \textbf{T}ext \textbf{R}ecognition (\textbf{HTR})"


def test_the_marked_words_are_where_the_markup_stood():
    plain = plain_text(r"a dataset named \textbf{uproof}, and \emph{} nothing")
    assert [plain.text[a:b] for a, b in plain.marked()] == ["uproof"]


def test_evidence_is_found_in_the_written_text():
    plain = plain_text(r"Intro. On \textsc{ChartX}, errors fall to 4.6\%. End.")
    assert plain.find("On ChartX, errors fall to 4.6\\%.") == r"On \textsc{ChartX}, errors fall to 4.6\%."
    assert plain.find("not in the text") == "not in the text"


_MARKED_ABSTRACT = (
    r"We curated a proof problem dataset from undergraduate-level math materials, named \textbf{uproof}, "
    r"to facilitate theorem proving. To address this gap, we use \textit{CyberAgressionAdo-Large}, a French "
    r"open-access dataset of conversations. Our \textbf{FormaRL} reaches 9.6\% pass@1 accuracy on "
    r"\textbf{uproof}."
)


@pytest.fixture(scope="module")
def marked_record(packaged_nlp):
    paper = Paper(id="m1", title=r"\textsc{FormaRL}: Autoformalization with no Labeled Data",
                  abstract=_MARKED_ABSTRACT, source="test")
    return paper, next(extract_records([paper], nlp=packaged_nlp))


def test_offsets_and_evidence_index_the_written_text(marked_record):
    paper, record = marked_record
    assert record.abstract == paper.abstract and record.title == paper.title
    for mention in record.entities:
        text = getattr(paper, mention.field)
        assert text[mention.start:mention.end] == mention.text
        assert mention.sentence[0] <= mention.start < mention.end <= mention.sentence[1] <= len(text)
        assert "\\" not in mention.canonical
    assert record.results and all(r.evidence in paper.abstract for r in record.results)
    assert any("\\textbf{uproof}" in r.evidence for r in record.results)


def test_names_the_markup_set_apart_keep_what_the_text_calls_them(marked_record):
    _, record = marked_record
    typed = {(m.text, m.type) for m in record.entities}
    assert ("uproof", "Dataset") in typed  # "named \textbf{uproof}" after "dataset"
    assert ("CyberAgressionAdo-Large", "Dataset") in typed  # "\textit{..}, a French open-access dataset"
    assert any(r.dataset == "uproof" and r.value in ("9.6", 9.6) for r in record.results)


@pytest.mark.parametrize("abstract, name", [
    (r"We present \textbf{Crayotter}, an agentic framework that edits long videos from a script.", "Crayotter"),
    (r"In this work we introduce \texttt{LinguaMaster}, a tutoring system for language learners.", "LinguaMaster"),
])
def test_a_coined_name_in_markup_is_found_as_written(packaged_nlp, abstract, name):
    # the NER, trained on text without TeX, had found neither name between the commands
    record = next(extract_records([Paper(id="m2", title="A title", abstract=abstract, source="test")],
                                  nlp=packaged_nlp))
    found = [m for m in record.entities if m.text == name]
    assert found and abstract[found[0].start:found[0].end] == name
