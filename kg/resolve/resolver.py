"""Canonical entities: many surface forms, one node.

Two mentions name the same entity when, within a type group (Method and Model form one
group, since papers disagree on which a thing is), their spacing-insensitive normal forms
agree, or one is an acronym that some paper defined as the other ("Long Short-Term Memory
(LSTM)"). Resolution always sees every paper of the graph at once (a build re-derives the
graph from all stored records), so what a name resolves to never depends on which papers
happened to be stored first; ties are broken by the text, never by arrival order.
"""

from __future__ import annotations

import copyreg
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from kg.corpus_names import corpus_type
from kg.family_names import NETWORK_NAME, family_type, is_generic_family
from kg.records import ENTITY_TYPES, Mention, PaperRecord
from kg.resolve.context import CUE_WEIGHT, PROPOSED, cue_type, expansion_cue, stated_kind, title_cue
from kg.resolve.normalise import is_acronym, normalise, squash, strip_dataset_words
from kg.resolve.specificity import is_known, is_specific, is_title_phrase, known_type

LEXICON_MIN_VOTES = 10  # a node's type listens to the corpus lexicon only on this much evidence

__all__ = ["Entity", "Resolver", "Tally", "type_group"]

_MODEL_GROUP = ("Method", "Model")
# A name written as a class of models: a plural acronym ("VLMs", "MLLMs") or a plural head
# ("vision-language models", "diffusion networks", "World Models"). A Model is one trained artefact (GPT-4o,
# Llama-3.1-8B); a kind of model that papers speak of in the plural is a family, a Method
# (kg.extract.model_vs_method, rule 3, for the families it lists).
_CLASS_FORM = re.compile(r"(?:\b[A-Z][A-Za-z]*[A-Z]s|\b(?i:models|networks|nets|transformers|architectures))$")


def _spelled_alike(a: str, b: str) -> bool:
    """Two expansions of an acronym written a little differently ("vision language model",
    "visual language model"; "quantised", "quantized") name one thing."""
    words_a, words_b = a.split(), b.split()
    if len(words_a) == len(words_b) and all(x[:3] == y[:3] for x, y in zip(words_a, words_b)):
        return True
    return SequenceMatcher(None, a.replace(" ", ""), b.replace(" ", "")).ratio() >= 0.9


class Tally(Counter):
    """A Counter that a kept resolver (kg.resolve.incremental) pickles as a plain mapping:
    Counter's own pickling calls its ``__init__`` per object, which for the ~330,000 counters
    of a 20,000-paper resolution took 2.8 s to read back; this takes a fraction of that."""

    __slots__ = ()

    def __reduce__(self):
        return copyreg.__newobj__, (Tally,), None, None, iter(self.items())


def type_group(label: str) -> str:
    return "Method|Model" if label in _MODEL_GROUP else label


@dataclass
class Entity:
    label: str
    key: str
    name: str
    aliases: set[str] = field(default_factory=set)
    papers: set[str] = field(default_factory=set)
    surfaces: Counter = field(default_factory=lambda: Tally())
    node: bool | None = None  # worth a graph node (kg.resolve.specificity); None: not decided yet
    in_abstract: bool = False  # some mention outside a title (titles alone name many phrases)
    _forms: frozenset | None = field(default=None, repr=False, compare=False)

    def forms(self) -> frozenset[str]:
        """The squashed name, key and aliases (what a relation or result may call it),
        kept until the name or the aliases change."""
        if self._forms is None:
            self._forms = frozenset({squash(self.name), squash(self.key), *map(squash, self.aliases)})
        return self._forms

    @property
    def node_id(self) -> str:
        return f"{self.label}:{self.key}"

    def worth_a_node(self) -> bool:
        """Named things and specific concepts get nodes; generic phrases and broken spans
        stay mentions (decided once, on the display name, after resolution)."""
        if self.node is None:
            self.node = is_specific(self.name, self.label, *self.aliases) and not (
                not self.in_abstract and is_title_phrase(self.name, *self.aliases)) and not self._bare_code()
        return self.node

    def _bare_code(self) -> bool:
        """A two-character code one paper uses and nobody spells out ("M0", "OC", "PG"):
        nothing a reader can place (of 13 such nodes in blind reviews, 3 were useful)."""
        return (len(self.name.strip()) <= 2 and len(self.papers) <= 1 and self.key == normalise(self.name)
                and not is_known(self.name))


