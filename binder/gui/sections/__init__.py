"""One module per sidebar section, each a table view with its detail pane."""
