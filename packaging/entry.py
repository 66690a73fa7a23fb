"""The frozen executable's entry script (same as the ``renkei-desktop`` gui-script)."""

import sys

from renkei_desktop.app.main import main

if __name__ == "__main__":
    sys.exit(main())
