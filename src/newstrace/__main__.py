"""``python -m newstrace``: the command-line interface."""

from newstrace.cli import main

main()
