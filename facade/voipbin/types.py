"""The SDK's model and enum types under their public names: ``from voipbin.types import Route, Call``,
and the TypedDicts of what a request takes as a dict (``AddressParam``, ``ActionParam``).

The names are chosen by the pipeline (voipbin/_generated/type_names.py lists them); each
model loads on first use, so importing one does not import them all. The TypedDicts load no model.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # type checkers see every name (a star import re-exports)
    from ._generated.action_params import *  # noqa: F403
    from ._generated.params import *  # noqa: F403
    from ._generated.type_names import *  # noqa: F403
else:
    from ._generated.action_params import *  # noqa: F403 (the TypedDicts: defined at once, cheap)
    from ._generated.params import *  # noqa: F403
    from ._generated.type_names import __all__, __dir__, __getattr__  # noqa: F401 (the module's lazy attributes)
