"""``python -m kg.cli``: the same command line as ``kg``, for environments without the script."""

from kg.cli import main

main()
