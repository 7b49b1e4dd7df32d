from enum import StrEnum


class AIManagerAIPromptProposalStatus(StrEnum):
    AI_MANAGER_AI_PROMPT_PROPOSAL_STATUS_ACCEPTED = "accepted"
    AI_MANAGER_AI_PROMPT_PROPOSAL_STATUS_COMPLETED = "completed"
    AI_MANAGER_AI_PROMPT_PROPOSAL_STATUS_EXPIRED = "expired"
    AI_MANAGER_AI_PROMPT_PROPOSAL_STATUS_FAILED = "failed"
    AI_MANAGER_AI_PROMPT_PROPOSAL_STATUS_PROGRESSING = "progressing"
    AI_MANAGER_AI_PROMPT_PROPOSAL_STATUS_REJECTED = "rejected"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AIManagerAIPromptProposalStatus | None":
        """Open enum: the server sends values the spec does not list yet; they parse as
        a member that equals the plain string instead of raising ValueError."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
