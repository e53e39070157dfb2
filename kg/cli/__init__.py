"""The ``kg`` command line (entry point ``kg.cli:main``).

Each command parses options, calls one library function and prints. Commands are plain
functions in one module per area; this package only puts them under the root group:

- ``root``: the ``kg`` group, -q/-v, --version
- ``build``: extract, build, load, stats, migrate
- ``explore``: show, query ..., cypher
- ``export``: export html|graphml|json|csv
- ``neo4j``: neo4j start|stop|status|fetch
- ``train``: train
- ``options``: the options and stderr helpers they share; ``output``: tables, JSON, CSV
- ``group``: the one error boundary (``KgGroup``: kg's errors become one-line messages)

Importing it loads neither spaCy nor the neo4j driver: commands import the library inside.
"""

from __future__ import annotations

from kg.cli import build, explore, export, neo4j, train
from kg.cli.root import main

__all__ = ["main"]

for _area in (build, explore, export, neo4j, train):
    for _command in _area.COMMANDS:
        main.add_command(_command)
del _area, _command