# "BLEU score", "F1-score", "Dice coefficient": the measure itself, one node with "BLEU"
_MEASURE_WORD = re.compile(r"[\s\-]+(?:scores?|coefficients?)$", re.I)


def _base_form(text: str, label: str) -> str:
    if label == "Dataset":
        return strip_dataset_words(text)
    if label == "Metric":
        bare = _MEASURE_WORD.sub("", text)
        # only where the rest is a known measure: "CLIP score" is no CLIP, "Inception Score" no Inception
        if bare != text and len(bare) >= 2 and "Metric" in (known_type(bare), corpus_type(bare)):
            return bare
    return text


_STOPWORDS = frozenset("a an and by for from in of on the to via with".split())


def _stems(long_form: str) -> frozenset[str]:
    """Content words cut to five letters: "Low-Rank Adaptation" and "low-rank adapter" share
    {low, rank, adapt}; test-time adaptation and augmentation do not."""
    return frozenset(word[:5] for word in normalise(long_form).split() if word not in _STOPWORDS)


def _same_sense(one: str, other: str) -> bool:
    """Two expansions of one acronym name the same thing when the words of the shorter are
    all in the longer ("Bidirectional Encoders for Transformers" and "Bidirectional Encoder
    Representations from Transformers": both BERT)."""
    if squash(one) == squash(other):  # "pre-training" and "pretraining"
        return True
    a, b = _stems(one), _stems(other)
    return bool(a and b) and (a <= b or b <= a)


def _senses(long_forms: Counter) -> dict[str, str]:
    """Each expansion of an acronym (normalised) -> the most used expansion of its sense."""
    ordered = sorted(long_forms, key=lambda form: (-long_forms[form], form))
    chosen: dict[str, str] = {}
    for form in ordered:
        chosen[form] = next((rep for rep in dict.fromkeys(chosen.values()) if _same_sense(form, rep)), form)
    return chosen


