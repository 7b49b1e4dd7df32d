"""Address: where a call, message or flow action goes. One class for what is sent and what
is answered; it lives in the models' runtime (scripts/runtime/model_runtime.py), which the
generated models use for every address field."""

from voipbin_api.runtime import Address

__all__ = ["Address"]
