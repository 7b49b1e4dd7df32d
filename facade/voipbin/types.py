"""The SDK's model and enum types under their public names: ``from voipbin.types import Route, Call``,
and the TypedDicts requests take for them (``AddressParam``, ``ActionParam``).

The names are chosen by the pipeline (voipbin/_generated/type_names.py lists them); each
model loads on first use, so importing one does not import them all.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._generated.type_names import *  # noqa: F403 (type checkers see every name)
    from ._generated.type_names import __all__ as __all__
else:
    from ._generated.params import *  # noqa: F403 (the request TypedDicts: cheap, defined at once)
    from ._generated.type_names import __all__, __dir__, __getattr__  # noqa: F401 (the module's lazy attributes)
