"""`python -m newsprism.cli`."""

from newsprism.cli import main

main()
