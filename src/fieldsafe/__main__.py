"""``python -m fieldsafe`` starts the GUI."""

from fieldsafe.app import main

raise SystemExit(main())
