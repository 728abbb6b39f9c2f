"""The built-in stages.  Importing a feature module registers its stage (see ``pipeline``)."""

from .. import segment  # noqa: F401
from ..attribution import stage as _attribution  # noqa: F401
from ..claims import stage as _claims  # noqa: F401
from ..importance import stage as _importance  # noqa: F401
from ..trace import counted as _counted  # noqa: F401
from ..translate import stage as _translate  # noqa: F401
