"""Entry point of the bundled ``fieldsafe`` (the window). PyInstaller runs
this file as ``__main__``; it does what ``python -m fieldsafe`` does."""

from fieldsafe.app import main

raise SystemExit(main())
