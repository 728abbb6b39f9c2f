"""The built-in stages.  Importing a feature module registers its stage (see ``pipeline``)."""

from .. import segment  # noqa: F401
