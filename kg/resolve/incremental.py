"""Adding papers to the resolution of the last build (``kg build --add``).

A build resolves every paper at once (``resolve_records``): a name's type, merges and display
name are votes over all papers, so the graph is a function of the set of papers. Re-deriving
it costs a third of a build for an add of 500 papers to 20,000 (docs/experiments.md), most of
it reading and voting over papers that did not change. An add instead continues the kept
resolver: the new papers' definitions and type votes are counted on top of the old ones, their
mentions resolve against the stored entities (a name already resolved keeps its entity), and
the entities they mention get their paper lists, aliases and display names updated. What the
old papers decided is not revisited: a new definition does not re-key old mentions, a type the
new votes would flip keeps the old node's label, and an entity that was not worth a node stays
so. A full build (``kg build`` without ``--add``) re-derives everything.

The resolver is kept as a pickle beside the store. It is read back with an unpickler that
admits only the classes a resolver is made of, so a store folder from elsewhere cannot run code.
"""

from __future__ import annotations

import io
import pickle
from collections import Counter
from collections.abc import Iterable, Sequence

from kg.records import PaperRecord
from kg.resolve import Resolution, _resolve_result_variants, _variants
from kg.resolve.resolver import Entity, Resolver, _display_counts, _most_used

__all__ = ["extend_resolution", "dump_resolver", "load_resolver", "STATE_VERSION"]

STATE_VERSION = 1
_ALLOWED = {("kg.resolve.resolver", "Resolver"), ("kg.resolve.resolver", "Entity"), ("kg.resolve.resolver", "Tally"),
            ("collections", "Counter"), ("collections", "defaultdict"), ("builtins", "set"),
            ("builtins", "frozenset"), ("builtins", "dict"), ("builtins", "list"), ("builtins", "tuple")}


def extend_resolution(resolver: Resolver, records: Sequence[PaperRecord]) -> Resolution:
    """Resolve ``records`` (papers not yet in ``resolver``) on top of it; the Resolution
    holds the entities their mentions touched (new ones included), with updated names."""
    records = sorted(records, key=lambda record: record.id)
    _forget_memos(resolver)
    for where in resolver._count_definitions(records):
        resolver._define(where)
    resolver._label_memo.clear()  # canonical forms are final now; labels once the votes are in
    for record in records:
        resolver._vote(record)
    resolver._label_memo.clear()
    known = set(resolver.entities)
    per_paper = {record.id: [resolver.resolve_mention(m, record.id) for m in record.entities] for record in records}
    for record in records:
        _resolve_result_variants(resolver, record, per_paper[record.id])
    touched = _touched(resolver, per_paper.values(), known)
    _rename(resolver, touched)
    return Resolution(entities=touched, mention_entities=per_paper,
                      variants=_variants(resolver, touched), resolver=resolver)


def _forget_memos(resolver: Resolver) -> None:
    resolver._canonical_memo.clear()
    resolver._label_memo.clear()


def _touched(resolver: Resolver, mentioned: Iterable[list[Entity]], known: set) -> list[Entity]:
    """The entities the new papers mention, and those created for their results."""
    found = {(e.label, e.key): e for entities in mentioned for e in entities}
    found.update((k, e) for k, e in resolver.entities.items() if k not in known)
    return sorted(found.values(), key=lambda e: (e.label, e.key))


def _rename(resolver: Resolver, touched: list[Entity]) -> None:
    """Display names of the touched entities, as ``Resolver.finalise`` gives them, where a
    name another entity shows stays that entity's."""
    ids = {id(entity) for entity in touched}
    shown: dict[str, Entity] = {}
    for entity in resolver.entities.values():
        if id(entity) not in ids:
            shown.setdefault(entity.name.lower(), entity)
    for entity in sorted(touched, key=lambda e: (-sum(e.surfaces.values()), e.label, e.key)):
        if entity.name in entity.surfaces:  # the old display name is a form like the others
            entity.aliases.add(entity.name)
        name = _most_used(_display_counts(entity)) if entity.surfaces else entity.name
        if name.lower() in shown:
            others = Counter({s: n for s, n in entity.surfaces.items() if s.lower() not in shown})
            forms = others or Counter({a: 1 for a in entity.aliases if a.lower() not in shown})
            name = _most_used(forms) if forms else name
        entity.name = name
        shown.setdefault(name.lower(), entity)
        entity.aliases.discard(name)
        entity._forms = None


def dump_resolver(resolver: Resolver, version: str) -> bytes:
    """The resolver as bytes, tagged with kg's version (a store written by another kg is
    derived in full instead of extended; the store marks the bytes with its graph's token)."""
    _forget_memos(resolver)
    for entity in resolver.entities.values():
        entity._forms = None
    return pickle.dumps({"state": STATE_VERSION, "version": version, "resolver": resolver},
                        protocol=pickle.HIGHEST_PROTOCOL)


class _ResolverUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str):
        if (module, name) not in _ALLOWED:
            raise pickle.UnpicklingError(f"{module}.{name} is not part of a kept resolver")
        return super().find_class(module, name)


def load_resolver(data: bytes, version: str) -> Resolver | None:
    """The kept resolver, or None when another kg version kept it, or it is damaged (the
    caller then derives the graph in full)."""
    try:
        kept = _ResolverUnpickler(io.BytesIO(data)).load()
    except (pickle.UnpicklingError, EOFError, AttributeError, ValueError, TypeError, IndexError):
        return None
    if not isinstance(kept, dict) or kept.get("state") != STATE_VERSION:
        return None
    if kept.get("version") != version:
        return None
    resolver = kept.get("resolver")
    if not isinstance(resolver, Resolver) or set(vars(Resolver())) - set(vars(resolver)):
        return None  # kept by a kg whose resolver had other tables
    return resolver

