"""One module per CLI subcommand; each imports its library code inside the command body."""
