from binder.cli.main import main

raise SystemExit(main())
