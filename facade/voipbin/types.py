"""The SDK's model and enum types under their public names: ``from voipbin.types import Route, Call``,
and the TypedDicts of what a request takes as a dict (``ActionParam``).

The model names are chosen by the pipeline (voipbin/_generated/type_names.py lists them); each
loads on first use, so importing one does not import them all. The TypedDicts load no model.
"""

from typing import TYPE_CHECKING

from ._generated import action_params as _action_params
from ._generated.action_params import *  # noqa: F403 (the TypedDicts)

if TYPE_CHECKING:
    from ._generated.type_names import *  # noqa: F403 (type checkers see every name)
else:
    from ._generated.type_names import __all__ as _models
    from ._generated.type_names import __getattr__  # noqa: F401 (the module's lazy attributes)

    __all__ = [*_models, *_action_params.__all__]

    def __dir__() -> list[str]:
        return list(__all__)
