"""``python -m aistrike``: the command line."""

import sys

from aistrike.cli import main


sys.exit(main())
