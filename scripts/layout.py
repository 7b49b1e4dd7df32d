"""What the pipeline writes, relative to the project root: regenerate.py builds them all in a
temporary directory and swaps them in together; resources.py renders all but the first."""

GENERATED = "generated"
RESOURCES_DIR = "facade/voipbin/_resources"
TYPES_MODULE = "facade/voipbin/types.py"
CLI_TABLE = "facade/voipbin/_cli_table.py"
API_DOC = "docs/api.md"
OUTPUTS = (GENERATED, RESOURCES_DIR, TYPES_MODULE, CLI_TABLE, API_DOC)
