"""The `binder` command line: every core operation without Qt."""
