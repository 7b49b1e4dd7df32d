"""What the pipeline writes, relative to the project root: regenerate.py builds them all in a
temporary directory and swaps them in together; resources.py renders all but the first.
Everything generated for the facade lives in one folder, apart from the hand-written modules."""

GENERATED = "generated"
FACADE_GENERATED = "facade/voipbin/_generated"
RESOURCES_DIR = f"{FACADE_GENERATED}/resources"
RESOURCES_PACKAGE = "voipbin._generated.resources"
TYPES_MODULE = f"{FACADE_GENERATED}/type_names.py"
CLI_TABLE = f"{FACADE_GENERATED}/cli_table.py"
PARAMS_MODULE = f"{FACADE_GENERATED}/params.py"
EMULATOR_TABLE = f"{FACADE_GENERATED}/emulator_table.py"  # scripts/emulator_table.py renders it
API_DOC = "docs/api.md"
OUTPUTS = (GENERATED, FACADE_GENERATED, API_DOC)
