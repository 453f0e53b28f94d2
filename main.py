"""Start the VIP Desk window from a checkout (`python main.py`); installed: `vipdesk-gui`."""

import sys

from ui.app import main

if __name__ == "__main__":
    sys.exit(main())