class Resolver:
    """Assigns every mention a canonical entity; holds the entity table while a build runs."""

    def __init__(self):
        self.entities: dict[tuple[str, str], Entity] = {}
        self._index: dict[tuple[str, str], tuple[str, str]] = {}
        self._sense: dict[tuple[str, str], dict[str, str]] = {}   # (group, acronym) -> expansion -> sense
        self._sense_votes: dict[tuple[str, str], Counter] = {}    # (group, acronym) -> sense -> definitions
        self._acronym_uses: dict[str, Counter] = defaultdict(Tally)  # acronym -> group -> mentions
        self._type_votes: dict[str, Counter] = defaultdict(Tally)    # canonical -> label -> mentions
        self._model_group_uses: Counter = Tally()  # canonical -> mentions tagged Method or Model
        self._class_uses: Counter = Tally()        # ... of which written as a class of models
        self._expansions: dict[tuple[str, str], str] = {}  # (group, normalised expansion) -> its sense
        self._defined_in: dict[str, list[str]] = {}  # acronym -> the type groups that define it
        self._definitions: dict[tuple[str, str], Counter] = defaultdict(Tally)  # (group, acronym) -> expansions
        # memos: the tables above are complete before the first look-up (definitions come
        # first in ``observe``; type votes are final when pass 2 starts), and a corpus repeats
        # the same few thousand names: 200,000 mentions of 10,000 papers, ~60,000 distinct
        self._canonical_memo: dict[tuple[str, str, str], str] = {}
        self._label_memo: dict[tuple[str, str], str] = {}
        self._resolved: dict[tuple[str, str, str], Entity] = {}  # (text, canonical, type) -> its entity

    # -- pass 1: what all the papers say -----------------------------------------------
    def observe(self, records: Sequence[PaperRecord]) -> None:
        """Collect acronym definitions, then type votes, before resolving anything, so a
        paper that uses "BERT" bare meets the papers that spelled it out, and a name gets the
        type most of its mentions have, whichever paper comes first; what a paper calls the
        name ("X benchmark", "X, a new method") and what the 2025 corpus calls it (the name
        lexicon) outweigh the tagger (kg.resolve.context, kg.corpus_names)."""
        for where in self._count_definitions(records):
            self._define(where)
        for record in records:
            self._vote(record)

    def _count_definitions(self, records: Sequence[PaperRecord]) -> list[tuple[str, str]]:
        """Count acronym uses and definitions (kept: an add of papers counts on); the
        (group, acronym) pairs these records define, in order of first definition."""
        touched: dict[tuple[str, str], None] = {}
        for mention in (m for record in records for m in record.entities):
            if is_acronym(mention.text):
                self._acronym_uses[squash(mention.text)][type_group(mention.type)] += 1
                if mention.canonical != mention.text:
                    where = (type_group(mention.type), squash(mention.text))
                    self._definitions[where][normalise(mention.canonical)] += 1
                    touched[where] = None
        return list(touched)

    def _define(self, where: tuple[str, str]) -> None:
        """An acronym's senses from all its definitions counted so far."""
        long_forms = self._definitions[where]
        if where[0] not in self._defined_in.setdefault(where[1], []):
            self._defined_in[where[1]].append(where[0])
        self._sense[where] = _senses(long_forms)
        self._sense_votes[where] = Tally()
        for form, count in long_forms.items():
            self._sense_votes[where][self._sense[where][form]] += count
            # written out without the acronym too, an expansion names its sense
            self._expansions.setdefault((where[0], form), self._sense[where][form])

    def _vote(self, record: PaperRecord) -> None:
        """One paper's type votes: the tagger's guess once per name and type, what the text
        says of a name (``CUE_WEIGHT`` a statement), and what the corpus lexicon says. A
        coined name the paper proposes counts as a Method or Model only when the paper says
        nothing more ("We introduce KidVis, a novel benchmark" under the title "KidVis: Do
        MLLMs ...")."""
        names = [squash(self._canonical_text(mention)) for mention in record.entities]
        cues = [self._cue(record, mention) for mention in record.entities]
        stated = {name for name, cue in zip(names, cues) if cue and cue != PROPOSED}
        defined = self._defined_kinds(record, names)
        said = self._stated(record, names, {name for name, kind in defined.items() if kind == "Task"})
        for name, kind in defined.items():
            # a method named after its task yields to what the text calls it ("System-Anchored Knee
            # Estimation (SAKE), a two-stage method"); a measure does not ("the Spatial Narrative
            # Score (SNS), an evaluation framework")
            if said.get(name, kind) == kind:
                self._type_votes[name][kind] += CUE_WEIGHT  # once a paper, on top of each mention's cue
        tagged = set()
        for name, mention, cue in zip(names, record.entities, cues):
            votes = self._type_votes[name]
            if (name, mention.type) not in tagged:  # the tagger's guess counts once a paper
                tagged.add((name, mention.type))
                votes[mention.type] += 1
            if mention.type in _MODEL_GROUP:
                self._model_group_uses[name] += 1
                self._class_uses[name] += bool(_CLASS_FORM.search(mention.text))
            if cue == PROPOSED and name not in stated:
                votes[mention.type if mention.type in _MODEL_GROUP else "Method"] += CUE_WEIGHT
            elif cue and cue != PROPOSED:  # the paper says what the name is: "X, a new benchmark for ..."
                votes[cue] += CUE_WEIGHT
            said = self._said(mention)
            if said in ENTITY_TYPES:  # and so does the field: the well-known names ("MAE" a Metric), "via RAG",
                votes[said] += CUE_WEIGHT  # "the WebArena benchmark" (kg.corpus_names), "Qwen2.5-3B" (kg.family_names)

    def _stated(self, record: PaperRecord, names: list[str], wanted: set[str]) -> dict[str, str]:
        """What an apposition or copula right after a mention says each ``wanted`` name is."""
        return {name: kind for name, mention in zip(names, record.entities)
                if name in wanted and (kind := stated_kind(self._after(record, mention)))}

    def _defined_kinds(self, record: PaperRecord, names: list[str]) -> dict[str, str]:
        """What a paper's definitions of its acronyms say they are ("All-in-One Image
        Restoration (AiOIR)": a task), which outweighs the words after the acronym elsewhere
        in the paper ("state-of-the-art AiOIR methods" are methods for the task, as the corpus
        writes "SISR methods")."""
        out = {}
        for name, mention in zip(names, record.entities):
            if mention.canonical != mention.text and is_acronym(mention.text):
                kind = self._expansion_kind(record, mention)
                if kind:
                    out.setdefault(name, kind)
        return out

    def _said(self, mention: Mention) -> str | None:
        """What the field says a name is, apart from this paper. The well-known list speaks
        of a name as written, not of an acronym that stands for something else here ("MAE",
        a Metric, for "Masked Autoencoder"); its Methods include models (BERT, ResNet): there
        it takes no side between the two."""
        known = known_type(mention.text) if squash(self._canonical_text(mention)) == squash(mention.text) else None
        if known == "Method" and mention.type in _MODEL_GROUP:
            return mention.type
        if mention.type in _MODEL_GROUP and (is_generic_family(mention.text)
                                             or is_generic_family(self._canonical_text(mention))):
            return "Method"  # "MoE", "Mixture of Experts": a kind of model, whatever the lexicon's cue words said
        # the family table before the lexicon: a model family's name is a Model however the
        # lexicon's list neighbours voted ("ChatGPT", "YOLOv12" were Methods there)
        if not known and mention.type in _MODEL_GROUP and NETWORK_NAME.match(mention.text):
            return "Model"  # "ControlNet": an architecture's name, whatever the lexicon's cue words said
        return known or family_type(mention.text) or corpus_type(mention.text, LEXICON_MIN_VOTES)

    @staticmethod
    def _after(record: PaperRecord, mention: Mention) -> str:
        return record.field_text(mention.field)[mention.end:mention.end + 120]

    @classmethod
    def _cue(cls, record: PaperRecord, mention: Mention) -> str | None:
        text = record.field_text(mention.field)
        after, before = cls._after(record, mention), text[max(0, mention.start - 100):mention.start]
        cue = (title_cue if mention.field == "title" else cue_type)(mention.text, after, before)
        if cue is None and is_acronym(mention.text):  # "Spatial Narrative Score (SNS)"
            cue = cls._expansion_kind(record, mention)
        return cue

    @staticmethod
    def _expansion_kind(record: PaperRecord, mention: Mention) -> str | None:
        """The kind the acronym's long form names, but no task for a name spelled out after it:
        "GRACE (Graph-Guided Repository-Aware Code Completion)" is a way of doing the task."""
        kind = expansion_cue(mention.text, mention.canonical)
        defined_after = f"{mention.text} ({mention.canonical}"
        if kind == "Task" and (defined_after in record.abstract or defined_after in record.title):
            return None
        return kind

    def _canonical_text(self, mention: Mention) -> str:
        memo = (mention.text, mention.canonical, mention.type)
        found = self._canonical_memo.get(memo)
        if found is None:
            found = self._canonical_memo[memo] = self._canonical_uncached(mention)
        return found

    def _canonical_uncached(self, mention: Mention) -> str:
        text = _base_form(mention.canonical, mention.type)
        acronym, group = squash(mention.text), type_group(mention.type)
        if mention.canonical != mention.text and (group, acronym) in self._sense:
            return self._sense[(group, acronym)].get(normalise(text), text)
        if text == mention.text and is_acronym(text):
            return self._expansion(group, acronym) or text
        return self._expansions.get((group, normalise(text)), text)

    def _expansion(self, group: str, acronym: str) -> str | None:
        """What a bare acronym stands for: the sense of at least two thirds of its definitions
        in its type group; failing any there, the one sense other groups define, when more of
        the acronym's mentions are in those groups (a lone "BERT" tagged Dataset is the model)."""
        votes = self._sense_votes.get((group, acronym))
        if votes:
            best = max(sorted(votes), key=votes.__getitem__)
            return best if votes[best] * 3 >= sum(votes.values()) * 2 else None
        others = {g: self._sense_votes[(g, acronym)] for g in self._defined_in.get(acronym, ())}
        senses = {sense for v in others.values() for sense in v}
        uses = self._acronym_uses[acronym]
        if len(senses) == 1 and uses[group] < sum(uses[g] for g in others):
            return senses.pop()
        return None

    def _label_of(self, canonical: str, fallback: str) -> str:
        """One type per name: the type group most mentions of the name have, and within
        Method|Model the more frequent of the two (ties: the first in order)."""
        memo = (canonical, fallback)
        found = self._label_memo.get(memo)
        if found is None:
            found = self._label_memo[memo] = self._label_uncached(canonical, fallback)
        return found

    def _label_uncached(self, canonical: str, fallback: str) -> str:
        votes = self._type_votes.get(squash(canonical))
        if not votes:
            return fallback
        groups = Counter()
        for label, count in votes.items():
            groups[type_group(label)] += count
        group = max(sorted(groups), key=groups.__getitem__)
        name = squash(canonical)
        if group == type_group("Method") and self._class_uses[name] * 2 > self._model_group_uses[name]:
            return "Method"  # mostly written as a class: "VLMs", "diffusion models"
        return max(sorted(v for v in votes if type_group(v) == group), key=votes.__getitem__)

    # -- pass 2: resolve ----------------------------------------------------------------
    def resolve(self, text: str, label: str, paper_id: str, canonical: str | None = None) -> Entity:
        mention = Mention(text=text, type=label, field="abstract", start=0, end=len(text) or 1,
                          canonical=canonical or text)
        return self.resolve_mention(mention, paper_id)

    def resolve_mention(self, mention: Mention, paper_id: str) -> Entity:
        signature = (mention.text, mention.canonical, mention.type)
        entity = self._resolved.get(signature)
        if entity is None:  # type votes are final and the index only grows: a signature's entity never changes
            entity = self._resolved[signature] = self._entity_of(mention)
        size = len(entity.aliases)
        entity.aliases.update((mention.text, mention.canonical))
        if len(entity.aliases) != size:
            entity._forms = None
        entity.surfaces[mention.text] += 1
        entity.papers.add(paper_id)
        entity.in_abstract = entity.in_abstract or mention.field != "title"
        return entity

    def _entity_of(self, mention: Mention) -> Entity:
        canonical = self._canonical_text(mention)
        label = self._label_of(canonical, mention.type)
        group = type_group(label)
        found = self._lookup(group, canonical, mention.text)
        entity = self.entities[found] if found else self._create(label, canonical)
        for form in (canonical, mention.text):
            self._index.setdefault((group, squash(form)), (entity.label, entity.key))
        return entity

    def _lookup(self, group: str, canonical: str, text: str):
        hit = self._index.get((group, squash(canonical)))
        if hit:
            return hit
        hit = self._index.get((group, squash(text)))
        # "SCOPE" defined by this paper as another expansion than the entity the name already
        # stands for ("Step-wise Correction ..." vs "Scale-Consistent One-Pass Estimation ..."): another thing
        if hit and squash(canonical) != squash(text) and hit[1] != normalise(text) \
                and not _spelled_alike(normalise(canonical), hit[1]):
            return None
        return hit

    def _create(self, label: str, canonical: str) -> Entity:
        key = normalise(canonical)
        entity = self.entities.get((label, key))
        if entity is None:
            entity = Entity(label=label, key=key, name=canonical)
            self.entities[(label, key)] = entity
        return entity

    def finalise(self) -> list[Entity]:
        """Display names: the most used surface form (a tie: the first by text); where two
        entities would show the same name (homonyms such as AST, the audio spectrogram
        transformer and the abstract syntax tree), the less mentioned one shows another of
        its surface forms, its expansion, when it has one."""
        for entity in self.entities.values():
            if entity.surfaces:
                entity.name = _most_used(_display_counts(entity))
        taken: dict[str, Entity] = {}
        for entity in sorted(self.entities.values(), key=lambda e: (-sum(e.surfaces.values()), e.label, e.key)):
            if entity.name.lower() in taken:
                others = Counter({s: n for s, n in entity.surfaces.items() if s.lower() not in taken})
                forms = others or Counter({a: 1 for a in entity.aliases if a.lower() not in taken})
                entity.name = _most_used(forms) if forms else entity.name
            taken.setdefault(entity.name.lower(), entity)
        for entity in self.entities.values():
            entity.aliases.discard(entity.name)
            entity._forms = None
        return list(self.entities.values())


def _display_counts(entity: Entity) -> Counter:
    """A dataset's surface forms with "X dataset" / "the X benchmark" counted as "X" where
    the paper texts also write "X" alone: the graph shows "nuScenes", not "nuScenes dataset"
    (a name only ever written with its noun, "SpatialLM dataset", keeps it)."""
    if entity.label != "Dataset":
        return entity.surfaces
    counts = Counter()
    for surface, count in entity.surfaces.items():
        bare = strip_dataset_words(surface)
        counts[bare if bare != surface and bare in entity.surfaces else surface] += count
    return counts


def _most_used(counts: Counter) -> str:
    return max(sorted(counts), key=counts.__getitem__)
