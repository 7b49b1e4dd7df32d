"""``python -m voipbin``: the command line (voipbin/_cli.py)."""

from ._cli import main

raise SystemExit(main())
