"""The models generated from VoIPBIN's OpenAPI spec, for the voipbin SDK (import voipbin)."""
