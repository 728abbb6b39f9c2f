"""`python -m newsprism`."""

from newsprism.cli import main

main()
