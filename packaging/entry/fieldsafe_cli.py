"""Entry point of the bundled ``fieldsafe-cli``. Its analysis in
``packaging/fieldsafe.spec`` excludes PySide6, so this executable cannot load
Qt even by mistake."""

from fieldsafe.cli import main

raise SystemExit(main())
