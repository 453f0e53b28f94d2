"""`python -m vipdesk` runs the command line."""

import sys

from vipdesk.cli import main

sys.exit(main())
