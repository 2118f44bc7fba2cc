"""``python -m crisislens.cli``: the same as the ``crisislens`` command."""

from crisislens.cli import main

main()
