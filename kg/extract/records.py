"""The extract step's records, defined in the neutral core (``kg.records``) so that steps
which only read records never import spaCy; kept here under their old import path."""

from kg.records import ENTITY_TYPES, Mention, PaperRecord, Relation, Result, sentence_of

__all__ = ["ENTITY_TYPES", "Mention", "Result", "Relation", "PaperRecord", "sentence_of"]
